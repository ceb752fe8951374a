import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult, FormView } from '../../../adapters/studio/web/types.ts';
import { createSimulator, type Simulator } from '../../../simulator/index.ts';
import { ErrorCode } from '../../../src/core/errors.ts';
import { simTempDir } from '../../helpers/simulator-media.ts';
import { launchChromium, openStudio, type StudioRun, send, startStudio, studioEnv } from './harness.ts';

/**
 * Issue 17 in the studio, over its HTTP API: the admin's `/sora keys add` answers with a form
 * (the page's dialog), whose submission goes to /studio/api/forms, never into a command line.
 * The key is checked by the real OpenAI check against a simulator that takes only its own key.
 */
const GOOD = `sk-studio-${randomBytes(16).toString('hex')}`;
let sim: Simulator;
let run: StudioRun;
const bodies: string[] = [];

beforeAll(async () => {
  sim = await createSimulator({ mediaDir: simTempDir('studio-key-form'), renderMs: 1000, apiKey: GOOD });
  run = await startStudio(
    studioEnv({
      VIDEO_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-operator-refused-by-the-simulator',
      OPENAI_BASE_URL: sim.url,
      MODERATION: 'off',
      REELBOT_MASTER_KEY: randomBytes(32).toString('base64'),
    }),
    { worker: false },
  );
});
afterAll(async () => {
  try {
    // The secrets check: the key is in no answer the studio gave.
    expect(bodies.length).toBeGreaterThan(4);
    for (const body of bodies) expect(body).not.toContain(GOOD);
  } finally {
    await run?.close();
    await sim?.close();
  }
});

async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${run.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  bodies.push(text);
  return { status: res.status, json: JSON.parse(text) as Record<string, unknown> };
}

const command = (member: string, text: string) =>
  post('/studio/api/commands', { channel: 'general', member, text });
const submit = (member: string, form: FormView, key: string) =>
  post('/studio/api/forms', { channel: 'general', member, submit: form.submit, fields: { key } });
const stored = () => run.app.services.keys.list('studio:local');

describe('the key form in the studio', () => {
  let form: FormView;

  it('answers the admin with a form holding one secret field', async () => {
    const { status, json } = await command('cy', '/sora keys add provider:openai');
    expect(status).toBe(200);
    const result = json as unknown as CommandResult;
    if (result.kind !== 'form') throw new Error(`expected a form, got ${JSON.stringify(result)}`);
    form = result.form;
    expect(form.fields).toEqual([{ id: 'key', label: 'openai API key', secret: true, maxLength: 400 }]);
  });

  it('refuses whitespace, a key the provider refuses and a member, each clearly, storing nothing', async () => {
    const blank = await submit('cy', form, '  \t ');
    expect(blank.status).toBe(400);
    expect(blank.json.error).toMatchObject({ code: ErrorCode.InvalidInput });
    expect(JSON.stringify(blank.json)).toContain('Paste the key itself: the box was empty.');
    const refused = await submit('cy', form, `sk-wrong-${randomBytes(16).toString('hex')}`);
    expect(refused.json.error).toMatchObject({ code: ErrorCode.ProviderAuth });
    expect(JSON.stringify(refused.json)).toMatch(/openai refused that key \(401\)/);
    const member = await submit('ada', form, GOOD);
    expect(member.json.error).toMatchObject({ code: ErrorCode.Forbidden });
    // A page cannot reach a typed command through the form route.
    const forged = await submit(
      'cy',
      { ...form, submit: { group: 'settings', name: 'settings', values: {} } },
      GOOD,
    );
    expect(forged.status).toBe(400);
    expect(await stored()).toEqual([]);
  });

  it('stores the key the provider accepts, answering with provider and last four only', async () => {
    const saved = await submit('cy', form, GOOD);
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({
      kind: 'text',
      private: true,
      text: `Saved: this server’s openai key ending in ${GOOD.slice(-4)}. Its clips are now made with it.`,
    });
    expect((await stored()).map((k) => [k.provider, k.last4, k.addedBy.name])).toEqual([
      ['openai', GOOD.slice(-4), 'Cy'],
    ]);
  });

  it('in the page: the admin’s command opens a dialog with a password box, and saving shows only the last four', {
    timeout: 60_000,
  }, async () => {
    await run.app.services.keys.remove('studio:local', 'openai');
    const browser = await launchChromium();
    try {
      const page = await openStudio(browser, run.url, 'cy');
      await send(page, '/sora keys add provider:openai');
      const dialog = page.getByRole('dialog', { name: 'Add a key: openai' });
      await dialog.waitFor();
      const box = dialog.getByLabel('openai API key');
      expect(await box.getAttribute('type')).toBe('password');
      await box.fill(GOOD);
      await dialog.getByRole('button', { name: 'Save' }).click();
      const notice = page.getByText(`Saved: this server’s openai key ending in ${GOOD.slice(-4)}.`);
      await notice.waitFor();
      // The key is nowhere in the page once the dialog is gone: not in the composer, not in the DOM.
      expect(await page.getByRole('dialog', { name: 'Add a key: openai' }).count()).toBe(0);
      const html = await page.content();
      bodies.push(html);
      expect(html).not.toContain(GOOD);
      expect((await stored()).map((k) => k.last4)).toEqual([GOOD.slice(-4)]);
    } finally {
      await browser.close();
    }
  });
});
