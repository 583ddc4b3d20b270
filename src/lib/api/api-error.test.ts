import { describe, expect, it } from 'vitest';
import { ApiError, dataOwnerOnly, describeHttpFailure, isMissingScopeError, isRoleRefusal, scopeNeededFor } from './api-error';

const forbidden = (errorMsg: string, usrMsg?: string) => new ApiError('x', { kind: 'http', status: 403, errorMsg, ...(usrMsg ? { usrMsg } : {}) });

describe('a 403: missing API key scope or project role', () => {
  it('names the scope the endpoint needs instead of repeating "No valid scope found"', () => {
    const serving = describeHttpFailure(403, undefined, 'No valid scope found for this invocation', '/project/119/serving/1042');
    expect(serving).toMatch(/^The API key lacks the SERVING scope this needs/);
    const project = describeHttpFailure(403, undefined, 'No valid scope found for this invocation', '/project/119');
    expect(project).toMatch(/^The API key lacks the PROJECT scope this needs/);
    expect(scopeNeededFor('/elastic/jwt/119')).toBe('PROJECT');
    expect(scopeNeededFor('/project/119/serving?name=x')).toBe('SERVING');
  });

  it('tells a scope refusal from a role refusal', () => {
    const scope = forbidden('No valid scope found for this invocation');
    const role = forbidden('No valid role found for this invocation');
    expect(isMissingScopeError(scope)).toBe(true);
    expect(isRoleRefusal(scope)).toBe(false);
    expect(isMissingScopeError(role)).toBe(false);
    expect(isRoleRefusal(role)).toBe(true);
    expect(isRoleRefusal(forbidden('x', 'This console is read-only: it uses a shared service key.'))).toBe(false);
    expect(dataOwnerOnly).toBe('Only Data owners can start or stop deployments.');
  });
});
