import { createTheme } from '@mui/material/styles';
import { darkStatusPalette, lightStatusPalette, schemeColors, type StatusPalette } from './palette';

export { darkStatusPalette, lightStatusPalette, type StatusColorKey, type StatusPalette } from './palette';

declare module '@mui/material/styles' {
  interface Palette {
    status: StatusPalette;
  }
  interface PaletteOptions {
    status?: StatusPalette;
  }
}

/** The theme: light and dark colour schemes (from ./palette) with one colour per deployment status. */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: schemeColors.light.primary },
        background: { default: schemeColors.light.background, paper: schemeColors.light.paper },
        status: lightStatusPalette,
      },
    },
    dark: {
      palette: {
        primary: { main: schemeColors.dark.primary },
        // Lighter than MUI's default so that filled buttons keep AA contrast (dark text on them).
        error: { main: '#f28b82' },
        background: { default: schemeColors.dark.background, paper: schemeColors.dark.paper },
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
