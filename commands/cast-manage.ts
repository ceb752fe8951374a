import { z } from 'zod';
import type { Clip } from '../src/core/clip/clip.ts';
import { allowText, namedMember } from './cast-member.ts';
import { adminOnly, rateLimited } from './gates.ts';
import type { CommandDefinition } from './types.ts';

const none = z.object({});

const cancelledText = (cancelled: readonly Clip[]) =>
  cancelled.length === 0
    ? 'No clip using it was still on its way.'
    : `${cancelled.length === 1 ? '1 clip' : `${cancelled.length} clips`} still on ${cancelled.length === 1 ? 'its' : 'their'} way ${cancelled.length === 1 ? 'was' : 'were'} cancelled and refunded.`;

/** `/sora cast remove`: delete your pictures; clips still on their way that use them are cancelled and refunded. */
export const castRemove: CommandDefinition<typeof none> = {
  name: 'remove',
  group: 'cast',
  gates: [rateLimited],
  description: 'Delete your pictures and stop every clip still using them',
  options: [],
  schema: none,
  async handle(_input, { services, actor, place }) {
    const cancelled = await services.cast.remove(actor, place);
    return { kind: 'text', text: `Your pictures are deleted. ${cancelledText(cancelled)}`, private: true };
  },
};

/** `/sora cast list`: your cast settings and the clips your likeness appears in. */
export const castList: CommandDefinition<typeof none> = {
  name: 'list',
  group: 'cast',
  gates: [rateLimited],
  description: 'Show the clips your likeness appears in',
  options: [],
  schema: none,
  async handle(_input, { services, actor, place, commandName }) {
    const { record, clips } = await services.cast.list(actor, place);
    const head = record
      ? `You have ${record.pictureIds.length} of 3 pictures${record.handle ? ` (@${record.handle})` : ''}; ${allowText(record.allow, record.approved.length)}.`
      : `You have no pictures here; add one with /${commandName} cast add.`;
    const lines = clips.map((c) => `• clip ${c.id} by ${c.author.name} (${c.state})`);
    const body =
      lines.length > 0
        ? `Clips with your likeness, newest first:\n${lines.join('\n')}`
        : 'No clip has used your likeness yet.';
    return { kind: 'text', text: `${head}\n${body}`, private: true };
  },
};

const purgeSchema = z.object({ member: z.string().trim().max(200).optional() });

/** `/sora cast purge member:<member>`: an admin removes a member's cast (logged with who did it). */
export const castPurge: CommandDefinition<typeof purgeSchema> = {
  name: 'purge',
  group: 'cast',
  gates: [rateLimited, adminOnly('remove another member’s cast')],
  description: 'Admins: remove a member’s pictures',
  options: [
    {
      name: 'member',
      description: 'The member whose pictures to remove (a mention)',
      type: 'string',
      required: true,
    },
  ],
  schema: purgeSchema,
  async handle(_input, context) {
    const member = namedMember(context, context.commandName, 'purge');
    const cancelled = await context.services.cast.purge(context.actor, context.place, member);
    return {
      kind: 'text',
      text: `${member.name}’s pictures are deleted. ${cancelledText(cancelled)}`,
      private: true,
    };
  },
};
