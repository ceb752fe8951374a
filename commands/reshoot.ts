import { z } from 'zod';
import { askerOf } from './asker.ts';
import { rateLimited } from './gates.ts';
import { said } from './parse.ts';
import { clipIdSchema } from './story-options.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({
  story: clipIdSchema('story'),
  shot: z.coerce
    .number({ error: said('reply.shot.number') })
    .int(said('reply.shot.number'))
    .min(1, said('reply.shot.min'))
    .max(100, said('reply.shot.max')),
});

/**
 * `/sora reshoot story:<id> shot:<n>`: render one shot of a posted story again and post a new cut
 * that credits the first; it costs one shot. (Surfaces will also offer it on the story's card.)
 */
export const reshoot: CommandDefinition<typeof schema> = {
  name: 'reshoot',
  description: 'Render one shot of a story again, as a new cut',
  makesClip: true,
  gates: [rateLimited],
  options: [
    { name: 'story', description: 'The story’s id shown on its card', type: 'string', required: true },
    { name: 'shot', description: 'The number of the shot to render again', type: 'integer', required: true },
  ],
  schema,
  async handle(input, context) {
    const clip = await context.services.stories.rerollShot(input.story, input.shot, {
      ...askerOf(context),
    });
    return { kind: 'clip', clip };
  },
};
