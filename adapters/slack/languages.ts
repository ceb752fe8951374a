import { type Languages, type PlatformLocales, resolveLocale } from '../../src/core/i18n/locales.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import type { Services } from '../../src/core/services.ts';
import type { SlackMembers } from './members.ts';
import { SURFACE } from './refs.ts';

/**
 * Whose language a Slack request is answered in. Slack says the member's language in users.info
 * (`user.locale` with `include_locale`: https://api.slack.com/methods/users.info), read once per
 * member and cached with their name (members.ts); a workspace has no language of its own on
 * Slack, so the channel's is the `language` setting, else English
 * (src/core/workspace/workspace-service.ts `languages`).
 */
export interface LanguageDeps {
  services: Services;
  members: SlackMembers;
}

/** The member's Slack language as the pipeline takes it (`context.locales`). */
export async function memberLocales(
  deps: LanguageDeps,
  userId: string,
  name?: string,
): Promise<PlatformLocales> {
  const { locale } = await deps.members.profile(userId, name);
  return locale ? { member: locale } : {};
}

/**
 * The readers' languages for an answer given outside the pipeline (a refusal before it runs, a
 * form's error). Without the workspace, or when its settings cannot be read, the member's own
 * language alone: a refusal must still be said.
 */
export async function slackLanguages(
  deps: LanguageDeps,
  userId: string,
  teamId?: string,
): Promise<Languages> {
  const locales = await memberLocales(deps, userId).catch((): PlatformLocales => ({}));
  const alone = (): Languages => {
    const member = resolveLocale(locales.member);
    return { member, channel: resolveLocale(undefined) };
  };
  if (!teamId) return alone();
  try {
    return await deps.services.workspace.languages({ surface: SURFACE, workspaceId: teamId }, locales);
  } catch {
    return alone();
  }
}

/** A translator for what only the member reads. */
export async function memberTranslator(
  deps: LanguageDeps,
  userId: string,
  teamId?: string,
): Promise<Translate> {
  return translator((await slackLanguages(deps, userId, teamId)).member);
}

/**
 * The same, for an answer Slack waits for (an ack within 3 s: https://api.slack.com/interactivity/handling#acknowledgment_response):
 * a users.info call slower than `ms` leaves the answer in English rather than late.
 */
export async function memberTranslatorWithin(
  deps: LanguageDeps,
  userId: string,
  teamId: string | undefined,
  ms = 1500,
): Promise<Translate> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Translate>((resolve) => {
    timer = setTimeout(() => resolve(translator(resolveLocale(undefined))), ms);
  });
  try {
    return await Promise.race([memberTranslator(deps, userId, teamId), late]);
  } finally {
    clearTimeout(timer);
  }
}
