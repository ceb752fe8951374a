import { channelLocale } from './i18n.ts';
import type { CommandContext } from './types.ts';

/**
 * Who asks for a clip, where, and how the surface knows the request: what every clip-making
 * command hands the core, the same way (a retried delivery maps to its first clip by
 * `requestKey`; the card is drawn in the channel's language).
 */
export function askerOf(context: CommandContext) {
  return {
    author: context.actor,
    place: context.place,
    locale: channelLocale(context),
    ...(context.card ? { card: context.card } : {}),
    ...(context.requestKey ? { requestKey: context.requestKey } : {}),
    ...(context.mentions ? { mentions: context.mentions } : {}),
  };
}
