import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult, StudioInfo } from '../../../adapters/studio/web/types.ts';
import { ErrorCode } from '../../../src/core/errors.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { type StudioRun, startStudio, studioEnv } from './harness.ts';

/**
 * Cost and safety through the studio's API, as a member uses it: the price on the card, usage,
 * settings for the admin only, channels, budgets, consent and rate limits. Every refusal answers
 * with its code and sentence, and changes nothing.
 */
let run: StudioRun;
const WORKSPACE = 'studio:local';

type Answer = { status: number; body: CommandResult & { error?: { code: string; message: string } } };
async function command(member: 'ada' | 'bob' | 'cy', text: string): Promise<Answer> {
  const res = await fetch(`${run.url}/studio/api/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'general', member, text }),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const text = (answer: Answer) => (answer.body.kind === 'text' ? answer.body.text : undefined);
const messageCount = async () =>
  ((await (await fetch(`${run.url}/studio/api/messages?channel=general`)).json()) as { messages: unknown[] })
    .messages.length;

beforeAll(async () => {
  run = await startStudio(studioEnv({ BUDGET_DAILY_USD: '5', RATE_LIMIT_PER_MINUTE: '100' }));
});
afterAll(async () => {
  await run?.close();
});

describe('cost and safety in the studio', () => {
  it('shows the estimated cost on the card as the clip is queued', async () => {
    const answer = await command('ada', '/sora generate prompt:a tide pool duration:4');
    expect(answer.status).toBe(200);
    const card = answer.body.message?.card;
    expect(card).toMatchObject({ state: 'queued', estimatedCostUsd: 0.4 });
    expect(card?.summary).toBe('Simulated Sora 2 · 4 s · 1280x720 · est. $0.40');
    await waitForEnd(run.app, card!.clipId);
  });

  it('tells a member their and the workspace’s spend, privately', async () => {
    const answer = await command('ada', '/sora usage');
    expect(answer.body).toMatchObject({ kind: 'text', private: true });
    expect(text(answer)).toMatch(
      /^You, today: \$0\.40 for 1 clip \(4 s\)\. This month: \$0\.40 for 1 clip \(4 s\)\.\nEveryone here, today: \$0\.40 of \$5\.00\./,
    );
  });

  it('refuses settings to members who are not admins, and changes nothing', async () => {
    const before = await messageCount();
    for (const line of [
      '/sora settings',
      '/sora settings setting:daily_budget value:1000',
      '/sora settings setting:channels value:here',
    ]) {
      const answer = await command('bob', line);
      expect(answer.status).toBe(403);
      expect(answer.body.error).toEqual({
        code: ErrorCode.Forbidden,
        message:
          'Only admins can see or change the bot’s settings here, so nothing was changed. Ask an admin (Manage Server on Discord, a workspace admin or owner on Slack).',
      });
    }
    expect(await run.app.store.settings.get(WORKSPACE)).toEqual({});
    expect(await run.app.store.settings.history(WORKSPACE, 10)).toEqual([]);
    expect(await messageCount()).toBe(before);
  });

  it('lets the admin change a budget, logs who did, and the next request meets it', async () => {
    const changed = await command('cy', '/sora settings setting:daily_budget value:0.50');
    expect(changed.body).toMatchObject({ kind: 'text', private: true });
    expect(text(changed)).toBe(
      'daily_budget is now $0.50 (was $5.00 (default)). The change is logged with your name.',
    );
    expect(await run.app.store.settings.get(WORKSPACE)).toEqual({ dailyBudgetCents: 50 });

    const before = await messageCount();
    const refused = await command('bob', '/sora generate prompt:a kite duration:4');
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe(ErrorCode.BudgetExceeded);
    expect(refused.body.error?.message).toMatch(
      /^The daily video budget here is \$0\.50, and \$0\.40 of it is spent or held for clips in progress; this clip costs \$0\.40\. A cheaper clip may still fit \(\$0\.10 left\)\. It resets at midnight UTC, in /,
    );
    expect(await messageCount()).toBe(before);

    const view = text(await command('cy', '/sora settings'));
    expect(view).toContain('• daily_budget: $0.50 (set here)');
    expect(view).toContain('• member_max_active: 3 at once (default)');
    expect(view).toMatch(
      /Recent changes:\n• \w{3} \d+, \d\d:\d\d UTC, Cy: daily_budget \$5\.00 \(default\) → \$0\.50$/,
    );

    expect(text(await command('cy', '/sora settings setting:daily_budget value:default'))).toBe(
      'daily_budget is now $5.00 (default) (was $0.50). The change is logged with your name.',
    );
  });

  it('refuses a bad setting value with the reason, and an admin limits clips to one channel', async () => {
    const bad = await command('cy', '/sora settings setting:daily_budget value:lots');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toBe(
      'Give the daily budget in dollars from 0 to 1,000,000, like 20 or 12.50; "off" for no limit, "default" for the operator’s.',
    );
    const orphan = await command('cy', '/sora settings value:20');
    expect(orphan.body.error?.message).toBe(
      'Say which setting the value is for, like setting:daily_budget value:20.',
    );

    await command('cy', '/sora settings setting:channels value:elsewhere');
    const refused = await command('ada', '/sora generate prompt:a kite duration:4');
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toBe(
      'Clips cannot be made in this channel: the admins chose other channels for them. Try one of those, or ask an admin.',
    );
    await command('cy', '/sora settings setting:channels value:here');
    expect(await run.app.store.settings.get(WORKSPACE)).toEqual({ channels: ['general'] });
  });

  it('refuses a prompt that @mentions a member until they consent', async () => {
    const refused = await command('ada', '/sora generate prompt:@Bob on a skateboard duration:4');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({
      code: ErrorCode.ConsentRequired,
      message:
        'Your prompt names Bob, who has not agreed to appear in clips here. Members opt in with /sora consent on; until then, leave their names out.',
    });
    expect(text(await command('bob', '/sora consent'))).toBe(
      'Prompts that name you here are refused; your own prompts may always name you. To let others name you, use /sora consent on.',
    );
    expect(text(await command('bob', '/sora consent choice:on'))).toBe(
      'Done. Others may name you in their prompts here. Turn it off any time with /sora consent off.',
    );
    const made = await command('ada', '/sora generate prompt:@Bob on a skateboard duration:4');
    expect(made.body.kind).toBe('clip');
  });

  it('slows down a member who sends too much, with the wait in the sentence', async () => {
    await command('cy', '/sora settings setting:rate_limit value:3');
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await command('bob', '/sora usage'));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[3]!.status).toBe(429);
    expect(answers[3]!.body.error?.code).toBe(ErrorCode.RateLimited);
    expect(answers[3]!.body.error?.message).toMatch(
      /^That is more than 3 commands and buttons a minute, the most one member can send here\. Wait \d+ s and try again\.$/,
    );
    // Another member is not slowed down.
    expect((await command('ada', '/sora usage')).status).toBe(200);
  });

  it('tells the page the workspace’s vote emoji', async () => {
    await command('cy', '/sora settings setting:vote_emoji value:🔥');
    const info = (await (await fetch(`${run.url}/studio/api/info`)).json()) as StudioInfo;
    expect(info.voteEmoji).toBe('🔥');
    expect(info.commands.map((c) => c.name)).toEqual(
      expect.arrayContaining(['usage', 'consent', 'settings']),
    );
  });
});
