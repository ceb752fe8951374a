import { z } from 'zod';
import { MAX_ENTRIES, MAX_VOTER_AGE_DAYS, THEME_MAX } from '../src/core/contest/contest-service.ts';
import { formatTime } from '../src/core/contest/contest-text.ts';
import { msg } from '../src/core/i18n/message.ts';
import { channel, duration } from './contest-options.ts';
import { adminOnly, rateLimited } from './gates.ts';
import { channelLocale, memberT } from './i18n.ts';
import { said } from './parse.ts';
import type { CommandDefinition } from './types.ts';

/** Both windows default to a day: long enough for every time zone to take part. */
const DAY_MS = 86_400_000;

const ENTRIES = said('reply.contest.entries', { max: MAX_ENTRIES });
const VOTER_AGE = said('reply.contest.voterAge', { max: MAX_VOTER_AGE_DAYS });

const schema = z.object({
  theme: z
    .string({ error: said('reply.contest.theme.missing') })
    .trim()
    .min(1, said('reply.contest.theme.missing'))
    .max(THEME_MAX, said('reply.contest.theme.long', { max: THEME_MAX })),
  submit: duration('submission').default(DAY_MS),
  vote: duration('voting').default(DAY_MS),
  entries: z.coerce
    .number({ error: ENTRIES })
    .int(ENTRIES)
    .min(1, ENTRIES)
    .max(MAX_ENTRIES, ENTRIES)
    .default(1),
  channel: channel.optional(),
  voter_age: z.coerce
    .number({ error: VOTER_AGE })
    .int(VOTER_AGE)
    .min(0, VOTER_AGE)
    .max(MAX_VOTER_AGE_DAYS, VOTER_AGE)
    .optional(),
});

/** `/sora contest start`: admins start a prompt contest in this (or another) channel. */
export const contestStart: CommandDefinition<typeof schema> = {
  group: 'contest',
  name: 'start',
  description: 'Start a prompt contest (admins)',
  options: [
    {
      name: 'theme',
      description: 'What entries should be about',
      type: 'string',
      required: true,
      maxLength: THEME_MAX,
    },
    { name: 'submit', description: 'How long entries are taken, like 2h or 3d (default 1d)', type: 'string' },
    { name: 'vote', description: 'How long voting lasts, like 1h or 2d (default 1d)', type: 'string' },
    { name: 'entries', description: `Entries per member, 1 to ${MAX_ENTRIES} (default 1)`, type: 'integer' },
    { name: 'channel', description: 'Where it runs (default: here)', type: 'string' },
    { name: 'voter_age', description: 'Voters must be members at least this many days', type: 'integer' },
  ],
  schema,
  gates: [rateLimited, adminOnly(msg('reply.gate.admin.contestStart'))],
  async handle(input, context) {
    const { services, actor, place } = context;
    const contest = await services.contests.start(actor, place, {
      theme: input.theme,
      submitMs: input.submit,
      voteMs: input.vote,
      entriesPerMember: input.entries,
      // Its announcements and results are drawn in the channel's language.
      locale: channelLocale(context),
      ...(input.channel ? { channelId: input.channel } : {}),
      ...(input.voter_age ? { minVoterAgeDays: input.voter_age } : {}),
    });
    return {
      kind: 'text',
      private: true,
      text: memberT(context)('reply.contest.started', {
        theme: contest.theme,
        id: contest.id,
        // `2026-11-25 14:00 UTC`: digits every language reads.
        opens: formatTime(contest.votingOpensAt),
        closes: formatTime(contest.votingClosesAt),
      }),
    };
  },
};
