/**
 * How the console's server hands the boot code what its first page needs, inside index.html: JSON data
 * blocks (a data block is never run, so the Content-Security-Policy allows it). The runtime config and
 * the session then cost no request, and a list page's deployments come beside the rows the server
 * painted from the same answer — one call to Hopsworks instead of two.
 */
export const runtimeConfigBlockId = 'console-runtime-config';
export const sessionBlockId = 'console-session';
export const firstPageListId = 'first-page-deployments';

/** `<` is escaped (it only occurs inside JSON strings) so that no text in the JSON can end the block. */
export function dataBlock(id: string, json: string, attributes = ''): string {
  return `<script type="application/json" id="${id}"${attributes}>${json.replace(/</g, '\\u003c')}</script>`;
}

/** A data block's JSON, read once (the block is removed), if the page holds it. */
export function takeDataBlock(document: Document, id: string, accept: (block: HTMLElement) => boolean = () => true): string | undefined {
  const block = document.getElementById(id);
  if (!block || !accept(block)) return undefined;
  block.remove();
  return block.textContent ?? undefined;
}

export function listDataBlock(projectId: number, json: string): string {
  return dataBlock(firstPageListId, json, ` data-project-id="${projectId}"`);
}

/** The list's answer the server put into the page for this project, if any. */
export function takeListDataBlock(document: Document, projectId: number): string | undefined {
  return takeDataBlock(document, firstPageListId, (block) => block.dataset.projectId === String(projectId));
}
