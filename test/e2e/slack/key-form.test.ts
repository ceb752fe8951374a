import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADA,
  ADMIN,
  CHANNEL,
  openedModal,
  type SlackBot,
  slashAnswer,
  startSlackBot,
  until,
} from './harness.ts';

/**
 * Issue 17 on Slack: `/sora keys add provider:<p>` opens a modal with its trigger_id (never a
 * command option holding the key); the submission checks and stores the key and whispers only
 * provider and last four. The fake refuses any view Slack would refuse.
 */
let bot: SlackBot;
const typed: string[] = [];
const scope = 'slack:T_FAKE';

beforeAll(async () => {
  bot = await startSlackBot('slack-key-form', {
    env: { REELBOT_MASTER_KEY: randomBytes(32).toString('base64') },
  });
});
afterAll(async () => {
  try {
    // The secrets check: no key typed here is in anything the bot sent Slack.
    const sent = JSON.stringify([bot.fake.state.calls, bot.fake.state.responses, bot.fake.state.ephemerals]);
    for (const key of typed.filter((k) => k.trim().length >= 8)) expect(sent).not.toContain(key.trim());
  } finally {
    await bot?.close();
  }
});

const whispersTo = (user: string) => bot.fake.state.ephemerals.filter((e) => e.user === user);

async function openKeyForm(user: string, provider: string) {
  const res = await bot.driver.slashCommand({
    text: `keys add provider:${provider}`,
    user,
    channel: CHANNEL,
  });
  expect(res.status).toBe(200);
  return openedModal(bot, res);
}

async function submitKey(user: string, modal: Awaited<ReturnType<typeof openedModal>>, key: string) {
  typed.push(key);
  const before = whispersTo(user).length;
  const res = await bot.driver.submitView({
    user,
    view: {
      id: modal.id,
      callback_id: String(modal.view.callback_id),
      private_metadata: String(modal.view.private_metadata),
    },
    values: { key: { key } },
  });
  expect(res.status).toBe(200);
  return (await until('the answer', () => whispersTo(user)[before])).text;
}

describe('the key form on Slack', () => {
  it('opens a modal, and its submission stores the key, whispering the last four', async () => {
    const modal = await openKeyForm(ADMIN, 'openai');
    expect(modal.view).toMatchObject({
      type: 'modal',
      title: { type: 'plain_text', text: 'Add a key: openai' },
    });
    const key = `sk-own-${randomBytes(16).toString('hex')}`;
    expect(await submitKey(ADMIN, modal, key)).toContain(
      `Saved: this server’s openai key ending in ${key.slice(-4)}.`,
    );
    expect((await bot.app.services.keys.list(scope)).map((k) => [k.provider, k.last4])).toEqual([
      ['openai', key.slice(-4)],
    ]);
    const list = await slashAnswer(bot, ADMIN, 'keys list');
    expect(String(list.text)).toContain(`openai key ending in ${key.slice(-4)}`);
  });

  it('refuses whitespace clearly and stores nothing', async () => {
    const before = await bot.app.services.keys.list(scope);
    const answer = await submitKey(ADMIN, await openKeyForm(ADMIN, 'fal'), '   ');
    expect(answer).toContain('Paste the key itself: the box was empty.');
    expect(await bot.app.services.keys.list(scope)).toEqual(before);
  });

  it('refuses members the command, and a member submitting an admin’s form', async () => {
    const refused = await slashAnswer(bot, ADA, 'keys add provider:fal');
    expect(String(refused.text)).toMatch(/Only admins can manage this server’s provider keys/);
    const modal = await openKeyForm(ADMIN, 'fal');
    const key = `fal-forged-${randomBytes(16).toString('hex')}`;
    expect(await submitKey(ADA, modal, key)).toMatch(/Only admins can manage/);
    expect((await bot.app.services.keys.list(scope)).map((k) => k.provider)).toEqual(['openai']);
  });
});
