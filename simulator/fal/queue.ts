import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type BodyObject, parseBody } from '../body.ts';
import { isShutDown } from '../faults.ts';
import { inlineImage } from '../first-frame.ts';
import { readBody, sendJson, sleep } from '../http.ts';
import { specOf, startRender } from '../jobs.ts';
import { bearerOf } from '../key-limits.ts';
import { sendFile } from '../media.ts';
import type { HostedApiDeps } from '../types.ts';
import { phaseOf, type VideoRecord } from '../videos.ts';
import { TerminalWatch } from '../webhooks.ts';
import { findEndpoint, isKnownApp, validateFalInput } from './rules.ts';
import {
  appOf,
  CANCELLED_RESULT,
  FalReply,
  type FalResult,
  failedResult,
  faultReply,
  faultRoute,
  routeOf,
} from './wire.ts';

/**
 * A fake of fal's queue API (@fal-ai/client src/queue.ts), mounted under /fal so `baseUrl = origin + '/fal'`
 * stands in for https://queue.fal.run. Jobs are the simulator's video records, rendered by the
 * same ffmpeg engine; what differs is the wire: `Authorization: Key …`, 202 while queued or in
 * progress and 200 once COMPLETED, and a failed render shows only when the result is fetched.
 */

const MAX_BODY_BYTES = 32 * 1024 * 1024;

interface FalJob {
  record: VideoRecord;
  /** The endpoint id submitted to, e.g. fal-ai/kling-video/v3/pro/text-to-video. */
  endpoint: string;
  /** `owner/app`, the only part status and result URLs carry. */
  app: string;
  cancelled: boolean;
  webhookUrl: string | undefined;
}

/** fal's queue needs nothing beyond what every hosted API does. */
export type FalQueueDeps = HostedApiDeps;

export class FalQueue {
  readonly #deps: FalQueueDeps;
  readonly #jobs = new Map<string, FalJob>();
  readonly #idempotency = new Map<string, string>();
  readonly #watch: TerminalWatch;
  readonly #abort = new AbortController();
  readonly #pending = new Set<Promise<void>>();

  constructor(deps: FalQueueDeps) {
    this.#deps = deps;
    this.#watch = new TerminalWatch(deps.clock, (id) => {
      const sending = this.#sendWebhook(id).finally(() => this.#pending.delete(sending));
      this.#pending.add(sending);
    });
  }

  /** Stop sending webhooks and wait for the ones in flight. */
  async close(): Promise<void> {
    this.#watch.stop();
    this.#abort.abort();
    await Promise.allSettled([...this.#pending]);
  }

  /** Handle a request whose path starts with /fal. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    try {
      await this.#handle(req, res, url);
    } catch (error) {
      if (error instanceof FalReply) return sendJson(res, error.status, error.body, error.headers);
      this.#deps.logger.error({ err: (error as Error).message }, 'simulated fal request failed');
      sendJson(res, 500, { detail: 'Internal Server Error' });
    }
  }

  /** Forget every job (finished renders stay cached). */
  clear(): void {
    this.#jobs.clear();
    this.#idempotency.clear();
    this.#watch.clear();
  }

  /**
   * POST `{request_id, gateway_request_id, status: OK|ERROR, payload, error}` to the `fal_webhook`
   * of a finished job, once (https://fal.ai/docs/model-endpoints/webhooks). fal signs them with ED25519;
   * the scheme is UNCONFIRMED, so the simulator sends them unsigned. Polling stays the truth.
   */
  async #sendWebhook(id: string): Promise<void> {
    const job = this.#jobs.get(id);
    if (!job?.webhookUrl || this.#abort.signal.aborted) return;
    const outcome = await this.#outcome(job);
    const ok = outcome.status === 200;
    this.#deps.stats.webhookAttempts++;
    try {
      const response = await fetch(job.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          request_id: id,
          gateway_request_id: id,
          status: ok ? 'OK' : 'ERROR',
          payload: outcome.body,
          error: ok ? null : `Request failed with status ${outcome.status}`,
        }),
        signal: AbortSignal.any([this.#abort.signal, AbortSignal.timeout(10_000)]),
      });
      await response.body?.cancel();
      if (response.ok) this.#deps.stats.webhooksDelivered++;
    } catch (error) {
      if (!this.#abort.signal.aborted) {
        this.#deps.logger.warn(
          { err: (error as Error).message, requestId: id },
          'simulated fal webhook failed',
        );
      }
    }
  }

  async #handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const deps = this.#deps;
    const method = req.method ?? 'GET';
    const route = routeOf(method, url.pathname.slice('/fal'.length));
    if (!route) throw new FalReply(404, { detail: 'Not Found' });
    if (route.name === 'submit') deps.stats.createRequests++;
    if (route.name === 'status') {
      deps.stats.statusCalls++;
      deps.statusByJob.set(route.id, (deps.statusByJob.get(route.id) ?? 0) + 1);
    }
    if (route.name === 'result') deps.stats.resultCalls++;
    if (route.name === 'cancel') deps.stats.cancels++;
    // The CDN serves files to anyone holding the URL; everything else needs the key.
    if (route.name !== 'files') this.#checkAuth(req);
    const settings = deps.faults.current();
    if (settings.latencyMs) await sleep(settings.latencyMs);
    if (route.name !== 'files') {
      const app = route.name === 'submit' ? appOf(route.endpoint) : route.app;
      const known = route.name === 'submit' ? findEndpoint(route.endpoint) !== undefined : isKnownApp(app);
      if (isShutDown(settings, 'fal') || !known) {
        throw new FalReply(404, { detail: `Application '${app}' not found or no longer available.` });
      }
    }
    const fault = deps.faults.take(faultRoute(route.name), 'fal');
    if (fault) throw faultReply(fault);

    switch (route.name) {
      case 'submit':
        return this.#submit(req, res, url, route.endpoint);
      case 'status':
        return this.#status(res, route.app, route.id);
      case 'result': {
        const outcome = await this.#outcome(this.#find(route.app, route.id));
        return sendJson(res, outcome.status, outcome.body, outcome.headers);
      }
      case 'cancel':
        return this.#cancel(res, route.app, route.id);
      case 'files':
        return this.#file(res, route.id, settings.downloadBytesPerSecond);
    }
  }

  #checkAuth(req: IncomingMessage): void {
    const key = /^Key\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!key) {
      throw new FalReply(401, {
        detail: 'Missing or malformed Authorization header. Use "Authorization: Key <your fal key>".',
      });
    }
    // The key is never echoed back (UNCONFIRMED what fal's 401 says; nothing of the key here).
    if (this.#deps.apiKey !== undefined && key !== this.#deps.apiKey) {
      throw new FalReply(401, { detail: 'Invalid API key.' });
    }
  }

  async #submit(req: IncomingMessage, res: ServerResponse, url: URL, endpoint: string): Promise<void> {
    const body: BodyObject = await parseBody(
      await readBody(req, MAX_BODY_BYTES),
      req.headers['content-type'],
    );
    // fal has no idempotency header; the simulator honours one so a repeated submit is visible.
    const key = req.headers['idempotency-key'];
    const scope = typeof key === 'string' && key ? `${endpoint}\n${key}` : undefined;
    const earlier = scope ? this.#jobs.get(this.#idempotency.get(scope) ?? '') : undefined;
    let job = earlier;
    if (!job) {
      const checked = validateFalInput(endpoint, body);
      if (!checked.ok) throw new FalReply(422, { detail: checked.errors });
      const bearer = bearerOf(req.headers.authorization);
      this.#deps.keys?.admitOrThrow('fal', bearer, faultReply);
      const { references, ...spec } = checked.spec;
      // Every picture is recorded as received; the first is composited into the frames.
      const keys = (references ?? []).map((bytes) =>
        this.#deps.renderer.keepReference('fal', endpoint, bytes),
      );
      const record = startRender(
        this.#deps,
        {
          model: endpoint,
          remixedFromId: null,
          ...spec,
          firstFrame: inlineImage(body.image_url ?? body.start_image_url),
          ...(keys[0] ? { reference: keys[0] } : {}),
        },
        randomUUID(),
      );
      const webhook = url.searchParams.get('fal_webhook') ?? undefined;
      job = { record, endpoint, app: appOf(endpoint), cancelled: false, webhookUrl: webhook };
      this.#jobs.set(record.id, job);
      if (scope) this.#idempotency.set(scope, record.id);
      this.#deps.stats.creates++;
      this.#deps.keys?.note('fal', bearer, record);
      if (webhook) this.#watch.watch(record.id, record.endsAtMs);
    }
    sendJson(res, 200, {
      ...this.#urls(job),
      status: 'IN_QUEUE',
      queue_position: this.#queuePosition(job),
    });
  }

  /** 202 while queued or in progress, 200 once COMPLETED (fal.ai/docs/api-reference/inference-api). */
  #status(res: ServerResponse, app: string, id: string): void {
    const job = this.#find(app, id);
    const phase = this.#phase(job);
    const base = this.#urls(job);
    const elapsed = (job.record.endsAtMs - job.record.startsAtMs) / 1000;
    const [status, body] =
      phase === 'queued'
        ? [202, { ...base, status: 'IN_QUEUE', queue_position: this.#queuePosition(job) }]
        : phase === 'in_progress'
          ? [202, { ...base, status: 'IN_PROGRESS', logs: [] }]
          : [200, { ...base, status: 'COMPLETED', logs: [], metrics: { inference_time: elapsed } }];
    sendJson(res, status, body);
  }

  /**
   * The result GET: the video once it is done, else why not. fal reports a failed render here,
   * not in the status (fal's Error Reference): 422 content_policy_violation for a moderation block, 500 for a
   * failed generation, 504 with a flat `error_type` for a timeout (`[fail:timeout]`).
   */
  async #outcome(job: FalJob): Promise<FalResult> {
    const phase = this.#phase(job);
    if (phase === 'queued' || phase === 'in_progress') {
      return { status: 400, body: { detail: 'Request is still in progress' } };
    }
    const { record } = job;
    if (job.cancelled) {
      return CANCELLED_RESULT;
    }
    const failure = record.planned ?? record.renderError;
    if (!failure) {
      // The clock may say done while ffmpeg is still busy: the result waits for the file.
      const path = await this.#deps.renderer.asset(specOf(record), 'video');
      return {
        status: 200,
        body: {
          video: {
            url: `${this.#deps.origin()}/fal/files/${record.id}.mp4`,
            content_type: 'video/mp4',
            file_name: 'output.mp4',
            file_size: (await stat(path)).size,
          },
          seed: 42,
        },
      };
    }
    return failedResult(record, failure);
  }

  /** fal's cancel answers OK, CANCELLATION_REQUESTED, ALREADY_COMPLETED or NOT_FOUND (fal docs, "Cancel a request"). */
  #cancel(res: ServerResponse, app: string, id: string): void {
    const job = this.#jobs.get(id);
    if (!job || job.app !== app) throw new FalReply(404, { status: 'NOT_FOUND' });
    const phase = this.#phase(job);
    if (phase !== 'queued' && phase !== 'in_progress')
      throw new FalReply(400, { status: 'ALREADY_COMPLETED' });
    // In the queue fal removes it; in progress it signals the runner, which stops (the simulator's does).
    job.cancelled = true;
    job.record.endsAtMs = Math.min(job.record.endsAtMs, this.#deps.clock.now());
    this.#deps.library.stopped(this.#deps.clock.now());
    sendJson(res, 202, { status: 'CANCELLATION_REQUESTED' });
  }

  async #file(res: ServerResponse, id: string, bytesPerSecond: number | null): Promise<void> {
    const job = this.#jobs.get(id);
    if (!job || (await this.#outcome(job)).status !== 200)
      throw new FalReply(404, { detail: 'File not found' });
    const path = await this.#deps.renderer.asset(specOf(job.record), 'video');
    this.#deps.stats.downloads++;
    await sendFile(res, path, 'video/mp4', bytesPerSecond);
  }

  #find(app: string, id: string): FalJob {
    const job = this.#jobs.get(id);
    // Status and result name the app only; a request under another app is not found there.
    if (!job || job.app !== app) throw new FalReply(404, { detail: `Request '${id}' not found` });
    return job;
  }

  #phase(job: FalJob): 'queued' | 'in_progress' | 'done' {
    if (job.cancelled) return 'done';
    const { status } = phaseOf(job.record, this.#deps.clock.now());
    return status === 'queued' || status === 'in_progress' ? status : 'done';
  }

  /**
   * fal's `queue_position`: the requests ahead of this one still in the queue, 0 when it is next
   * (https://docs.fal.ai/model-apis/model-endpoints/queue). With SIMULATOR_MAX_CONCURRENT the
   * line is real: requests wait for a render slot, earliest first.
   */
  #queuePosition(job: FalJob): number {
    let ahead = 0;
    for (const other of this.#jobs.values()) {
      if (other.record.seq < job.record.seq && this.#phase(other) === 'queued') ahead++;
    }
    return ahead;
  }

  #urls(job: FalJob): Record<string, string> {
    const base = `${this.#deps.origin()}/fal/${job.app}/requests/${job.record.id}`;
    return {
      request_id: job.record.id,
      response_url: base,
      status_url: `${base}/status`,
      cancel_url: `${base}/cancel`,
    };
  }
}
