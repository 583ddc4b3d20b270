import ButtonBase from '@mui/material/ButtonBase';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { shortInstanceLabel } from '../model/history';

/** Tag colours, told apart by hue in light and dark mode; the label text tells them apart for everyone. */
const tagColours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

export const instanceColour = (position: number) => tagColours[position % tagColours.length]!;

/** A short instance label with its colour; a click narrows the view to that instance. */
export function InstanceTag({ instanceName, position, onSelect }: { instanceName: string; position: number; onSelect: (instanceName: string) => void }) {
  const label = shortInstanceLabel(instanceName);
  return (
    <ButtonBase
      onClick={() => onSelect(instanceName)}
      aria-label={`Only ${label} (${instanceName})`}
      title={`${instanceName}: show only this instance`}
      sx={{
        font: 'inherit',
        color: 'text.primary',
        px: 0.5,
        borderRadius: 0.5,
        borderLeft: '4px solid',
        borderLeftColor: instanceColour(position),
        bgcolor: 'action.hover',
        '&:hover, &:focus-visible': { bgcolor: 'action.selected' },
      }}
    >
      {label}
    </ButtonBase>
  );
}

/** Which colour is which instance, each a click away from its own view. */
export function InstanceLegend({ instanceNames, onSelect }: { instanceNames: readonly string[]; onSelect: (instanceName: string) => void }) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', fontFamily: 'monospace', fontSize: 13 }} role="group" aria-label="Instances in this view">
      <Typography variant="body2" color="text.secondary">
        Instances:
      </Typography>
      {instanceNames.map((name, position) => (
        <InstanceTag key={name} instanceName={name} position={position} onSelect={onSelect} />
      ))}
    </Stack>
  );
}
