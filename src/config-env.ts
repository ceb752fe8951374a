import { z } from 'zod';

/**
 * The environment's shape: every variable, its bounds, its default and the message a bad value
 * gets. src/config.ts parses with it and turns the result into the typed Config.
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

export const PROVIDER_KINDS = ['fal', 'runway', 'openai', 'simulator'] as const;

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

export const envSchema = z.object({
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
  // Renders in flight on the operator's own keys, as provider:count pairs (fal:2,runway:1,openai:4).
  // A provider not named starts at its tier's default above, from the same pages (fal:
  // https://docs.fal.ai/documentation/model-apis/concurrency-limits); the OpenAI-compatible
  // gateway and the simulator publish no limit and stay unpaced unless named here.
  PROVIDER_CONCURRENCY: optionalString,
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

export type Env = z.infer<typeof envSchema>;
export type GatewayModel = z.infer<typeof gatewayModel>;
