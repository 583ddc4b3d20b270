// Relative imports: this module runs in the console's server, which resolves no '@/' alias.
import { paths } from '../../../../config/paths.ts';
import { cssText } from '../../../../lib/css-text.ts';
import { isoOrUndefined, formatRelative } from '../../../../lib/format.ts';
import { darkStatusPalette, lightStatusPalette, schemeColors, type StatusPalette } from '../../../../lib/palette.ts';
import type { Deployment } from '../../api/deployment-schema.ts';
import { defaultListView, instancesLabel, type ListView } from '../../model/list-view.ts';
import { statusLabel, statusTable } from '../../model/status.ts';
import { statusIconPaths } from '../status-icon-paths.ts';
import { statusIndicatorStyles } from '../status-indicator-styles.ts';
import { columns, deploymentsTableStyles, loadingRowCount, rowActionBoxStyles, sortArrowPath } from './deployments-table-layout.ts';

/**
 * The list page's rows as plain HTML, painted before the console has rendered (by its server, or by its
 * boot code): the rows the page shows for its URL (search, status filter, sort, page), with the table's
 * own markup and styles, read-only (the console replaces them, with its actions, once it has started).
 */

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function colourVariables(scheme: 'light' | 'dark', statuses: StatusPalette): string {
  const colours = schemeColors[scheme];
  const status = Object.entries(statuses).map(([tone, colour]) => `--mui-palette-status-${tone}:${colour};`);
  return [
    `--mui-palette-divider:${colours.divider};`,
    `--mui-palette-action-hover:${colours.actionHover};`,
    `--mui-palette-primary-main:${colours.primary};`,
    `--mui-palette-text-secondary:${colours.textSecondary};`,
    `--first-rows-paper:${colours.paper};`,
    ...status,
  ].join('');
}

const firstRowsCss = [
  // Laid out as the console's list page (body text, heading row, status counts, filters, table), so that
  // nothing moves when the console takes over; the boot frame's "Loading the console…" moves into the heading row.
  `.first-rows{${colourVariables('light', lightStatusPalette)}display:flex;flex-direction:column;gap:16px;line-height:1.5}`,
  '@media (prefers-color-scheme: dark){',
  `.first-rows{${colourVariables('dark', darkStatusPalette)}}`,
  '}',
  '.first-rows,.first-rows *{box-sizing:border-box}',
  '.boot-frame-main:has(.first-rows)>p{display:none}',
  '.first-rows-heading{display:flex;align-items:center;flex-wrap:wrap;gap:16px;min-height:36.5px}',
  '.first-rows h1{font-size:1.6rem;font-weight:600;line-height:1.167;margin:0}',
  '.first-rows-heading p{margin:0 0 0 auto;color:var(--mui-palette-text-secondary)}',
  '.first-rows-placeholders{display:flex;flex-wrap:wrap;gap:16px}',
  '.first-rows-placeholders span{border-radius:4px;background:var(--mui-palette-action-hover)}',
  '.first-rows-paper{overflow-x:auto;border:1px solid var(--mui-palette-divider);border-radius:8px;background:var(--first-rows-paper)}',
  '.first-rows a{text-decoration:underline}',
  // Rows streamed into index.html are shown in the frame after the page's own: on a cold renderer their
  // layout held the whole page's first paint back by about 90 ms. A finite animation, so that they show
  // even where `display` cannot be animated or animations do not run.
  '@keyframes first-rows-after-page-frame{from,to{display:none}}',
  '.first-rows-after-page-frame{animation:first-rows-after-page-frame 1ms}',
  cssText(statusIndicatorStyles),
  cssText(deploymentsTableStyles),
  cssText(rowActionBoxStyles),
].join('');

function statusCell(deployment: Deployment): string {
  const info = statusTable[deployment.status];
  const icon = statusIconPaths[deployment.status].map((d) => `<path d="${d}" fill="currentColor"></path>`).join('');
  return (
    `<span data-status="${deployment.status}" class="status-indicator status-indicator-small${info.transitioning ? ' status-indicator-busy' : ''}" style="color:var(--mui-palette-status-${info.tone})">` +
    `<svg class="status-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" data-icon="${deployment.status}">${icon}</svg>` +
    `${escapeHtml(statusLabel(deployment.status, deployment.rawStatus))}</span>`
  );
}

function deployedCell(epochMs: number | undefined, now: number): string {
  if (epochMs === undefined) return '<span>—</span>';
  const iso = isoOrUndefined(epochMs);
  return iso === undefined ? '<span>unknown</span>' : `<time datetime="${iso}">${escapeHtml(formatRelative(epochMs, now))}</time>`;
}

function row(projectId: number, deployment: Deployment, now: number): string {
  // Relative to the page's <base href>, so that it works under any BASE_PATH.
  const href = paths.deployment.getHref(projectId, deployment.id).slice(1);
  const version = deployment.modelVersion !== undefined ? `<span class="secondary"> v${escapeHtml(String(deployment.modelVersion))}</span>` : '';
  return (
    `<tr data-deployment="${escapeHtml(deployment.name)}">` +
    `<td class="name-cell"><a href="${escapeHtml(href)}">${escapeHtml(deployment.name)}</a></td>` +
    `<td>${statusCell(deployment)}</td>` +
    `<td class="condition-cell secondary">${escapeHtml(deployment.condition?.reason || '—')}</td>` +
    `<td class="model-cell"><span class="phone-label">Model: </span>${escapeHtml(deployment.modelName ?? '—')}${version}</td>` +
    `<td class="numeric"><span class="phone-label">Instances: </span>${escapeHtml(instancesLabel(deployment))}</td>` +
    `<td><span class="phone-label">Last deployed: </span>${deployedCell(deployment.deployed, now)}</td>` +
    // The actions' room, kept empty: Start and Stop come with the console.
    '<td><span class="row-actions-room"></span></td></tr>'
  );
}

const sortArrow = `<svg class="sort-arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${sortArrowPath}" fill="currentColor"></path></svg>`;

/** The console's header row, its sort buttons as plain labels (sorting comes with the console). */
function headerRow({ sort, direction }: Pick<ListView, 'sort' | 'direction'>): string {
  return columns
    .map((column) => {
      const sorted = column.id === sort;
      const width = column.width === undefined ? '' : `width:${typeof column.width === 'number' ? `${column.width}px` : column.width}`;
      const label = column.sortable
        ? `<span class="sort-label${sorted ? ' sort-label-active' : ''}" data-direction="${sorted ? direction : 'asc'}">${escapeHtml(column.label)}${sortArrow}</span>`
        : escapeHtml(column.label);
      const hint = column.hint ? `<span class="column-hint">${escapeHtml(column.hint)}</span>` : '';
      return `<th${width ? ` style="${width}"` : ''}${sorted ? ` aria-sort="${direction === 'asc' ? 'ascending' : 'descending'}"` : ''}>${label}${hint}</th>`;
    })
    .join('');
}

const loadingRows = `<tr aria-hidden="true">${columns.map(() => '<td><span class="placeholder-text"></span></td>').join('')}</tr>`.repeat(loadingRowCount);

function listPageHtml(tbody: string, view: Pick<ListView, 'sort' | 'direction'>, afterPageFrame: boolean): string {
  return (
    `<style>${firstRowsCss}</style><section class="first-rows${afterPageFrame ? ' first-rows-after-page-frame' : ''}">` +
    '<div class="first-rows-heading"><h1>Deployments</h1><p role="status">Loading the console…</p></div>' +
    // Where the status counts and the search and status filters come.
    '<div class="first-rows-placeholders" aria-hidden="true"><span style="width:320px;height:24px"></span></div>' +
    '<div class="first-rows-placeholders" aria-hidden="true"><span style="width:300px;height:40px"></span><span style="width:220px;height:40px"></span></div>' +
    `<div class="first-rows-paper"><table class="deployments-table" aria-label="Deployments"><thead><tr>${headerRow(view)}</tr></thead>${tbody}</table></div></section>`
  );
}

/** The rows alone (`<tr>`s), for a page that shows the table already. */
export function firstRowsBodyHtml(projectId: number, rows: readonly Deployment[], now: number): string {
  return rows.map((deployment) => row(projectId, deployment, now)).join('');
}

/**
 * The list page's table with the rows it shows (`firstPageOfAnswer`), or '' when it shows none.
 * `afterPageFrame`: for rows that arrive with the page, which should paint its frame first.
 */
export function firstRowsHtml(
  projectId: number,
  rows: readonly Deployment[],
  now: number,
  { afterPageFrame = false, view = defaultListView }: { afterPageFrame?: boolean; view?: Pick<ListView, 'sort' | 'direction'> } = {},
): string {
  if (rows.length === 0) return '';
  return listPageHtml(`<tbody>${firstRowsBodyHtml(projectId, rows, now)}</tbody>`, view, afterPageFrame);
}

/** The list page while its deployments load: the same page with the console's placeholder rows (`.first-rows-loading`). */
export function firstRowsLoadingHtml(view: Pick<ListView, 'sort' | 'direction'> = defaultListView): string {
  return listPageHtml(`<tbody class="first-rows-loading">${loadingRows}</tbody>`, view, false);
}
