import { z } from 'zod';
import { PROMPT_MAX } from '../src/core/clip/clip-options.ts';
import { readShots } from '../src/core/story/shot-list.ts';
import type { StoryRequest } from '../src/core/story/story-service.ts';
import { askerOf } from './asker.ts';
import { rateLimited } from './gates.ts';
import { aspectOption, lengthChoices, modelOption, styleOption } from './look-options.ts';
import { said } from './parse.ts';
import { secondsSchema } from './story-options.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** A storyboard of up to 6 shots is longer than one prompt; Discord's option limit is 6000 per command. */
const SHOTS_MAX = 4000;

const schema = z.object({
  shots: z
    .string({ error: said('reply.shots.missing') })
    .trim()
    .min(1, said('reply.shots.missing'))
    .max(SHOTS_MAX, said('reply.shots.long', { max: SHOTS_MAX })),
  look: z
    .string()
    .trim()
    .max(PROMPT_MAX, said('reply.look.long', { max: PROMPT_MAX }))
    .optional(),
  seconds: secondsSchema,
  mode: z.enum(['flow', 'cut'], { error: said('reply.mode.invalid') }).optional(),
  transition: z.enum(['cut', 'fade'], { error: said('reply.transition.invalid') }).optional(),
  aspect: z.enum(['landscape', 'portrait', 'square'], { error: said('reply.aspect.invalid') }).optional(),
  model: z.string().trim().min(1).max(100, said('reply.model.long')).optional(),
  style: z.string().trim().toLowerCase().max(40, said('reply.style.long')).optional(),
});

/**
 * `/sora story shots:<one> | <two> | … look:<what stays> seconds:<per shot> mode:flow|cut`: a
 * multi-shot story, posted as one clip. Declarative: options, schema, and one service call.
 */
export const story: CommandDefinition<typeof schema> = {
  name: 'story',
  description: 'Tell a story in several shots, posted as one video',
  makesClip: true,
  gates: [rateLimited],
  options: [
    {
      name: 'shots',
      description: 'The shots in order, separated by | (or labelled Shot 1:, Shot 2:)',
      type: 'string',
      required: true,
      maxLength: SHOTS_MAX,
    },
    { name: 'look', description: 'What stays the same in every shot', type: 'string', maxLength: PROMPT_MAX },
    {
      name: 'seconds',
      description: 'Length of each shot in seconds',
      type: 'integer',
      choices: lengthChoices,
    },
    {
      name: 'mode',
      description: 'flow: each shot continues the last; cut: shots made at once',
      type: 'string',
      choices: () => [
        { name: 'Flow (continuous)', value: 'flow' },
        { name: 'Cut (separate shots)', value: 'cut' },
      ],
    },
    {
      name: 'transition',
      description: 'Between shots: a cut or a fade',
      type: 'string',
      choices: () => [
        { name: 'Cut', value: 'cut' },
        { name: 'Fade', value: 'fade' },
      ],
    },
    aspectOption,
    modelOption,
    styleOption,
  ],
  schema,
  async check(input, context) {
    await context.services.stories.check(requestOf(input, context));
  },
  async handle(input, context) {
    return { kind: 'clip', clip: await context.services.stories.request(requestOf(input, context)) };
  },
};

/** The command's input in the core's words; the shots read as the member wrote them. */
function requestOf(input: z.infer<typeof schema>, context: CommandContext): StoryRequest {
  const { maxShots } = context.services.stories.limits;
  return {
    shots: readShots(input.shots, { maxShots }),
    ...(input.look ? { look: input.look } : {}),
    ...(input.seconds !== undefined ? { seconds: input.seconds } : {}),
    ...(input.mode ? { mode: input.mode } : {}),
    ...(input.transition ? { transition: input.transition } : {}),
    options: {
      ...(input.model ? { model: input.model } : {}),
      ...(input.aspect ? { aspect: input.aspect } : {}),
      ...(input.style ? { style: input.style } : {}),
    },
    ...askerOf(context),
  };
}
