import type { Board } from '../../src/core/board/board.ts';
import type { ClipCard } from '../../src/core/card/card.ts';
import type { Member, MessageRef } from '../../src/core/clip/clip.ts';
import type { Place } from '../../src/core/place.ts';
import type { Messenger, OutgoingFile, SayOptions } from '../../src/core/ports/messenger.ts';

export interface RecordedUpload {
  place: Place;
  file: OutgoingFile;
  card: ClipCard;
  key: string;
  ref: MessageRef;
}

/**
 * A Messenger that records what the worker asked for. Like Discord with enforce_nonce, an
 * upload repeated with the same idempotency key returns the first message instead of a second.
 */
export class RecordingMessenger implements Messenger {
  readonly surface: string;
  readonly posts: { place: Place; card: ClipCard; ref: MessageRef }[] = [];
  readonly edits: { ref: MessageRef; card: ClipCard; at: number }[] = [];
  readonly uploads: RecordedUpload[] = [];
  uploadCalls = 0;
  limit: number;
  /** Called with each upload before it is recorded (e.g. copy the file while it exists). */
  onUpload?: (upload: RecordedUpload) => Promise<void> | void;
  #seq = 0;

  constructor(surface = 'test', limit = 10 * 1024 * 1024) {
    this.surface = surface;
    this.limit = limit;
  }

  readonly said: { place: Place; text: string; notify: readonly Member[]; ref: MessageRef }[] = [];
  /** The board each `say` carried (undefined: text only), in the same order as `said`. */
  readonly boards: (Board | undefined)[] = [];
  /**
   * The platform's own reaction lists, by message id then emoji: what `voters` answers. Tests put
   * votes here that the bot never heard (cast while it was stopped).
   */
  readonly platformReactions = new Map<string, Map<string, Member[]>>();
  /** How often the platform's list was read. */
  voterCalls = 0;

  async say(place: Place, text: string, options?: SayOptions): Promise<MessageRef> {
    const ref = { surface: this.surface, id: `s${++this.#seq}` };
    this.said.push({ place, text, notify: options?.notify ?? [], ref });
    this.boards.push(options?.board);
    return ref;
  }

  /** The board said with the text that includes `part` (the first such say). */
  boardOf(part: string): Board | undefined {
    return this.boards[this.said.findIndex((s) => s.text.includes(part))];
  }

  async voters(ref: MessageRef, emoji: string): Promise<Member[]> {
    this.voterCalls++;
    return [...(this.platformReactions.get(ref.id)?.get(emoji) ?? [])];
  }

  /** Put a reaction on the platform's list (as a member would, with or without the bot running). */
  react(ref: MessageRef, emoji: string, member: Member): void {
    const byEmoji = this.platformReactions.get(ref.id) ?? new Map<string, Member[]>();
    const list = byEmoji.get(emoji) ?? [];
    if (!list.some((m) => m.id === member.id)) list.push(member);
    byEmoji.set(emoji, list);
    this.platformReactions.set(ref.id, byEmoji);
  }

  /** Take a reaction off the platform's list. */
  unreact(ref: MessageRef, emoji: string, memberId: string): void {
    const list = this.platformReactions.get(ref.id)?.get(emoji);
    if (list)
      this.platformReactions.get(ref.id)!.set(
        emoji,
        list.filter((m) => m.id !== memberId),
      );
  }

  /** A permanent link, as Discord and Slack give one. */
  async link(ref: MessageRef): Promise<string | undefined> {
    return `https://chat.test/${this.surface}/${ref.id}`;
  }

  async post(place: Place, card: ClipCard): Promise<MessageRef> {
    const ref = { surface: this.surface, id: `m${++this.#seq}` };
    this.posts.push({ place, card, ref });
    return ref;
  }

  readonly removed: MessageRef[] = [];

  async remove(ref: MessageRef): Promise<void> {
    this.removed.push(ref);
  }

  async edit(ref: MessageRef, card: ClipCard): Promise<void> {
    this.edits.push({ ref, card, at: Date.now() });
  }

  async upload(place: Place, file: OutgoingFile, card: ClipCard, key: string): Promise<MessageRef> {
    this.uploadCalls++;
    const earlier = this.uploads.find((u) => u.key === key);
    if (earlier) return earlier.ref;
    const upload = { place, file, card, key, ref: { surface: this.surface, id: `u${++this.#seq}` } };
    await this.onUpload?.(upload);
    this.uploads.push(upload);
    return upload.ref;
  }

  async uploadLimit(): Promise<number> {
    return this.limit;
  }

  /** Cards shown for one clip, in order. */
  cardsFor(clipId: string): ClipCard[] {
    return [...this.posts.map((p) => p.card), ...this.edits.map((e) => e.card)].filter(
      (c) => c.clipId === clipId,
    );
  }
}
