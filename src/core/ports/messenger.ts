import type { Board } from '../board/board.ts';
import type { ClipCard } from '../card/card.ts';
import type { Member, MessageRef } from '../clip/clip.ts';
import type { Place } from '../place.ts';

/** A finished clip on local disk, ready to upload. */
export interface OutgoingFile {
  path: string;
  name: string;
  bytes: number;
  contentType: string;
}

/**
 * A moment named in a `say`'s text, as the text writes it (a date and time in UTC): a surface
 * that shows each reader their own time (Discord's `<t:…>` timestamps) may draw it its way.
 */
export interface Moment {
  /** Milliseconds since the epoch. */
  at: number;
  /** Exactly as it is written in the text. */
  text: string;
}

/** How a `say` is told: who is pinged, the board drawn where a surface can, the moments it names. */
export interface SayOptions {
  notify?: readonly Member[];
  board?: Board;
  moments?: readonly Moment[];
}

/**
 * Posting to one chat surface over its REST API. The worker needs only this, never a gateway
 * connection, so workers can run on machines with no platform socket.
 */
export interface Messenger {
  /** The surface this messenger speaks for: `discord`, `slack`, `studio`. */
  readonly surface: string;
  /**
   * Post a plain text message (contest phases and results, remix notices). Text is escaped and
   * mentions are disabled, except that each member in `notify` is mentioned and pinged once.
   * With a `board` (the same content with each clip as an entry), a surface that can draw
   * pictures shows the board instead, and keeps the text as its fallback.
   */
  say(place: Place, text: string, options?: SayOptions): Promise<MessageRef>;
  /**
   * Who has the vote reaction `emoji` on a message, from the platform's own list (bots included,
   * flagged), to reconcile votes cast while the bot was not listening. Undefined where the surface
   * keeps no such list of its own (the studio: its store is the list).
   */
  voters?(ref: MessageRef, emoji: string): Promise<Member[]>;
  /**
   * A permanent link to a posted message, for leaderboards (Discord
   * https://discord.com/channels/<guild>/<channel>/<message>, Slack chat.getPermalink, studio
   * `/#clip-<id>`); undefined where the surface cannot link.
   */
  link?(ref: MessageRef): Promise<string | undefined>;
  /** Update a card in place. */
  edit(ref: MessageRef, card: ClipCard): Promise<void>;
  /** Post a new status card. */
  post(place: Place, card: ClipCard): Promise<MessageRef>;
  /** Delete a message (its clip was deleted by the author or an admin); gone already is fine. */
  remove(ref: MessageRef): Promise<void>;
  /**
   * Post the finished clip. `idempotencyKey` is the same on every retry of one delivery, so a
   * surface that can dedupe (Discord's enforce_nonce) never shows it twice.
   */
  upload(place: Place, file: OutgoingFile, card: ClipCard, idempotencyKey: string): Promise<MessageRef>;
  /** The largest file this place accepts, in bytes. */
  uploadLimit(place: Place): Promise<number>;
}

/** The messengers of every surface that is switched on, by surface name. */
export interface MessengerRegistry {
  get(surface: string): Messenger | undefined;
}
