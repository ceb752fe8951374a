import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResult, CommandResult, MessageView } from '../../../adapters/studio/web/types.ts';
import { createSimulator, type Simulator } from '../../../simulator/index.ts';
import { decodeJobId } from '../../../src/providers/fal/job-id.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { simTempDir } from '../../helpers/simulator-media.ts';
import { lastFrameSha, postedBytes, probeBytes } from '../../helpers/studio-stories.ts';
import { launchChromium, openStudio, SHOTS, type StudioRun, startStudio, studioEnv } from './harness.ts';

/**
 * Extend (issue 15) in the studio, through the Extend button's dialog and the typed command:
 * natively where the model continues its own video (the simulator's OpenAI `POST /videos/extensions`,
 * Sora 2) and from the clip's last frame where it cannot (fal Veo 3.1), the joined clip as long
 * as the parent and its continuation, read by ffprobe.
 */

const FAL_KEY = '0f8a7c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b:8f14e45fceea167a5a36dedd4bea2543';
let sim: Simulator;
let run: StudioRun;
let browser: Browser;
let page: Page;

const post = (path: string, body: unknown) =>
  fetch(`${run.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const messages = async () =>
  (
    (await (await fetch(`${run.url}/studio/api/messages?channel=general`)).json()) as {
      messages: MessageView[];
    }
  ).messages;

async function postedOnce(clipId: string): Promise<MessageView> {
  const posts = (await messages()).filter((m) => m.kind === 'clip' && m.card?.clipId === clipId);
  expect(posts).toHaveLength(1);
  return posts[0]!;
}

/** A posted 4 s clip on a model, made through the command API. */
async function parent(model: string, prompt: string): Promise<MessageView> {
  const res = await post('/studio/api/commands', {
    channel: 'general',
    member: 'ada',
    text: `/sora generate prompt:${prompt} duration:4 model:${model}`,
  });
  expect(res.status).toBe(200);
  const clipId = ((await res.json()) as CommandResult).message!.card!.clipId;
  expect((await waitForEnd(run.app, clipId, 60_000)).state).toBe('posted');
  return postedOnce(clipId);
}

/** The simulator's job id of a clip's shot that this story bought. */
async function ownShotJob(storyId: string): Promise<string> {
  const story = (await run.app.store.stories.get(storyId))!;
  const shot = story.shots.find((s) => s.own)!;
  const job = (await run.app.store.clips.get(shot.clipId))!.providerJobId!;
  return job.includes('/') ? decodeJobId(job).requestId : job;
}

/** The parent's length plus the seconds added, as ffprobe reads both posted files. */
async function expectLonger(parentPost: MessageView, clipId: string, addedS: number) {
  const before = await probeBytes(await postedBytes(run.url, parentPost));
  const after = await probeBytes(await postedBytes(run.url, await postedOnce(clipId)));
  expect(Math.abs(after.durationS - (before.durationS + addedS))).toBeLessThanOrEqual(0.5);
  expect(after.audio).toHaveLength(1);
  expect(Math.abs(after.audio[0]!.durationS - after.durationS)).toBeLessThanOrEqual(0.5);
}

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 600, mediaDir: simTempDir('studio-extend-sim') });
  run = await startStudio(
    studioEnv({
      VIDEO_PROVIDER: 'openai,fal',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: sim.url,
      FAL_KEY,
      FAL_BASE_URL: sim.falUrl,
      FAL_MODELS: 'fal-ai/veo3.1',
    }),
  );
  browser = await launchChromium();
  page = await openStudio(browser, run.url, 'bob');
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await run?.close();
  await sim?.close();
});

describe('Extend in the studio', () => {
  it('offers Extend only on a posted clip, and the dialog extends Sora natively: one extension, credited', async () => {
    const first = await parent('sora-2', 'a paper boat drifts');
    const item = page.locator(`#clip-${first.card!.clipId}`);
    await item.getByRole('button', { name: 'Extend' }).click();
    const dialog = page.getByRole('dialog', { name: 'Extend' });
    await dialog.getByLabel('What happens next').fill('the boat reaches a waterfall');
    await dialog.getByLabel('Seconds').selectOption('4');
    const creates = sim.stats().byApi.openai.creates;
    await dialog.getByRole('button', { name: 'Extend' }).click();

    const credited = page.locator('li.post:has(.credit)').last();
    await credited.waitFor();
    const clipId = (await credited.getAttribute('id'))!.slice('clip-'.length);
    expect(clipId).not.toBe(first.card!.clipId);
    const clip = await waitForEnd(run.app, clipId, 60_000);
    expect(clip.state).toBe('posted');
    expect(clip.parentId).toBe(first.card!.clipId);
    expect((await run.app.store.stories.get(clipId))?.native).toBe(true);
    await credited.getByRole('button', { name: 'Extend' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/extend-native.png` });

    // One provider call, the extension of the parent's own video.
    expect(sim.stats().byApi.openai.creates - creates).toBe(1);
    const job = await ownShotJob(clipId);
    const parentJob = (await run.app.store.clips.get(first.card!.clipId))!.providerJobId!;
    expect(sim.given()[job]?.extendedFromId).toBe(parentJob);
    await expectLonger(first, clipId, 4);
  }, 120_000);

  it('extends Sora natively through the typed command', async () => {
    const first = await parent('sora-2', 'a lantern on a pier');
    const res = await post('/studio/api/commands', {
      channel: 'general',
      member: 'bob',
      text: `/sora extend clip:${first.card!.clipId} prompt:the lantern flickers out seconds:4`,
    });
    expect(res.status).toBe(200);
    const clipId = ((await res.json()) as CommandResult).message!.card!.clipId;
    expect((await waitForEnd(run.app, clipId, 60_000)).state).toBe('posted');
    const job = await ownShotJob(clipId);
    expect(sim.given()[job]?.extendedFromId).toBe(
      (await run.app.store.clips.get(first.card!.clipId))!.providerJobId,
    );
    await expectLonger(first, clipId, 4);
  }, 120_000);

  it.each([
    ['the Extend button', 'button'],
    ['the typed command', 'command'],
  ] as const)(
    'continues a fal Veo clip from its last frame through %s, joined',
    async (_, how) => {
      const first = await parent('fal-ai/veo3.1', `a snail climbs a fern by ${how}`);
      const creates = sim.stats().byApi.fal.creates;
      let clipId: string;
      if (how === 'button') {
        const res = await post('/studio/api/actions', {
          member: 'bob',
          message: first.id,
          action: 'extend',
          prompt: 'the snail reaches the top',
          seconds: 4,
          nonce: `extend-fal-${how}`,
        });
        expect(res.status).toBe(200);
        clipId = ((await res.json()) as ActionResult).message!.card!.clipId;
      } else {
        const res = await post('/studio/api/commands', {
          channel: 'general',
          member: 'bob',
          text: `/sora extend clip:${first.card!.clipId} prompt:the snail reaches the top seconds:4`,
        });
        expect(res.status).toBe(200);
        clipId = ((await res.json()) as CommandResult).message!.card!.clipId;
      }
      expect((await waitForEnd(run.app, clipId, 60_000)).state).toBe('posted');
      expect(sim.stats().byApi.fal.creates - creates).toBe(1);
      // The continuation opened on the parent's last frame, as the simulator saw it.
      const job = await ownShotJob(clipId);
      expect(sim.given()[job]?.firstFrameSha256).toBe(await lastFrameSha(await postedBytes(run.url, first)));
      await expectLonger(first, clipId, 4);
    },
    120_000,
  );

  it('refuses Extend on a clip that is not posted, with nothing made', async () => {
    const res = await post('/studio/api/commands', {
      channel: 'general',
      member: 'ada',
      text: '/sora generate prompt:a slow tide [slow] duration:4 model:sora-2',
    });
    const queued = ((await res.json()) as CommandResult).message!;
    // Its render under way, so the count below holds only what the refusal might make.
    for (let state = ''; state !== 'rendering'; await new Promise((r) => setTimeout(r, 25))) {
      state = (await run.app.store.clips.get(queued.card!.clipId))!.state;
    }
    const creates = sim.stats().creates;
    // Its card shows, with no Extend on it: only a posted clip can be continued.
    const card = page.locator(`#clip-${queued.card!.clipId}`);
    await card.getByRole('button', { name: 'Cancel' }).or(card.locator('.status-line')).first().waitFor();
    expect(await card.getByRole('button', { name: 'Extend' }).count()).toBe(0);
    const refused = await post('/studio/api/actions', {
      member: 'bob',
      message: queued.id,
      action: 'extend',
      prompt: 'more tide',
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/posted/);
    expect(sim.stats().creates).toBe(creates);
    await post('/studio/api/actions', { member: 'ada', message: queued.id, action: 'cancel' });
  });
});
