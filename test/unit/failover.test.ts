import { describe, expect, it } from 'vitest';
import { ErrorCode, ProviderError } from '../../src/core/errors.ts';
import { english } from '../../src/core/i18n/translator.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { setup } from '../helpers/core-harness.ts';
import { FakeProvider } from '../helpers/fake-provider.ts';

const gone = () => new ProviderError(ErrorCode.ModelNotFound, 'That model has been retired.');
const busy = () =>
  new ProviderError(ErrorCode.ProviderRateLimited, 'Busy.', { retryable: true, retryAfterMs: 100 });

/** A logger that keeps warn lines, to count operator notices. */
function warnings(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger: Logger & { lines: string[] } = {
    lines,
    child: () => logger,
    debug: () => {},
    info: () => {},
    error: () => {},
    warn: (_fields, message) => lines.push(message),
  };
  return logger;
}

describe('provider failover', () => {
  it('moves clips to the next provider when the model is gone, telling operators once', async () => {
    const primary = new FakeProvider('primary', { id: 'sora-2', label: 'Sora 2' });
    const backup = new FakeProvider('backup', { id: 'veo-3.1', label: 'Veo 3.1' });
    const logger = warnings();
    const t = setup({ providers: [primary, backup], logger });
    primary.failNext.submit.push(gone());

    const first = await t.request();
    const second = await t.request();
    await t.run(first.id);
    await t.run(second.id);

    for (const id of [first.id, second.id]) {
      const clip = await t.store.clips.get(id);
      expect(clip).toMatchObject({ state: 'posted', provider: 'backup', options: { model: 'veo-3.1' } });
      // The notice is a catalog message, drawn on the card in the channel's language (English here).
      expect(english(clip!.notice!)).toBe('Made with Veo 3.1: Sora 2 was unavailable.');
      expect(t.messenger.cardsFor(id).at(-1)).toMatchObject({
        model: 'Veo 3.1',
        notice: english(clip!.notice!),
      });
    }
    // The first clip tried the primary once; the second skipped it (marked down): nothing bought there.
    expect(primary.submits).toHaveLength(0);
    expect(backup.submits).toHaveLength(2);
    expect((await t.store.clips.get(first.id))?.attempts).toMatchObject([
      { provider: 'primary', model: 'sora-2', code: 'MODEL_NOT_FOUND' },
    ]);
    expect(logger.lines.filter((l) => l.includes('failed over'))).toHaveLength(1);
  });

  it('fails over an accepted job only when the provider says it no longer exists', async () => {
    const primary = new FakeProvider('primary', { id: 'sora-2', label: 'Sora 2' });
    const backup = new FakeProvider('backup', { id: 'veo-3.1', label: 'Veo 3.1' });
    const t = setup({ providers: [primary, backup] });
    const clip = await t.request();
    await t.handler({ id: clip.id, data: { clipId: clip.id } }); // submitted to primary
    primary.failNext.status.push(busy(), busy(), busy());
    // Transient errors on an accepted job are retried on the same provider, never re-bought.
    for (let i = 0; i < 3; i++) await t.handler({ id: clip.id, data: { clipId: clip.id } });
    expect((await t.store.clips.get(clip.id))?.provider).toBe('primary');
    primary.failNext.status.push(gone());
    await t.run(clip.id);
    expect(await t.store.clips.get(clip.id)).toMatchObject({ state: 'posted', provider: 'backup' });
    expect(primary.submits).toHaveLength(1);
    expect(backup.submits).toHaveLength(1);
  });

  it('fails over a clip not yet accepted after repeated 429s, at the threshold', async () => {
    const primary = new FakeProvider('primary');
    const backup = new FakeProvider('backup');
    const t = setup({ providers: [primary, backup] });
    primary.failNext.submit.push(busy(), busy());
    const clip = await t.request();
    await t.run(clip.id);
    // Same model id on both: the stand-in keeps the model, so the notice names it twice.
    expect(await t.store.clips.get(clip.id)).toMatchObject({ state: 'posted', provider: 'backup' });
    expect(primary.submits).toHaveLength(0);
  });

  it('adjusts to the nearest length the stand-in makes, and says so', async () => {
    const primary = new FakeProvider('primary', { id: 'sora-2', label: 'Sora 2', durationsS: [4, 8] });
    const backup = new FakeProvider('backup', {
      id: 'kling',
      label: 'Kling',
      durationsS: [5, 10],
      usdPerSecond: { '*': 0.2 },
    });
    const t = setup({ providers: [primary, backup] });
    primary.failNext.submit.push(gone());
    const clip = await t.request();
    await t.run(clip.id);
    const done = await t.store.clips.get(clip.id);
    expect(done).toMatchObject({
      state: 'posted',
      options: { model: 'kling', durationS: 5 },
      estimatedCostUsd: 1,
    });
    expect(english(done!.notice!)).toBe('Made with Kling: Sora 2 was unavailable (5 s instead of 4 s).');
    expect(backup.submits[0]).toMatchObject({ model: 'kling', durationS: 5 });
  });

  it('fails with the original reason when no other provider can make the clip', async () => {
    const primary = new FakeProvider('primary', { id: 'sora-2', label: 'Sora 2' });
    const square = new FakeProvider('square-only', { sizes: ['1024x1024'] });
    const t = setup({ providers: [primary, square] });
    primary.failNext.submit.push(gone());
    const clip = await t.request();
    await t.run(clip.id);
    expect(await t.store.clips.get(clip.id)).toMatchObject({
      state: 'failed',
      failure: { code: 'MODEL_NOT_FOUND' },
    });
    expect(square.submits).toHaveLength(0);
  });
});

describe('provider-side edits', () => {
  it('are offered only where the model can edit, and go to the same provider via remix', async () => {
    const editable = new FakeProvider('editable', { id: 'sora-2', label: 'Sora 2', remix: true });
    const t = setup({ providers: [editable] });
    const remixed: string[] = [];
    editable.remix = async (sourceJobId: string, prompt: string) => {
      remixed.push(`${sourceJobId}|${prompt}`);
      return 'job-edit';
    };
    const parent = await t.request();
    await t.run(parent.id);
    expect(t.messenger.cardsFor(parent.id).at(-1)?.actions).toEqual(['remix', 'edit', 'reroll', 'delete']);

    const child = await t.service.edit(parent.id, 'make it night', {
      author: { id: 'u2', name: 'Bob' },
      place: parent.place,
    });
    await t.run(child.id);
    expect(remixed).toEqual(['job-1|make it night']);
    expect(editable.submits).toHaveLength(1); // only the parent was a fresh render
    expect(t.messenger.cardsFor(child.id).at(-1)?.credit).toEqual({
      clipId: parent.id,
      authorName: 'Ada',
      origin: 'edit',
    });
  });

  it('are neither offered nor accepted where the model cannot edit', async () => {
    const t = setup();
    const parent = await t.request();
    await t.run(parent.id);
    expect(t.messenger.cardsFor(parent.id).at(-1)?.actions).toEqual(['remix', 'reroll', 'delete']);
    await expect(
      t.service.edit(parent.id, 'night', { author: { id: 'u2', name: 'Bob' }, place: parent.place }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', userMessage: expect.stringMatching(/Use Remix/) });
  });
});
