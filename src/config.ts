import { existsSync } from 'node:fs';
import { type Env, envSchema, type GatewayModel, PROVIDER_KINDS } from './config-env.ts';
import { ConfigError } from './core/errors.ts';
import { type MasterKey, parseMasterKey } from './core/keys/master-key.ts';
import type { SafetyDefaults } from './core/workspace/settings.ts';

/**
 * Every setting, parsed once at start-up. Nothing else reads process.env: the composition root
 * passes typed pieces of this down. A bad value stops start-up with one line naming the variable.
 */

export type ProviderConfig =
  | {
      kind: 'openai';
      apiKey: string;
      baseUrl?: string;
      models?: GatewayModel[];
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
  /** Renders in flight on the operator's own key, per provider (absent: unpaced). */
  operatorCaps: Partial<Record<(typeof PROVIDER_KINDS)[number], number>>;
  /**
   * How a client for a workspace's key is built for each provider the operator did not configure
   * a key for: the operator's base URL and models where set (a workspace never chooses where
   * requests go), else the provider's own.
   */
  clients: {
    fal: { baseUrl?: string; endpoints?: string[] };
    runway: { baseUrl?: string; models?: string[] };
    openai: { baseUrl?: string; models?: GatewayModel[] };
  };
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
  const parsed = envSchema.safeParse(env);
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
    operatorCaps: operatorCapsOf(e),
    clients: {
      fal: {
        ...(e.FAL_BASE_URL ? { baseUrl: e.FAL_BASE_URL } : {}),
        ...(list(e.FAL_MODELS)?.length ? { endpoints: list(e.FAL_MODELS)! } : {}),
      },
      runway: {
        ...(e.RUNWAY_BASE_URL ? { baseUrl: e.RUNWAY_BASE_URL } : {}),
        ...(list(e.RUNWAY_MODELS)?.length ? { models: list(e.RUNWAY_MODELS)! } : {}),
      },
      openai: {
        ...(e.OPENAI_BASE_URL ? { baseUrl: e.OPENAI_BASE_URL } : {}),
        ...(e.OPENAI_MODELS ? { models: e.OPENAI_MODELS } : {}),
      },
    },
  };
}

/**
 * PROVIDER_CONCURRENCY over the starting tiers: fal and Runway are paced from their first tier
 * (FAL_MAX_IN_FLIGHT, RUNWAY_MAX_IN_FLIGHT), the others only when named.
 */
function operatorCapsOf(e: Env): KeysConfig['operatorCaps'] {
  const caps: KeysConfig['operatorCaps'] = { fal: e.FAL_MAX_IN_FLIGHT, runway: e.RUNWAY_MAX_IN_FLIGHT };
  for (const pair of list(e.PROVIDER_CONCURRENCY) ?? []) {
    const match = /^([a-z]+)\s*:\s*(\d{1,4})$/.exec(pair);
    const kind = PROVIDER_KINDS.find((k) => k === match?.[1]);
    const count = Number(match?.[2]);
    if (!kind || !(count >= 1 && count <= 1000)) {
      throw new ConfigError(
        `PROVIDER_CONCURRENCY: expected provider:count pairs separated by commas, such as fal:2,runway:1 (providers ${PROVIDER_KINDS.join(', ')}; counts 1 to 1000), not "${pair.slice(0, 40)}"`,
      );
    }
    caps[kind] = count;
  }
  return caps;
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
