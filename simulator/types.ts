import type { Clock } from '../src/core/ports/clock.ts';
import type { Logger } from '../src/core/ports/logger.ts';
import type { FaultControls, Faults, SimApi } from './faults.ts';
import type { RenderDeps } from './jobs.ts';
import type { KeyLedger, KeyStats } from './key-limits.ts';
import type { ReceivedReference } from './render.ts';
import type { JobInputs } from './videos.ts';

export interface SimulatorOptions {
  /** TCP port; 0 picks a free one (default 0). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** How long one render takes on the simulated clock, in ms (default 8000). */
  renderMs?: number;
  /**
   * When set, every API request must carry this key in that API's scheme (OpenAI and Runway
   * `Authorization: Bearer <apiKey>`, fal `Authorization: Key <apiKey>`); otherwise any key passes.
   */
  apiKey?: string;
  /** Where rendered MP4s, thumbnails and spritesheets are written (created if missing). */
  mediaDir: string;
  logger?: Logger;
  /** On terminal states, POST a signed `video.completed` / `video.failed` event here (OpenAI's guide). */
  webhook?: { url: string; secret: string };
  /** Extra model ids to accept besides sora-2*, e.g. a gateway's models; any even WxH size is valid for them. */
  models?: string[];
  /** Words that flag /v1/moderations and fail a render as moderation_blocked (default: gore, blocked-word). */
  moderationKeywords?: string[];
  /**
   * Videos each API renders at once on the simulated clock; later requests wait queued for a slot,
   * earliest first (OpenAI `queued`, fal `IN_QUEUE` with its `queue_position`, Runway
   * `THROTTLED`), as the real services queue work over an account's concurrency. Default: no limit.
   */
  maxConcurrentVideos?: number;
  /** ffmpeg processes allowed at once (default 1: renders are CPU-bound). */
  maxConcurrentRenders?: number;
  /** The simulated clock; status, progress and expiry are computed from it on every read. */
  clock?: Clock;
  /** When set, GET /videos/{id} answers carry `openai-poll-after-ms: <value>` while a video is in flight. */
  pollAfterMs?: number;
  /**
   * Keep the `/v1` jobs it accepts in `mediaDir/jobs` and take them back when started again on
   * the same `mediaDir`, so a restart in mid-render loses no video (default false).
   */
  persistJobs?: boolean;
}

/** What a provider API served beside OpenAI's (fal's queue, Runway's tasks) is built from. */
export interface HostedApiDeps extends RenderDeps {
  faults: Faults;
  stats: ApiStats;
  /** Status reads per job, shared with the other APIs (SimStats.retrieveCallsByVideo). */
  statusByJob: Map<string, number>;
  /** The key every request must carry, when set; otherwise any key passes. */
  apiKey: string | undefined;
  /** http://host:port of the simulator, for the URLs the API hands out. */
  origin: () => string;
  /** Jobs per bearer key and their limits (optional: tests may build one API alone). */
  keys?: KeyLedger;
}

/** One provider API's counters. */
export interface ApiStats {
  /** Distinct jobs created (idempotent replays excluded). */
  creates: number;
  /** Create requests received (POST /videos, fal submit, Runway *_to_video), errors included. */
  createRequests: number;
  /** Status reads (GET /videos/{id}, fal /status, Runway GET task). */
  statusCalls: number;
  /** fal result GETs (the only API with a separate result call). */
  resultCalls: number;
  /** Media downloads that started streaming. */
  downloads: number;
  /** fal PUT cancel and Runway DELETE task requests. */
  cancels: number;
  /** Webhook POSTs attempted, and the ones answered 2xx. */
  webhookAttempts: number;
  webhooksDelivered: number;
}

/** Counters a test can assert on (GET /_sim/stats returns the same shape). */
export interface SimStats {
  /** Distinct jobs created on any API (idempotent replays excluded). */
  creates: number;
  /** Create requests received on any API, including ones answered with an error. */
  createRequests: number;
  /** Status reads on any API. */
  retrieveCalls: number;
  /** Status reads per job id (OpenAI video ids, fal request ids, Runway task ids). */
  retrieveCallsByVideo: Record<string, number>;
  /** Media responses that started streaming, any API (any variant). */
  contentDownloads: number;
  /** ffmpeg video renders run (cache hits excluded). */
  renders: number;
  /** Videos not yet in a terminal state. */
  inFlight: number;
  /** Webhook POSTs attempted, and the ones answered 2xx, any API. */
  webhookAttempts: number;
  webhooksDelivered: number;
  /** The same counters per API. */
  byApi: Record<SimApi, ApiStats>;
  /** Per bearer key: jobs created, in flight now, the peak in flight, creates refused at its limit. */
  byKey: Record<string, KeyStats>;
}

export interface Simulator {
  /** The base URL to hand to the openai SDK, e.g. http://127.0.0.1:4010/v1. */
  url: string;
  /** http://host:port, the root every API below is mounted on. */
  origin: string;
  /**
   * fal's queue, standing in for https://queue.fal.run (`origin + '/fal'`): POST /fal/{owner}/{app}[/path],
   * GET …/requests/{id}/status, GET …/requests/{id}, PUT …/requests/{id}/cancel, media at /fal/files/{id}.mp4.
   */
  falUrl: string;
  /**
   * Runway's API, standing in for https://api.dev.runwayml.com (`origin + '/runway'`): POST
   * /runway/v1/text_to_video and /image_to_video, GET and DELETE /runway/v1/tasks/{id}, outputs at
   * /runway/out/{id}.mp4.
   */
  runwayUrl: string;
  port: number;
  close(): Promise<void>;
  faults: FaultControls;
  stats(): SimStats;
  /**
   * Per job id (any API; GET /_sim/given returns the same), what it was given besides its prompt:
   * the SHA-256 (hex) of the first-frame image it carried, and for an extension the video it
   * continues. Jobs given neither are absent; reset() forgets them with the jobs.
   */
  given(): Record<string, JobInputs>;
  /** Reference pictures the APIs received, as received (decoded from the request), oldest first. */
  receivedReferences(): ReceivedReference[];
  /** Forget videos, idempotency keys, faults and counters (finished renders stay cached). */
  reset(): void;
}
