import { describe, expect, it } from 'vitest';
import { actionAvailability } from './actions';
import { knownStatuses, type DeploymentStatus } from './status';

describe('actionAvailability', () => {
  const startable: DeploymentStatus[] = ['Created', 'Stopped'];
  const stoppable: DeploymentStatus[] = ['Running', 'Idle', 'Failed'];

  it.each(knownStatuses)('START and STOP for %s follow the backend rules', (status) => {
    expect(actionAvailability('START', status).allowed).toBe(startable.includes(status));
    expect(actionAvailability('STOP', status).allowed).toBe(stoppable.includes(status));
  });

  it('explains that a failed deployment must be stopped first', () => {
    expect(actionAvailability('START', 'Failed')).toEqual({
      allowed: false,
      reason: 'A failed deployment must be stopped before it can start again.',
    });
  });

  it('allows nothing for an unknown status', () => {
    expect(actionAvailability('START', 'Unknown').allowed).toBe(false);
    expect(actionAvailability('STOP', 'Unknown').allowed).toBe(false);
  });
});
