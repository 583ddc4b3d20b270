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
import { isLongerThanUsual, usualTime, type UsualStepTimes } from '../../model/usual-step-times';
import { Section } from '@/components/section';

const stateWords: Record<StepState, string> = { done: 'done', active: 'in progress', failed: 'failed', pending: 'not reached' };

/** The steps a start (SCHEDULED → READY) or a stop walks through, with the time seen in each. */
export function ConditionStepper({ deployment, transitions, usual = {} }: { deployment: Deployment; transitions: readonly Transition[]; usual?: UsualStepTimes }) {
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
            const usualForStep = progress.flow === 'stop' ? undefined : usualTime(usual, step.type);
            const slow = step.state === 'active' && observed && isLongerThanUsual(time.duration, usualForStep);
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
                      {usualForStep && (
                        <Typography variant="caption" color="text.secondary" component="div">
                          usually {formatDuration(usualForStep.medianMs)} ({usualForStep.starts} {usualForStep.starts === 1 ? 'start' : 'starts'})
                        </Typography>
                      )}
                      {slow && (
                        <Typography variant="caption" color="warning.main" component="div" sx={{ fontWeight: 600 }}>
                          Longer than usual
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
