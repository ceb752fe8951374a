import type { ClipAction } from '../../src/core/card/card.ts';

/**
 * Buttons and modals name the action and the clip in their custom_id, so they keep working after
 * a restart: everything else is read from the store. Discord allows 1-100 characters
 * (https://discord.com/developers/docs/components/reference).
 */
export const CUSTOM_ID_MAX = 100;
const PREFIX = 'reelbot';
/** The core's card actions plus Extend, a button Discord adds under every posted clip. */
export type ButtonAction = ClipAction | 'extend';
const ACTIONS: readonly ButtonAction[] = ['remix', 'edit', 'reroll', 'cancel', 'delete', 'extend'];
const CLIP_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** `reelbot:<action>:<clipId>`; the Remix, Edit and Extend modals reuse their button's id. */
export function customId(action: ButtonAction, clipId: string): string | undefined {
  const id = `${PREFIX}:${action}:${clipId}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

export function parseCustomId(id: string): { action: ButtonAction; clipId: string } | undefined {
  const [prefix, action, clipId, ...rest] = id.split(':');
  if (prefix !== PREFIX || !clipId || rest.length > 0) return undefined;
  const known = ACTIONS.find((a) => a === action);
  return known && CLIP_ID.test(clipId) ? { action: known, clipId } : undefined;
}

/** `reelbot:shot:<storyId>:<n>`: the per-shot Re-roll button on a posted story (`/sora reshoot`). */
export function shotCustomId(storyId: string, shot: number): string | undefined {
  const id = `${PREFIX}:shot:${storyId}:${shot}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

export function parseShotCustomId(id: string): { storyId: string; shot: number } | undefined {
  const match = /^reelbot:shot:([A-Za-z0-9_-]{1,80}):([1-9]\d?)$/.exec(id);
  return match ? { storyId: match[1]!, shot: Number(match[2]) } : undefined;
}

/**
 * The Story form's id carries the options typed with `/sora story` (mode, seconds, …) that the
 * form has no field for: `reelbot-story:` and the URL-encoded options, within CUSTOM_ID_MAX.
 */
const STORY_PREFIX = 'reelbot-story:';

export function storyFormId(options: Record<string, string | number>): string | undefined {
  const query = new URLSearchParams(
    Object.entries(options).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  const id = `${STORY_PREFIX}${query}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** The options a Story form's id carries; only the names given in `allowed` are kept. */
export function parseStoryFormId(id: string, allowed: readonly string[]): Record<string, string> | undefined {
  if (!id.startsWith(STORY_PREFIX)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(id.slice(STORY_PREFIX.length))) {
    if (allowed.includes(key)) out[key] = value;
  }
  return out;
}

/** The text input in the Remix and Edit modals (and Extend's "what happens next"). */
export const PROMPT_INPUT_ID = 'prompt';
/** Extend's "Seconds" input. */
export const SECONDS_INPUT_ID = 'seconds';
/** The Story form's inputs: a field per shot and the look. */
export const SHOT_INPUT_PREFIX = 'shot';
export const LOOK_INPUT_ID = 'look';
