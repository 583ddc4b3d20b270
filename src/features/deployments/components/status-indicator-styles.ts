/** The indicator's styles, installed once by the app's global styles. */
export const statusIndicatorStyles = {
  '.status-indicator': {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '6px',
    fontWeight: 600,
    fontSize: '0.875rem',
    whiteSpace: 'nowrap',
    borderRadius: 4,
  },
  '.status-indicator-medium': { fontSize: '1.05rem' },
  '.status-icon': { width: '1.25em', height: '1.25em', flexShrink: 0 },
  '.status-chip-icon': { width: 18, height: 18 },
  '@keyframes status-indicator-pulse': { '0%, 100%': { opacity: 1 }, '50%': { opacity: 0.35 } },
  '.status-indicator-busy svg': { animation: 'status-indicator-pulse 1.6s ease-in-out infinite' },
  '@media (prefers-reduced-motion: reduce)': { '.status-indicator-busy svg': { animation: 'none' } },
} as const;
