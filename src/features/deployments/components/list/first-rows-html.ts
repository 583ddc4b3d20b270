// Relative imports: this module runs in the console's server, which resolves no '@/' alias.
import { paths } from '../../../../config/paths.ts';
import { cssText } from '../../../../lib/css-text.ts';
import { isoOrUndefined, formatRelative } from '../../../../lib/format.ts';
import { darkStatusPalette, lightStatusPalette, schemeColors, type StatusPalette } from '../../../../lib/palette.ts';
import type { Deployment } from '../../api/deployment-schema.ts';
import { instancesLabel } from '../../model/list-view.ts';
import { statusLabel, statusTable } from '../../model/status.ts';
import { statusIconPaths } from '../status-icon-paths.ts';
import { statusIndicatorStyles } from '../status-indicator-styles.ts';
import { columns, deploymentsTableStyles } from './deployments-table-layout.ts';

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
  `.first-rows{${colourVariables('light', lightStatusPalette)}margin-top:16px}`,
  '@media (prefers-color-scheme: dark){',
  `.first-rows{${colourVariables('dark', darkStatusPalette)}}`,
  '}',
  '.first-rows h1{font-size:1.6rem;font-weight:600;margin:0 0 16px}',
  '.first-rows-paper{overflow-x:auto;border:1px solid var(--mui-palette-divider);border-radius:8px;background:var(--first-rows-paper)}',
  '.first-rows a{text-decoration:underline}',
  // Rows streamed into index.html are shown in the frame after the page's own: on a cold renderer their
  // layout held the whole page's first paint back by about 90 ms. A finite animation, so that they show
  // even where `display` cannot be animated or animations do not run.
  '@keyframes first-rows-after-page-frame{from,to{display:none}}',
  '.first-rows-after-page-frame{animation:first-rows-after-page-frame 1ms}',
  // As tall as the console's rows with their Start and Stop buttons, so that nothing moves when it takes over.
  '@media (min-width: 600px){.first-rows tbody td:last-child{height:30px}}',
  cssText(statusIndicatorStyles),
  cssText(deploymentsTableStyles),
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
    '<td></td></tr>'
  );
}

function headerRow(): string {
  return columns
    .map((column) => {
      const width = column.width === undefined ? '' : ` style="width:${typeof column.width === 'number' ? `${column.width}px` : column.width}"`;
      const hint = column.hint ? `<span class="column-hint">${escapeHtml(column.hint)}</span>` : '';
      return `<th${width}>${escapeHtml(column.label)}${hint}</th>`;
    })
    .join('');
}

/**
 * The list page's table with the rows it shows (`firstPageOfAnswer`), or '' when it shows none.
 * `afterPageFrame`: for rows that arrive with the page, which should paint its frame first.
 */
export function firstRowsHtml(projectId: number, rows: readonly Deployment[], now: number, { afterPageFrame = false } = {}): string {
  if (rows.length === 0) return '';
  return (
    `<style>${firstRowsCss}</style><section class="first-rows${afterPageFrame ? ' first-rows-after-page-frame' : ''}"><h1>Deployments</h1><div class="first-rows-paper">` +
    `<table class="deployments-table" aria-label="Deployments"><thead><tr>${headerRow()}</tr></thead>` +
    `<tbody>${rows.map((deployment) => row(projectId, deployment, now)).join('')}</tbody></table></div></section>`
  );
}
