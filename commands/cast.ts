import { z } from 'zod';
import { ALLOW_MODES } from '../src/core/cast/cast-repository.ts';
import { allowText, namedMember } from './cast-member.ts';
import { rateLimited } from './gates.ts';
import type { CommandDefinition } from './types.ts';

const addSchema = z.object({
  image: z.instanceof(Uint8Array, { error: 'Attach a picture of yourself: a JPEG, PNG or WebP photo.' }),
  name: z.string().trim().max(64, 'Keep the handle short: at most 32 letters or digits.').optional(),
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
  async handle(input, { services, actor, place, commandName }) {
    const record = await services.cast.add(actor, place, input.image, input.name);
    const left = 3 - record.pictureIds.length;
    const handle = record.handle ? ` Others may name you as @${record.handle}.` : '';
    return {
      kind: 'text',
      text: `Added: you have ${record.pictureIds.length} of 3 pictures (location and camera data removed).${handle} Right now ${allowText(record.allow, record.approved.length)}; change it with /${commandName} cast allow or cast approve.${left === 0 ? '' : ` You may add ${left} more.`}`,
      private: true,
    };
  },
};

const allowSchema = z.object({
  who: z.enum(ALLOW_MODES as ['me', 'approved', 'everyone'], {
    error: 'Choose who may use your likeness: me, approved or everyone.',
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
  async handle(input, { services, actor, place }) {
    const record = await services.cast.allow(actor, place, input.who);
    return {
      kind: 'text',
      text: `Done: ${allowText(record.allow, record.approved.length)}. Clips still waiting follow this at once.`,
      private: true,
    };
  },
};

const memberSchema = z.object({ member: z.string().trim().max(200).optional() });

/** Approve and unapprove differ only in the verb, their words, and the service call of that name. */
function approval(
  verb: 'approve' | 'unapprove',
  description: string,
  memberDescription: string,
  done: (name: string) => string,
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
      return {
        kind: 'text',
        text: `${done(member.name)}; ${allowText(record.allow, record.approved.length)}.`,
        private: true,
      };
    },
  };
}

/** `/sora cast approve member:<member>`: let one member use your likeness. */
export const castApprove = approval(
  'approve',
  'Let a member use your likeness',
  'The member to approve (a mention)',
  (name) => `Done: ${name} may use your likeness`,
);

/** `/sora cast unapprove member:<member>`: take an approval back; applies at once. */
export const castUnapprove = approval(
  'unapprove',
  'Stop a member from using your likeness',
  'The member to stop (a mention)',
  (name) => `Done: ${name} may no longer use your likeness, including in clips still waiting`,
);
