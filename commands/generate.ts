import { z } from 'zod';
import { type OptionsInput, PROMPT_MAX } from '../src/core/clip/clip-options.ts';
import { askerOf } from './asker.ts';
import { rateLimited } from './gates.ts';
import { aspectOption, lengthChoices, modelOption, styleOption } from './look-options.ts';
import { said } from './parse.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({
  prompt: z
    .string({ error: said('reply.prompt.missing') })
    .trim()
    .min(1, said('reply.prompt.empty'))
    .max(PROMPT_MAX, said('reply.prompt.long', { max: PROMPT_MAX })),
  duration: z.coerce
    .number({ error: said('reply.duration.whole') })
    .int(said('reply.duration.whole'))
    .min(1, said('reply.duration.min'))
    .max(600, said('reply.duration.max'))
    .optional(),
  size: z
    .string()
    .trim()
    .regex(/^\d{2,5}x\d{2,5}$/, said('reply.size.invalid'))
    .optional(),
  aspect: z.enum(['landscape', 'portrait', 'square'], { error: said('reply.aspect.invalid') }).optional(),
  model: z.string().trim().min(1).max(100, said('reply.model.long')).optional(),
  style: z.string().trim().toLowerCase().max(40, said('reply.style.long')).optional(),
  image: z.url({ protocol: /^https?$/, error: said('reply.image.invalid') }).optional(),
  contest: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v.replace(/^contest\s+/, ''))
    .pipe(z.string().regex(/^(yes|k[a-z0-9]{4,40})$/, said('reply.contest.entry.invalid')))
    .optional(),
});

/** `/sora generate`: make a clip from a prompt. */
export const generate: CommandDefinition<typeof schema> = {
  name: 'generate',
  description: 'Make a short video from a prompt',
  makesClip: true,
  gates: [rateLimited],
  options: [
    {
      name: 'prompt',
      description: 'What happens in the video',
      type: 'string',
      required: true,
      maxLength: PROMPT_MAX,
    },
    {
      name: 'duration',
      description: 'Length in seconds',
      type: 'integer',
      choices: lengthChoices,
    },
    aspectOption,
    {
      name: 'size',
      description: 'Exact frame size, like 1280x720',
      type: 'string',
      choices: ({ providers }) =>
        [...new Set(providers.all().flatMap((p) => p.capabilities().models.flatMap((m) => m.sizes)))].map(
          (s) => ({
            name: s,
            value: s,
          }),
        ),
    },
    modelOption,
    styleOption,
    { name: 'image', description: 'A picture to start from', type: 'image' },
    {
      name: 'contest',
      description: 'Enter it in this channel’s contest: yes (or a contest id)',
      type: 'string',
    },
  ],
  schema,
  async check(input, context) {
    await context.services.clips.check({
      prompt: input.prompt,
      options: optionsOf(input),
      author: context.actor,
      place: context.place,
      ...(context.mentions ? { mentions: context.mentions } : {}),
      ...(input.contest ? { contest: input.contest } : {}),
    });
  },
  async handle(input, context) {
    const clip = await context.services.clips.request({
      prompt: input.prompt,
      options: optionsOf(input),
      ...askerOf(context),
      ...(input.contest ? { contest: input.contest } : {}),
    });
    return { kind: 'clip', clip };
  },
};

/** The command's options in the core's words. */
function optionsOf(input: z.infer<typeof schema>): OptionsInput {
  return {
    ...(input.model ? { model: input.model } : {}),
    ...(input.duration ? { durationS: input.duration } : {}),
    ...(input.size ? { size: input.size } : {}),
    ...(input.aspect ? { aspect: input.aspect } : {}),
    ...(input.style ? { style: input.style } : {}),
    ...(input.image ? { referenceImageUrl: input.image } : {}),
  };
}
