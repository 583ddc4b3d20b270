/** Every failed request becomes an ApiError, whatever went wrong. */
export type ApiErrorKind =
  | 'http' // the server answered with a non-2xx status
  | 'network' // no answer at all
  | 'timeout' // no answer in time
  | 'invalid-response'; // an answer the console cannot read (not JSON, or not the expected shape)

export interface ApiErrorDetails {
  kind: ApiErrorKind;
  status?: number;
  errorCode?: number;
  usrMsg?: string;
  errorMsg?: string;
  /** The console server's own refusal reason (sign-in: `otp-required`, `locked`, …). */
  reason?: string;
  url?: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly errorCode: number | undefined;
  readonly usrMsg: string | undefined;
  readonly errorMsg: string | undefined;
  readonly reason: string | undefined;
  readonly url: string | undefined;

  constructor(message: string, details: ApiErrorDetails) {
    super(message);
    this.kind = details.kind;
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.usrMsg = details.usrMsg;
    this.errorMsg = details.errorMsg;
    this.reason = details.reason;
    this.url = details.url;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export const hopsworksErrorCodes = {
  deploymentNotFound: 240000,
  lifecycleConflict: 240003,
  instanceBusy: 240004,
  logsUnavailable: 240027,
  notSignedIn: 200003,
  illegalArgument: 120001,
} as const;

/** The console's own sentence for errors that carry no `usrMsg` (the server's `errorMsg` goes beside it as detail). */
const errorCodeWords: Record<number, string> = {
  [hopsworksErrorCodes.deploymentNotFound]: 'Deployment not found: it may have been deleted',
  [hopsworksErrorCodes.logsUnavailable]: 'Transient logs are not available: no instance of this deployment is running right now',
  [hopsworksErrorCodes.notSignedIn]: 'Your session has expired or you are not signed in to Hopsworks',
  [hopsworksErrorCodes.illegalArgument]: 'Hopsworks refused the request: one of its values is not valid here',
  [hopsworksErrorCodes.instanceBusy]: 'Another start or stop of this deployment is under way; try again in a moment',
};

const statusWords: Record<number, string> = {
  400: 'The server refused the request',
  401: 'Your session has expired or you are not signed in to Hopsworks',
  403: 'You do not have permission to do this in this project',
  404: 'Not found',
  408: 'The server took too long to answer',
  429: 'Too many requests; the server asks to slow down',
  500: 'The Hopsworks server had an internal error',
  502: 'The Hopsworks server could not be reached through the gateway',
  503: 'The Hopsworks server is unavailable right now',
  504: 'The Hopsworks server did not answer in time',
};

const missingScopePattern = /no valid scope/i;

/** Which API key scope a Hopsworks path needs (the 403 "No valid scope found" does not say). */
export function scopeNeededFor(path: string | undefined): 'SERVING' | 'PROJECT' {
  return path && /\/serving(\/|\?|$)/.test(path) ? 'SERVING' : 'PROJECT';
}

/** A 403 because the API key lacks a scope — not because of the user's role in the project. */
export function isMissingScopeError(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 403 && missingScopePattern.test(`${error.errorMsg ?? ''} ${error.usrMsg ?? ''}`);
}

/** A 403 because of the user's project role (only Data owners may start and stop). */
export function isRoleRefusal(error: unknown): error is ApiError {
  if (!isApiError(error) || error.status !== 403) return false;
  const words = `${error.errorMsg ?? ''} ${error.usrMsg ?? ''}`;
  return !missingScopePattern.test(words) && (!error.usrMsg || /role/i.test(words));
}

export const dataOwnerOnly = 'Only Data owners can start or stop deployments.';

/**
 * The sentence to show a user: the server's `usrMsg` when it sent one; else the console's own words for the
 * error code or the HTTP status, with the server's `errorMsg` as detail.
 */
export function describeHttpFailure(status: number, usrMsg?: string, errorMsg?: string, path?: string, errorCode?: number): string {
  if (status === 403 && missingScopePattern.test(`${errorMsg ?? ''} ${usrMsg ?? ''}`)) {
    const scope = scopeNeededFor(path);
    return `The API key lacks the ${scope} scope this needs (${scope === 'SERVING' ? 'deployments, their state, start/stop and logs' : 'project names and switching, the OpenSearch token'}). Use a key with the ${scope} scope.`;
  }
  if (usrMsg?.trim()) return usrMsg.trim();
  const ownWords =
    (errorCode !== undefined ? errorCodeWords[errorCode] : undefined) ??
    statusWords[status] ??
    (status >= 500 ? 'The Hopsworks server failed' : 'The request failed');
  const detail = errorMsg?.trim();
  return detail ? `${ownWords} (HTTP ${status}: “${detail}”).` : `${ownWords} (HTTP ${status}).`;
}

/** A short message for any error thrown while talking to the backend. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
