import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Clip } from '../core/clip/clip.ts';
import type { Metrics } from '../core/ports/metrics.ts';

/** The last call a process made to one provider, for readiness (no extra calls, no spend). */
export interface ProviderCallRecord {
  ok: boolean;
  /** The error code when it failed. */
  code?: string;
  at: number;
}

/** Counts of BullMQ jobs by state, read when /metrics is scraped. */
export type JobCounts = () => Promise<Record<string, number> | undefined>;

/** A platform's 429: where an adapter can see one (discord.js `rest.on('rateLimited')`), it says so here. */
export interface PlatformRateLimits {
  rateLimited(surface: string, route?: string): void;
}

/**
 * Every series reelbot exports on /metrics, in one prom-client registry per app (so two apps in
 * one test process never share counters). Names follow Prometheus conventions: `_total` counters,
 * `_seconds` histograms, base units.
 */
export class OpsMetrics implements Metrics, PlatformRateLimits {
  readonly registry = new Registry();
  readonly #lastProviderCall = new Map<string, ProviderCallRecord>();
  readonly #now: () => number;

  // A render takes seconds to minutes; buckets reach past the longest models (about 10 minutes).
  readonly renderSeconds = new Histogram({
    name: 'reelbot_render_seconds',
    help: 'From submission to the provider reporting the video done.',
    labelNames: ['provider', 'model'],
    buckets: [5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 1200],
    registers: [this.registry],
  });
  readonly deliverySeconds = new Histogram({
    name: 'reelbot_delivery_seconds',
    help: 'From the provider finishing to the clip visible in chat (download, fit, upload).',
    labelNames: ['surface'],
    buckets: [0.25, 0.5, 1, 2, 3, 5, 10, 20, 30, 60, 120, 300],
    registers: [this.registry],
  });
  readonly posts = new Counter({
    name: 'reelbot_clips_posted_total',
    help: 'Clips delivered.',
    labelNames: ['surface', 'provider', 'model'],
    registers: [this.registry],
  });
  readonly failures = new Counter({
    name: 'reelbot_clips_failed_total',
    help: 'Clips that failed for good, by stable error code.',
    labelNames: ['code'],
    registers: [this.registry],
  });
  readonly spend = new Counter({
    name: 'reelbot_spend_usd_total',
    help: 'Estimated money spent: the cost of every posted clip, in US dollars.',
    labelNames: ['provider', 'model'],
    registers: [this.registry],
  });
  readonly providerCalls = new Counter({
    name: 'reelbot_provider_calls_total',
    help: 'Calls to video providers, by call and outcome (ok or the error code).',
    labelNames: ['provider', 'call', 'outcome'],
    registers: [this.registry],
  });
  readonly providerErrors = new Counter({
    name: 'reelbot_provider_errors_total',
    help: 'Failed provider calls by stable error code (PROVIDER_RATE_LIMITED counts provider 429s).',
    labelNames: ['provider', 'code'],
    registers: [this.registry],
  });
  readonly providerCallSeconds = new Histogram({
    name: 'reelbot_provider_call_seconds',
    help: 'Time to a provider answer (a download counts until its body starts).',
    labelNames: ['provider', 'call'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [this.registry],
  });
  readonly platformCalls = new Counter({
    name: 'reelbot_platform_calls_total',
    help: 'Posts, edits, uploads and removals on chat platforms, by outcome (ok or error code).',
    labelNames: ['surface', 'call', 'outcome'],
    registers: [this.registry],
  });
  readonly platformRateLimits = new Counter({
    name: 'reelbot_platform_rate_limited_total',
    help: 'Platform 429s seen: failed calls that carried a retry-after, and ones an adapter reports.',
    labelNames: ['surface'],
    registers: [this.registry],
  });
  readonly stepsRunning = new Gauge({
    name: 'reelbot_job_steps_running',
    help: 'Clip job steps running in this process now (renders waiting between polls hold none).',
    registers: [this.registry],
  });
  readonly stepSeconds = new Histogram({
    name: 'reelbot_job_step_seconds',
    help: 'Time one job step held a worker slot.',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
    registers: [this.registry],
  });

  constructor(options: { jobCounts?: JobCounts; now?: () => number; processMetrics?: boolean } = {}) {
    this.#now = options.now ?? Date.now;
    const counts = options.jobCounts;
    new Gauge({
      name: 'reelbot_jobs',
      help: 'Clip jobs in the shared queue by BullMQ state (delayed = renders waiting for their next poll).',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const byState = counts ? await counts().catch(() => undefined) : undefined;
        this.reset();
        for (const [state, n] of Object.entries(byState ?? {})) this.set({ state }, n);
      },
    });
    // CPU, memory, event-loop lag and GC of this process: what an operator sizes workers by.
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  rendered(clip: Clip): void {
    if (clip.renderedAt === undefined || clip.submittedAt === undefined) return;
    this.renderSeconds.observe(
      { provider: clip.provider, model: clip.options.model },
      (clip.renderedAt - clip.submittedAt) / 1000,
    );
  }

  posted(clip: Clip): void {
    const labels = { provider: clip.provider, model: clip.options.model };
    this.posts.inc({ ...labels, surface: clip.place.surface });
    if (clip.costUsd) this.spend.inc(labels, clip.costUsd);
    if (clip.postedAt !== undefined && clip.renderedAt !== undefined) {
      this.deliverySeconds.observe({ surface: clip.place.surface }, (clip.postedAt - clip.renderedAt) / 1000);
    }
  }

  failed(clip: Clip): void {
    this.failures.inc({ code: clip.failure?.code ?? 'UNKNOWN' });
  }

  rateLimited(surface: string): void {
    this.platformRateLimits.inc({ surface });
  }

  /** Record one provider call (done by the provider wrapper in instrument.ts). */
  providerCall(provider: string, call: string, seconds: number, errorCode?: string): void {
    this.providerCalls.inc({ provider, call, outcome: errorCode ?? 'ok' });
    this.providerCallSeconds.observe({ provider, call }, seconds);
    if (errorCode) this.providerErrors.inc({ provider, code: errorCode });
    this.#lastProviderCall.set(provider, {
      ok: errorCode === undefined,
      ...(errorCode ? { code: errorCode } : {}),
      at: this.#now(),
    });
  }

  /** The last call this process made to the provider, if any. */
  lastProviderCall(provider: string): ProviderCallRecord | undefined {
    return this.#lastProviderCall.get(provider);
  }

  /** The exposition text for GET /metrics. */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
