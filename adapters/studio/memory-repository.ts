import { EventEmitter } from 'node:events';
import {
  CHANNEL_HISTORY,
  messageId,
  RESERVATION_TTL_MS,
  type StudioChange,
  type StudioMessage,
  type StudioRepository,
} from './repository.ts';

/** The studio's messages in this process only: the zero-config twin of the Redis repository. */
export function createMemoryStudioRepository(): StudioRepository {
  const messages = new Map<string, StudioMessage>();
  const videos = new Map<string, Uint8Array>();
  const reactions = new Map<string, Set<string>>();
  const uploads = new Map<string, string>();
  const reservations = new Map<string, NodeJS.Timeout>();
  const changes = new EventEmitter();
  let seq = 0;

  const copy = <T>(value: T): T => structuredClone(value);
  const announce = (message: StudioMessage, removed = false) =>
    changes.emit('change', { channel: message.channel, id: message.id, removed } satisfies StudioChange);

  function create(channel: string, now: number, fields: Partial<StudioMessage>): StudioMessage {
    seq += 1;
    const message: StudioMessage = {
      id: messageId(seq),
      channel,
      kind: 'card',
      seq,
      createdAt: now,
      rev: 0,
      ...fields,
    };
    messages.set(message.id, message);
    return message;
  }

  /** Announce a change; a message shown for the first time may push the oldest out. */
  function show(message: StudioMessage, first: boolean) {
    delete message.hidden;
    clearTimeout(reservations.get(message.id));
    reservations.delete(message.id);
    message.rev += 1;
    if (first) trim(message.channel);
    announce(message);
  }

  function drop(id: string) {
    const message = messages.get(id);
    if (!message) return;
    messages.delete(id);
    videos.delete(id);
    reactions.delete(id);
    clearTimeout(reservations.get(id));
    reservations.delete(id);
    if (!message.hidden) announce(message, true);
  }

  function trim(channel: string) {
    const shown = [...messages.values()].filter((m) => m.channel === channel && !m.hidden);
    for (const old of shown.slice(0, Math.max(0, shown.length - CHANNEL_HISTORY))) drop(old.id);
  }

  return {
    async reserve(channel, now) {
      const message = create(channel, now, { hidden: true });
      reservations.set(
        message.id,
        setTimeout(() => drop(message.id), RESERVATION_TTL_MS),
      );
      reservations.get(message.id)!.unref();
      return copy(message);
    },
    async reveal(id, card) {
      const message = messages.get(id);
      if (!message) return false;
      const first = Boolean(message.hidden);
      message.card ??= copy(card);
      show(message, first);
      return true;
    },
    async post(channel, content, now) {
      const message = create(channel, now, copy(content));
      show(message, true);
      return copy(message);
    },
    async edit(id, card, now) {
      const message = messages.get(id);
      if (!message) return false;
      const first = Boolean(message.hidden);
      message.card = copy(card);
      message.editedAt = now;
      show(message, first);
      return true;
    },
    async upload(channel, key, content, bytes, now) {
      const existing = messages.get(uploads.get(key) ?? '');
      if (existing) return copy(existing);
      const message = create(channel, now, {
        kind: 'clip',
        card: copy(content.card),
        file: { ...content.file, bytes: bytes.byteLength },
      });
      videos.set(message.id, new Uint8Array(bytes));
      uploads.set(key, message.id);
      show(message, true);
      return copy(message);
    },
    async remove(id) {
      drop(id);
    },
    async get(id) {
      const message = messages.get(id);
      return message && copy(message);
    },
    async list(channel, limit) {
      const shown = [...messages.values()].filter((m) => m.channel === channel && !m.hidden);
      return copy(shown.slice(-limit));
    },
    async react(id, memberId, on) {
      const message = messages.get(id);
      if (!message) return false;
      const set = reactions.get(id) ?? new Set<string>();
      reactions.set(id, set);
      const changed = on ? !set.has(memberId) : set.has(memberId);
      if (on) set.add(memberId);
      else set.delete(memberId);
      if (changed) {
        message.rev += 1;
        announce(message);
      }
      return changed;
    },
    async reactions(id) {
      return [...(reactions.get(id) ?? [])].sort();
    },
    async videoSize(id) {
      return videos.get(id)?.byteLength;
    },
    async readVideo(id, start, end) {
      return videos.get(id)?.subarray(start, end + 1);
    },
    async subscribe(listener) {
      changes.on('change', listener);
      return async () => {
        changes.off('change', listener);
      };
    },
    async close() {
      for (const timer of reservations.values()) clearTimeout(timer);
      changes.removeAllListeners();
    },
  };
}
