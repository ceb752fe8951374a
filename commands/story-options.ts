import { z } from 'zod';
import { said } from './parse.ts';

/** A clip id as cards show it (a story's id is its clip's). */
export const clipIdSchema = (what: 'clip' | 'story') =>
  z
    .string({ error: said(what === 'clip' ? 'reply.clip.missing' : 'reply.story.missing') })
    .trim()
    .transform((v) => v.replace(/^(clip|story)\s+/i, ''))
    .pipe(
      z
        .string()
        .regex(/^[a-z0-9]{6,40}$/, said(what === 'clip' ? 'reply.clip.invalid' : 'reply.story.invalid')),
    );

/** Seconds as a whole number, like `generate`'s duration. */
export const secondsSchema = z.coerce
  .number({ error: said('reply.seconds.whole') })
  .int(said('reply.seconds.whole'))
  .min(1, said('reply.seconds.min'))
  .max(600, said('reply.seconds.max'))
  .optional();
