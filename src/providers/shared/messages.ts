/**
 * What a member reads when a video provider fails, whichever provider it was: the same failure
 * reads the same everywhere, so members (and the failover logic) learn one vocabulary.
 */
export const PROVIDER_MESSAGES = {
  moderation: 'The video service refused this prompt under its content rules. Rephrase it and try again.',
  auth: 'The video service did not accept our credentials. An admin needs to check the API key.',
  quota: 'The video service account is out of credit. An admin needs to top it up.',
  modelNotFound:
    'The video service no longer offers this model (it has been retired). Ask an admin to choose another model.',
  notFound: 'The video service no longer has this video; it may have expired.',
  notReady: 'The video is not ready at the video service yet.',
  rateLimited: 'The video service is busy right now. Your request will be tried again shortly.',
  unavailable: 'The video service is not responding right now. Your request will be tried again shortly.',
  downloadFailed: 'The finished video could not be fetched from the video service. It will be tried again.',
  unsafeUrl:
    'The video service pointed reelbot at an address it never fetches (this machine or a private network), so the clip was not downloaded. Nothing was charged; an admin should check the video service.',
  renderFailed: 'The video service could not make this clip. Try again, perhaps with a different prompt.',
  cancelled: 'The video service cancelled this render.',
} as const;
