import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Popover from '@mui/material/Popover';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import { scenarioDescriptions, scenarios, type MockBackend, type Scenario } from './simulator/mock-backend';
import { mockProject } from './simulator/seed';
import { switchScenario, type MockSettings } from './browser';

const speeds = [1, 5, 10, 30];

/** Scale-to-zero demo: an inference request wakes an idle deployment. */
function WakeIdleDeployment({ backend, onSent }: { backend: MockBackend; onSent: () => void }) {
  const list = backend.list(mockProject.id);
  const idle = list.ok ? list.body.filter((deployment) => deployment.status === 'Idle') : [];
  const [chosen, setChosen] = useState<number | ''>('');
  const id = useId();
  if (idle.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No idle deployment to wake up right now.
      </Typography>
    );
  }
  const selected = chosen !== '' && idle.some((d) => d.id === chosen) ? chosen : idle[0]!.id;
  return (
    <Stack direction="row" spacing={1}>
      <FormControl size="small" sx={{ flexGrow: 1 }}>
        <InputLabel id={`${id}-idle`}>Idle deployment</InputLabel>
        <Select labelId={`${id}-idle`} label="Idle deployment" value={selected} onChange={(e) => setChosen(Number(e.target.value))}>
          {idle.map((deployment) => (
            <MenuItem key={deployment.id} value={deployment.id}>
              {deployment.name}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <Button
        variant="outlined"
        onClick={() => {
          backend.sendInferenceRequest(selected);
          onSent();
        }}
      >
        Send a prediction
      </Button>
    </Stack>
  );
}

/** Mock mode only: which scenario runs, switch scenario or speed, reset the data. */
export function MockControl({ backend, settings }: { backend: MockBackend; settings: MockSettings }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [scenario, setScenario] = useState<Scenario>(settings.scenario);
  const [speed, setSpeed] = useState(settings.speed);
  const queryClient = useQueryClient();
  const id = useId();
  const changed = scenario !== settings.scenario || speed !== settings.speed;

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        color="secondary"
        startIcon={<ScienceOutlined />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
      >
        Mock: {settings.scenario}
        {settings.speed !== 1 ? ` ×${settings.speed}` : ''}
      </Button>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': `${id}-title`, sx: { p: 2, width: 320 } } }}
      >
        <Stack spacing={2}>
          <div>
            <Typography id={`${id}-title`} variant="h3">
              Mock mode
            </Typography>
            <Typography variant="body2" color="text.secondary">
              No backend: a simulated Hopsworks answers in this browser tab. Its state lasts for this browser session.
            </Typography>
          </div>
          <FormControl size="small" fullWidth>
            <InputLabel id={`${id}-scenario`}>Scenario</InputLabel>
            <Select labelId={`${id}-scenario`} label="Scenario" value={scenario} onChange={(e) => setScenario(e.target.value as Scenario)}>
              {scenarios.map((name) => (
                <MenuItem key={name} value={name}>
                  {name} — {scenarioDescriptions[name]}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <FormControl size="small" fullWidth>
            <InputLabel id={`${id}-speed`}>Simulation speed</InputLabel>
            <Select labelId={`${id}-speed`} label="Simulation speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
              {[...new Set([...speeds, settings.speed])].sort((a, b) => a - b).map((value) => (
                <MenuItem key={value} value={value}>
                  ×{value}
                  {value === 1 ? ' (real time)' : ''}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <Button variant="contained" disabled={!changed} onClick={() => switchScenario(scenario, speed)}>
            Apply (reloads with fresh data)
          </Button>
          <Divider />
          <WakeIdleDeployment backend={backend} onSent={() => void queryClient.invalidateQueries()} />
          <Button
            variant="outlined"
            onClick={() => {
              backend.reset();
              void queryClient.invalidateQueries();
              setAnchor(null);
            }}
          >
            Reset data
          </Button>
        </Stack>
      </Popover>
    </>
  );
}
