import { dayOf, monthOf, nextDayStart, nextMonthStart } from '../budget/periods.ts';
import type { Admission } from '../clip/admission.ts';
import type { Actor } from '../clip/clip.ts';
import { ValidationError } from '../errors.ts';
import { type Languages, matchLocale, type PlatformLocales, SOURCE_LOCALE } from '../i18n/locales.ts';
import { type Message, msg } from '../i18n/message.ts';
import { english } from '../i18n/translator.ts';
import type { Place } from '../place.ts';
import type { Clock } from '../ports/clock.ts';
import type { AdmissionLimits, PeriodTotals } from '../ports/ledger.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import type { SettingChange } from '../ports/workspace.ts';
import type { ProviderRegistry } from '../providers.ts';
import { type EffectiveSettings, findSetting, SETTINGS, scopeOf } from './settings.ts';

/** What the usage command shows: the member's and the workspace's books, and the limits. */
export interface UsageReport {
  member: { day: PeriodTotals; month: PeriodTotals; active: number };
  workspace: { day: PeriodTotals; month: PeriodTotals };
  limits: AdmissionLimits;
  /** When the day's and the month's counts start again (UTC). */
  dayEndsAt: number;
  monthEndsAt: number;
  now: number;
}

/** One setting as the settings command lists it. */
export interface SettingRow {
  name: string;
  /** Rendered in the reader's language by the command (commands/settings.ts). */
  description: Message;
  example: string;
  value: Message | string;
  /** True when an admin set it here; false when the operator's default applies. */
  overridden: boolean;
}

export interface SettingsView {
  rows: SettingRow[];
  /** The latest changes, newest first, with their values as words to render in the reader's language. */
  history: (SettingChange & { shown: { from: Message | string; to: Message | string } })[];
}

/** Changes the settings command shows. */
const HISTORY_SHOWN = 5;

export interface WorkspaceServiceDeps {
  store: Store;
  providers: ProviderRegistry;
  clock: Clock;
  logger: Logger;
  admission: Admission;
  /**
   * The providers this workspace's clips are made with (its own keys' first): the `model` and
   * `provider` settings accept theirs. Unset: the operator's.
   */
  providersFor?: (place: Place) => Promise<ProviderRegistry>;
}

/**
 * What members and admins do about their workspace itself: see usage, opt in or out of being
 * named in prompts, and (admins) see and change settings, every change logged with who made it.
 */
export class WorkspaceService {
  readonly #deps: WorkspaceServiceDeps;

  constructor(deps: WorkspaceServiceDeps) {
    this.#deps = deps;
  }

  /** The settings in force where a member is (surfaces read e.g. the vote emoji from here). */
  effective(place: Pick<Place, 'surface' | 'workspaceId'>): Promise<EffectiveSettings> {
    return this.#deps.admission.settingsFor(place);
  }

  /**
   * Whose language is whose: the channel's (the `language` setting, else the community's locale
   * the platform reports, else English) for what everyone sees, and the member's (their client's
   * locale, else the channel's) for what only they see.
   */
  async languages(
    place: Pick<Place, 'surface' | 'workspaceId'>,
    tags: PlatformLocales = {},
  ): Promise<Languages> {
    const channel = (await this.effective(place)).language ?? matchLocale(tags.workspace) ?? SOURCE_LOCALE;
    return { member: matchLocale(tags.member) ?? channel, channel };
  }

  /**
   * Take one of the member's tokens for a command or button press; RATE_LIMITED with the wait
   * when none is left. Commands and buttons declare it as a gate (commands/gates.ts).
   */
  limitRate(actor: Actor, place: Place): Promise<void> {
    return this.#deps.admission.limitRate(actor, place);
  }

  /** The member's and the workspace's spend today and this month. */
  async usage(actor: Actor, place: Place): Promise<UsageReport> {
    const settings = await this.effective(place);
    const now = this.#deps.clock.now();
    const books = await this.#deps.store.ledger.usage({
      scope: scopeOf(place),
      memberId: actor.id,
      day: dayOf(now),
      month: monthOf(now),
    });
    return {
      member: { day: books.day.member, month: books.month.member, active: books.memberActive },
      workspace: { day: books.day.workspace, month: books.month.workspace },
      limits: settings.limits,
      dayEndsAt: nextDayStart(now),
      monthEndsAt: nextMonthStart(now),
      now,
    };
  }

  /** Every setting with its value here, and the latest changes (the command lets only admins ask). */
  async settings(place: Place): Promise<SettingsView> {
    const scope = scopeOf(place);
    const [stored, history] = await Promise.all([
      this.#deps.store.settings.get(scope),
      this.#deps.store.settings.history(scope, HISTORY_SHOWN),
    ]);
    const providers = await this.#providersFor(place);
    const input = { providers, place };
    const defaults = this.#deps.admission.defaults;
    return {
      rows: SETTINGS.map((s) => this.#row(s.name, stored[s.key], place, providers)),
      history: history.map((change) => {
        const setting = SETTINGS.find((s) => s.key === change.key);
        // Older entries carry only the English words; newer ones their values, shown in the
        // reader's language (a default as the operator's default is now).
        if (!setting || !change.values) return { ...change, shown: { from: change.from, to: change.to } };
        return {
          ...change,
          shown: {
            from: setting.show(change.values.from, defaults, input),
            to: setting.show(change.values.to, defaults, input),
          },
        };
      }),
    };
  }

  /** Change one setting (`default` puts the operator's default back); logged. The command lets only admins. */
  async change(
    actor: Actor,
    place: Place,
    name: string,
    text: string,
  ): Promise<{
    row: SettingRow;
    change: SettingChange;
    shown: { from: Message | string; to: Message | string };
  }> {
    const setting = findSetting(name);
    if (!setting) {
      throw new ValidationError(
        msg('reply.setting.unknown', {
          name: name.slice(0, 40),
          settings: SETTINGS.map((s) => s.name).join(', '),
        }),
        'setting',
      );
    }
    const input = { providers: await this.#providersFor(place), place };
    const value = setting.parse(text, input);
    const scope = scopeOf(place);
    const before = (await this.#deps.store.settings.get(scope))[setting.key];
    const defaults = this.#deps.admission.defaults;
    const shown = { from: setting.show(before, defaults, input), to: setting.show(value, defaults, input) };
    // The log keeps the values in English, as the source; the answer shows them in the admin's language.
    const change: SettingChange = {
      at: this.#deps.clock.now(),
      by: { id: actor.id, name: actor.name },
      key: setting.key,
      from: english(shown.from),
      to: english(shown.to),
      values: {
        ...(before === undefined ? {} : { from: before }),
        ...(value === undefined ? {} : { to: value }),
      },
    };
    const after = await this.#deps.store.settings.change(scope, setting.key, value, change);
    this.#deps.logger.info(
      { scope, by: actor.id, setting: setting.name, from: change.from, to: change.to },
      'workspace setting changed',
    );
    return { row: this.#row(setting.name, after[setting.key], place, input.providers), change, shown };
  }

  /**
   * Opt in or out of being named in other members' prompts; without a choice, just say which it
   * is. `changed` is false when the choice was already in force.
   */
  async consent(
    actor: Actor,
    place: Place,
    choice?: boolean,
  ): Promise<{ consent: boolean; changed: boolean }> {
    const scope = scopeOf(place);
    const current =
      (await this.#deps.store.members.list(scope)).find((m) => m.id === actor.id)?.consent ?? false;
    if (choice === undefined || choice === current) {
      if (choice === undefined) await this.#deps.admission.remember(place, actor);
      return { consent: current, changed: false };
    }
    await this.#deps.store.members.setConsent(scope, actor, choice);
    this.#deps.logger.info({ scope, member: actor.id, consent: choice }, 'consent changed');
    return { consent: choice, changed: true };
  }

  #providersFor(place: Place): Promise<ProviderRegistry> {
    return this.#deps.providersFor?.(place) ?? Promise.resolve(this.#deps.providers);
  }

  #row(name: string, value: unknown, place: Place, providers: ProviderRegistry): SettingRow {
    const setting = findSetting(name)!;
    return {
      name: setting.name,
      description: setting.description,
      example: setting.example,
      value: setting.show(value as never, this.#deps.admission.defaults, { providers, place }),
      overridden: value !== undefined,
    };
  }
}
