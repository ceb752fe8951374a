import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipCard } from '../../src/core/card/card.ts';
import type { MessageRef } from '../../src/core/clip/clip.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import type { Place } from '../../src/core/place.ts';
import type { OutgoingFile } from '../../src/core/ports/messenger.ts';
import { startPipeline } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { NO_MEMBER_LIMITS, waitFor } from '../ops/main-process.ts';

/**
 * Drill: one call in five fails. The simulator answers 10% of provider requests with a 429 and
 * 10% with a 500 (create, status and download alike); the chat platform fails 20% of posts,
 * edits and uploads with a retryable error, half of the failed uploads only after the message
 * was already shown (a timeout after success, the case that posts twice if anything does).
 * 100 clips must all end posted, each bought once and shown once.
 */
const CLIPS = 100;
const FAIL = 0.2;

class FlakyMessenger extends RecordingMessenger {
  failures = { post: 0, edit: 0, uploadBefore: 0, uploadAfter: 0 };
  #busy(): ReelbotError {
    return new ReelbotError(ErrorCode.DeliveryFailed, 'The chat platform is busy.', { retryable: true });
  }
  override async post(place: Place, card: ClipCard): Promise<MessageRef> {
    if (Math.random() < FAIL) {
      this.failures.post++;
      throw this.#busy();
    }
    return super.post(place, card);
  }
  override async edit(ref: MessageRef, card: ClipCard): Promise<void> {
    if (Math.random() < FAIL) {
      this.failures.edit++;
      throw this.#busy();
    }
    return super.edit(ref, card);
  }
  override async upload(place: Place, file: OutgoingFile, card: ClipCard, key: string): Promise<MessageRef> {
    const roll = Math.random();
    if (roll < FAIL / 2) {
      this.failures.uploadBefore++;
      throw this.#busy();
    }
    const ref = await super.upload(place, file, card, key);
    if (roll < FAIL) {
      this.failures.uploadAfter++;
      throw this.#busy();
    }
    return ref;
  }
}

const messenger = new FlakyMessenger('test');
let p: Awaited<ReturnType<typeof startPipeline>>;

beforeAll(async () => {
  p = await startPipeline('drill-faults', [messenger], {
    renderMs: 1500,
    // Eight retries per step: at one failure in five, running out takes nine in a row (about
    // 5e-7 per step), so every clip is expected to make it.
    env: {
      JOB_MAX_RETRIES: '8',
      WORKER_CONCURRENCY: '20',
      POLL_MIN_MS: '300',
      POLL_MAX_MS: '1000',
      ...NO_MEMBER_LIMITS,
    },
  });
  p.sim.faults.set({
    rateLimit: { fraction: 0.1, retryAfterMs: 200 },
    serverError: { fraction: 0.1 },
  });
});

afterAll(async () => {
  p.sim.faults.reset();
  await p?.close();
});

describe('drill: 20% of provider and platform calls fail', () => {
  it('posts all 100 clips, each bought once and shown once', { timeout: 120_000 }, async () => {
    const ids: string[] = [];
    for (let i = 0; i < CLIPS; i++) {
      const clip = await p.app.services.clips.request({
        prompt: 'a stormy harbour at night, waves over the wall',
        options: { durationS: 4, size: '720x1280' },
        author: { id: `u${i % 13}`, name: 'Member' },
        place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
      });
      ids.push(clip.id);
    }
    await waitFor(
      async () =>
        (await Promise.all(ids.map((id) => p.app.store.clips.get(id)))).every(
          (c) => c?.state === 'posted' || c?.state === 'failed',
        ),
      'every clip finished',
      100_000,
    );
    const clips = await Promise.all(ids.map((id) => p.app.store.clips.get(id)));
    const failed = clips.filter((c) => c?.state === 'failed').map((c) => c!.failure?.code);
    expect(failed, 'clips that ran out of retries').toEqual([]);

    const stats = p.sim.stats();
    expect(stats.creates).toBe(CLIPS);
    const shown = messenger.uploads.map((u) => u.card.clipId);
    expect(shown).toHaveLength(CLIPS);
    expect(new Set(shown)).toEqual(new Set(ids));
    // The faults really fired, on both sides.
    expect(stats.createRequests).toBeGreaterThan(CLIPS);
    expect(messenger.failures.uploadAfter).toBeGreaterThan(0);
    expect(messenger.uploadCalls).toBeGreaterThan(CLIPS);
    expect(await p.jobsLeft()).toBe(0);
    console.log(
      `drill faults: ${CLIPS} posted; provider create requests ${stats.createRequests} for ${stats.creates} creates; ` +
        `platform failures ${JSON.stringify(messenger.failures)}; upload calls ${messenger.uploadCalls}`,
    );
  });
});
