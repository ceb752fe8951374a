import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './core/errors.ts';
import { type MasterKey, parseMasterKey } from './core/keys/master-key.ts';
import type { SafetyDefaults } from './core/workspace/settings.ts';

/**
 * Every setting, parsed once at start-up. Nothing else reads process.env: the composition root
 * passes typed pieces of this down. A bad value stops start-up with one line naming the variable.
 */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const url = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => URL.canParse(v), `expected ${what}`)
    .transform((v) => v.replace(/\/+$/, ''));
const int = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int(`expected a whole number from ${min} to ${max}`)
    .min(min, `expected a whole number from ${min} to ${max}`)
    .max(max, `expected a whole number from ${min} to ${max}`)
    .default(fallback);

/** An optional whole number: unset or empty means no limit. */
const optionalInt = (min: number, max: number) =>
  optionalString.pipe(
    z
      .string()
      .regex(/^\d{1,9}$/, `expected a whole number from ${min} to ${max}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `expected a whole number from ${min} to ${max}`)
      .optional(),
  );
/** An optional amount in US dollars, kept as integer cents; unset or empty means no limit. */
const optionalUsd = optionalString.pipe(
  z
    .string()
    .regex(/^\d{1,9}(\.\d{1,2})?$/, 'expected an amount in US dollars, like 20 or 12.50')
    .transform((v) => Math.round(Number(v) * 100))
    .optional(),
);

const PROVIDER_KINDS = ['fal', 'runway', 'openai', 'simulator'] as const;

/** A model a /v1/videos gateway serves, described by the operator (OPENAI_MODELS). */
const gatewayModel = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1).optional(),
  durationsS: z.array(z.number().int().positive()).min(1),
  sizes: z.array(z.string().regex(/^\d{2,5}x\d{2,5}$/, 'sizes look like 1280x720')).min(1),
  usdPerSecond: z.number().nonnegative(),
  audio: z.boolean().default(true),
  imageInput: z.boolean().default(false),
  remix: z.boolean().default(false),
});

const schema = z.object({
  REDIS_URL: url('a redis:// URL').optional(),
  REDIS_PREFIX: z.string().trim().min(1).default('reelbot'),
  // Start-up waits this long for Redis's first PING, then exits with one line saying so.
  REDIS_STARTUP_WAIT_MS: int(0, 600_000, 10_000),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: url('an http(s) URL such as https://discord.com/api').optional(),
  // Gateway shards this bot process runs: `auto` asks Discord (GET /gateway/bot), a number fixes it.
  // Discord requires sharding from 2,500 servers per connection (API docs, gateway.mdx "Sharding").
  DISCORD_SHARDS: optionalString.pipe(
    z
      .string()
      .regex(/^(auto|[1-9]\d{0,4})$/, 'expected auto or a whole number of shards from 1')
      .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v)))
      .optional(),
  ),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: url('an http(s) URL such as https://slack.com/api/').optional(),
  // Slack members who may run contests and change settings besides workspace admins and owners
  // (issue 8: "Slack: workspace admins or a configured list"): member ids, comma separated.
  SLACK_ADMIN_IDS: z
    .string()
    .trim()
    .transform((v) =>
      v
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(/^[UW][A-Z0-9_]+$/, 'expected Slack member ids like U012AB3CD, comma separated'),
      ),
    )
    .default([]),

  VIDEO_PROVIDER: z
    .string()
    .trim()
    .transform((v) => v.split(',').map((name) => name.trim()))
    .pipe(
      z
        .array(
          z.enum(PROVIDER_KINDS, {
            error: `expected names from ${PROVIDER_KINDS.join(', ')}, comma-separated`,
          }),
        )
        .min(1),
    )
    .optional(),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url('an http(s) URL such as https://api.openai.com/v1').optional(),
  OPENAI_WEBHOOK_SECRET: optionalString,
  // OpenAI retries a failed webhook delivery for up to 72 h (per Hookdeck's OpenAI guide): a poll every few
  // minutes is safety net enough, and a render shorter than this makes no status call at all.
  OPENAI_WEBHOOK_FALLBACK_MS: int(1000, 3_600_000, 5 * 60_000),
  OPENAI_MODELS: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected a JSON array of models (see .env.example)' });
        return z.NEVER;
      }
    })
    .pipe(z.array(gatewayModel, { error: 'expected a JSON array of models (see .env.example)' }).min(1))
    .optional(),
  FAL_KEY: optionalString,
  FAL_BASE_URL: url('an http(s) URL that replaces https://queue.fal.run').optional(),
  FAL_MODELS: optionalString,
  FAL_WEBHOOK_URL: url("the public https URL of this bot's /webhooks/fal").optional(),
  RUNWAYML_API_SECRET: optionalString,
  RUNWAY_BASE_URL: url('an http(s) URL such as https://api.dev.runwayml.com').optional(),
  RUNWAY_MODELS: optionalString,
  // Workspaces' own provider keys (issue 17): sealed under this key; unset, the feature is off.
  REELBOT_MASTER_KEY: optionalString,
  // Only `npm run rotate-keys` reads it: the key the stored keys are sealed under now.
  REELBOT_MASTER_KEY_OLD: optionalString,
  // Which workspaces without their own key may use the operator's: all, none, or workspace ids.
  OPERATOR_KEYS_FOR: z.string().trim().min(1).default('all'),
  // Renders in flight per key by default, from each provider's starting tier: a new fal account
  // runs 2 requests at once (https://docs.fal.ai/model-apis/faq); a Runway tier-1 project runs 1
  // video generation at once per model (https://docs.dev.runwayml.com/usage/tiers). A /v1/videos
  // gateway publishes no tier, so it gets fal's modest start. Each key can set its own.
  FAL_MAX_IN_FLIGHT: int(1, 1000, 2),
  RUNWAY_MAX_IN_FLIGHT: int(1, 1000, 1),
  OPENAI_MAX_IN_FLIGHT: int(1, 1000, 2),
  FAILOVER_AFTER: int(1, 100, 3),
  PROVIDER_DOWN_MS: int(0, 86_400_000, 600_000),
  // The shortest submission or voting window an admin may set: a minute in production (a
  // contest shorter than that gives nobody a chance); tests shorten it to run a contest quickly.
  CONTEST_MIN_WINDOW_S: int(1, 86_400, 60),
  // Stories (issue 15): Sora 2's multi-shot narratives run up to 60 s, the length members expect.
  STORY_MAX_SECONDS: int(1, 600, 60),
  STORY_MAX_SHOTS: int(1, 20, 6),

  SIMULATOR_PORT: int(0, 65535, 4010),
  SIMULATOR_RENDER_MS: int(0, 3_600_000, 8000),
  // Unset: every simulated render starts at once. A number makes each simulated API queue work
  // beyond it, as providers queue work beyond an account's concurrency.
  SIMULATOR_MAX_CONCURRENT: optionalInt(1, 100_000),

  VOTE_EMOJI: z.string().trim().min(1).max(64).default('👍'),
  SLACK_VOTE_REACTION: z
    .string()
    .trim()
    .regex(/^[a-z0-9_+'-]{1,64}$/, 'expected a Slack reaction name without colons, like +1')
    .default('+1'),
  COMMAND_NAME: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{1,32}$/, 'expected 1-32 lowercase letters, digits, - or _')
    .default('sora'),
  PORT: int(0, 65535, 3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  STUDIO: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),
  // A studio request with no answer after this long gets 503 (Redis away) instead of hanging.
  STUDIO_REQUEST_TIMEOUT_MS: int(100, 600_000, 5000),
  // Open studio event streams per process, and the unsent bytes one may hold before it is dropped.
  SSE_MAX_STREAMS: int(1, 100_000, 200),
  SSE_MAX_BUFFER_BYTES: int(1024, 64 * 1024 * 1024, 256 * 1024),
  ROLE: z.enum(['all', 'bot', 'worker'], { error: 'expected all, bot or worker' }).default('all'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json'], { error: 'expected auto, pretty or json' }).default('auto'),

  WORKER_CONCURRENCY: int(1, 1000, 10),
  POLL_MIN_MS: int(100, 600_000, 2000),
  POLL_MAX_MS: int(100, 3_600_000, 30_000),
  CARD_EDIT_INTERVAL_MS: int(0, 600_000, 2000),
  RENDER_TIMEOUT_MS: int(1000, 86_400_000, 30 * 60_000),
  // Provider downloads are bounded (issue 12): a generated clip is tens of MB (a 20 s 1080p H.264
  // clip at ~10 Mbit/s is ~25 MB), so 200 MiB leaves room and still stops a hostile endless body;
  // one deadline for the whole download stops a body that trickles in to hold a worker slot.
  MAX_CLIP_BYTES: int(1024, 4 * 2 ** 30, 200 * 2 ** 20),
  DOWNLOAD_TIMEOUT_MS: int(1000, 3_600_000, 5 * 60_000),
  JOB_MAX_RETRIES: int(0, 100, 5),
  JOB_LOCK_MS: int(1000, 600_000, 30_000),
  SHUTDOWN_TIMEOUT_MS: int(1000, 600_000, 25_000),
  ADMIN_TOKEN: optionalString.pipe(
    z.string().min(16, 'expected at least 16 characters (e.g. openssl rand -hex 24)').optional(),
  ),
  METRICS_TOKEN: optionalString.pipe(
    z.string().min(16, 'expected at least 16 characters (e.g. openssl rand -hex 24)').optional(),
  ),
  MEDIA_DIR: z.string().trim().min(1).default('.media'),
  FFMPEG_PATH: optionalString,
  MEDIA_MIN_FREE_MB: int(0, 100_000_000, 512),

  BUDGET_DAILY_USD: optionalUsd,
  BUDGET_MONTHLY_USD: optionalUsd,
  MEMBER_DAILY_CLIPS: optionalInt(0, 100_000),
  MEMBER_DAILY_SECONDS: optionalInt(0, 10_000_000),
  MEMBER_MAX_ACTIVE: int(1, 1000, 3),
  RATE_LIMIT_PER_MINUTE: int(1, 10_000, 20),
  BLOCKLIST: optionalString,
  MODERATION: optionalString.pipe(z.enum(['openai', 'off'], { error: 'expected openai or off' }).optional()),
});

type Env = z.infer<typeof schema>;

export type ProviderConfig =
  | {
      kind: 'openai';
      apiKey: string;
      baseUrl?: string;
      models?: z.infer<typeof gatewayModel>[];
      /** The project's webhook signing secret: /webhooks/openai is mounted and polling backs off. */
      webhookSecret?: string;
      /** With a webhook secret: at most one status call per this many ms, as a safety net. */
      webhookFallbackMs?: number;
    }
  | { kind: 'fal'; apiKey: string; baseUrl?: string; endpoints?: string[]; webhookUrl?: string }
  | { kind: 'runway'; apiKey: string; baseUrl?: string; models?: string[] }
  | { kind: 'simulator' };

export interface KeysConfig {
  /** Seals workspaces' keys at rest; unset: workspaces cannot add keys. */
  master?: MasterKey;
  /** The key being rotated away from (`npm run rotate-keys` only). */
  previousMaster?: MasterKey;
  /** Workspaces without keys of their own that may use the operator's: every one, none, or these ids. */
  operatorKeysFor: 'all' | 'none' | string[];
  /** Renders in flight per key unless the key sets its own. */
  defaultCaps: { fal: number; runway: number; openai: number };
}

export interface Config {
  /** `startupWaitMs`: how long start-up waits for Redis to answer before giving up. */
  redis?: { url: string; prefix: string; startupWaitMs: number };
  discord?: {
    token: string;
    applicationId: string;
    guildId?: string;
    apiUrl?: string;
    /** Gateway shards: `auto` (Discord's recommendation) or a count; unset: one connection. */
    shards?: number | 'auto';
  };
  slack?: {
    botToken: string;
    signingSecret: string;
    appToken?: string;
    apiUrl?: string;
    /** Members who are admins here besides the workspace's admins and owners. */
    adminIds: string[];
  };
  /** Video providers in order of preference; clips fail over down this list. */
  providers: ProviderConfig[];
  failover: { failoverAfter: number; providerDownMs: number };
  /** Workspaces' own provider keys (issue 17). */
  keys: KeysConfig;
  /** Prompt contests: the shortest window an admin may set. */
  contests: { minWindowMs: number };
  /** The longest story or extended clip (seconds) and the most shots one story may have. */
  stories: { maxSeconds: number; maxShots: number };
  /** The built-in simulator: in-process when it is the provider, or alone (`npm run simulator`). */
  simulator: { port: number; renderMs: number; maxConcurrent?: number };
  commandName: string;
  /** The reaction that counts as a vote: a Discord emoji, and a Slack reaction name. */
  votes: { discordEmoji: string; slackReaction: string };
  http: { port: number; host: string };
  /** The local web studio on the HTTP port: on unless STUDIO=off (it has no sign-in). */
  studio: { enabled: boolean; requestTimeoutMs: number; maxStreams: number; maxBufferBytes: number };
  role: 'all' | 'bot' | 'worker';
  /** SIGTERM/SIGINT: how long running steps get to finish before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** The queue dashboard's token (unset: dashboard off), and /metrics' token (unset: open). */
  ops: { adminToken?: string; metricsToken?: string };
  logLevel: Env['LOG_LEVEL'];
  /** Log lines for people (a terminal) or JSON (anything else); `auto` asks whether stdout is a TTY. */
  logFormat: Env['LOG_FORMAT'];
  worker: {
    concurrency: number;
    pollMinMs: number;
    pollMaxMs: number;
    cardEditIntervalMs: number;
    renderTimeoutMs: number;
    /** A provider download over this many bytes, or unfinished after this long, fails. */
    maxClipBytes: number;
    downloadTimeoutMs: number;
    maxRetries: number;
    lockMs: number;
  };
  mediaDir: string;
  /** FFMPEG_PATH when set (else ffmpeg 5+ on PATH, else the bundled build); free space /readyz wants. */
  media: { ffmpegPath?: string; minFreeBytes: number };
  /** Budgets, caps and rate limits (admins override them per workspace), and prompt screening. */
  safety: {
    defaults: SafetyDefaults;
    /** Words and phrases refused in prompts, matched on word boundaries whatever the Unicode. */
    blocklist: string[];
    /** OpenAI's moderation endpoint (on by default when OPENAI_API_KEY is set), or off. */
    moderation: { kind: 'openai'; apiKey: string; baseUrl?: string } | { kind: 'off' };
  };
}

/** Reads `.env` from the working directory into `env` when present (real variables win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Parse the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`${name}: ${issue.message}`);
  }
  const e = parsed.data;
  const need = (names: string[], group: string) => {
    const missing = names.filter((n) => !e[n as keyof Env]);
    if (missing.length > 0 && missing.length < names.length) {
      throw new ConfigError(`${missing[0]}: required when ${group} is configured (set ${names.join(', ')})`);
    }
    return missing.length === 0;
  };

  const config: Config = {
    commandName: e.COMMAND_NAME,
    votes: { discordEmoji: e.VOTE_EMOJI, slackReaction: e.SLACK_VOTE_REACTION },
    http: { port: e.PORT, host: e.HOST },
    studio: {
      enabled: e.STUDIO === 'on',
      requestTimeoutMs: e.STUDIO_REQUEST_TIMEOUT_MS,
      maxStreams: e.SSE_MAX_STREAMS,
      maxBufferBytes: e.SSE_MAX_BUFFER_BYTES,
    },
    role: e.ROLE,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    ops: {
      ...(e.ADMIN_TOKEN ? { adminToken: e.ADMIN_TOKEN } : {}),
      ...(e.METRICS_TOKEN ? { metricsToken: e.METRICS_TOKEN } : {}),
    },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    worker: {
      concurrency: e.WORKER_CONCURRENCY,
      pollMinMs: e.POLL_MIN_MS,
      pollMaxMs: Math.max(e.POLL_MIN_MS, e.POLL_MAX_MS),
      cardEditIntervalMs: e.CARD_EDIT_INTERVAL_MS,
      renderTimeoutMs: e.RENDER_TIMEOUT_MS,
      maxClipBytes: e.MAX_CLIP_BYTES,
      downloadTimeoutMs: e.DOWNLOAD_TIMEOUT_MS,
      maxRetries: e.JOB_MAX_RETRIES,
      lockMs: e.JOB_LOCK_MS,
    },
    mediaDir: e.MEDIA_DIR,
    media: {
      ...(e.FFMPEG_PATH ? { ffmpegPath: e.FFMPEG_PATH } : {}),
      minFreeBytes: e.MEDIA_MIN_FREE_MB * 1024 * 1024,
    },
    providers: chooseProviders(e),
    failover: { failoverAfter: e.FAILOVER_AFTER, providerDownMs: e.PROVIDER_DOWN_MS },
    contests: { minWindowMs: e.CONTEST_MIN_WINDOW_S * 1000 },
    stories: { maxSeconds: e.STORY_MAX_SECONDS, maxShots: e.STORY_MAX_SHOTS },
    keys: keysOf(e),
    simulator: {
      port: e.SIMULATOR_PORT,
      renderMs: e.SIMULATOR_RENDER_MS,
      ...(e.SIMULATOR_MAX_CONCURRENT !== undefined ? { maxConcurrent: e.SIMULATOR_MAX_CONCURRENT } : {}),
    },
    safety: safetyOf(e),
  };
  if (e.REDIS_URL)
    config.redis = { url: e.REDIS_URL, prefix: e.REDIS_PREFIX, startupWaitMs: e.REDIS_STARTUP_WAIT_MS };
  if (need(['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'], 'Discord')) {
    config.discord = {
      token: e.DISCORD_TOKEN!,
      applicationId: e.DISCORD_APPLICATION_ID!,
      ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
      ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
      ...(e.DISCORD_SHARDS !== undefined ? { shards: e.DISCORD_SHARDS } : {}),
    };
  }
  if (need(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'], 'Slack')) {
    config.slack = {
      botToken: e.SLACK_BOT_TOKEN!,
      signingSecret: e.SLACK_SIGNING_SECRET!,
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
      adminIds: e.SLACK_ADMIN_IDS,
    };
  }
  return config;
}

function keysOf(e: Env): KeysConfig {
  const forWhom = e.OPERATOR_KEYS_FOR;
  const ids = list(forWhom) ?? [];
  if (forWhom !== 'all' && forWhom !== 'none' && ids.some((id) => !/^[A-Za-z0-9_.:-]{1,100}$/.test(id))) {
    throw new ConfigError('OPERATOR_KEYS_FOR: expected all, none, or workspace ids separated by commas');
  }
  return {
    ...(e.REELBOT_MASTER_KEY ? { master: parseMasterKey(e.REELBOT_MASTER_KEY) } : {}),
    ...(e.REELBOT_MASTER_KEY_OLD
      ? { previousMaster: parseMasterKey(e.REELBOT_MASTER_KEY_OLD, 'REELBOT_MASTER_KEY_OLD') }
      : {}),
    operatorKeysFor: forWhom === 'all' || forWhom === 'none' ? forWhom : ids,
    defaultCaps: { fal: e.FAL_MAX_IN_FLIGHT, runway: e.RUNWAY_MAX_IN_FLIGHT, openai: e.OPENAI_MAX_IN_FLIGHT },
  };
}

function safetyOf(e: Env): Config['safety'] {
  const defaults: SafetyDefaults = {
    memberMaxActive: e.MEMBER_MAX_ACTIVE,
    ratePerMinute: e.RATE_LIMIT_PER_MINUTE,
    ...(e.BUDGET_DAILY_USD !== undefined ? { dailyBudgetCents: e.BUDGET_DAILY_USD } : {}),
    ...(e.BUDGET_MONTHLY_USD !== undefined ? { monthlyBudgetCents: e.BUDGET_MONTHLY_USD } : {}),
    ...(e.MEMBER_DAILY_CLIPS !== undefined ? { memberDailyClips: e.MEMBER_DAILY_CLIPS } : {}),
    ...(e.MEMBER_DAILY_SECONDS !== undefined ? { memberDailySeconds: e.MEMBER_DAILY_SECONDS } : {}),
  };
  const mode = e.MODERATION ?? (e.OPENAI_API_KEY ? 'openai' : 'off');
  if (mode === 'openai' && !e.OPENAI_API_KEY) {
    throw new ConfigError('MODERATION: openai needs OPENAI_API_KEY (or set MODERATION=off)');
  }
  return {
    defaults,
    blocklist: list(e.BLOCKLIST) ?? [],
    moderation:
      mode === 'openai'
        ? {
            kind: 'openai',
            apiKey: e.OPENAI_API_KEY!,
            ...(e.OPENAI_BASE_URL ? { baseUrl: e.OPENAI_BASE_URL } : {}),
          }
        : { kind: 'off' },
  };
}

const list = (text: string | undefined) =>
  text
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The providers to use, in order. VIDEO_PROVIDER names them; unset, every provider with
 * credentials is used, live APIs first (fal, Runway, then the OpenAI-compatible one), and the
 * simulator when none has credentials.
 */
function chooseProviders(e: Env): ProviderConfig[] {
  const credentials = {
    fal: e.FAL_KEY,
    runway: e.RUNWAYML_API_SECRET,
    openai: e.OPENAI_API_KEY,
    simulator: undefined,
  };
  const credentialed = PROVIDER_KINDS.filter((kind) => credentials[kind]);
  const kinds = e.VIDEO_PROVIDER ?? (credentialed.length > 0 ? credentialed : ['simulator' as const]);
  return [...new Set(kinds)].map((kind): ProviderConfig => {
    switch (kind) {
      case 'openai': {
        if (!e.OPENAI_API_KEY)
          throw new ConfigError('OPENAI_API_KEY: required when VIDEO_PROVIDER includes openai');
        return {
          kind,
          apiKey: e.OPENAI_API_KEY,
          ...(e.OPENAI_BASE_URL ? { baseUrl: e.OPENAI_BASE_URL } : {}),
          ...(e.OPENAI_MODELS ? { models: e.OPENAI_MODELS } : {}),
          ...(e.OPENAI_WEBHOOK_SECRET
            ? { webhookSecret: e.OPENAI_WEBHOOK_SECRET, webhookFallbackMs: e.OPENAI_WEBHOOK_FALLBACK_MS }
            : {}),
        };
      }
      case 'fal': {
        if (!e.FAL_KEY) throw new ConfigError('FAL_KEY: required when VIDEO_PROVIDER includes fal');
        const endpoints = list(e.FAL_MODELS);
        return {
          kind,
          apiKey: e.FAL_KEY,
          ...(e.FAL_BASE_URL ? { baseUrl: e.FAL_BASE_URL } : {}),
          ...(endpoints?.length ? { endpoints } : {}),
          ...(e.FAL_WEBHOOK_URL ? { webhookUrl: e.FAL_WEBHOOK_URL } : {}),
        };
      }
      case 'runway': {
        if (!e.RUNWAYML_API_SECRET) {
          throw new ConfigError('RUNWAYML_API_SECRET: required when VIDEO_PROVIDER includes runway');
        }
        const models = list(e.RUNWAY_MODELS);
        return {
          kind,
          apiKey: e.RUNWAYML_API_SECRET,
          ...(e.RUNWAY_BASE_URL ? { baseUrl: e.RUNWAY_BASE_URL } : {}),
          ...(models?.length ? { models } : {}),
        };
      }
      default:
        return { kind: 'simulator' };
    }
  });
}
