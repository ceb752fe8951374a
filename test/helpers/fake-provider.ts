import type { ModelCapabilities, ProviderCapabilities } from '../../src/core/capabilities.ts';
import type { ProviderError } from '../../src/core/errors.ts';
import type { RenderRequest, RenderStatus, VideoProvider } from '../../src/core/ports/video-provider.ts';

/**
 * An in-memory provider for unit tests of the core: each job completes after a number of status
 * calls, and failures can be queued per method. Integration tests use the real simulator instead.
 */
export class FakeProvider implements VideoProvider {
  readonly name: string;
  readonly submits: RenderRequest[] = [];
  statusCalls = 0;
  /** Status calls a job needs before it completes. */
  callsToFinish = 3;
  /** Errors thrown by the next calls of a method, in order. */
  readonly failNext: { submit: ProviderError[]; status: ProviderError[]; download: ProviderError[] } = {
    submit: [],
    status: [],
    download: [],
  };
  /** Ends every job in this state instead of completing. */
  outcome: RenderStatus | undefined;
  /**
   * When set, decides each status answer (the nth call for a job, from 1) in place of the count
   * above: a test's queue, a clock-driven render.
   */
  statusOf?: (id: string, call: number) => RenderStatus;
  bytes = new Uint8Array(2048).fill(7);
  readonly #calls = new Map<string, number>();

  readonly #model: ModelCapabilities;
  /** Set when the test plays a provider that reports completion by signed webhook. */
  webhookFallbackMs?: number;
  /** Set to give this provider a provider-side remix. */
  remix?: (sourceJobId: string, prompt: string, idempotencyKey: string) => Promise<string>;

  constructor(name = 'fake', model: Partial<ModelCapabilities> = {}) {
    this.name = name;
    this.#model = {
      id: 'fake-1',
      label: 'Fake One',
      durationsS: [4, 8],
      sizes: ['1280x720', '720x1280'],
      audio: true,
      imageInput: true,
      remix: false,
      usdPerSecond: { '*': 0.1 },
      ...model,
    };
  }

  capabilities(): ProviderCapabilities {
    return { provider: this.name, models: [this.#model] };
  }

  async submit(request: RenderRequest): Promise<string> {
    const error = this.failNext.submit.shift();
    if (error) throw error;
    this.submits.push(request);
    // Like the simulator, the same idempotency key names the same job (no second purchase).
    const first = this.submits.findIndex((r) => r.idempotencyKey === request.idempotencyKey);
    return `job-${first + 1}`;
  }

  /** Distinct jobs created (what would be paid for). */
  distinctJobs(): number {
    return new Set(this.submits.map((r) => r.idempotencyKey)).size;
  }

  async status(id: string): Promise<RenderStatus> {
    this.statusCalls++;
    const error = this.failNext.status.shift();
    if (error) throw error;
    const calls = (this.#calls.get(id) ?? 0) + 1;
    this.#calls.set(id, calls);
    if (this.statusOf) return this.statusOf(id, calls);
    if (calls >= this.callsToFinish) return this.outcome ?? { state: 'completed', progress: 100 };
    return { state: 'rendering', progress: Math.round((calls / this.callsToFinish) * 100) };
  }

  async download(): Promise<AsyncIterable<Uint8Array>> {
    const error = this.failNext.download.shift();
    if (error) throw error;
    const bytes = this.bytes;
    return (async function* () {
      yield bytes;
    })();
  }
}
