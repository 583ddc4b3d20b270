/**
 * How the console's server hands the first page's deployments to the boot code: the list's answer in a
 * JSON data block of index.html (a data block is never run, so the Content-Security-Policy allows it),
 * beside the rows it painted from the same answer — one call to Hopsworks instead of two.
 */
export const firstPageListId = 'first-page-deployments';

/** `<` is escaped (it only occurs inside JSON strings) so that no text in the answer can end the block. */
export function listDataBlock(projectId: number, json: string): string {
  return `<script type="application/json" id="${firstPageListId}" data-project-id="${projectId}">${json.replace(/</g, '\\u003c')}</script>`;
}

/** The list's answer the server put into the page for this project, if any (read once: the block is removed). */
export function takeListDataBlock(document: Document, projectId: number): string | undefined {
  const block = document.getElementById(firstPageListId);
  if (!block || block.dataset.projectId !== String(projectId)) return undefined;
  block.remove();
  return block.textContent ?? undefined;
}
