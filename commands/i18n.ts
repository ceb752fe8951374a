import type { Languages } from '../src/core/i18n/locales.ts';
import { SOURCE_LOCALE } from '../src/core/i18n/locales.ts';
import { type Translate, translator } from '../src/core/i18n/translator.ts';
import type { CommandContext } from './types.ts';

const ENGLISH: Languages = { member: SOURCE_LOCALE, channel: SOURCE_LOCALE };

/**
 * The context with its readers' languages settled: the workspace's `language` setting and the
 * platform's tags (src/core/workspace/workspace-service.ts `languages`). A context that already
 * has them (a button re-running a command) keeps them.
 */
export async function withLanguages(context: CommandContext): Promise<CommandContext> {
  if (context.languages) return context;
  const languages = await context.services.workspace.languages(context.place, context.locales);
  return { ...context, languages };
}

/** Text only the member reads: a private answer, a refusal. */
export function memberT(context: Pick<CommandContext, 'languages'>): Translate {
  return translator((context.languages ?? ENGLISH).member);
}

/** Text the whole channel reads: a public answer, a card, an announcement. */
export function channelT(context: Pick<CommandContext, 'languages'>): Translate {
  return translator((context.languages ?? ENGLISH).channel);
}

/** The channel's language, stamped on what a command makes (a clip's card is drawn in it). */
export function channelLocale(context: Pick<CommandContext, 'languages'>) {
  return (context.languages ?? ENGLISH).channel;
}

/** The member's language, for numbers, money and dates in a private answer (src/core/i18n/format.ts). */
export function memberLocale(context: Pick<CommandContext, 'languages'>) {
  return (context.languages ?? ENGLISH).member;
}
