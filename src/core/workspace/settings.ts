import { formatCents } from '../budget/money.ts';
import { ASPECTS, type AspectName, DEFAULT_ASPECT } from '../capabilities.ts';
import { ValidationError } from '../errors.ts';
import type { Language } from '../i18n/domain.ts';
import { isLocale, LANGUAGES, type Locale, matchLocale } from '../i18n/locales.ts';
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
  description: string;
  /** An example value for messages. */
  example: string;
  /** The stored value, or undefined for "back to the default". Throws ValidationError. */
  parse(text: string, input: SettingInput): StoredSettings[SettingKey] | undefined;
  /** The value in words (stored override, or the default when undefined). */
  show(value: StoredSettings[SettingKey] | undefined, defaults: SafetyDefaults, input: SettingInput): string;
}

const RESET = new Set(['default', 'reset', 'unset']);
const NO_LIMIT = new Set(['off', 'none', 'unlimited', 'no limit', 'nolimit']);

function limitText(
  value: number | null | undefined,
  fallback: number | undefined,
  unit: (n: number) => string,
) {
  if (value === null) return 'no limit';
  if (value === undefined)
    return fallback === undefined ? 'no limit (default)' : `${unit(fallback)} (default)`;
  return unit(value);
}

/** A money limit in dollars: `20`, `$20`, `19.99`; `off` for none. Kept in cents. */
function dollars(name: string, maxUsd: number): SettingDefinition['parse'] {
  return (text) => {
    const t = text.trim().toLowerCase();
    if (RESET.has(t)) return undefined;
    if (NO_LIMIT.has(t)) return null;
    const match = /^\$?\s*(\d{1,7})(?:\.(\d{1,2}))?$/.exec(t);
    const cents = match ? Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0')) : Number.NaN;
    if (!Number.isFinite(cents) || cents > maxUsd * 100) {
      throw new ValidationError(
        `Give ${name} in dollars from 0 to ${maxUsd.toLocaleString('en-US')}, like 20 or 12.50; "off" for no limit, "default" for the operator’s.`,
        'value',
      );
    }
    return cents;
  };
}

/** A whole-number limit; `off` for none when `allowOff`. */
function count(name: string, min: number, max: number, allowOff: boolean): SettingDefinition['parse'] {
  return (text) => {
    const t = text.trim().toLowerCase();
    if (RESET.has(t)) return undefined;
    if (allowOff && NO_LIMIT.has(t)) return null;
    const n = /^\d{1,7}$/.test(t) ? Number(t) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new ValidationError(
        `Give ${name} as a whole number from ${min} to ${max}${allowOff ? '; "off" for no limit' : ''}, or "default".`,
        'value',
      );
    }
    return n;
  };
}

const money = (n: number) => formatCents(n);

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
      throw new ValidationError(
        'Name channels as "here", a channel id or a #channel mention, separated by commas; "all" for every channel.',
        'value',
      );
    }
    ids.add(id);
  }
  if (ids.size === 0 || ids.size > 50) {
    throw new ValidationError('Name between 1 and 50 channels, or "all".', 'value');
  }
  return [...ids];
}

/** Every setting admins can change, in the order the settings command lists them. */
export const SETTINGS: readonly SettingDefinition[] = [
  {
    name: 'model',
    key: 'model',
    description: 'Default model for requests that name none',
    example: 'sora-2',
    parse(text, { providers }) {
      const t = text.trim();
      if (RESET.has(t.toLowerCase())) return undefined;
      const all = providers.all().flatMap((p) => p.capabilities().models);
      const model = all.find((m) => m.id === t) ?? all.find((m) => m.label.toLowerCase() === t.toLowerCase());
      if (!model) {
        throw new ValidationError(
          `There is no model called "${t.slice(0, 60)}". Choose one of: ${all.map((m) => m.id).join(', ')}.`,
          'value',
        );
      }
      return model.id;
    },
    show: (value, _d, { providers }) =>
      typeof value === 'string'
        ? (providers.labelOf(value) ?? value)
        : `${providers.primary().capabilities().models[0]?.label ?? 'the first model'} (default)`,
  },
  {
    name: 'provider',
    key: 'provider',
    description: 'Preferred provider when no default model is set',
    example: 'fal',
    parse(text, { providers }) {
      const t = text.trim().toLowerCase();
      if (RESET.has(t)) return undefined;
      const names = providers.all().map((p) => p.name);
      if (!names.includes(t)) {
        throw new ValidationError(`Choose a configured provider: ${names.join(', ')}.`, 'value');
      }
      return t;
    },
    show: (value, _d, { providers }) =>
      typeof value === 'string' ? value : `${providers.primary().name} (default)`,
  },
  {
    name: 'channels',
    key: 'channels',
    description: 'Channels where clips may be made',
    example: 'here',
    parse: parseChannels,
    show: (value) => (Array.isArray(value) && value.length ? value.join(', ') : 'every channel'),
  },
  {
    name: 'daily_budget',
    key: 'dailyBudgetCents',
    description: 'Spend per day for everyone here, in USD',
    example: '20',
    parse: dollars('the daily budget', 1_000_000),
    show: (v, d) => limitText(v as number | null | undefined, d.dailyBudgetCents, money),
  },
  {
    name: 'monthly_budget',
    key: 'monthlyBudgetCents',
    description: 'Spend per month for everyone here, in USD',
    example: '300',
    parse: dollars('the monthly budget', 10_000_000),
    show: (v, d) => limitText(v as number | null | undefined, d.monthlyBudgetCents, money),
  },
  {
    name: 'member_daily_clips',
    key: 'memberDailyClips',
    description: 'Clips one member may make per day',
    example: '10',
    parse: count('the clips per member per day', 0, 10_000, true),
    show: (v, d) => limitText(v as number | null | undefined, d.memberDailyClips, (n) => `${n} clips`),
  },
  {
    name: 'member_daily_seconds',
    key: 'memberDailySeconds',
    description: 'Seconds of video one member may make per day',
    example: '120',
    parse: count('the seconds per member per day', 0, 100_000, true),
    show: (v, d) => limitText(v as number | null | undefined, d.memberDailySeconds, (n) => `${n} s`),
  },
  {
    name: 'member_max_active',
    key: 'memberMaxActive',
    description: 'Clips one member may have waiting or rendering at once',
    example: '3',
    parse: count('the clips per member at once', 1, 1000, true),
    show: (v, d) => limitText(v as number | null | undefined, d.memberMaxActive, (n) => `${n} at once`),
  },
  {
    name: 'rate_limit',
    key: 'ratePerMinute',
    description: 'Commands and buttons per member per minute',
    example: '20',
    parse: count('the commands per member per minute', 1, 1000, false),
    show: (v, d) => limitText(v as number | undefined, d.ratePerMinute, (n) => `${n} per minute`),
  },
  {
    name: 'vote_emoji',
    key: 'voteEmoji',
    description: 'The reaction that counts as a vote',
    example: '🔥',
    parse(text) {
      const t = text.trim();
      if (RESET.has(t.toLowerCase())) return undefined;
      // One emoji or reaction name: no spaces, and nothing that could read as a mention or markup.
      if (!/^[^\s<>@#&*_`~|\\]{1,64}$/u.test(t)) {
        throw new ValidationError(
          'Give the vote reaction as one emoji (👍) or a reaction name (thumbsup), or "default".',
          'value',
        );
      }
      return t;
    },
    show: (v) => (typeof v === 'string' ? v : 'the bot’s default'),
  },
  {
    name: 'aspect',
    key: 'aspect',
    description: 'Shape of a clip when the member names none',
    example: 'portrait',
    parse: parseAspect,
    show: (v) =>
      typeof v === 'string' && v in ASPECTS
        ? `${v} (${ASPECTS[v as AspectName]})`
        : `${DEFAULT_ASPECT} (${ASPECTS[DEFAULT_ASPECT]}, default)`,
  },
  {
    name: 'language',
    key: 'language',
    description: 'Language of cards and announcements everyone here sees',
    example: 'es',
    parse: parseLanguage,
    show: (v) => (typeof v === 'string' ? v : 'the server’s language, else English (default)'),
  },
];

/**
 * A language reelbot speaks, by its tag (`es`, `pt-BR`, `de-DE`) or its name in English or in
 * itself (`Spanish`, `español`).
 */
function parseLanguage(text: string): Locale | undefined {
  const t = text.trim().toLowerCase();
  if (RESET.has(t)) return undefined;
  const byName = LANGUAGES.find(
    (language) =>
      languageName(language, 'en').toLowerCase() === t ||
      languageName(language, language).toLowerCase() === t,
  );
  // The pseudo-locale (en-XA) is accepted too: an operator checking a surface for cut-off or
  // untranslated text sets it (README, Languages).
  const language = byName ?? matchLocale(t);
  if (!language) {
    throw new ValidationError(`Give the language as one of ${LANGUAGES.join(', ')}, or "default".`, 'value');
  }
  return language;
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
    throw new ValidationError(
      'Give the default aspect as landscape, portrait or square, or "default".',
      'value',
    );
  }
  return aspect;
}

export function findSetting(name: string): SettingDefinition | undefined {
  const n = name.trim().toLowerCase().replaceAll('-', '_');
  return SETTINGS.find((s) => s.name === n);
}
