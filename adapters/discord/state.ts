import type { Place } from '../../src/core/place.ts';
import type { KeyValue } from '../../src/core/ports/key-value.ts';
import type { Logger } from '../../src/core/ports/logger.ts';

/**
 * The few facts the Discord adapter shares between the bot and workers on other machines: each
 * channel's upload limit (known only from interactions), when a card was last edited, and which
 * interaction tokens Discord already refused. A typed view over the app's key-value space (Redis
 * when the app has one, so every worker sees it). Every value is a hint with a TTL; losing one costs at most
 * a default limit or one extra request, never a clip, so read and write failures are logged only.
 */
export interface DiscordState {
  /** The upload limit last seen for this place, in bytes. */
  uploadLimit(place: Place): Promise<number | undefined>;
  setUploadLimit(place: Place, bytes: number): Promise<void>;
  /** When the message was last edited (ms since the epoch). */
  lastEdit(messageKey: string): Promise<number | undefined>;
  setLastEdit(messageKey: string, at: number): Promise<void>;
  /** True once Discord refused this interaction's token (expired early or revoked). */
  tokenRefused(messageKey: string): Promise<boolean>;
  setTokenRefused(messageKey: string): Promise<void>;
}

/** Upload limits can change with a server's boosts; interactions refresh them. */
const LIMIT_TTL_MS = 30 * 24 * 3600_000;
/** Edit marks matter only for the pacing window; keep them a little longer than any cadence. */
const EDIT_TTL_MS = 10 * 60_000;
/** An interaction token never outlives 15 minutes (API docs, receiving-and-responding.mdx). */
const TOKEN_TTL_MS = 16 * 60_000;

/** Under the shared key-value space; the layout the adapter's own Redis connection used before. */
const STEM = 'discord';

export function createDiscordState(kv: KeyValue, logger: Logger): DiscordState {
  const limitKey = (place: Place) => `${STEM}:limit:${place.workspaceId}:${place.channelId}`;
  const safely = async <T>(what: string, fallback: T, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      logger.warn({ err: (error as Error).message, what }, 'discord state unavailable');
      return fallback;
    }
  };
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    uploadLimit: (place) =>
      safely('uploadLimit', undefined, async () => number(await kv.get(limitKey(place)))),
    setUploadLimit: (place, bytes) =>
      safely('setUploadLimit', undefined, () => kv.set(limitKey(place), String(bytes), LIMIT_TTL_MS)),
    lastEdit: (key) => safely('lastEdit', undefined, async () => number(await kv.get(`${STEM}:edit:${key}`))),
    setLastEdit: (key, at) =>
      safely('setLastEdit', undefined, () => kv.set(`${STEM}:edit:${key}`, String(at), EDIT_TTL_MS)),
    tokenRefused: (key) =>
      safely('tokenRefused', false, async () => (await kv.get(`${STEM}:expired:${key}`)) === '1'),
    setTokenRefused: (key) =>
      safely('setTokenRefused', undefined, () => kv.set(`${STEM}:expired:${key}`, '1', TOKEN_TTL_MS)),
  };
}
