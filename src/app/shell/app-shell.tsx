import { Suspense, type ReactNode } from 'react';
import { Link as RouterLink, Outlet, useParams } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import { ProgressBar } from '@/components/progress-bar';
import Typography from '@mui/material/Typography';
import Toolbar from '@mui/material/Toolbar';
import { paths } from '@/config/paths';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { MissingScopesNotice, SessionMenu } from '@/features/session/components/session-menu';
import { ColorModeToggle } from './color-mode-toggle';
import { ProjectSwitcher } from './project-switcher';

/** Top bar (product, project switcher, mock-mode control, who is signed in, theme) around every page. */
export function AppShell({ mockControl }: { mockControl?: ReactNode }) {
  const config = useRuntimeConfig();
  const params = useParams();
  const projectId = Number(params.projectId ?? config.defaultProjectId);
  const validProject = Number.isInteger(projectId) && projectId > 0;
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <Box component="a" href="#main" sx={skipLinkSx}>
        Skip to content
      </Box>
      <AppBar position="sticky" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: { xs: 1, sm: 2 }, flexWrap: { xs: 'wrap', sm: 'nowrap' }, py: { xs: 1, sm: 0 } }}>
          <Typography
            component={RouterLink}
            to={validProject ? paths.deployments.getHref(projectId) : paths.home.getHref()}
            sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 700, fontSize: '1.05rem', '&:hover': { textDecoration: 'underline' } }}
          >
            Model Serving Console
          </Typography>
          {validProject && (
            // On a phone the project gets a row of its own below the title and the buttons.
            <Box sx={{ order: { xs: 10, sm: 0 }, flexBasis: { xs: '100%', sm: 'auto' }, minWidth: 0 }}>
              <ProjectSwitcher projectId={projectId} />
            </Box>
          )}
          <Box sx={{ flexGrow: 1 }} />
          {mockControl}
          <SessionMenu />
          <ColorModeToggle />
        </Toolbar>
        <MissingScopesNotice />
      </AppBar>
      {/* MUI's Container (maxWidth xl) as a Box: the same box, without the Container module in the first page's code. */}
      <Box component="main" id="main" tabIndex={-1} sx={{ width: '100%', maxWidth: 1536, mx: 'auto', px: { xs: 2, sm: 3 }, py: 3, boxSizing: 'border-box' }}>
        <Suspense fallback={<ProgressBar label="Loading page" />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}

const skipLinkSx = {
  position: 'absolute',
  left: 8,
  top: -48,
  zIndex: 2000,
  px: 2,
  py: 1,
  bgcolor: 'background.paper',
  color: 'primary.main',
  borderRadius: 1,
  '&:focus': { top: 8 },
} as const;
