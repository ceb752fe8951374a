import { drawPost, type PostActions, type PostData, type Viewer } from './post.ts';
import type { MessageView } from './types.ts';

/**
 * The channel as the page knows it: every message by id, newest revision wins (an event and a
 * snapshot can cross on the wire). A clip's card and its posted video are two messages on the
 * server, as on Discord; the page shows them as one post, where the card was.
 */
export class ChannelView {
  readonly #list: HTMLOListElement;
  readonly #actions: PostActions;
  readonly #messages = new Map<string, MessageView>();
  readonly #removed = new Set<string>();
  readonly #items = new Map<string, HTMLLIElement>();
  #viewer: Viewer;

  constructor(list: HTMLOListElement, viewer: Viewer, actions: PostActions) {
    this.#list = list;
    this.#viewer = viewer;
    this.#actions = actions;
  }

  /** Draw every post again for another member (their votes and rights differ). */
  setViewer(viewer: Viewer): void {
    this.#viewer = viewer;
    for (const key of this.#items.keys()) this.#draw(key);
  }

  /** Take in a full listing; messages it no longer has, and that are older than its newest, are gone. */
  load(messages: MessageView[]): void {
    const newest = Math.max(0, ...messages.map((m) => m.seq));
    const present = new Set(messages.map((m) => m.id));
    for (const [id, message] of this.#messages) {
      if (!present.has(id) && message.seq <= newest) this.remove(id);
    }
    for (const message of messages) this.upsert(message);
  }

  upsert(message: MessageView): void {
    if (this.#removed.has(message.id)) return;
    const current = this.#messages.get(message.id);
    if (current && current.rev > message.rev) return;
    const stick = this.#nearBottom();
    this.#messages.set(message.id, message);
    const key = this.#postKey(message);
    // A video that arrives after its card was drawn alone joins the card's post.
    if (key !== message.id) this.#drop(message.id);
    this.#draw(key);
    if (stick) this.#scrollToEnd();
  }

  remove(id: string): void {
    const message = this.#messages.get(id);
    this.#removed.add(id);
    this.#messages.delete(id);
    if (!message) return;
    const key = this.#postKey(message);
    if (this.#items.has(key) && key !== id) this.#draw(key);
    else this.#drop(id);
    // A card removed before its video: the video stands alone.
    if (message.kind === 'card') {
      const clip = this.#clipFor(message.card?.clipId);
      if (clip) this.#draw(clip.id);
    }
  }

  /** Message ids on screen, for tests and debugging. */
  get size(): number {
    return this.#messages.size;
  }

  #clipFor(clipId: string | undefined): MessageView | undefined {
    if (!clipId) return undefined;
    return [...this.#messages.values()].find((m) => m.kind === 'clip' && m.card?.clipId === clipId);
  }

  #cardFor(clipId: string | undefined): MessageView | undefined {
    if (!clipId) return undefined;
    return [...this.#messages.values()].find((m) => m.kind === 'card' && m.card?.clipId === clipId);
  }

  /** The message whose list item shows this one: a clip's video lives in its card's post. */
  #postKey(message: MessageView): string {
    if (message.kind !== 'clip') return message.id;
    return this.#cardFor(message.card?.clipId)?.id ?? message.id;
  }

  #data(key: string): PostData | undefined {
    const message = this.#messages.get(key);
    if (!message) return undefined;
    if (message.kind === 'text') return { text: message };
    if (message.kind === 'clip') return { clip: message };
    const clip = this.#clipFor(message.card?.clipId);
    return { card: message, ...(clip ? { clip } : {}) };
  }

  #draw(key: string): void {
    const data = this.#data(key);
    if (!data) {
      this.#drop(key);
      return;
    }
    let item = this.#items.get(key);
    if (!item) {
      item = document.createElement('li');
      item.dataset.seq = String(this.#messages.get(key)!.seq);
      this.#items.set(key, item);
      this.#insert(item);
    }
    drawPost(item, data, this.#viewer, this.#actions);
  }

  #insert(item: HTMLLIElement): void {
    const seq = Number(item.dataset.seq);
    const after = [...this.#list.children].find((child) => Number((child as HTMLElement).dataset.seq) > seq);
    this.#list.insertBefore(item, after ?? null);
  }

  #drop(key: string): void {
    this.#items.get(key)?.remove();
    this.#items.delete(key);
  }

  #nearBottom(): boolean {
    const scroller = this.#list;
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
  }

  #scrollToEnd(): void {
    this.#list.scrollTop = this.#list.scrollHeight;
  }
}
