import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Typography from '@mui/material/Typography';
import { paths } from '@/config/paths';
import { projectQueries } from '@/lib/api/project-queries';

function ProjectName({ projectId }: { projectId: number }) {
  const project = useQuery(projectQueries.detail(projectId));
  return <>{project.data?.name ?? `Project ${projectId}`}</>;
}

/** The project in the top bar: a switcher over the user's projects (`GET /project`), else its name. */
export function ProjectSwitcher({ projectId }: { projectId: number }) {
  const navigate = useNavigate();
  const labelId = useId();
  const memberships = useQuery(projectQueries.memberships()).data;
  if (!memberships || memberships.length < 2) {
    return (
      <Typography variant="body2" color="text.secondary" component="span" noWrap>
        Project: <ProjectName projectId={projectId} />
      </Typography>
    );
  }
  const known = memberships.some((m) => m.id === projectId);
  return (
    <FormControl size="small" sx={{ minWidth: 180, maxWidth: 280 }}>
      <InputLabel id={labelId}>Project</InputLabel>
      <Select
        labelId={labelId}
        label="Project"
        value={projectId}
        onChange={(event) => void navigate(paths.deployments.getHref(Number(event.target.value)))}
      >
        {!known && (
          <MenuItem value={projectId}>
            <ProjectName projectId={projectId} />
          </MenuItem>
        )}
        {memberships.map((m) => (
          <MenuItem key={m.id} value={m.id}>
            {m.name}
            <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
              {m.role === 'Other' ? '' : m.role}
            </Typography>
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
