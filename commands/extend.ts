import { z } from 'zod';
import { PROMPT_MAX } from '../src/core/clip/clip-options.ts';
import { askerOf } from './asker.ts';
import { rateLimited } from './gates.ts';
import { lengthChoices } from './look-options.ts';
import { said } from './parse.ts';
import { clipIdSchema, secondsSchema } from './story-options.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({
  clip: clipIdSchema('clip'),
  prompt: z
    .string({ error: said('reply.prompt.next') })
    .trim()
    .min(1, said('reply.prompt.next.empty'))
    .max(PROMPT_MAX, said('reply.prompt.long', { max: PROMPT_MAX })),
  seconds: secondsSchema,
});

/** `/sora extend clip:<id> prompt:<what happens next> seconds:<n>`: continue a posted clip. */
export const extend: CommandDefinition<typeof schema> = {
  name: 'extend',
  description: 'Continue a posted clip: say what happens next',
  makesClip: true,
  gates: [rateLimited],
  options: [
    { name: 'clip', description: 'The clip id shown on its card', type: 'string', required: true },
    {
      name: 'prompt',
      description: 'What happens next',
      type: 'string',
      required: true,
      maxLength: PROMPT_MAX,
    },
    {
      name: 'seconds',
      description: 'How many seconds to add',
      type: 'integer',
      choices: lengthChoices,
    },
  ],
  schema,
  async handle(input, context) {
    const clip = await context.services.stories.extend(input.clip, {
      prompt: input.prompt,
      ...(input.seconds !== undefined ? { seconds: input.seconds } : {}),
      ...askerOf(context),
    });
    return { kind: 'clip', clip };
  },
};
