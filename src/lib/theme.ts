import { createTheme } from '@mui/material/styles';

/**
 * The theme: light and dark colour schemes with one colour per deployment status. Every status
 * colour is used as text on the page background and keeps a WCAG AA contrast (≥ 4.5:1) there.
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

declare module '@mui/material/styles' {
  interface Palette {
    status: StatusPalette;
  }
  interface PaletteOptions {
    status?: StatusPalette;
  }
}

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

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1f5fa8' },
        background: { default: '#f6f7f9', paper: '#ffffff' },
        status: lightStatusPalette,
      },
    },
    dark: {
      palette: {
        primary: { main: '#8cb8f0' },
        // Lighter than MUI's default so that filled buttons keep AA contrast (dark text on them).
        error: { main: '#f28b82' },
        background: { default: '#101418', paper: '#181d23' },
        status: darkStatusPalette,
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.6rem', fontWeight: 600 },
    h2: { fontSize: '1.15rem', fontWeight: 600 },
    h3: { fontSize: '1rem', fontWeight: 600 },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiTooltip: { defaultProps: { arrow: true } },
  },
});
