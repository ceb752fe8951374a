import { z } from 'zod';
import { rateLimited } from './gates.ts';
import { memberT } from './i18n.ts';
import { said } from './parse.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({
  choice: z.enum(['on', 'off'], { error: said('reply.consent.choice') }).optional(),
});

/**
 * `/sora consent on|off`: whether other members may name you (mention you, or write your display
 * name) in their prompts here. Off until you turn it on, as the Sora app gated cameos.
 */
export const consent: CommandDefinition<typeof schema> = {
  name: 'consent',
  description: 'Let others name you in their prompts here, or not',
  options: [
    {
      name: 'choice',
      description: 'on: others may name you; off: prompts naming you are refused',
      type: 'string',
      choices: () => [
        { name: 'on: others may name me', value: 'on' },
        { name: 'off: refuse prompts naming me', value: 'off' },
      ],
    },
  ],
  schema,
  gates: [rateLimited],
  async handle(input, context) {
    const { services, actor, place, commandName } = context;
    const choice = input.choice === undefined ? undefined : input.choice === 'on';
    const result = await services.workspace.consent(actor, place, choice);
    const text = memberT(context)('reply.consent.answer', {
      lead: result.changed ? 'done' : choice === undefined ? 'none' : 'same',
      on: result.consent ? 'yes' : 'no',
      command: commandName,
    });
    return { kind: 'text', text, private: true };
  },
};
