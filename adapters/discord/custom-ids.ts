import type { ClipAction } from '../../src/core/card/card.ts';

/**
 * Buttons and modals name the action and the clip in their custom_id, so they keep working after
 * a restart: everything else is read from the store. Discord allows 1-100 characters
 * (https://discord.com/developers/docs/components/reference).
 */
export const CUSTOM_ID_MAX = 100;
const PREFIX = 'reelbot';
const ACTIONS: readonly ClipAction[] = ['remix', 'edit', 'reroll', 'cancel', 'delete'];

/** `reelbot:<action>:<clipId>`; the Remix and Edit modals reuse their button's id. */
export function customId(action: ClipAction, clipId: string): string | undefined {
  const id = `${PREFIX}:${action}:${clipId}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

export function parseCustomId(id: string): { action: ClipAction; clipId: string } | undefined {
  const [prefix, action, clipId, ...rest] = id.split(':');
  if (prefix !== PREFIX || !clipId || rest.length > 0) return undefined;
  const known = ACTIONS.find((a) => a === action);
  return known && /^[A-Za-z0-9_-]{1,80}$/.test(clipId) ? { action: known, clipId } : undefined;
}

/** The text input in the Remix and Edit modals. */
export const PROMPT_INPUT_ID = 'prompt';
