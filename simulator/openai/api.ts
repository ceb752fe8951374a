import type { ServerResponse } from 'node:http';
import type { Clock } from '../../src/core/ports/clock.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { BodyObject } from '../body.ts';
import { inlineImage, pngSize } from '../first-frame.ts';
import { ApiError, sendJson } from '../http.ts';
import { specOf, startRender } from '../jobs.ts';
import { sendFile } from '../media.ts';
import { CONTENT_TYPES, type Renderer, type Variant } from '../render.ts';
import {
  type ListQuery,
  type NewVideo,
  phaseOf,
  toJson,
  type VideoJson,
  type VideoLibrary,
  type VideoListJson,
  type VideoRecord,
} from '../videos.ts';
import type { TerminalWatch } from '../webhooks.ts';
import { type ModelRules, validateCreate, validateEdit, validateExtend, validateRemix } from './rules.ts';

/** Counters kept by the request handlers (see SimStats). */
export interface Counters {
  creates: number;
  createRequests: number;
  retrieveCalls: number;
  retrieveCallsByVideo: Map<string, number>;
  contentDownloads: number;
}

export function newCounters(): Counters {
  return {
    creates: 0,
    createRequests: 0,
    retrieveCalls: 0,
    retrieveCallsByVideo: new Map(),
    contentDownloads: 0,
  };
}

export interface VideoApiDeps {
  clock: Clock;
  library: VideoLibrary;
  renderer: Renderer;
  counters: Counters;
  logger: Logger;
  renderMs: number;
  moderationKeywords: readonly string[];
  rules: ModelRules;
  watch: TerminalWatch | undefined;
}

/** Longest extended video (at most 120 s in total, OpenAI's video generation guide). */
const MAX_EXTENDED_SECONDS = 120;

function notFound(id: string): ApiError {
  return new ApiError(404, `No video found with id '${id}'.`, { param: 'video_id' });
}

/** The handlers behind /v1/videos*, free of HTTP plumbing except for streaming content. */
export class VideoApi {
  readonly #deps: VideoApiDeps;

  constructor(deps: VideoApiDeps) {
    this.#deps = deps;
  }

  create(body: BodyObject, idempotencyKey: string | undefined): VideoJson {
    return this.#idempotent('create', idempotencyKey, () => {
      const params = validateCreate(body, this.#deps.rules);
      const firstFrame = inlineImage(body.input_reference);
      const picture = firstFrame && pngSize(firstFrame);
      // The first frame must be the video's size (400 otherwise, as MicrosoftLearning/mslearn-ai-vision
      // PR #78 recorded it); checked for PNG, the format a clip's last frame comes in.
      if (picture && `${picture.width}x${picture.height}` !== params.size) {
        throw new ApiError(400, 'Inpaint image must match the requested width and height', {
          param: 'input_reference',
          code: 'invalid_value',
        });
      }
      return this.#start({ ...params, remixedFromId: null, firstFrame });
    });
  }

  retrieve(id: string): VideoJson {
    return toJson(this.#find(id), this.#deps.clock.now());
  }

  list(query: ListQuery): VideoListJson {
    return this.#deps.library.list(query, this.#deps.clock.now());
  }

  delete(id: string): { id: string; object: 'video.deleted'; deleted: true } {
    const record = this.#find(id);
    const { status } = phaseOf(record, this.#deps.clock.now());
    // "Permanently delete a completed or failed video" (the SDK's doc string): in-flight ones stay.
    if (status !== 'completed' && status !== 'failed') {
      throw new ApiError(400, `Video '${id}' is ${status}; only completed or failed videos can be deleted.`, {
        param: 'video_id',
        code: 'invalid_video_state',
      });
    }
    this.#deps.library.delete(id);
    return { id, object: 'video.deleted', deleted: true };
  }

  remix(sourceId: string, body: BodyObject, idempotencyKey: string | undefined): VideoJson {
    return this.#idempotent(`remix:${sourceId}`, idempotencyKey, () => {
      const { prompt } = validateRemix(body);
      const source = this.#completedSource(sourceId, 'remixed');
      return this.#start({ ...specOf(source), model: source.model, prompt, remixedFromId: source.id });
    });
  }

  edit(body: BodyObject, idempotencyKey: string | undefined): VideoJson {
    return this.#idempotent('edit', idempotencyKey, () => {
      const { prompt, sourceId } = validateEdit(body);
      const source = this.#completedSource(sourceId, 'edited');
      return this.#start({ ...specOf(source), model: source.model, prompt, remixedFromId: null });
    });
  }

  extend(body: BodyObject, idempotencyKey: string | undefined): VideoJson {
    return this.#idempotent('extend', idempotencyKey, () => {
      const { prompt, seconds, sourceId } = validateExtend(body);
      const source = this.#completedSource(sourceId, 'extended');
      const total = Number(source.seconds) + Number(seconds);
      if (total > MAX_EXTENDED_SECONDS) {
        throw new ApiError(400, `An extended video may be at most ${MAX_EXTENDED_SECONDS} seconds long.`, {
          param: 'seconds',
          code: 'invalid_value',
        });
      }
      // `seconds` on the result holds the stitched total (openai-node src/resources/videos.ts).
      return this.#start({
        ...specOf(source),
        model: source.model,
        prompt,
        seconds: String(total),
        remixedFromId: null,
        extendedFromId: source.id,
      });
    });
  }

  /**
   * Stream a variant. Before completion this answers 409 Conflict: the request is valid but the
   * resource is not in a state to serve it yet (OpenAI's own status for this is UNCONFIRMED).
   * A failed video has nothing to serve, ever: 400. After expires_at: 404, like an unknown id.
   */
  async content(
    id: string,
    variant: Variant,
    res: ServerResponse,
    bytesPerSecond: number | null,
  ): Promise<void> {
    const record = this.#find(id);
    const now = this.#deps.clock.now();
    const phase = phaseOf(record, now);
    if (phase.status === 'queued' || phase.status === 'in_progress') {
      throw new ApiError(
        409,
        `Video '${id}' is not ready yet (status: ${phase.status}). Download its content once the status is completed.`,
        { param: 'video_id', code: 'video_not_ready' },
      );
    }
    if (phase.status === 'failed') {
      throw new ApiError(400, `Video '${id}' failed; it has no content to download.`, {
        param: 'video_id',
        code: 'video_failed',
      });
    }
    if (phase.expiresAtMs !== null && now >= phase.expiresAtMs) {
      throw new ApiError(404, `The content of video '${id}' has expired.`, {
        param: 'video_id',
        code: 'video_expired',
      });
    }
    // The clock may say completed while ffmpeg is still busy: wait for the file.
    let path: string;
    try {
      path = await this.#deps.renderer.asset(specOf(record), variant);
    } catch (error) {
      this.#deps.logger.error(
        { err: (error as Error).message, videoId: id, variant },
        'simulator render failed',
      );
      throw new ApiError(500, 'The server had an error while processing your request. Sorry about that!', {
        type: 'server_error',
      });
    }
    this.#deps.counters.contentDownloads++;
    await sendFile(res, path, CONTENT_TYPES[variant], bytesPerSecond);
  }

  #find(id: string): VideoRecord {
    const record = this.#deps.library.get(id);
    if (!record) throw notFound(id);
    return record;
  }

  #completedSource(id: string, verb: string): VideoRecord {
    const source = this.#deps.library.get(id);
    if (!source) throw notFound(id);
    const { status } = phaseOf(source, this.#deps.clock.now());
    if (status !== 'completed') {
      throw new ApiError(400, `Video '${id}' is ${status}; only completed videos can be ${verb}.`, {
        param: 'video_id',
        code: 'invalid_video_state',
      });
    }
    return source;
  }

  /** The same `Idempotency-Key` on the same route returns the first video and creates nothing. */
  #idempotent(scope: string, key: string | undefined, create: () => VideoRecord): VideoJson {
    const { library, clock } = this.#deps;
    const replayed = key ? library.replay(scope, key) : undefined;
    const record = replayed ?? create();
    if (key && !replayed) library.remember(scope, key, record.id);
    return toJson(record, clock.now());
  }

  #start(spec: NewVideo & { firstFrame?: Uint8Array | undefined }): VideoRecord {
    const record = startRender(this.#deps, spec);
    this.#deps.counters.creates++;
    this.#deps.watch?.watch(record.id, record.endsAtMs);
    return record;
  }
}

/** Answer a handler's JSON result. */
export function ok(res: ServerResponse, body: unknown, headers: Record<string, string> = {}): void {
  sendJson(res, 200, body, headers);
}
