import { describe, expect, it } from 'vitest';
import { actionAvailability } from './actions';
import { knownStatuses, type DeploymentStatus } from './status';
// The simulated backend's transcription of the contract's "Refusals" table (a test may read across the boundary).
import { actionVerdict } from '@/mocks/simulator/lifecycle';
import type { WireStatus } from '@/mocks/simulator/hopsworks-wire';

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

describe('the console offers exactly what the backend accepts', () => {
  // A deployment is deployed (has a `deployed` time) from an accepted START until an accepted STOP.
  const deployedWhile: Record<Exclude<DeploymentStatus, 'Unknown'>, boolean> = {
    Creating: false,
    Created: false,
    Starting: true,
    Running: true,
    Idle: true,
    Failed: true,
    Updating: true,
    Stopping: false,
    Stopped: false,
  };
  it.each(Object.entries(deployedWhile))('%s (deployed: %s): Start and Stop enabled when the contract table accepts them', (status, deployed) => {
    for (const action of ['START', 'STOP'] as const) {
      const accepted = actionVerdict(action, status as WireStatus, deployed) === 'accept';
      expect(actionAvailability(action, status as DeploymentStatus).allowed, action).toBe(accepted);
    }
  });
});
