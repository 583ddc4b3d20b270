/**
 * The console's colours as plain data (no MUI): the theme is built from them, and the page the
 * console's server paints before any script runs uses the same ones. Every status colour is used as
 * text on the page background and keeps a WCAG AA contrast (≥ 4.5:1) there.
 */
export type StatusColorKey =
  | 'creating'
  | 'created'
  | 'starting'
  | 'running'
  | 'idle'
  | 'failed'
  | 'updating'
  | 'stopping'
  | 'stopped'
  | 'unknown';

export type StatusPalette = Record<StatusColorKey, string>;

export const lightStatusPalette: StatusPalette = {
  creating: '#3949ab',
  created: '#455a64',
  starting: '#0b5cad',
  running: '#1b6e20',
  idle: '#00695c',
  failed: '#c62828',
  updating: '#6a1b9a',
  stopping: '#a64200',
  stopped: '#5f6368',
  unknown: '#7a4f01',
};

export const darkStatusPalette: StatusPalette = {
  creating: '#9fa8da',
  created: '#b0bec5',
  starting: '#64b5f6',
  running: '#81c784',
  idle: '#4db6ac',
  failed: '#ef9a9a',
  updating: '#ce93d8',
  stopping: '#ffb74d',
  stopped: '#bdbdbd',
  unknown: '#e0c068',
};

/**
 * The rest of what the first paint needs, per colour scheme: the theme's own colours, and MUI's defaults
 * for the divider, a hovered row and secondary text.
 */
export const schemeColors = {
  light: {
    primary: '#1f5fa8',
    background: '#f6f7f9',
    paper: '#ffffff',
    divider: 'rgba(0, 0, 0, 0.12)',
    actionHover: 'rgba(0, 0, 0, 0.04)',
    textSecondary: 'rgba(0, 0, 0, 0.6)',
  },
  dark: {
    primary: '#8cb8f0',
    background: '#101418',
    paper: '#181d23',
    divider: 'rgba(255, 255, 255, 0.12)',
    actionHover: 'rgba(255, 255, 255, 0.08)',
    textSecondary: 'rgba(255, 255, 255, 0.7)',
  },
} as const;
