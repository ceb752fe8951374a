import { z } from 'zod';
import { MAX_ENTRIES, MAX_VOTER_AGE_DAYS, THEME_MAX } from '../src/core/contest/contest-service.ts';
import { formatTime } from '../src/core/contest/contest-text.ts';
import { channel, duration } from './contest-options.ts';
import { adminOnly, rateLimited } from './gates.ts';
import type { CommandDefinition } from './types.ts';

/** Both windows default to a day: long enough for every time zone to take part. */
const DAY_MS = 86_400_000;

const schema = z.object({
  theme: z
    .string({ error: 'Give the contest a theme, like “ghosts in the machine”.' })
    .trim()
    .min(1, 'Give the contest a theme, like “ghosts in the machine”.')
    .max(THEME_MAX, `Keep the theme under ${THEME_MAX} characters.`),
  submit: duration('submission').default(DAY_MS),
  vote: duration('voting').default(DAY_MS),
  entries: z.coerce
    .number({ error: `Entries per member is a whole number from 1 to ${MAX_ENTRIES}.` })
    .int(`Entries per member is a whole number from 1 to ${MAX_ENTRIES}.`)
    .min(1, `Entries per member is a whole number from 1 to ${MAX_ENTRIES}.`)
    .max(MAX_ENTRIES, `Entries per member is a whole number from 1 to ${MAX_ENTRIES}.`)
    .default(1),
  channel: channel.optional(),
  voter_age: z.coerce
    .number({ error: `The minimum voter age is a whole number of days, 0 to ${MAX_VOTER_AGE_DAYS}.` })
    .int(`The minimum voter age is a whole number of days, 0 to ${MAX_VOTER_AGE_DAYS}.`)
    .min(0, `The minimum voter age is a whole number of days, 0 to ${MAX_VOTER_AGE_DAYS}.`)
    .max(MAX_VOTER_AGE_DAYS, `The minimum voter age is a whole number of days, 0 to ${MAX_VOTER_AGE_DAYS}.`)
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
  gates: [rateLimited, adminOnly('start a contest')],
  async handle(input, { services, actor, place }) {
    const contest = await services.contests.start(actor, place, {
      theme: input.theme,
      submitMs: input.submit,
      voteMs: input.vote,
      entriesPerMember: input.entries,
      ...(input.channel ? { channelId: input.channel } : {}),
      ...(input.voter_age ? { minVoterAgeDays: input.voter_age } : {}),
    });
    return {
      kind: 'text',
      private: true,
      text: `Started contest “${contest.theme}” (contest ${contest.id}); the announcement is posted in its channel. Voting opens ${formatTime(contest.votingOpensAt)} and closes ${formatTime(contest.votingClosesAt)}.`,
    };
  },
};
