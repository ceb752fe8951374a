import { z } from 'zod';
import { askerOf } from './asker.ts';
import { extend } from './extend.ts';
import { rateLimited } from './gates.ts';
import { memberT } from './i18n.ts';
import { said } from './parse.ts';
import type { CommandDefinition } from './types.ts';

/**
 * The buttons under a card (Cancel, Delete, Re-roll, Remix, Edit, Extend), as commands: each surface
 * reads the clip id (and the written prompt) from its button or form and runs them through the
 * same pipeline as typed commands, so they pass the same declared gates. Not in COMMANDS: no
 * surface offers them as typed commands. Who may cancel or delete (the author or an admin) stays
 * a rule of the clip in the core.
 */
const clipId = z.string({ error: said('reply.clip.gone') }).max(100, said('reply.clip.gone'));
const clipOnly = z.object({ clip: clipId });
const withPrompt = z.object({
  clip: clipId,
  // The core normalizes and bounds the prompt with its own sentences.
  prompt: z.string({ error: said('reply.prompt.missing') }),
});

/** What a new clip from a button carries over from the press: its card, retry key, mentions. */

export const cancelClip: CommandDefinition<typeof clipOnly> = {
  name: 'cancel',
  description: 'Stop a clip that has not been posted, and refund it',
  options: [],
  schema: clipOnly,
  gates: [rateLimited],
  async handle(input, context) {
    await context.services.clips.cancel(input.clip, context.actor);
    return { kind: 'text', text: memberT(context)('reply.clip.cancelled'), private: true };
  },
};

export const deleteClip: CommandDefinition<typeof clipOnly> = {
  name: 'delete',
  description: 'Hide a clip everywhere',
  options: [],
  schema: clipOnly,
  gates: [rateLimited],
  async handle(input, context) {
    await context.services.clips.delete(input.clip, context.actor);
    return { kind: 'text', text: memberT(context)('reply.clip.deleted'), private: true };
  },
};

export const rerollClip: CommandDefinition<typeof clipOnly> = {
  name: 'reroll',
  description: 'The same prompt rendered again',
  options: [],
  makesClip: true,
  schema: clipOnly,
  gates: [rateLimited],
  async handle(input, context) {
    return { kind: 'clip', clip: await context.services.clips.reroll(input.clip, askerOf(context)) };
  },
};

export const remixClip: CommandDefinition<typeof withPrompt> = {
  name: 'remix',
  description: 'A new clip from a clip’s prompt, credited to it',
  options: [],
  makesClip: true,
  schema: withPrompt,
  gates: [rateLimited],
  async handle(input, context) {
    return {
      kind: 'clip',
      clip: await context.services.clips.remix(input.clip, input.prompt, askerOf(context)),
    };
  },
};

export const editClip: CommandDefinition<typeof withPrompt> = {
  name: 'edit',
  description: 'Ask the clip’s provider to change its video',
  options: [],
  makesClip: true,
  schema: withPrompt,
  gates: [rateLimited],
  async handle(input, context) {
    return {
      kind: 'clip',
      clip: await context.services.clips.edit(input.clip, input.prompt, askerOf(context)),
    };
  },
};

/** A button's command by its action name. */
export const CLIP_ACTIONS = {
  cancel: cancelClip,
  delete: deleteClip,
  reroll: rerollClip,
  remix: remixClip,
  edit: editClip,
  // Extend asks what happens next (a form), then runs `/sora extend` on the button's clip.
  extend,
} as const satisfies Record<string, CommandDefinition>;
