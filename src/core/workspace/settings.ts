import { ASPECTS, type AspectName, DEFAULT_ASPECT } from '../capabilities.ts';
import { ValidationError } from '../errors.ts';
import type { MessageKey } from '../i18n/catalogs.ts';
import type { Language } from '../i18n/domain.ts';
import { isLocale, LANGUAGES, type Locale, matchLocale, PSEUDO_LOCALE } from '../i18n/locales.ts';
import { type Message, msg } from '../i18n/message.ts';
import type { Place } from '../place.ts';
import type { AdmissionLimits } from '../ports/ledger.ts';
import type { SettingKey, StoredSettings } from '../ports/workspace.ts';
import type { ProviderRegistry } from '../providers.ts';

/** The operator's defaults (config), which a workspace's admins may override. */
export interface SafetyDefaults {
  dailyBudgetCents?: number;
  monthlyBudgetCents?: number;
  memberDailyClips?: number;
  memberDailySeconds?: number;
  memberMaxActive?: number;
  ratePerMinute: number;
}

/** What applies in a workspace: its overrides over the defaults. */
export interface EffectiveSettings {
  model?: string;
  provider?: string;
  channels?: string[];
  limits: AdmissionLimits;
  ratePerMinute: number;
  voteEmoji?: string;
  /** The shape of a clip whose member names none. */
  aspect: AspectName;
  /** The channel's language when admins chose one (WorkspaceService.languages falls back). */
  language?: Locale;
}

/** `${surface}:${workspaceId}`: the key a workspace's settings, books and members live under. */
export function scopeOf(place: Pick<Place, 'surface' | 'workspaceId'>): string {
  return `${place.surface}:${place.workspaceId}`;
}

/** null in an override means "no limit"; absent means "the default". */
const pick = (override: number | null | undefined, fallback: number | undefined) =>
  override === null ? undefined : (override ?? fallback);

export function effectiveSettings(stored: StoredSettings, defaults: SafetyDefaults): EffectiveSettings {
  const limits: AdmissionLimits = {};
  const set = <K extends keyof AdmissionLimits>(key: K, value: number | undefined) => {
    if (value !== undefined) limits[key] = value;
  };
  set('workspaceDailyCents', pick(stored.dailyBudgetCents, defaults.dailyBudgetCents));
  set('workspaceMonthlyCents', pick(stored.monthlyBudgetCents, defaults.monthlyBudgetCents));
  set('memberDailyClips', pick(stored.memberDailyClips, defaults.memberDailyClips));
  set('memberDailySeconds', pick(stored.memberDailySeconds, defaults.memberDailySeconds));
  set('memberMaxActive', pick(stored.memberMaxActive, defaults.memberMaxActive));
  return {
    ...(stored.model ? { model: stored.model } : {}),
    ...(stored.provider ? { provider: stored.provider } : {}),
    ...(stored.channels?.length ? { channels: stored.channels } : {}),
    limits,
    ratePerMinute: stored.ratePerMinute ?? defaults.ratePerMinute,
    ...(stored.voteEmoji ? { voteEmoji: stored.voteEmoji } : {}),
    aspect: stored.aspect && stored.aspect in ASPECTS ? stored.aspect : DEFAULT_ASPECT,
    // A stored value is checked again: an older or hand-edited record must not pick a missing catalog.
    ...(stored.language && isLocale(stored.language) ? { language: stored.language } : {}),
  };
}

/** What a setting's parser may look at: the providers (models), and where the admin is. */
export interface SettingInput {
  providers: ProviderRegistry;
  place: Place;
}

/** One setting admins can change: its name in the command, where it is kept, how it reads. */
export interface SettingDefinition {
  /** The name admins type, e.g. `daily_budget`. */
  name: string;
  key: SettingKey;
  /** What it is, as the catalog says it (`setting.<name>.description`, the commands domain). */
  description: Message;
  /** An example value for messages. */
  example: string;
  /** The stored value, or undefined for "back to the default". Throws ValidationError. */
  parse(text: string, input: SettingInput): StoredSettings[SettingKey] | undefined;
  /**
   * The value in words (stored override, or the default when undefined): a catalog message for
   * words ("no limit"), plain text for what is a name or a value as typed (a model, an emoji).
   */
  show(
    value: StoredSettings[SettingKey] | undefined,
    defaults: SafetyDefaults,
    input: SettingInput,
  ): Message | string;
}

const RESET = new Set(['default', 'reset', 'unset']);
const NO_LIMIT = new Set(['off', 'none', 'unlimited', 'no limit', 'nolimit']);

function limitText(
  value: number | null | undefined,
  fallback: number | undefined,
  unit: (n: number) => Message,
): Message {
  if (value === null) return msg('reply.setting.noLimit');
  if (value === undefined)
    return fallback === undefined
      ? msg('reply.setting.noLimit.default')
      : msg('reply.setting.default', { value: unit(fallback) });
  return unit(value);
}

/** The setting as the refusal names it ("the daily budget"). */
const what = (name: string) => msg(`reply.setting.what.${name}` as MessageKey);

/** A money limit in dollars (`name`: the setting's): `20`, `$20`, `19.99`; `off` for none. Kept in cents. */
function dollars(name: string, maxUsd: number): SettingDefinition['parse'] {
  return (text) => {
    const t = text.trim().toLowerCase();
    if (RESET.has(t)) return undefined;
    if (NO_LIMIT.has(t)) return null;
    const match = /^\$?\s*(\d{1,7})(?:\.(\d{1,2}))?$/.exec(t);
    const cents = match ? Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0')) : Number.NaN;
    if (!Number.isFinite(cents) || cents > maxUsd * 100) {
      throw new ValidationError(
        msg('reply.setting.dollars.invalid', { what: what(name), max: maxUsd }),
        'value',
      );
    }
    return cents;
  };
}

/** A whole-number limit (`name`: the setting's); `off` for none when `allowOff`. */
function count(name: string, min: number, max: number, allowOff: boolean): SettingDefinition['parse'] {
  return (text) => {
    const t = text.trim().toLowerCase();
    if (RESET.has(t)) return undefined;
    if (allowOff && NO_LIMIT.has(t)) return null;
    const n = /^\d{1,7}$/.test(t) ? Number(t) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new ValidationError(
        msg('reply.setting.count.invalid', { what: what(name), min, max, off: allowOff ? 'yes' : 'no' }),
        'value',
      );
    }
    return n;
  };
}

/** Dollars from the ledger's cents, formatted in the reader's locale by the message ($20.00, 20,00 US$). */
const money = (cents: number) => msg('reply.setting.money', { amount: Math.round(cents) / 100 });

/**
 * Channels where clips may be made: `here` (this channel), channel ids or the platform's channel
 * mentions (`<#123>`, `<#C123|general>`), separated by commas or spaces; `all` for every channel.
 */
function parseChannels(text: string, { place }: SettingInput): string[] | undefined {
  const t = text.trim();
  if (RESET.has(t.toLowerCase()) || t.toLowerCase() === 'all') return undefined;
  const ids = new Set<string>();
  for (const item of t.split(/[\s,]+/).filter(Boolean)) {
    if (item.toLowerCase() === 'here') {
      ids.add(place.channelId);
      continue;
    }
    const id = /^<#([A-Za-z0-9_-]{1,64})(?:\|[^>]*)?>$/.exec(item)?.[1] ?? item.replace(/^#/, '');
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      throw new ValidationError(msg('reply.setting.channels.invalid'), 'value');
    }
    ids.add(id);
  }
  if (ids.size === 0 || ids.size > 50) {
    throw new ValidationError(msg('reply.setting.channels.count'), 'value');
  }
  return [...ids];
}

/** Every setting admins can change, in the order the settings command lists them. */
export const SETTINGS: readonly SettingDefinition[] = [
  {
    name: 'model',
    key: 'model',
    description: msg('setting.model.description'),
    example: 'sora-2',
    parse(text, { providers }) {
      const t = text.trim();
      if (RESET.has(t.toLowerCase())) return undefined;
      const all = providers.all().flatMap((p) => p.capabilities().models);
      const model = all.find((m) => m.id === t) ?? all.find((m) => m.label.toLowerCase() === t.toLowerCase());
      if (!model) {
        throw new ValidationError(
          msg('reply.setting.model.unknown', {
            name: t.slice(0, 60),
            models: all.map((m) => m.id).join(', '),
          }),
          'value',
        );
      }
      return model.id;
    },
    show: (value, _d, { providers }) =>
      typeof value === 'string'
        ? (providers.labelOf(value) ?? value)
        : msg('reply.setting.default', {
            value: providers.primary().capabilities().models[0]?.label ?? msg('reply.setting.model.first'),
          }),
  },
  {
    name: 'provider',
    key: 'provider',
    description: msg('setting.provider.description'),
    example: 'fal',
    parse(text, { providers }) {
      const t = text.trim().toLowerCase();
      if (RESET.has(t)) return undefined;
      const names = providers.all().map((p) => p.name);
      if (!names.includes(t)) {
        throw new ValidationError(
          msg('reply.setting.provider.unknown', { providers: names.join(', ') }),
          'value',
        );
      }
      return t;
    },
    show: (value, _d, { providers }) =>
      typeof value === 'string' ? value : msg('reply.setting.default', { value: providers.primary().name }),
  },
  {
    name: 'channels',
    key: 'channels',
    description: msg('setting.channels.description'),
    example: 'here',
    parse: parseChannels,
    show: (value) =>
      Array.isArray(value) && value.length ? value.join(', ') : msg('reply.setting.channels.every'),
  },
  {
    name: 'daily_budget',
    key: 'dailyBudgetCents',
    description: msg('setting.daily_budget.description'),
    example: '20',
    parse: dollars('daily_budget', 1_000_000),
    show: (v, d) => limitText(v as number | null | undefined, d.dailyBudgetCents, money),
  },
  {
    name: 'monthly_budget',
    key: 'monthlyBudgetCents',
    description: msg('setting.monthly_budget.description'),
    example: '300',
    parse: dollars('monthly_budget', 10_000_000),
    show: (v, d) => limitText(v as number | null | undefined, d.monthlyBudgetCents, money),
  },
  {
    name: 'member_daily_clips',
    key: 'memberDailyClips',
    description: msg('setting.member_daily_clips.description'),
    example: '10',
    parse: count('member_daily_clips', 0, 10_000, true),
    show: (v, d) =>
      limitText(v as number | null | undefined, d.memberDailyClips, (count) =>
        msg('reply.setting.clips', { count }),
      ),
  },
  {
    name: 'member_daily_seconds',
    key: 'memberDailySeconds',
    description: msg('setting.member_daily_seconds.description'),
    example: '120',
    parse: count('member_daily_seconds', 0, 100_000, true),
    show: (v, d) =>
      limitText(v as number | null | undefined, d.memberDailySeconds, (count) =>
        msg('reply.setting.seconds', { count }),
      ),
  },
  {
    name: 'member_max_active',
    key: 'memberMaxActive',
    description: msg('setting.member_max_active.description'),
    example: '3',
    parse: count('member_max_active', 1, 1000, true),
    show: (v, d) =>
      limitText(v as number | null | undefined, d.memberMaxActive, (count) =>
        msg('reply.setting.atOnce', { count }),
      ),
  },
  {
    name: 'rate_limit',
    key: 'ratePerMinute',
    description: msg('setting.rate_limit.description'),
    example: '20',
    parse: count('rate_limit', 1, 1000, false),
    show: (v, d) =>
      limitText(v as number | undefined, d.ratePerMinute, (count) =>
        msg('reply.setting.perMinute', { count }),
      ),
  },
  {
    name: 'vote_emoji',
    key: 'voteEmoji',
    description: msg('setting.vote_emoji.description'),
    example: '🔥',
    parse(text) {
      const t = text.trim();
      if (RESET.has(t.toLowerCase())) return undefined;
      // One emoji or reaction name: no spaces, and nothing that could read as a mention or markup.
      if (!/^[^\s<>@#&*_`~|\\]{1,64}$/u.test(t)) {
        throw new ValidationError(msg('reply.setting.voteEmoji.invalid'), 'value');
      }
      return t;
    },
    show: (v) => (typeof v === 'string' ? v : msg('reply.setting.voteEmoji.default')),
  },
  {
    name: 'aspect',
    key: 'aspect',
    description: msg('setting.aspect.description'),
    example: 'portrait',
    parse: parseAspect,
    show: (v) =>
      typeof v === 'string' && v in ASPECTS
        ? msg('reply.setting.aspect', { aspect: v, ratio: ASPECTS[v as AspectName] })
        : msg('reply.setting.aspect.default', { aspect: DEFAULT_ASPECT, ratio: ASPECTS[DEFAULT_ASPECT] }),
  },
  {
    name: 'language',
    key: 'language',
    description: msg('setting.language.description'),
    example: 'es',
    parse: parseLanguage,
    // The language's name in itself (español, 日本語): what a speaker of it recognises.
    show: (v) =>
      typeof v === 'string'
        ? isLocale(v) && v !== PSEUDO_LOCALE
          ? `${languageName(v, v)} (${v})`
          : v
        : msg('reply.setting.language.default'),
  },
];

/**
 * A language reelbot speaks, by its tag (`es`, `pt-BR`, `de-DE`) or its name in any language
 * reelbot speaks (`Spanish`, `español`, `Spanisch`, `espagnol`, `スペイン語`), with or without
 * accents, and with its region as Intl writes it (`português (Brasil)`) or without.
 */
function parseLanguage(text: string): Locale | undefined {
  const t = text.trim().toLowerCase();
  if (RESET.has(t)) return undefined;
  const typed = plain(t);
  // `pt-BR` answers to "Brazilian Portuguese" and to "Portuguese" (its language alone).
  const byName = LANGUAGES.find((language) =>
    LANGUAGES.some((inLocale) =>
      [language, language.split('-')[0]!].some((tag) => {
        const name = plain(new Intl.DisplayNames([inLocale], { type: 'language' }).of(tag) ?? tag);
        return name === typed || name.replace(/\s*[(（].*$/u, '') === typed;
      }),
    ),
  );
  // The pseudo-locale (en-XA) is accepted too: an operator checking a surface for cut-off or
  // untranslated text sets it (README, Languages).
  const language = byName ?? matchLocale(t);
  if (!language) {
    throw new ValidationError(
      msg('reply.setting.language.invalid', { languages: LANGUAGES.join(', ') }),
      'value',
    );
  }
  return language;
}

/** Lowercase without accents: `Español` and `espanol` are the same name. */
function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** `Spanish`, `español`: a language's name in a locale (Intl.DisplayNames). */
export function languageName(language: Language, inLocale: Language): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(language) ?? language;
}

/** `landscape`, `portrait` or `square`, or the ratio (`16:9`, `9:16`, `1:1`). */
function parseAspect(text: string): AspectName | undefined {
  const t = text.trim().toLowerCase();
  if (RESET.has(t)) return undefined;
  const names = Object.keys(ASPECTS) as AspectName[];
  const aspect = names.find((name) => name === t || ASPECTS[name] === t);
  if (!aspect) {
    throw new ValidationError(msg('reply.setting.aspect.invalid'), 'value');
  }
  return aspect;
}

export function findSetting(name: string): SettingDefinition | undefined {
  const n = name.trim().toLowerCase().replaceAll('-', '_');
  return SETTINGS.find((s) => s.name === n);
}
