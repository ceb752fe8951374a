import { z } from 'zod';
import { parseDuration } from '../src/core/contest/contest-text.ts';

/** A window like `2h`, `90 m`, `3 days`, in ms; the message says how to write one. */
export const duration = (what: string) =>
  z
    .string({ error: `Give the ${what} window as a duration, like 2h, 90m or 3d.` })
    .trim()
    .max(40, `Give the ${what} window as a duration, like 2h, 90m or 3d.`)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `“${text.slice(0, 20)}” is not a duration: write the ${what} window like 2h, 90m or 3d.`,
        });
        return z.NEVER;
      }
      return ms;
    });

/**
 * A channel as each surface writes it: Discord `<#123>`, Slack `<#C123|name>` or `#name`, the
 * studio's `general`; the id inside.
 */
export const channel = z
  .string()
  .trim()
  .transform((v) => v.replace(/^<#([^|>]+)(?:\|[^>]*)?>$/, '$1').replace(/^#/, ''))
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'Name the channel with a #mention, like #contests.'));

/** A contest id as shown in announcements (`contest k1a2b3`). */
export const contestId = z
  .string()
  .trim()
  .transform((v) => v.replace(/^contest\s+/i, ''))
  .pipe(z.string().regex(/^k[a-z0-9]{4,40}$/, 'A contest id starts with k, as shown in its announcement.'));
