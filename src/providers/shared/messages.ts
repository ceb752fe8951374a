import { type Message, msg } from '../../core/i18n/message.ts';

/**
 * What a member reads when a video provider fails, whichever provider it was: the same failure
 * reads the same everywhere, so members (and the failover logic) learn one vocabulary. Catalog
 * messages (errors domain), drawn in the reader's language where they are shown.
 */
export const PROVIDER_MESSAGES = {
  moderation: msg('error.provider.moderation'),
  auth: msg('error.provider.auth'),
  quota: msg('error.provider.quota'),
  modelNotFound: msg('error.provider.modelNotFound'),
  notFound: msg('error.provider.notFound'),
  notReady: msg('error.provider.notReady'),
  rateLimited: msg('error.provider.rateLimited'),
  unavailable: msg('error.provider.unavailable'),
  downloadFailed: msg('error.provider.downloadFailed'),
  unsafeUrl: msg('error.provider.unsafeUrl'),
  renderFailed: msg('error.provider.renderFailed'),
  cancelled: msg('error.provider.cancelled'),
  unknownStatus: msg('error.provider.unknownStatus'),
} as const satisfies Readonly<Record<string, Message>>;
