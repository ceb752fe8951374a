import { z } from 'zod';
import { CAST_PICTURES_MAX } from '../src/core/cast/cast-rules.ts';
import type { Clip } from '../src/core/clip/clip.ts';
import { msg } from '../src/core/i18n/message.ts';
import { allowText, namedMember } from './cast-member.ts';
import { adminOnly, rateLimited } from './gates.ts';
import { memberT } from './i18n.ts';
import type { CommandDefinition } from './types.ts';

const none = z.object({});

const cancelledText = (cancelled: readonly Clip[]) =>
  msg('reply.cast.cancelled', { count: cancelled.length });

/** `/sora cast remove`: delete your pictures; clips still on their way that use them are cancelled and refunded. */
export const castRemove: CommandDefinition<typeof none> = {
  name: 'remove',
  group: 'cast',
  gates: [rateLimited],
  description: 'Delete your pictures and stop every clip still using them',
  options: [],
  schema: none,
  async handle(_input, context) {
    const cancelled = await context.services.cast.remove(context.actor, context.place);
    const text = memberT(context)('reply.cast.removed', { cancelled: cancelledText(cancelled) });
    return { kind: 'text', text, private: true };
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
  async handle(_input, context) {
    const { services, actor, place, commandName } = context;
    const t = memberT(context);
    const { record, clips } = await services.cast.list(actor, place);
    const head = record
      ? t('reply.cast.list.head', {
          count: record.pictureIds.length,
          max: CAST_PICTURES_MAX,
          named: record.handle ? 'yes' : 'no',
          handle: record.handle ?? '',
          allow: allowText(record.allow, record.approved.length),
        })
      : t('reply.cast.list.none', { command: commandName });
    const lines = clips.map((c) =>
      t('reply.cast.list.clip', { id: c.id, author: c.author.name, state: c.state }),
    );
    const body =
      lines.length > 0 ? [t('reply.cast.list.clips'), ...lines].join('\n') : t('reply.cast.list.empty');
    return { kind: 'text', text: `${head}\n${body}`, private: true };
  },
};

const purgeSchema = z.object({ member: z.string().trim().max(200).optional() });

/** `/sora cast purge member:<member>`: an admin removes a member's cast (logged with who did it). */
export const castPurge: CommandDefinition<typeof purgeSchema> = {
  name: 'purge',
  group: 'cast',
  gates: [rateLimited, adminOnly(msg('reply.gate.admin.castPurge'))],
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
    const text = memberT(context)('reply.cast.purged', {
      name: member.name,
      cancelled: cancelledText(cancelled),
    });
    return { kind: 'text', text, private: true };
  },
};
