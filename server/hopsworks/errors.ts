/**
 * Errors the console's server answers with, in the Hopsworks contract's JSON shape
 * (`errorCode`, `errorMsg`, `usrMsg`), so the console's existing error handling shows them.
 * Codes below 100 are the console server's own (Hopsworks' codes have six digits).
 */
export const consoleErrorCodes = {
  notSignedIn: 200003, // what Hopsworks itself answers without an Authorization header
  sessionEnded: 1,
  upstreamUnreachable: 2,
  upstreamTimeout: 3,
  crossSite: 4,
  readOnly: 5,
  rateLimited: 6,
  signInRefused: 7,
  badRequest: 8,
} as const;

export interface ContractError {
  errorCode: number;
  errorMsg: string;
  usrMsg?: string;
  /** Sign-in only: which kind of refusal, so the page can adapt (e.g. ask for the two-factor code). */
  reason?: string;
}

export const sessionEndedError: ContractError = {
  errorCode: consoleErrorCodes.sessionEnded,
  errorMsg: 'Authorization header not set.',
  usrMsg: 'Your Hopsworks session has ended — sign in again.',
};

export const notSignedInError: ContractError = {
  errorCode: consoleErrorCodes.notSignedIn,
  errorMsg: 'Authorization header not set.',
  usrMsg: 'You are not signed in to Hopsworks.',
};

export const serviceKeyRefusedError: ContractError = {
  errorCode: consoleErrorCodes.notSignedIn,
  errorMsg: 'Hopsworks refused the service key.',
  usrMsg: 'Hopsworks did not accept the console’s service key (HOPSWORKS_API_KEY). Ask the platform team to renew it.',
};

/** Why Start/Stop are off in service-key mode: shown beside the disabled buttons and in a refused action's error. */
export const readOnlyReason = 'This console uses a shared service key and is read-only: starting and stopping is off (the platform team can allow it with ALLOW_ACTIONS=1).';

export const readOnlyError: ContractError = {
  errorCode: consoleErrorCodes.readOnly,
  errorMsg: 'Read-only: the console uses a shared service key and ALLOW_ACTIONS is not set.',
  usrMsg: readOnlyReason,
};

export const crossSiteError: ContractError = {
  errorCode: consoleErrorCodes.crossSite,
  errorMsg: 'Cross-site request refused.',
  usrMsg: 'This request did not come from the console itself, so it was refused.',
};
