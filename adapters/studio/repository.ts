import type { Board } from '../../src/core/board/board.ts';
import type { ClipCard } from '../../src/core/card/card.ts';

/**
 * The studio is its own little chat platform, so it keeps its own messages: status cards, posted
 * clips (with the video's bytes) and text, per channel, plus reactions. In memory for zero-config
 * runs; in Redis when REDIS_URL is set, so a worker in another process (or on another machine)
 * posts and edits through the same repository and the page hears about it over pub/sub.
 */
export interface StudioMessage {
  /** Unique across restarts, so a browser never confuses two videos with the same URL. */
  id: string;
  channel: string;
  kind: 'card' | 'clip' | 'text';
  /** Order in the channel: ids are handed out in sequence. */
  seq: number;
  createdAt: number;
  editedAt?: number;
  /** Bumped on every change (card edit, reaction), so the page keeps the newest view. */
  rev: number;
  /** Reserved for a request that may still be refused; never listed or announced until shown. */
  hidden?: boolean;
  card?: ClipCard;
  text?: string;
  /**
   * Community results (a leaderboard, a contest announcement, a remix notice) drawn as a card
   * of clips; the text says the same in words and is what the page shows without it.
   */
  board?: Board;
  /** Names of the members the message is for, shown `@Name` up front (the studio's mention). */
  notify?: string[];
  /** The uploaded clip (kind `clip`); the bytes are kept apart and read by range. */
  file?: { name: string; bytes: number; contentType: string };
}

/** Something changed in a channel; listeners re-read the message (or drop it when removed). */
export interface StudioChange {
  channel: string;
  id: string;
  removed: boolean;
}

export type StudioContent =
  | { kind: 'card'; card: ClipCard }
  | { kind: 'text'; text: string; board?: Board; notify?: string[] };

export interface StudioRepository {
  /** A hidden card message whose ref a request can carry before it is known to be valid. */
  reserve(channel: string, now: number): Promise<StudioMessage>;
  /** Show a reserved message with this card, unless a worker already drew a newer one. */
  reveal(id: string, card: ClipCard): Promise<boolean>;
  /** Post a visible message. */
  post(channel: string, content: StudioContent, now: number): Promise<StudioMessage>;
  /** Replace a message's card (shows it if it was reserved); false when the message is gone. */
  edit(id: string, card: ClipCard, now: number): Promise<boolean>;
  /**
   * Post an uploaded clip once per idempotency key: a repeat (a retried delivery) returns the
   * first message and stores nothing.
   */
  upload(
    channel: string,
    idempotencyKey: string,
    content: { card: ClipCard; file: { name: string; contentType: string } },
    bytes: Uint8Array,
    now: number,
  ): Promise<StudioMessage>;
  /** Delete a message, its video and reactions; gone already is fine. */
  remove(id: string): Promise<void>;
  get(id: string): Promise<StudioMessage | undefined>;
  /** The newest `limit` shown messages of a channel, oldest first. */
  list(channel: string, limit: number): Promise<StudioMessage[]>;
  /** Add or take back a member's vote reaction; false when nothing changed. */
  react(id: string, memberId: string, on: boolean): Promise<boolean>;
  /** Who reacted to a message, sorted. */
  reactions(id: string): Promise<string[]>;
  /** Size of a clip message's video in bytes, or undefined. */
  videoSize(id: string): Promise<number | undefined>;
  /** Bytes `start..end` (inclusive) of a clip message's video. */
  readVideo(id: string, start: number, end: number): Promise<Uint8Array | undefined>;
  /** Hear about every change, from this process and (with Redis) from every other. */
  subscribe(listener: (change: StudioChange) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * Messages kept per channel; older ones (and their videos) are dropped. The studio is a local
 * demo surface: a few hundred clips of a few MB each is as much memory as it should hold.
 */
export const CHANNEL_HISTORY = 300;

/** A reserved card that was never shown (its process died mid-request) is forgotten after this. */
export const RESERVATION_TTL_MS = 10 * 60_000;

/** A delivery is retried within minutes (JOB_LOCK_MS, backoff); its key is kept a day. */
export const UPLOAD_KEY_TTL_MS = 24 * 60 * 60_000;

/** `m<seq>-<random>`: ordered, and different after a restart of the in-memory store. */
export function messageId(seq: number): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36).padStart(6, '0').slice(-6);
  return `m${seq.toString(36)}-${random}`;
}

export const MESSAGE_ID = /^m[0-9a-z]{1,12}-[0-9a-z]{6}$/;
