import { z } from 'zod';
import { parseDuration } from '../src/core/contest/contest-text.ts';
import { msg } from '../src/core/i18n/message.ts';
import { english } from '../src/core/i18n/translator.ts';
import { said } from './parse.ts';

/** A window like `2h`, `90 m`, `3 days`, in ms; the message says how to write one. */
export const duration = (what: 'submission' | 'voting') =>
  z
    .string({ error: said('reply.contest.window', { what }) })
    .trim()
    .max(40, said('reply.contest.window', { what }))
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === undefined) {
        const refusal = msg('reply.contest.window.invalid', { what, text: text.slice(0, 20) });
        ctx.addIssue({
          code: 'custom',
          message: english(refusal),
          // The sentence holds the member's text, so it rides along as a Message (commands/parse.ts).
          params: { message: refusal },
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
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, said('reply.contest.channel')));

/** A contest id as shown in announcements (`contest k1a2b3`). */
export const contestId = z
  .string()
  .trim()
  .transform((v) => v.replace(/^contest\s+/i, ''))
  .pipe(z.string().regex(/^k[a-z0-9]{4,40}$/, said('reply.contest.id')));
