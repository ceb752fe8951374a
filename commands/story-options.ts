import { z } from 'zod';

/** A clip id as cards show it (a story's id is its clip's). */
export const clipIdSchema = (what: string) =>
  z
    .string({ error: `Name the ${what}: its id is on its card (for example c1a2b3c4d5).` })
    .trim()
    .transform((v) => v.replace(/^(clip|story)\s+/i, ''))
    .pipe(z.string().regex(/^[a-z0-9]{6,40}$/, `A ${what} id is letters and digits, as shown on its card.`));

/** Seconds as a whole number, like `generate`'s duration. */
export const secondsSchema = z.coerce
  .number({ error: 'Give the seconds as a whole number, like 8.' })
  .int('Give the seconds as a whole number, like 8.')
  .min(1, 'A shot is at least 1 second.')
  .max(600, 'A shot must be under 10 minutes.')
  .optional();
