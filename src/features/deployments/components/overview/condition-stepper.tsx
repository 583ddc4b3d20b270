import Box from '@mui/material/Box';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import CircularProgress from '@mui/material/CircularProgress';
import { formatDuration } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import type { Deployment } from '../../api/deployment-schema';
import { conditionSteps, type StepState } from '../../model/condition-steps';
import { timeInCondition, type Transition } from '../../model/observations';
import { Section } from '@/components/section';

const stateWords: Record<StepState, string> = { done: 'done', active: 'in progress', failed: 'failed', pending: 'not reached' };

/** The steps a start (SCHEDULED → READY) or a stop walks through, with the time seen in each. */
export function ConditionStepper({ deployment, transitions }: { deployment: Deployment; transitions: readonly Transition[] }) {
  const now = useNow(1000);
  const progress = conditionSteps(deployment.status, deployment.condition);
  const times = timeInCondition(transitions, now);
  const title = progress.flow === 'stop' ? 'Stop progress' : 'Start progress';
  return (
    <Section title={title}>
      {progress.steps.length > 0 && progress.note && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {progress.note}
        </Typography>
      )}
      {progress.steps.length === 0 ? (
        <Typography color="text.secondary">{progress.note}</Typography>
      ) : (
        <Stepper alternativeLabel component="ol" sx={{ p: 0, listStyle: 'none' }}>
          {progress.steps.map((step) => {
            const time = times.get(step.type);
            const observed = time && (step.state === 'active' || (step.state === 'done' && !time.current));
            return (
              <Step key={step.type} component="li" completed={step.state === 'done'} active={step.state === 'active'} aria-label={`${step.label}: ${stateWords[step.state]}`}>
                <StepLabel
                  error={step.state === 'failed'}
                  icon={step.state === 'active' ? <CircularProgress size={22} aria-hidden /> : undefined}
                  optional={
                    <Box sx={{ textAlign: 'center' }}>
                      <Typography variant="caption" color={step.state === 'failed' ? 'error' : 'text.secondary'} component="div">
                        {step.type} · {stateWords[step.state]}
                      </Typography>
                      {observed && (
                        <Typography variant="caption" color="text.secondary" component="div">
                          {step.state === 'done' ? 'took' : 'for'} {formatDuration(time.duration)}
                          {step.state === 'active' && time.since === transitions[0]?.at ? '+' : ''}
                        </Typography>
                      )}
                    </Box>
                  }
                >
                  {step.label}
                </StepLabel>
              </Step>
            );
          })}
        </Stepper>
      )}
    </Section>
  );
}
