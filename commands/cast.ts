import { z } from 'zod';
import { ALLOW_MODES } from '../src/core/cast/cast-repository.ts';
import { CAST_PICTURES_MAX } from '../src/core/cast/cast-rules.ts';
import { allowText, namedMember } from './cast-member.ts';
import { rateLimited } from './gates.ts';
import { memberT } from './i18n.ts';
import { said } from './parse.ts';
import type { CommandDefinition } from './types.ts';

const addSchema = z.object({
  image: z.instanceof(Uint8Array, { error: said('reply.cast.image.missing') }),
  name: z.string().trim().max(64, said('reply.cast.handle.long')).optional(),
});

/**
 * `/sora cast add image:<attachment> name:<handle>`: add a picture of yourself (up to 3) that
 * clips naming you may use, with your consent. The surface hands over the attachment's bytes.
 */
export const castAdd: CommandDefinition<typeof addSchema> = {
  name: 'add',
  group: 'cast',
  gates: [rateLimited],
  description: 'Add a picture of yourself that clips may use, with your consent',
  options: [
    {
      name: 'image',
      description: 'A photo of you (JPEG, PNG or WebP, up to 10 MB)',
      type: 'image',
      required: true,
    },
    { name: 'name', description: 'A handle others may write as @handle', type: 'string', maxLength: 64 },
  ],
  schema: addSchema,
  async handle(input, context) {
    const { services, actor, place, commandName } = context;
    const record = await services.cast.add(actor, place, input.image, input.name);
    const text = memberT(context)('reply.cast.added', {
      count: record.pictureIds.length,
      max: CAST_PICTURES_MAX,
      named: record.handle ? 'yes' : 'no',
      handle: record.handle ?? '',
      allow: allowText(record.allow, record.approved.length),
      command: commandName,
      left: CAST_PICTURES_MAX - record.pictureIds.length,
    });
    return { kind: 'text', text, private: true };
  },
};

const allowSchema = z.object({
  who: z.enum(ALLOW_MODES as ['me', 'approved', 'everyone'], {
    error: said('reply.cast.who.invalid'),
  }),
});

/** `/sora cast allow who:me|approved|everyone`: who may use your likeness; applies at once. */
export const castAllow: CommandDefinition<typeof allowSchema> = {
  name: 'allow',
  group: 'cast',
  gates: [rateLimited],
  description: 'Choose who may use your likeness',
  options: [
    {
      name: 'who',
      description: 'me, approved (members you approve) or everyone',
      type: 'string',
      required: true,
      choices: () => [
        { name: 'only me', value: 'me' },
        { name: 'members I approve', value: 'approved' },
        { name: 'everyone here', value: 'everyone' },
      ],
    },
  ],
  schema: allowSchema,
  async handle(input, context) {
    const { services, actor, place } = context;
    const record = await services.cast.allow(actor, place, input.who);
    const text = memberT(context)('reply.cast.allowed', {
      allow: allowText(record.allow, record.approved.length),
    });
    return { kind: 'text', text, private: true };
  },
};

const memberSchema = z.object({ member: z.string().trim().max(200).optional() });

/** Approve and unapprove differ only in the verb, their words, and the service call of that name. */
function approval(
  verb: 'approve' | 'unapprove',
  description: string,
  memberDescription: string,
  done: 'reply.cast.approved' | 'reply.cast.unapproved',
): CommandDefinition<typeof memberSchema> {
  return {
    name: verb,
    group: 'cast',
    gates: [rateLimited],
    description,
    options: [{ name: 'member', description: memberDescription, type: 'string', required: true }],
    schema: memberSchema,
    async handle(_input, context) {
      const member = namedMember(context, context.commandName, verb);
      const record = await context.services.cast[verb](context.actor, context.place, member);
      const text = memberT(context)(done, {
        name: member.name,
        allow: allowText(record.allow, record.approved.length),
      });
      return { kind: 'text', text, private: true };
    },
  };
}

/** `/sora cast approve member:<member>`: let one member use your likeness. */
export const castApprove = approval(
  'approve',
  'Let a member use your likeness',
  'The member to approve (a mention)',
  'reply.cast.approved',
);

/** `/sora cast unapprove member:<member>`: take an approval back; applies at once. */
export const castUnapprove = approval(
  'unapprove',
  'Stop a member from using your likeness',
  'The member to stop (a mention)',
  'reply.cast.unapproved',
);
