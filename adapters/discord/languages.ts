import type { BaseInteraction } from 'discord.js';
import { type Languages, type PlatformLocales, resolveLocale } from '../../src/core/i18n/locales.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import type { Services } from '../../src/core/services.ts';
import { SURFACE } from './refs.ts';

/**
 * Whose language an interaction is answered in. Every interaction carries `locale`, the member's
 * client language, and in a server `guild_locale`, the community's
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object).
 * The pipeline settles them with the workspace's `language` setting (commands/i18n.ts); answers
 * given outside it (a button that no longer works, a modal) settle them the same way here.
 */
export function localesOf(interaction: BaseInteraction): PlatformLocales {
  return {
    ...(interaction.locale ? { member: interaction.locale } : {}),
    ...(interaction.guildLocale ? { workspace: interaction.guildLocale } : {}),
  };
}

/**
 * The interaction's readers' languages: the workspace service's rule (setting, else the guild's
 * locale, else English; the member's client for private text). Outside a server, or when the
 * settings cannot be read (Redis away), the client's locale alone: a refusal must still be said.
 */
export async function languagesOf(services: Services, interaction: BaseInteraction): Promise<Languages> {
  const locales = localesOf(interaction);
  const fallback = (): Languages => {
    const channel = resolveLocale(locales.workspace);
    return { member: resolveLocale(locales.member, channel), channel };
  };
  if (!interaction.guildId) return fallback();
  try {
    return await services.workspace.languages(
      { surface: SURFACE, workspaceId: interaction.guildId },
      locales,
    );
  } catch {
    return fallback();
  }
}

/** A translator for what only the member reads. */
export async function memberTranslator(services: Services, interaction: BaseInteraction): Promise<Translate> {
  return translator((await languagesOf(services, interaction)).member);
}

/** Both readers' translators, settled once on first use (most answers need neither). */
export function lazyTranslators(services: Services, interaction: BaseInteraction) {
  let settled: Promise<Languages> | undefined;
  const languages = () => {
    settled ??= languagesOf(services, interaction);
    return settled;
  };
  return {
    member: async () => translator((await languages()).member),
    channel: async () => translator((await languages()).channel),
  };
}
