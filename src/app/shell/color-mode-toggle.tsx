import IconButton from '@mui/material/IconButton';
import { Tooltip } from '@/components/tooltip';
import { useColorScheme } from '@mui/material/styles';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';

const next = { system: 'light', light: 'dark', dark: 'system' } as const;
const labels = { system: 'Theme: follows the system', light: 'Theme: light', dark: 'Theme: dark' } as const;

/** Cycles system → light → dark. */
export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const Icon = current === 'dark' ? DarkModeOutlined : current === 'light' ? LightModeOutlined : SettingsBrightnessOutlined;
  return (
    <Tooltip title={`${labels[current]} (click to change)`}>
      <IconButton color="inherit" onClick={() => setMode(next[current])} aria-label={`${labels[current]}. Switch to ${next[current]}.`}>
        <Icon />
      </IconButton>
    </Tooltip>
  );
}
