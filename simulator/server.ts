import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { systemClock } from '../src/core/ports/clock.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { type BodyObject, parseBody } from './body.ts';
import { FalQueue } from './fal/queue.ts';
import { Faults, type InjectedFault, isShutDown, parseFaultPatch } from './faults.ts';
import { ApiError, invalidUrl, newRequestId, readBody, sendApiError, sendJson, sleep } from './http.ts';
import { createFileJobStore } from './job-store.ts';
import { bearerOf, KeyLedger } from './key-limits.ts';
import { DEFAULT_MODERATION_KEYWORDS, moderate } from './moderation.ts';
import { type Counters, newCounters, ok, VideoApi } from './openai/api.ts';
import { Renderer, type Variant } from './render.ts';
import { resumeJobs } from './resume.ts';
import { matchRoute, type RouteMatch } from './routes.ts';
import { RunwayApi } from './runway/api.ts';
import type { ApiStats, SimStats, Simulator, SimulatorOptions } from './types.ts';
import { parseListQuery, phaseOf, VideoLibrary } from './videos.ts';
import { TerminalWatch, WebhookSender } from './webhooks.ts';

/** Room for a 20 MB base64 image_url or an uploaded reference image (OpenAPI ImageRefParam maxLength). */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const VARIANTS: readonly Variant[] = ['video', 'thumbnail', 'spritesheet'];

/** OpenAI shows a key masked: first three and last four characters. */
function maskKey(key: string): string {
  return key.length > 8
    ? `${key.slice(0, 3)}${'*'.repeat(Math.min(20, key.length - 7))}${key.slice(-4)}`
    : '***';
}

function checkAuth(req: IncomingMessage, apiKey: string | undefined): void {
  const header = req.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) {
    throw new ApiError(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    );
  }
  if (apiKey !== undefined && token !== apiKey) {
    throw new ApiError(
      401,
      `Incorrect API key provided: ${maskKey(token)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      { code: 'invalid_api_key' },
    );
  }
}

function faultError(fault: InjectedFault): ApiError {
  const error =
    fault.kind === 'rateLimit'
      ? new ApiError(
          429,
          `Rate limit reached for requests. Please try again in ${(fault.retryAfterMs / 1000).toFixed(3)}s.`,
          {
            type: 'requests',
            code: 'rate_limit_exceeded',
            headers: {
              'retry-after-ms': String(fault.retryAfterMs),
              'retry-after': String(Math.ceil(fault.retryAfterMs / 1000)),
            },
          },
        )
      : new ApiError(
          fault.status,
          'The server had an error while processing your request. Sorry about that!',
          {
            type: 'server_error',
          },
        );
  if (fault.shouldRetry === null) delete error.headers['x-should-retry'];
  else error.headers['x-should-retry'] = String(fault.shouldRetry);
  return error;
}

function newApiStats(): ApiStats {
  return {
    creates: 0,
    createRequests: 0,
    statusCalls: 0,
    resultCalls: 0,
    downloads: 0,
    cancels: 0,
    webhookAttempts: 0,
    webhooksDelivered: 0,
  };
}

/**
 * Start a local fake of the OpenAI Videos API (openai-node videos.ts), fal's queue (under /fal;
 * @fal-ai/client queue.ts) and Runway's task API (under /runway; @runwayml/sdk tasks.ts) that renders
 * real MP4s with ffmpeg, with fault switches for tests, programmatic (`faults`) and over HTTP
 * (/_sim/*).
 */
export async function createSimulator(options: SimulatorOptions): Promise<Simulator> {
  const logger = (options.logger ?? silentLogger).child({ component: 'simulator' });
  const clock = options.clock ?? systemClock;
  const host = options.host ?? '127.0.0.1';
  const moderationKeywords = options.moderationKeywords ?? DEFAULT_MODERATION_KEYWORDS;
  await mkdir(options.mediaDir, { recursive: true });

  const faults = new Faults();
  const jobStore = options.persistJobs
    ? createFileJobStore(join(options.mediaDir, 'jobs'), logger)
    : undefined;
  // Each API renders at most maxConcurrentVideos at once, as each real account has its own cap.
  const slots = { maxConcurrent: options.maxConcurrentVideos };
  const library = new VideoLibrary({ ...slots, store: jobStore });
  const renderer = new Renderer({
    mediaDir: options.mediaDir,
    logger,
    maxConcurrent: options.maxConcurrentRenders ?? 1,
  });
  const counters: Counters = newCounters();
  let origin = '';
  const falStats = newApiStats();
  const runwayStats = newApiStats();
  const falLibrary = new VideoLibrary(slots);
  const runwayLibrary = new VideoLibrary(slots);
  const shared = {
    clock,
    renderer,
    logger,
    renderMs: options.renderMs ?? 8000,
    moderationKeywords,
    faults,
    statusByJob: counters.retrieveCallsByVideo,
    apiKey: options.apiKey,
    origin: () => origin,
  };
  const keys = new KeyLedger(clock, () => faults.keyLimits());
  const fal = new FalQueue({ ...shared, library: falLibrary, stats: falStats, keys });
  const runway = new RunwayApi({ ...shared, library: runwayLibrary, stats: runwayStats, keys });
  const webhooks = options.webhook ? new WebhookSender({ ...options.webhook, logger }) : undefined;
  const watch = webhooks
    ? new TerminalWatch(clock, (id) => {
        const record = library.get(id);
        if (!record) return;
        const { status } = phaseOf(record, clock.now());
        webhooks.send(status === 'failed' ? 'video.failed' : 'video.completed', id);
      })
    : undefined;
  if (jobStore) resumeJobs(jobStore, { library, clock, renderer, logger, watch });
  const api = new VideoApi({
    clock,
    library,
    renderer,
    counters,
    logger,
    renderMs: options.renderMs ?? 8000,
    moderationKeywords,
    rules: { extraModels: new Set(options.models ?? []) },
    watch,
  });

  const stats = (): SimStats => {
    const openai: ApiStats = {
      creates: counters.creates,
      createRequests: counters.createRequests,
      statusCalls: counters.retrieveCalls,
      resultCalls: 0,
      downloads: counters.contentDownloads,
      cancels: 0,
      webhookAttempts: webhooks?.attempts ?? 0,
      webhooksDelivered: webhooks?.delivered ?? 0,
    };
    const byApi = { openai, fal: { ...falStats }, runway: { ...runwayStats } };
    const total = (key: keyof ApiStats) => openai[key] + falStats[key] + runwayStats[key];
    const now = clock.now();
    return {
      creates: total('creates'),
      createRequests: total('createRequests'),
      retrieveCalls: total('statusCalls'),
      retrieveCallsByVideo: Object.fromEntries(counters.retrieveCallsByVideo),
      contentDownloads: total('downloads'),
      renders: renderer.renders,
      inFlight: library.inFlight(now) + falLibrary.inFlight(now) + runwayLibrary.inFlight(now),
      webhookAttempts: total('webhookAttempts'),
      webhooksDelivered: total('webhooksDelivered'),
      byApi,
      byKey: keys.stats(),
    };
  };
  const given = () => ({ ...library.inputs(), ...falLibrary.inputs(), ...runwayLibrary.inputs() });
  const reset = (): void => {
    library.clear();
    falLibrary.clear();
    runwayLibrary.clear();
    fal.clear();
    runway.clear();
    Object.assign(falStats, newApiStats());
    Object.assign(runwayStats, newApiStats());
    faults.reset();
    keys.clear();
    watch?.clear();
    Object.assign(counters, newCounters());
    renderer.renders = 0;
    renderer.received.length = 0;
    if (webhooks) webhooks.attempts = webhooks.delivered = 0;
  };

  function count(route: RouteMatch): void {
    if (route.name === 'create') counters.createRequests++;
    if (route.name === 'retrieve' && route.videoId) {
      counters.retrieveCalls++;
      const byVideo = counters.retrieveCallsByVideo;
      byVideo.set(route.videoId, (byVideo.get(route.videoId) ?? 0) + 1);
    }
  }

  async function control(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method === 'GET' && pathname === '/_sim/stats') return ok(res, stats());
    if (req.method === 'GET' && pathname === '/_sim/given') return ok(res, given());
    if (req.method === 'GET' && pathname === '/_sim/faults') return ok(res, faults.current());
    if (req.method === 'POST' && pathname === '/_sim/reset') {
      reset();
      return ok(res, { ok: true });
    }
    if (req.method === 'POST' && pathname === '/_sim/faults') {
      const body = await parseBody(await readBody(req, MAX_BODY_BYTES), 'application/json');
      try {
        return ok(res, faults.set(parseFaultPatch(body)));
      } catch (error) {
        throw new ApiError(400, `Invalid fault settings: ${(error as Error).message}`);
      }
    }
    throw invalidUrl(req.method ?? 'GET', pathname);
  }

  async function videosApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const route = matchRoute(method, url.pathname);
    if (route) count(route);
    checkAuth(req, options.apiKey);
    if (!route) throw invalidUrl(method, url.pathname);
    const body: BodyObject =
      method === 'POST'
        ? await parseBody(await readBody(req, MAX_BODY_BYTES), req.headers['content-type'])
        : {};
    const settings = faults.current();
    if (settings.latencyMs) await sleep(settings.latencyMs);
    if (isShutDown(settings, 'openai') && route.videos) {
      const model =
        (typeof body.model === 'string' && body.model) ||
        (route.videoId && library.get(route.videoId)?.model) ||
        'sora-2';
      throw new ApiError(404, `The model \`${model}\` does not exist or you do not have access to it.`, {
        code: 'model_not_found',
      });
    }
    const fault = faults.take(route.name, 'openai');
    if (fault) throw faultError(fault);

    const key = req.headers['idempotency-key'];
    const idempotencyKey = typeof key === 'string' && key !== '' ? key : undefined;
    const id = route.videoId ?? '';
    switch (route.name) {
      case 'create': {
        // Per bearer key: counted, and past a test's limit refused with OpenAI's own 429.
        const bearer = bearerOf(req.headers.authorization);
        const replay = idempotencyKey ? library.replay('create', idempotencyKey) : undefined;
        if (!replay) keys.admitOrThrow('openai', bearer, faultError);
        const video = api.create(body, idempotencyKey);
        const record = replay ? undefined : library.get(video.id);
        if (record) keys.note('openai', bearer, record);
        return ok(res, video);
      }
      case 'list':
        return ok(res, api.list(parseListQuery(url.searchParams)));
      case 'retrieve': {
        const video = api.retrieve(id);
        const inFlight = video.status === 'queued' || video.status === 'in_progress';
        const hint = options.pollAfterMs;
        return ok(res, video, hint !== undefined && inFlight ? { 'openai-poll-after-ms': String(hint) } : {});
      }
      case 'delete':
        return ok(res, api.delete(id));
      case 'content': {
        const variant = (url.searchParams.get('variant') ?? 'video') as Variant;
        if (!VARIANTS.includes(variant)) {
          throw new ApiError(
            400,
            `Invalid value: '${variant}'. Supported values are: 'video', 'thumbnail', and 'spritesheet'.`,
            { param: 'variant', code: 'invalid_value' },
          );
        }
        return api.content(id, variant, res, settings.downloadBytesPerSecond);
      }
      case 'remix':
        return ok(res, api.remix(id, body, idempotencyKey));
      case 'edit':
        return ok(res, api.edit(body, idempotencyKey));
      case 'extend':
        return ok(res, api.extend(body, idempotencyKey));
      case 'moderation':
        return ok(res, moderate(body, moderationKeywords));
    }
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    res.setHeader('x-request-id', newRequestId());
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const path = url.pathname;
    const handle = path.startsWith('/_sim/')
      ? control(req, res, path)
      : path === '/fal' || path.startsWith('/fal/')
        ? fal.handle(req, res, url)
        : path === '/runway' || path.startsWith('/runway/')
          ? runway.handle(req, res, url)
          : videosApi(req, res, url);
    handle
      .catch((error: unknown) => {
        if (error instanceof ApiError) return sendApiError(res, error);
        logger.error({ err: (error as Error).message, path: url.pathname }, 'simulator request failed');
        sendJson(res, 500, {
          error: {
            message: 'The server had an error while processing your request.',
            type: 'server_error',
            param: null,
            code: null,
          },
        });
      })
      .finally(() => {
        logger.debug(
          { method: req.method, path: url.pathname, status: res.statusCode, ms: Date.now() - started },
          'simulator request',
        );
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const publicHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  origin = `http://${publicHost}:${port}`;
  const url = `${origin}/v1`;
  logger.info({ url, renderMs: options.renderMs ?? 8000 }, 'simulator listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    origin,
    falUrl: `${origin}/fal`,
    runwayUrl: `${origin}/runway`,
    port,
    faults,
    stats,
    given,
    receivedReferences: () => [...renderer.received],
    reset,
    close() {
      closing ??= (async () => {
        watch?.stop();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await Promise.all([closed, webhooks?.close(), fal.close(), renderer.close()]);
      })();
      return closing;
    },
  };
}
