import { z } from 'zod';
import { msg } from '../src/core/i18n/message.ts';
import { contestId } from './contest-options.ts';
import { adminOnly, rateLimited } from './gates.ts';
import { channelLocale, memberT } from './i18n.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({ contest: contestId.optional() });
const contestOption = {
  name: 'contest',
  description: 'A contest id (default: this channel’s)',
  type: 'string',
} as const;

/** `/sora contest status`: where this channel's contest stands. */
export const contestStatus: CommandDefinition<typeof schema> = {
  group: 'contest',
  name: 'status',
  description: 'Where this channel’s contest stands',
  options: [contestOption],
  schema,
  gates: [rateLimited],
  async handle(input, context) {
    const { services, place } = context;
    const view = await services.contests.statusView(place, input.contest, channelLocale(context));
    return { kind: 'text', private: false, ...view };
  },
};

/** `/sora contest leaderboard`: entries so far, live standings, or the final results. */
export const contestLeaderboard: CommandDefinition<typeof schema> = {
  group: 'contest',
  name: 'leaderboard',
  description: 'Standings of this channel’s contest',
  options: [contestOption],
  schema,
  gates: [rateLimited],
  async handle(input, context) {
    const { services, place } = context;
    const view = await services.contests.leaderboardView(place, input.contest, channelLocale(context));
    return { kind: 'text', private: false, ...view };
  },
};

/** `/sora contest cancel`: admins end this channel's contest without results. */
export const contestCancel: CommandDefinition<typeof schema> = {
  group: 'contest',
  name: 'cancel',
  description: 'Cancel this channel’s contest (admins)',
  options: [contestOption],
  schema,
  gates: [rateLimited, adminOnly(msg('reply.gate.admin.contestCancel'))],
  async handle(input, context) {
    const contest = await context.services.contests.cancel(context.actor, context.place, input.contest);
    return {
      kind: 'text',
      private: true,
      text: memberT(context)('reply.contest.cancelled', { theme: contest.theme, id: contest.id }),
    };
  },
};
