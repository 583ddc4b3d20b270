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

describe('errors without usrMsg get the console\'s own sentence, with the server\'s errorMsg as detail', () => {
  it.each([
    [404, 240000, 'Serving instance not found', 'Deployment not found: it may have been deleted (HTTP 404: “Serving instance not found”).'],
    [404, 240027, 'Server logs not available', 'Transient logs are not available: no instance of this deployment is running right now (HTTP 404: “Server logs not available”).'],
    [401, 200003, 'Authorization header not set.', 'Your session has expired or you are not signed in to Hopsworks (HTTP 401: “Authorization header not set.”).'],
    [400, 120001, 'A wrong argument was provided.', 'Hopsworks refused the request: one of its values is not valid here (HTTP 400: “A wrong argument was provided.”).'],
    [502, undefined, undefined, 'The Hopsworks server could not be reached through the gateway (HTTP 502).'],
    [418, 999999, 'I am a teapot', 'The request failed (HTTP 418: “I am a teapot”).'],
  ])('HTTP %s, errorCode %s, errorMsg %s', (status, errorCode, errorMsg, sentence) => {
    expect(describeHttpFailure(status, undefined, errorMsg, '/project/119/serving/1042', errorCode)).toBe(sentence);
  });

  it('a usrMsg is shown as the server wrote it', () => {
    expect(describeHttpFailure(400, 'Deployment is busy. Please, try later.', 'Serving action not allowed', undefined, 240003)).toBe('Deployment is busy. Please, try later.');
  });
});
