import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Config } from '../../src/config.ts';
import { PROMPT_MAX, promptTooLong } from '../../src/core/clip/clip-options.ts';
import { ErrorCode, ReelbotError, ValidationError } from '../../src/core/errors.ts';
import { isMessageKey, type MessageKey } from '../../src/core/i18n/catalogs.ts';
import { type Locale, matchLocale, PSEUDO_LOCALE } from '../../src/core/i18n/locales.ts';
import { type Message, type MessageValues, msg } from '../../src/core/i18n/message.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { Services } from '../../src/core/services.ts';
import type { HttpRouter } from '../../src/http/router.ts';
import type { StudioAssets } from './assets.ts';
import { ATTACHMENT_DATA_MAX, attachmentsSchema, mebibytes } from './attachments.ts';
import type { StudioEvents } from './events.ts';
import {
  answerWithin,
  checkHost,
  MAX_BODY_BYTES,
  promptTooLarge,
  readJson,
  SECURITY_HEADERS,
  sendError,
  sendJson,
} from './http.ts';
import type { StudioAction, StudioInbound } from './inbound.ts';
import { formBody } from './key-form.ts';
import { serveMedia } from './media.ts';
import { actorFor, STUDIO_CHANNELS, STUDIO_MEMBERS, STUDIO_WORKSPACE } from './members.ts';
import { STUDIO } from './messenger.ts';
import { requestLocale, servePage } from './page.ts';
import type { StudioRepository } from './repository.ts';
import type { StudioInfo } from './web/types.ts';

/*
 * Schema messages are catalog keys (studio.error.…), rendered in the member's language when a
 * request is refused (`parse`); the values a message needs are in ISSUE_VALUES.
 */
const channel = z.string().refine((c) => STUDIO_CHANNELS.includes(c), 'studio.error.channel');
const member = z.string({ error: 'studio.error.member' });
const messageId = z.string({ error: 'studio.error.message' }).max(64);
/** A per-submission id from the page, so a repeated POST maps to the same clip. */
const nonce = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'studio.error.nonce')
  .optional();
/**
 * The member's language as the page's picker has it (`context.locales.member`): private answers
 * and refusals come in it. Any string is read; one that names none of our locales is ignored
 * (matchLocale), never refused, so an old page or a script without it still works.
 */
const locale = z.string().max(64).optional();

/** The longest command line or Remix text the API reads; the prompt's own limit is PROMPT_MAX. */
const COMMAND_MAX = 2 * PROMPT_MAX;

const commandBody = z.object({
  channel,
  member,
  // Room for a prompt at its limit and the options around it; longer is refused with the limit.
  text: z.string({ error: 'studio.error.text' }).max(COMMAND_MAX, 'studio.error.commandTooLong'),
  nonce,
  attachments: attachmentsSchema,
  locale,
});

/**
 * A command's body may carry one picture (base64, attachments.ts) besides its text: the limit is
 * the text's plus a picture at 10 MiB with base64's overhead. Over it is refused with 413 before
 * the rest is read; under it, everything but the pictures must still fit the text's limit.
 */
const COMMAND_BODY_MAX = MAX_BODY_BYTES + ATTACHMENT_DATA_MAX;
const commandBodyLimit = {
  bytes: COMMAND_BODY_MAX,
  tooLarge: (bytes: number) =>
    new ReelbotError(ErrorCode.ImageTooLarge, msg('studio.error.pictureRequest', { size: mebibytes(bytes) })),
};

/**
 * The Story dialog's fields, as a Discord modal submits its fields: one text per shot and the
 * options `/sora story` takes. The server joins the shots into the command's own `shots`
 * option, so the story is read exactly as the typed command is.
 */
const storyForm = z.object({
  channel,
  member,
  shots: z
    .array(
      z
        .string({ error: 'studio.error.shot' })
        .max(PROMPT_MAX, 'studio.error.shotLength')
        .refine((t) => !t.includes('|'), 'studio.error.shotBar'),
    )
    .max(20, 'studio.error.shots'),
  look: z.string().max(PROMPT_MAX, 'studio.error.look').optional(),
  seconds: z.number().int().min(1).max(600).optional(),
  mode: z.string().max(20).optional(),
  transition: z.string().max(20).optional(),
  model: z.string().max(100).optional(),
  aspect: z.string().max(20).optional(),
  style: z.string().max(40).optional(),
  nonce,
  locale,
});

/** Seconds a member picks in the Extend dialog (the command checks them against the model). */
const seconds = z
  .number({ error: 'studio.error.seconds' })
  .int('studio.error.seconds')
  .min(1)
  .max(600)
  .optional();

const formRequest = formBody.extend({ channel, member, locale });

const actionBody = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.enum(['remix', 'edit']),
      member,
      message: messageId,
      prompt: z
        .string({ error: 'studio.error.prompt' })
        .max(COMMAND_MAX, { error: (issue) => promptTooLong(String(issue.input ?? '').length) }),
      nonce,
      locale,
    }),
    z.object({
      action: z.literal('extend'),
      member,
      message: messageId,
      prompt: z
        .string({ error: 'studio.error.next' })
        .max(COMMAND_MAX, { error: (issue) => promptTooLong(String(issue.input ?? '').length) }),
      seconds,
      nonce,
      locale,
    }),
    z.object({ action: z.literal('reroll'), member, message: messageId, nonce, locale }),
    z.object({ action: z.enum(['cancel', 'delete']), member, message: messageId, locale }),
    z.object({ action: z.literal('react'), member, message: messageId, on: z.boolean(), locale }),
  ],
  { error: 'studio.error.action' },
);

/** Characters of base64 picture data in a command body, before it is checked. */
function pictureChars(raw: unknown): number {
  const attached = (raw as { attachments?: unknown } | null)?.attachments;
  if (!Array.isArray(attached)) return 0;
  return attached.reduce<number>((n, a) => n + (typeof a?.data === 'string' ? a.data.length : 0), 0);
}

/** The values the schema's messages need. */
const ISSUE_VALUES: Partial<Record<MessageKey, MessageValues>> = {
  'studio.error.commandTooLong': { max: PROMPT_MAX },
  'studio.error.shotLength': { max: PROMPT_MAX },
  'studio.error.look': { max: PROMPT_MAX },
};

/** A schema's message: our catalog key as a Message; zod's own words (a hostile body's) as they are. */
function issueText(message: string): Message | string {
  return isMessageKey(message) ? msg(message, ISSUE_VALUES[message]) : message;
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ValidationError(issueText(issue.message), issue.path.map(String).join('.') || undefined);
  }
  return result.data;
}

/** Languages the page sent with its requests, read once the body is: refusals are answered in them. */
const memberLocales = new WeakMap<IncomingMessage, Locale>();

/** The member's locale a body names (ignored when it names none of ours), remembered for the answer. */
function memberLocale(req: IncomingMessage, tag: string | undefined): Locale | undefined {
  const known = matchLocale(tag);
  if (known) memberLocales.set(req, known);
  return known;
}

/**
 * The studio's HTTP surface on the shared router: `/` for the page and everything else under
 * `/studio/`, each path registered on its own so other adapters' routes (Slack's /slack/events)
 * are never shadowed.
 */
export function mountStudioRoutes(
  http: HttpRouter,
  deps: {
    services: Services;
    config: Config;
    logger: Logger;
    inbound: StudioInbound;
    events: StudioEvents;
    assets: StudioAssets;
    repository: StudioRepository;
  },
): void {
  const { services, config, logger, inbound, events, assets, repository } = deps;
  const home = STUDIO_CHANNELS[0]!;
  type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
  // Every route that reads the store answers within STUDIO_REQUEST_TIMEOUT_MS (503 while Redis is away).
  const bounded =
    (handler: Handler): Handler =>
    async (req, res, url) => {
      try {
        await answerWithin(config.studio.requestTimeoutMs, res, () => handler(req, res, url), logger);
      } catch (error) {
        // In the language the body named, else the member's pick (cookie) or browser's.
        sendError(res, error, logger, memberLocales.get(req) ?? requestLocale(req));
      }
    };
  const guarded = (handler: Handler): Handler =>
    bounded(async (req, res, url) => {
      checkHost(req, config.http.host);
      await handler(req, res, url);
    });

  /** The workspace's language, or nothing when the store does not answer in time (the page still loads). */
  const workspaceLanguage = async (): Promise<Locale | undefined> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), Math.min(500, config.studio.requestTimeoutMs));
    });
    try {
      const languages = services.workspace.languages({ surface: STUDIO, workspaceId: STUDIO_WORKSPACE });
      return (await Promise.race([languages, late]))?.channel;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };
  http.route('GET', '/', async (req, res, url) => {
    // The pseudo-locale is offered to whoever checks the surface: asked for, or the room speaks it.
    const pseudo = url.searchParams.has('pseudo') || (await workspaceLanguage()) === PSEUDO_LOCALE;
    servePage(res, home, config.commandName, { locale: requestLocale(req), pseudo });
  });
  http.route('GET', '/studio/assets/*', (req, res, url) => assets.serve(req, res, url));
  for (const method of ['GET', 'HEAD']) {
    http.route(
      method,
      '/studio/media/*',
      bounded((req, res, url) => serveMedia(req, res, url, repository)),
    );
  }
  // Leaderboard thumbnails, from the store any worker wrote them to.
  http.route(
    'GET',
    '/studio/thumbnails/*',
    bounded(async (_req, res, url) => {
      const clipId = url.pathname.slice('/studio/thumbnails/'.length);
      const jpeg = /^[a-z0-9]{6,40}$/.test(clipId) ? await services.clips.thumbnail(clipId) : undefined;
      if (!jpeg) return void res.writeHead(404, SECURITY_HEADERS).end();
      res
        .writeHead(200, {
          ...SECURITY_HEADERS,
          'content-type': 'image/jpeg',
          'content-length': String(jpeg.byteLength),
          // A clip's frame never changes.
          'cache-control': 'public, max-age=86400, immutable',
        })
        .end(jpeg);
    }),
  );

  http.route(
    'GET',
    '/studio/api/info',
    guarded(async (req, res, url) => {
      // The composer's hints describe commands in the page's language.
      const language = memberLocale(req, url.searchParams.get('locale') ?? undefined) ?? requestLocale(req);
      const info: StudioInfo = {
        commandName: config.commandName,
        channel: home,
        // An admin may pick another with /sora settings setting:vote_emoji.
        voteEmoji:
          (await services.workspace.effective({ surface: STUDIO, workspaceId: STUDIO_WORKSPACE }))
            .voteEmoji ?? '👍',
        members: [...STUDIO_MEMBERS],
        storyMaxShots: services.stories.limits.maxShots,
        commands: inbound.catalog(language),
        setup: {
          provider: services.providers
            .all()
            .map((p) => p.name)
            .join(', '),
          store: config.redis ? 'redis' : 'memory',
        },
      };
      sendJson(res, 200, info);
    }),
  );

  http.route(
    'GET',
    '/studio/api/messages',
    guarded(async (_req, res, url) => {
      const name = parse(channel, url.searchParams.get('channel') ?? home);
      sendJson(res, 200, { messages: await inbound.list(name) });
    }),
  );

  http.route(
    'GET',
    '/studio/events',
    guarded(async (req, res, url) => {
      events.open(req, res, parse(channel, url.searchParams.get('channel') ?? home));
    }),
  );

  http.route(
    'POST',
    '/studio/api/commands',
    guarded(async (req, res) => {
      const raw = await readJson(req, commandBodyLimit);
      // Pictures aside, a command is as small as any other request.
      if (Buffer.byteLength(JSON.stringify(raw)) - pictureChars(raw) > MAX_BODY_BYTES) throw promptTooLarge();
      const body = parse(commandBody, raw);
      const result = await inbound.command(
        actorFor(body.member),
        body.channel,
        body.text,
        body.nonce,
        body.attachments ?? [],
        memberLocale(req, body.locale),
      );
      sendJson(res, 200, result);
    }),
  );

  http.route(
    'POST',
    '/studio/api/story',
    guarded(async (req, res) => {
      const {
        member: memberId,
        channel: name,
        nonce: once,
        locale: tag,
        shots,
        ...options
      } = parse(storyForm, await readJson(req));
      const language = memberLocale(req, tag);
      const result = await inbound.story(actorFor(memberId), name, { shots, ...options }, once, language);
      sendJson(res, 200, result);
    }),
  );

  // The key form's submission: never a command line (that stays in the page's history).
  http.route(
    'POST',
    '/studio/api/forms',
    guarded(async (req, res) => {
      const body = parse(formRequest, await readJson(req));
      const locale = memberLocale(req, body.locale);
      const result = await inbound.submitForm(actorFor(body.member), body.channel, body, locale);
      sendJson(res, 200, result);
    }),
  );

  http.route(
    'POST',
    '/studio/api/actions',
    guarded(async (req, res) => {
      const { member: memberId, locale: tag, ...action } = parse(actionBody, await readJson(req));
      const result = await inbound.act(actorFor(memberId), action as StudioAction, memberLocale(req, tag));
      sendJson(res, 200, result);
    }),
  );
}
