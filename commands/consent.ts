import { z } from 'zod';
import { rateLimited } from './gates.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({
  choice: z.enum(['on', 'off'], { error: 'Choose on (others may name you in prompts) or off.' }).optional(),
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
  async handle(input, { services, actor, place, commandName }) {
    const choice = input.choice === undefined ? undefined : input.choice === 'on';
    const result = await services.workspace.consent(actor, place, choice);
    const state = result.consent
      ? 'Others may name you in their prompts here.'
      : 'Prompts that name you here are refused; your own prompts may always name you.';
    const lead = result.changed ? 'Done. ' : choice === undefined ? '' : 'That was already your choice. ';
    const how = result.consent
      ? `Turn it off any time with /${commandName} consent off.`
      : `To let others name you, use /${commandName} consent on.`;
    return { kind: 'text', text: `${lead}${state} ${how}`, private: true };
  },
};
