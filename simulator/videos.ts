import { randomBytes } from 'node:crypto';
import { ApiError } from './http.ts';
import { containsKeyword } from './moderation.ts';
import { RenderSlots } from './slots.ts';

/**
 * The video records and their lifecycle. A record is a plain object holding only what was asked
 * and when; status, progress and expiry are computed from the clock on every read, so thousands
 * of videos in flight cost a few hundred bytes each and no timers.
 */

export interface VideoFailure {
  code: string;
  message: string;
}

export interface VideoRecord {
  id: string;
  seq: number;
  model: string;
  prompt: string;
  size: string;
  seconds: string;
  createdAtMs: number;
  /** When it got a render slot: at once, or later when the API renders at most N at a time. */
  startsAtMs: number;
  /** When the video reaches its terminal state on the simulated clock. */
  endsAtMs: number;
  /** How long the whole render takes; progress is elapsed / renderMs (failures stop halfway). */
  renderMs: number;
  /** A failure decided at create time from prompt markers. */
  planned: VideoFailure | null;
  /** Set when ffmpeg itself failed: the video then ends failed too. */
  renderError: VideoFailure | null;
  remixedFromId: string | null;
  /** SHA-256 (hex) of the first-frame image the request carried, so tests can see what it was given. */
  firstFrameSha256?: string;
  /** The video an extension continues. */
  extendedFromId?: string;
  /** The key of a reference picture composited into the frames, when one was sent. */
  reference?: string;
  deleted: boolean;
}

/** The Video object (openai-node videos.ts); every field is always present, null where absent. */
export interface VideoJson {
  id: string;
  object: 'video';
  model: string;
  status: 'queued' | 'in_progress' | 'completed' | 'failed';
  progress: number;
  created_at: number;
  completed_at: number | null;
  expires_at: number | null;
  prompt: string | null;
  size: string;
  seconds: string;
  remixed_from_video_id: string | null;
  error: VideoFailure | null;
}

export interface VideoListJson {
  object: 'list';
  data: VideoJson[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

export const MODERATION_FAILURE: VideoFailure = {
  code: 'moderation_blocked',
  message: 'Your request was blocked by our moderation system.',
};
export const RENDER_FAILURE: VideoFailure = {
  code: 'internal_error',
  message: 'Video generation failed due to an internal error. Please try again.',
};

/** Assets stay downloadable for one hour after completion (OpenAI's video generation guide). */
export const DOWNLOAD_WINDOW_S = 3600;

/**
 * Where a simulator keeps the jobs it accepted, so that one restarted in mid-render (the app's
 * in-process simulator restarts with the app) still answers status and content for them and a
 * bot that persisted the job id resumes instead of failing the clip with "no longer has this
 * video". Media already lives on disk; this keeps the job records next to it.
 */
export interface SimJobStore {
  /** The records kept (deleted and long-expired ones dropped), each with its idempotency keys. */
  load(nowMs: number): StoredJob[];
  /** Keep a new or changed record, before its create is answered. */
  save(record: VideoRecord, keys: readonly string[]): void;
  /** Forget a record (deleted through the API). */
  remove(id: string): void;
  /** Forget everything (the simulator's reset). */
  clear(): void;
}

export interface StoredJob {
  record: VideoRecord;
  /** `${route scope}\n${Idempotency-Key}` pairs that replay this record. */
  keys: string[];
}
/** The first tenth of a render is spent `queued` (after any wait for a render slot). */
const QUEUED_SHARE = 0.1;

/** What a prompt's test markers ask for: `[fail:moderation]`, `[fail:render]`, `[fail:<code>]`, `[slow]`. */
export function planFromPrompt(
  prompt: string,
  moderationKeywords: readonly string[],
): { failure: VideoFailure | null; slow: boolean } {
  const slow = /\[slow\]/i.test(prompt);
  const marker = /\[fail:([a-z0-9_.-]+)\]/i.exec(prompt)?.[1]?.toLowerCase();
  if (marker === 'moderation' || marker === 'moderation_blocked')
    return { failure: MODERATION_FAILURE, slow };
  if (marker === 'render') return { failure: RENDER_FAILURE, slow };
  if (marker) return { failure: { code: marker, message: `Video generation failed (${marker}).` }, slow };
  if (containsKeyword(prompt, moderationKeywords)) return { failure: MODERATION_FAILURE, slow };
  return { failure: null, slow };
}

export interface Phase {
  status: VideoJson['status'];
  progress: number;
  completedAtMs: number | null;
  expiresAtMs: number | null;
  error: VideoFailure | null;
}

export function phaseOf(record: VideoRecord, nowMs: number): Phase {
  const elapsed = Math.min(nowMs, record.endsAtMs) - record.startsAtMs;
  const share = record.renderMs > 0 ? elapsed / record.renderMs : 1;
  const progress =
    share < QUEUED_SHARE ? 0 : Math.max(0, Math.floor(((share - QUEUED_SHARE) / (1 - QUEUED_SHARE)) * 100));
  if (nowMs < record.endsAtMs) {
    return {
      status: share < QUEUED_SHARE ? 'queued' : 'in_progress',
      progress: Math.min(99, progress),
      completedAtMs: null,
      expiresAtMs: null,
      error: null,
    };
  }
  const error = record.planned ?? record.renderError;
  // completed_at is also set on failed videos (when it stopped); whether OpenAI does is UNCONFIRMED.
  const completedAtMs = Math.floor(record.endsAtMs / 1000) * 1000;
  if (error)
    return { status: 'failed', progress: Math.min(99, progress), completedAtMs, expiresAtMs: null, error };
  return {
    status: 'completed',
    progress: 100,
    completedAtMs,
    expiresAtMs: completedAtMs + DOWNLOAD_WINDOW_S * 1000,
    error: null,
  };
}

export function toJson(record: VideoRecord, nowMs: number): VideoJson {
  const phase = phaseOf(record, nowMs);
  return {
    id: record.id,
    object: 'video',
    model: record.model,
    status: phase.status,
    progress: phase.progress,
    created_at: Math.floor(record.createdAtMs / 1000),
    completed_at: phase.completedAtMs === null ? null : phase.completedAtMs / 1000,
    expires_at: phase.expiresAtMs === null ? null : phase.expiresAtMs / 1000,
    prompt: record.prompt,
    size: record.size,
    seconds: record.seconds,
    remixed_from_video_id: record.remixedFromId,
    error: phase.error,
  };
}

export interface NewVideo {
  model: string;
  prompt: string;
  size: string;
  seconds: string;
  remixedFromId: string | null;
  firstFrameSha256?: string;
  extendedFromId?: string;
  /** The key of a reference picture the render composites into its frames (Renderer.keepReference). */
  reference?: string;
}

/** What a job was given besides its prompt (see SimStats.given). */
export interface JobInputs {
  firstFrameSha256?: string;
  extendedFromId?: string;
}

export interface ListQuery {
  after: string | null;
  limit: number;
  order: 'asc' | 'desc';
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const limitText = params.get('limit');
  const limit = limitText === null ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 0 || limit > 100) {
    throw new ApiError(
      400,
      `Invalid 'limit': expected an integer from 0 to 100, but got '${limitText}' instead.`,
      {
        param: 'limit',
        code: 'invalid_value',
      },
    );
  }
  const order = params.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') {
    throw new ApiError(400, `Invalid value: '${order}'. Supported values are: 'asc' and 'desc'.`, {
      param: 'order',
      code: 'invalid_value',
    });
  }
  return { after: params.get('after') || null, limit, order };
}

export class VideoLibrary {
  readonly #records = new Map<string, VideoRecord>();
  /** Every record in creation order, deleted ones included, so an `after` cursor survives deletes. */
  #order: VideoRecord[] = [];
  readonly #idempotency = new Map<string, string>();
  #seq = 0;
  /** Where accepted jobs are kept across restarts, when the simulator was given one. */
  readonly #store: SimJobStore | undefined;
  /** Each kept record's idempotency keys, written with it. */
  readonly #keysById = new Map<string, string[]>();
  readonly #slots: RenderSlots | undefined;

  /**
   * `maxConcurrent`: videos rendered at once; later ones wait queued for a slot (default: no
   * limit). `store`: where accepted jobs are kept across a restart.
   */
  constructor(options: { maxConcurrent?: number | undefined; store?: SimJobStore | undefined } = {}) {
    this.#slots = options.maxConcurrent ? new RenderSlots(options.maxConcurrent) : undefined;
    this.#store = options.store;
  }

  /** Take back the jobs a store kept (a restarted simulator); returns them. */
  restore(jobs: readonly StoredJob[], nowMs: number): VideoRecord[] {
    for (const { record, keys } of jobs) {
      this.#records.set(record.id, record);
      this.#order.push(record);
      this.#seq = Math.max(this.#seq, record.seq + 1);
      for (const key of keys) this.#idempotency.set(key, record.id);
      if (keys.length) this.#keysById.set(record.id, [...keys]);
    }
    // Renders under way keep their slots, and jobs still waiting line up behind them again.
    this.#slots?.adopt(
      jobs.map((job) => job.record).sort((a, b) => a.seq - b.seq),
      nowMs,
    );
    return jobs.map((job) => job.record);
  }

  /** `id` names the job the way its API does (fal and Runway hand out UUIDs); default `video_<hex>`. */
  add(
    spec: NewVideo,
    nowMs: number,
    renderMs: number,
    failure: VideoFailure | null,
    id = `video_${randomBytes(24).toString('hex')}`,
  ): VideoRecord {
    const record: VideoRecord = {
      id,
      seq: this.#seq++,
      ...spec,
      createdAtMs: nowMs,
      startsAtMs: nowMs,
      renderMs,
      // A planned failure stops halfway through the render (moderation also checks output frames).
      endsAtMs: nowMs + (failure ? Math.round(renderMs / 2) : renderMs),
      planned: failure,
      renderError: null,
      deleted: false,
    };
    this.#records.set(record.id, record);
    this.#order.push(record);
    this.#store?.save(record, []);
    this.#slots?.place(record, nowMs);
    return record;
  }

  /** A render was stopped early (its `endsAtMs` moved to now): its slot goes to the next in line. */
  stopped(nowMs: number): void {
    this.#slots?.release(nowMs);
  }

  /** Per job, the first frame and source video it was given (jobs given neither are left out). */
  inputs(): Record<string, JobInputs> {
    const out: Record<string, JobInputs> = {};
    for (const { id, firstFrameSha256, extendedFromId } of this.#order) {
      if (firstFrameSha256 || extendedFromId) {
        out[id] = {
          ...(firstFrameSha256 ? { firstFrameSha256 } : {}),
          ...(extendedFromId ? { extendedFromId } : {}),
        };
      }
    }
    return out;
  }

  /** A live (not deleted) video. */
  get(id: string): VideoRecord | undefined {
    const record = this.#records.get(id);
    return record && !record.deleted ? record : undefined;
  }

  delete(id: string): void {
    const record = this.#records.get(id);
    if (record) record.deleted = true;
    this.#store?.remove(id);
  }

  /** The video an `Idempotency-Key` already produced on this route, if it still exists. */
  replay(scope: string, key: string): VideoRecord | undefined {
    const id = this.#idempotency.get(`${scope}\n${key}`);
    return id === undefined ? undefined : this.get(id);
  }

  remember(scope: string, key: string, id: string): void {
    this.#idempotency.set(`${scope}\n${key}`, id);
    const record = this.#records.get(id);
    if (this.#store && record) {
      const keys = [...(this.#keysById.get(id) ?? []), `${scope}\n${key}`];
      this.#keysById.set(id, keys);
      this.#store.save(record, keys);
    }
  }

  list(query: ListQuery, nowMs: number): VideoListJson {
    const ordered = query.order === 'asc' ? this.#order : [...this.#order].reverse();
    let start = 0;
    if (query.after !== null) {
      const cursor = this.#records.get(query.after);
      start = cursor ? ordered.indexOf(cursor) + 1 : ordered.length;
    }
    const data: VideoJson[] = [];
    let hasMore = false;
    for (let i = start; i < ordered.length; i++) {
      const record = ordered[i]!;
      if (record.deleted) continue;
      if (data.length === query.limit) {
        hasMore = true;
        break;
      }
      data.push(toJson(record, nowMs));
    }
    return {
      object: 'list',
      data,
      first_id: data[0]?.id ?? null,
      last_id: data[data.length - 1]?.id ?? null,
      has_more: hasMore,
    };
  }

  /** Videos created and not yet terminal. */
  inFlight(nowMs: number): number {
    let count = 0;
    for (const record of this.#order) if (!record.deleted && nowMs < record.endsAtMs) count++;
    return count;
  }

  clear(): void {
    this.#records.clear();
    this.#order = [];
    this.#idempotency.clear();
    this.#keysById.clear();
    this.#store?.clear();
    this.#slots?.clear();
  }
}
