import { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { listDataBlock } from '../../src/config/first-page.ts';
import { firstPageOfAnswer } from '../../src/features/deployments/api/first-page-of-answer.ts';
import { firstRowsHtml } from '../../src/features/deployments/components/list/first-rows-html.ts';
import { readListView } from '../../src/features/deployments/model/list-view.ts';
import { servingEndpoints } from '../../src/lib/api/serving-endpoints.ts';
import { callHopsworks } from '../hopsworks/upstream.ts';

/** Where index.html takes the first rows (a comment in its boot frame). */
export const firstRowsMarker = /<!--first-rows[^>]*-->/;

/**
 * How long index.html waits for the deployments before it goes on without rows: the console's code
 * cannot start before the page has arrived, and then asks for the list itself.
 */
export const firstRowsWaitMs = 800;

/**
 * Larger answers (about 2,500 deployments and up) are left to the console: reading them here would hold
 * up the server's other requests, and the page would carry them twice (rows and data).
 */
export const firstRowsMaxChars = 2_000_000;

export interface FirstRowsRequest {
  hopsworksUrl: string;
  agent: Dispatcher;
  authorization: string;
  projectId: number;
  /** The page URL's query string: the rows follow its search, filter, sort and page. */
  search: string;
  maxChars?: number;
}

/**
 * The list page's first rows and the answer they come from, or '' when Hopsworks does not answer with a
 * readable list in time. A renewed token in this answer is not kept (the page's headers are already
 * sent): Hopsworks renews it again on the console's next call.
 */
export async function firstRowsSection({ hopsworksUrl, agent, authorization, projectId, search, maxChars = firstRowsMaxChars }: FirstRowsRequest): Promise<string> {
  try {
    const answer = await callHopsworks(hopsworksUrl, agent, servingEndpoints.list(projectId), { authorization, signal: AbortSignal.timeout(firstRowsWaitMs) });
    if (answer.status !== 200 || !/json/i.test(String(answer.headers['content-type'] ?? '')) || answer.text.length > maxChars) return '';
    const view = readListView(new URLSearchParams(search));
    const rows = await firstPageOfAnswer(JSON.parse(answer.text), view);
    if (!rows) return '';
    return firstRowsHtml(projectId, rows, Date.now(), { afterPageFrame: true, view }) + listDataBlock(projectId, answer.text);
  } catch {
    return '';
  }
}

/**
 * index.html as a stream: everything up to the first rows at once (the frame paints and the scripts
 * load meanwhile), then the rows when Hopsworks has answered, then the rest.
 */
export function indexWithFirstRows(html: string, section: Promise<string>): Readable {
  const [before, after = ''] = html.split(firstRowsMarker);
  return Readable.from(
    (async function* () {
      yield before!;
      yield await section;
      yield after;
    })(),
  );
}
