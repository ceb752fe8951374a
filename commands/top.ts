import { z } from 'zod';
import { TOP_PERIODS, type TopPeriod, topBoard, topText } from '../src/core/board/leaderboard.ts';
import { rateLimited } from './gates.ts';
import { channelLocale } from './i18n.ts';
import { said } from './parse.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({
  period: z
    .enum(TOP_PERIODS as [TopPeriod, ...TopPeriod[]], { error: said('reply.top.period') })
    .default('week'),
});

/** `/sora top`: the most voted clips here for a day, a week or all time, or the hall of fame. */
export const top: CommandDefinition<typeof schema> = {
  name: 'top',
  description: 'The most voted clips here, or the hall of fame',
  options: [
    {
      name: 'period',
      description: 'Day, week (default), all time, or hall of fame',
      type: 'string',
      choices: () => [
        { name: 'Last 24 hours', value: 'day' },
        { name: 'Last 7 days', value: 'week' },
        { name: 'All time', value: 'all' },
        { name: 'Hall of fame (contest winners)', value: 'hall' },
      ],
    },
  ],
  schema,
  gates: [rateLimited],
  async handle(input, context) {
    const rows = await context.services.leaderboard.top(context.place, input.period);
    // A leaderboard is posted for the channel: in its language.
    const locale = channelLocale(context);
    const board = topBoard(input.period, rows, locale);
    return {
      kind: 'text',
      private: false,
      text: topText(input.period, rows, locale),
      rows,
      ...(board ? { board } : {}),
    };
  },
};
