import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type BodyObject, parseBody } from '../body.ts';
import { type InjectedFault, isShutDown } from '../faults.ts';
import { inlineImage } from '../first-frame.ts';
import { readBody, sendJson, sleep } from '../http.ts';
import { specOf, startRender } from '../jobs.ts';
import { bearerOf } from '../key-limits.ts';
import { sendFile } from '../media.ts';
import type { HostedApiDeps } from '../types.ts';
import { phaseOf, type VideoRecord } from '../videos.ts';
import { validateRunwayCreate } from './rules.ts';

/**
 * A fake of Runway's task API (@runwayml/sdk src/resources/tasks.ts), mounted under /runway so that
 * `baseURL = origin + '/runway'` stands in for https://api.dev.runwayml.com. Tasks are the
 * simulator's video records: THROTTLED while waiting for a render slot (over the org's concurrency,
 * SIMULATOR_MAX_CONCURRENT; or for the queued tenth when the prompt says `[throttled]`), PENDING
 * for the first tenth of the render, RUNNING with `progress` 0..1, then
 * SUCCEEDED with a signed-URL-like output or FAILED with a failureCode.
 */

const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** An answer in Runway's shape: `{ error }`, plus `issues` for a bad body. */
class RunwayReply extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(String(body.error ?? `runway ${status}`));
    this.status = status;
    this.body = body;
    // Like every Stainless-generated API fake here: deliberate errors say "don't retry" unless a
    // fault says otherwise, so SDK clients fail fast (@runwayml/sdk src/client.ts reads x-should-retry).
    this.headers = { 'x-should-retry': 'false', ...headers };
  }
}

interface RunwayTask {
  record: VideoRecord;
  credits: number;
  throttled: boolean;
  cancelled: boolean;
  deleted: boolean;
}

type Route =
  | { name: 'create'; endpoint: 'text' | 'image' }
  | { name: 'retrieve' | 'cancel'; id: string }
  | { name: 'content'; id: string }
  | { name: 'organization' };

function routeOf(method: string, path: string): Route | undefined {
  const create = /^\/v1\/(text|image)_to_video\/?$/.exec(path);
  if (create && method === 'POST') return { name: 'create', endpoint: create[1] as 'text' | 'image' };
  const task = /^\/v1\/tasks\/([A-Za-z0-9-]+)\/?$/.exec(path);
  if (task && method === 'GET') return { name: 'retrieve', id: task[1]! };
  if (task && method === 'DELETE') return { name: 'cancel', id: task[1]! };
  if (/^\/v1\/organization\/?$/.test(path) && method === 'GET') return { name: 'organization' };
  const out = /^\/out\/([A-Za-z0-9-]+)\.mp4$/.exec(path);
  if (out && method === 'GET') return { name: 'content', id: out[1]! };
  return undefined;
}

export type RunwayApiDeps = HostedApiDeps;

export class RunwayApi {
  readonly #deps: RunwayApiDeps;
  readonly #tasks = new Map<string, RunwayTask>();
  readonly #idempotency = new Map<string, string>();

  constructor(deps: RunwayApiDeps) {
    this.#deps = deps;
  }

  /** Handle a request whose path starts with /runway. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    try {
      await this.#handle(req, res, url);
    } catch (error) {
      if (error instanceof RunwayReply) return sendJson(res, error.status, error.body, error.headers);
      this.#deps.logger.error({ err: (error as Error).message }, 'simulated runway request failed');
      sendJson(res, 500, { error: 'An unexpected error occurred.' });
    }
  }

  clear(): void {
    this.#tasks.clear();
    this.#idempotency.clear();
  }

  async #handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const deps = this.#deps;
    const route = routeOf(req.method ?? 'GET', url.pathname.slice('/runway'.length));
    if (!route) throw new RunwayReply(404, { error: 'Not found.' });
    if (route.name === 'create') deps.stats.createRequests++;
    if (route.name === 'retrieve') {
      deps.stats.statusCalls++;
      deps.statusByJob.set(route.id, (deps.statusByJob.get(route.id) ?? 0) + 1);
    }
    if (route.name === 'cancel') deps.stats.cancels++;
    // Output URLs are signed: no auth header, like the real CDN.
    if (route.name !== 'content') this.#checkHeaders(req);
    const settings = deps.faults.current();
    if (settings.latencyMs) await sleep(settings.latencyMs);
    // The organization read is no job route: faults aimed at routes leave it alone.
    const fault = route.name === 'organization' ? undefined : deps.faults.take(route.name, 'runway');
    if (fault) throw faultReply(fault);

    switch (route.name) {
      case 'create': {
        const body = await parseBody(await readBody(req, MAX_BODY_BYTES), req.headers['content-type']);
        if (isShutDown(settings, 'runway')) throw modelGone(String(body.model ?? ''));
        const bearer = bearerOf(req.headers.authorization);
        return sendJson(res, 200, this.#create(route.endpoint, body, req.headers['idempotency-key'], bearer));
      }
      case 'retrieve': {
        const task = this.#find(route.id);
        if (isShutDown(settings, 'runway')) throw modelGone(task.record.model);
        return sendJson(res, 200, this.#json(task));
      }
      case 'cancel': {
        const task = this.#find(route.id);
        // Running, pending or throttled tasks are cancelled, others deleted (@runwayml/sdk tasks.ts).
        if (this.#live(task)) {
          task.cancelled = true;
          task.record.endsAtMs = Math.min(task.record.endsAtMs, deps.clock.now());
          this.#deps.library.stopped(deps.clock.now());
        } else task.deleted = true;
        res.writeHead(204).end();
        return;
      }
      case 'organization':
        // What a key check reads (GET /v1/organization): a tier-1 organization with credits.
        return sendJson(res, 200, {
          creditBalance: 10_000,
          tier: { maxMonthlyCreditSpend: 10_000, models: {} },
          usage: { models: {} },
        });
      case 'content': {
        const task = this.#tasks.get(route.id);
        if (!task || task.deleted || this.#json(task).status !== 'SUCCEEDED') {
          throw new RunwayReply(404, { error: 'Not found.' });
        }
        const path = await deps.renderer.asset(specOf(task.record), 'video');
        deps.stats.downloads++;
        return sendFile(res, path, 'video/mp4', settings.downloadBytesPerSecond);
      }
    }
  }

  #checkHeaders(req: IncomingMessage): void {
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    // Nothing of the presented key goes back in the answer.
    if (!token) throw new RunwayReply(401, { error: 'Missing API key. Send "Authorization: Bearer <key>".' });
    if (this.#deps.apiKey !== undefined && token !== this.#deps.apiKey) {
      throw new RunwayReply(401, { error: 'Invalid API key.' });
    }
    if (!req.headers['x-runway-version']) {
      throw new RunwayReply(400, {
        error: 'The X-Runway-Version header is required. Set it to a supported version, e.g. 2024-11-06.',
      });
    }
  }

  #create(
    endpoint: 'text' | 'image',
    body: BodyObject,
    key: string | string[] | undefined,
    bearer: string | undefined,
  ): unknown {
    const scope = typeof key === 'string' && key ? `${endpoint}\n${key}` : undefined;
    const earlier = scope ? this.#tasks.get(this.#idempotency.get(scope) ?? '') : undefined;
    if (earlier) return { id: earlier.record.id, estimatedCost: { credits: earlier.credits } };
    const checked = validateRunwayCreate(endpoint, body);
    if (!checked.ok)
      throw new RunwayReply(400, { error: 'Validation of body failed', issues: checked.issues });
    const { model, prompt, size, seconds, credits } = checked.spec;
    // Past the key's limit: Runway's own 429, as a rate-limit fault gets.
    this.#deps.keys?.admitOrThrow('runway', bearer, faultReply);
    const record = startRender(
      this.#deps,
      { model, prompt, size, seconds, remixedFromId: null, firstFrame: inlineImage(body.promptImage) },
      randomUUID(),
    );
    const task = {
      record,
      credits,
      throttled: /\[throttled\]/i.test(prompt),
      cancelled: false,
      deleted: false,
    };
    this.#tasks.set(record.id, task);
    if (scope) this.#idempotency.set(scope, record.id);
    this.#deps.stats.creates++;
    this.#deps.keys?.note('runway', bearer, record);
    return { id: record.id, estimatedCost: { credits } };
  }

  #find(id: string): RunwayTask {
    const task = this.#tasks.get(id);
    if (!task || task.deleted) throw new RunwayReply(404, { error: 'Task not found.' });
    return task;
  }

  #live(task: RunwayTask): boolean {
    const { status } = phaseOf(task.record, this.#deps.clock.now());
    return !task.cancelled && (status === 'queued' || status === 'in_progress');
  }

  /** The task object (@runwayml/sdk src/resources/tasks.ts) at this moment on the simulated clock. */
  #json(task: RunwayTask): Record<string, unknown> {
    const { record } = task;
    const base = { id: record.id, createdAt: new Date(record.createdAtMs).toISOString() };
    const cost = { credits: task.credits };
    if (task.cancelled) return { ...base, status: 'CANCELLED', cost: { credits: 0 } };
    const now = this.#deps.clock.now();
    const phase = phaseOf(record, now);
    if (phase.status === 'queued') {
      const throttled = task.throttled || now < record.startsAtMs;
      return { ...base, status: throttled ? 'THROTTLED' : 'PENDING', estimatedCost: cost };
    }
    if (phase.status === 'in_progress') {
      return { ...base, status: 'RUNNING', progress: phase.progress / 100, estimatedCost: cost };
    }
    if (phase.status === 'completed') {
      return {
        ...base,
        status: 'SUCCEEDED',
        output: [`${this.#deps.origin()}/runway/out/${record.id}.mp4`],
        cost,
      };
    }
    const error = phase.error!;
    // `[fail:moderation]` is Runway's input-text safety block; other markers name the code itself.
    const failureCode =
      error.code === 'moderation_blocked'
        ? 'SAFETY.INPUT.TEXT'
        : error.code === 'internal_error'
          ? 'INTERNAL'
          : error.code.toUpperCase();
    const failure =
      failureCode === 'SAFETY.INPUT.TEXT'
        ? 'Your prompt did not pass our content moderation. Please adjust it and try again.'
        : 'An unexpected error occurred while generating your video.';
    return { ...base, status: 'FAILED', failure, failureCode, cost: { credits: 0 } };
  }
}

/** What Runway says of a retired model (wording UNCONFIRMED; the 404 is what the adapter reads). */
function modelGone(model: string): RunwayReply {
  return new RunwayReply(404, { error: `Model '${model || 'unknown'}' is no longer available.` });
}

function faultReply(fault: InjectedFault): RunwayReply {
  const reply =
    fault.kind === 'rateLimit'
      ? new RunwayReply(
          429,
          { error: 'You have exceeded the rate limit for your organization. Please try again later.' },
          {
            'retry-after': String(Math.ceil(fault.retryAfterMs / 1000)),
            'retry-after-ms': String(fault.retryAfterMs),
          },
        )
      : new RunwayReply(fault.status, { error: 'An unexpected error occurred.' });
  if (fault.shouldRetry === null) delete reply.headers['x-should-retry'];
  else reply.headers['x-should-retry'] = String(fault.shouldRetry);
  return reply;
}
