import type { MessageRef } from '../../src/core/clip/clip.ts';

export const SURFACE = 'slack';

/**
 * What a Slack MessageRef points at. Serialised into `MessageRef.id` so a worker on another
 * machine (or after a restart) can edit and delete it with nothing but the id.
 * - a message: channel + ts, and the thread root the bot opened for it (deleted with it);
 * - a file: channel + file id, and the ts of the message the file landed in, when known.
 */
export type SlackTarget =
  | { kind: 'message'; channel: string; ts: string; openedRootTs?: string }
  | { kind: 'file'; channel: string; fileId: string; ts?: string };

/** The name reactions give a message; the core indexes it to find the clip a vote is for. */
export function messageKey(channel: string, ts: string): string {
  return `${SURFACE}:${channel}:${ts}`;
}

export function messageRef(channel: string, ts: string, openedRootTs?: string): MessageRef {
  const id = ['m', channel, ts, openedRootTs ?? ''].join('|');
  return { surface: SURFACE, id, key: messageKey(channel, ts) };
}

export function fileRef(channel: string, fileId: string, ts?: string): MessageRef {
  const ref: MessageRef = { surface: SURFACE, id: ['f', channel, fileId, ts ?? ''].join('|') };
  if (ts) ref.key = messageKey(channel, ts);
  return ref;
}

/** Read a ref back; undefined for one this adapter did not make. */
export function readRef(ref: MessageRef): SlackTarget | undefined {
  if (ref.surface !== SURFACE) return undefined;
  const [kind, channel, second, third] = ref.id.split('|');
  if (!channel || !second) return undefined;
  if (kind === 'm') {
    return { kind: 'message', channel, ts: second, ...(third ? { openedRootTs: third } : {}) };
  }
  if (kind === 'f') return { kind: 'file', channel, fileId: second, ...(third ? { ts: third } : {}) };
  return undefined;
}
