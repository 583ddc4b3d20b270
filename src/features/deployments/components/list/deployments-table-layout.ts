import type { SortColumn } from '../../model/list-view.ts';

/** The deployments table's columns and styles: plain data, shared by the table and the server's first rows. */

export const columns: { id: SortColumn | 'actions'; label: string; sortable: boolean; width?: number | string; hint?: string }[] = [
  { id: 'name', label: 'Name', sortable: true },
  { id: 'status', label: 'Status', sortable: true, width: 130 },
  { id: 'condition', label: 'Condition', sortable: true, width: '30%' },
  { id: 'model', label: 'Model', sortable: true },
  { id: 'instances', label: 'Instances', sortable: true, width: 110, hint: 'running/requested, predictor · transformer' },
  { id: 'deployed', label: 'Last deployed', sortable: true, width: 140 },
  { id: 'actions', label: 'Actions', sortable: false, width: 190 },
];

/** Placeholder rows the table shows while the list loads (the console's and the boot code's alike). */
export const loadingRowCount = 6;

/** The column headers' sort arrow (MUI's ArrowDownward). */
export const sortArrowPath = 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z';

/**
 * Table styles, installed once as global styles: rows are plain elements, so that rendering 50 new
 * rows on a keystroke computes no styles per cell.
 */
export const deploymentsTableStyles = {
  '.deployments-table': { width: '100%', borderCollapse: 'collapse', fontSize: '0.875rem' },
  '.deployments-table th, .deployments-table td': {
    padding: '6px 12px',
    textAlign: 'left',
    borderBottom: '1px solid var(--mui-palette-divider)',
    verticalAlign: 'middle',
  },
  '.deployments-table th': { fontWeight: 600, whiteSpace: 'nowrap' },
  '.deployments-table tbody tr:hover': { backgroundColor: 'var(--mui-palette-action-hover)' },
  '.deployments-table .name-cell': { minWidth: 170, maxWidth: 320, overflowWrap: 'break-word' },
  '.deployments-table .name-cell a': { color: 'var(--mui-palette-primary-main)', fontWeight: 600 },
  '.deployments-table .secondary': { color: 'var(--mui-palette-text-secondary)' },
  '.deployments-table .condition-cell': { overflowWrap: 'break-word', minWidth: 220 },
  '.deployments-table .model-cell': { whiteSpace: 'nowrap' },
  // Wraps under its header (which does not): unwrapped it widened the column so much that a 1,280 px
  // screen had to scroll the table sideways to reach the actions.
  '.deployments-table .column-hint': { display: 'block', fontWeight: 400, fontSize: '0.75rem', color: 'var(--mui-palette-text-secondary)', whiteSpace: 'normal' },
  '.deployments-table .numeric': { fontVariantNumeric: 'tabular-nums' },
  '.deployments-table .phone-label': { display: 'none' },
  // The column headers' sort buttons, like MUI's TableSortLabel: the arrow shows on hover and on the sorted column.
  '.deployments-table .sort-label': {
    display: 'inline-flex',
    alignItems: 'center',
    padding: 0,
    border: 0,
    background: 'none',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    borderRadius: 2,
  },
  '.deployments-table .sort-label:focus-visible': { outline: '2px solid var(--mui-palette-primary-main)', outlineOffset: 2 },
  '.deployments-table .sort-arrow': { width: 18, height: 18, marginLeft: 4, opacity: 0, transition: 'opacity 200ms, transform 200ms' },
  '.deployments-table .sort-label[data-direction="asc"] .sort-arrow': { transform: 'rotate(180deg)' },
  '.deployments-table .sort-label:hover .sort-arrow, .deployments-table .sort-label:focus-visible .sort-arrow': { opacity: 0.5 },
  '.deployments-table .sort-label-active .sort-arrow': { opacity: 1 },
  '.deployments-table .placeholder-text': {
    display: 'block',
    height: '1.2em',
    borderRadius: 4,
    backgroundColor: 'var(--mui-palette-action-hover)',
    animation: 'deployments-table-pulse 1.5s ease-in-out 0.5s infinite',
  },
  '@keyframes deployments-table-pulse': { '0%, 100%': { opacity: 1 }, '50%': { opacity: 0.4 } },
  '@media (prefers-reduced-motion: reduce)': { '.deployments-table .placeholder-text': { animation: 'none' } },
  // Phones: one card per deployment (name, status, one-liner, model, instances, last deployed, actions)
  // instead of a table that scrolls sideways; the list's "Sort by" replaces the column headers.
  '@media (max-width: 599.95px)': {
    '.deployments-table, .deployments-table tbody, .deployments-table tr, .deployments-table td': { display: 'block' },
    '.deployments-table thead': { display: 'none' },
    '.deployments-table tbody tr': { padding: '12px 16px', borderBottom: '1px solid var(--mui-palette-divider)' },
    '.deployments-table th, .deployments-table td': { padding: '2px 0', borderBottom: 'none', width: 'auto', minWidth: 0, maxWidth: 'none' },
    '.deployments-table .name-cell': { fontSize: '1rem' },
    '.deployments-table .model-cell': { whiteSpace: 'normal' },
    '.deployments-table .phone-label': { display: 'inline', color: 'var(--mui-palette-text-secondary)' },
    '.deployments-table td:last-child': { paddingTop: '6px' },
  },
} as const;

const rowActionFontSize = '0.8125rem';
const rowActionLineHeight = 1.5;

/**
 * Start / Stop's box: the console's row actions, and the empty room the first rows keep for them: a box
 * of the same size, aligned the same way, so that neither the row's height nor the columns' widths
 * change at takeover (the two buttons take about 10 em of their font; two hidden buttons' text and flex
 * box cost the first rows' frame about a fifth of its layout).
 */
export const rowActionBoxStyles = {
  '.row-actions, .row-actions-room': {
    minWidth: `calc(${rowActionFontSize} * 11)`,
    height: `calc(${rowActionFontSize} * ${rowActionLineHeight} + 8px)`,
    verticalAlign: 'middle',
  },
  '.row-actions': { display: 'inline-flex', alignItems: 'center', gap: 8 },
  '.row-actions-room': { display: 'inline-block' },
  '.row-action': {
    font: 'inherit',
    fontSize: rowActionFontSize,
    lineHeight: rowActionLineHeight,
    fontWeight: 500,
    padding: '3px 10px',
    borderRadius: 6,
    border: '1px solid currentColor',
    background: 'transparent',
    cursor: 'pointer',
    textTransform: 'uppercase',
    letterSpacing: '0.02857em',
  },
} as const;
