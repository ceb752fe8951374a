import { mkdtempSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { sweepMediaFiles } from '../../src/core/render/media-sweep.ts';
import { clipOfFile } from '../../src/media/clip-files.ts';
import { diskFullError } from '../../src/media/disk-full.ts';
import { createFfmpegMedia } from '../../src/media/ffmpeg-media.ts';
import { setup } from '../helpers/core-harness.ts';

const ada = { id: 'u1', name: 'Ada' };
const filesIn = (dir: string) => readdir(dir);
const busy = () =>
  new ReelbotError(ErrorCode.DeliveryFailed, 'The chat platform is busy.', { retryable: true });

describe("a clip's temp file", () => {
  it('is removed once the clip is posted', async () => {
    const t = setup();
    const clip = await t.request();
    await t.run(clip.id);
    expect((await t.store.clips.get(clip.id))?.state).toBe('posted');
    expect(await filesIn(t.media.dir)).toEqual([]);
  });

  it('is removed when the clip fails after its download: too large, or refused', async () => {
    const t = setup();
    t.messenger.limit = 1000;
    const big = await t.request();
    await t.run(big.id);
    expect(await t.store.clips.get(big.id)).toMatchObject({
      state: 'failed',
      failure: { code: 'TOO_LARGE' },
    });
    expect(await filesIn(t.media.dir)).toEqual([]);

    // A file that fails its check after it was saved (what a validation step does): no orphan.
    const refusing = setup();
    refusing.media.probe = async () => {
      throw new ReelbotError(
        ErrorCode.DownloadFailed,
        'The video provider sent something that is not a video.',
      );
    };
    const bad = await refusing.request();
    await refusing.run(bad.id);
    expect(await refusing.store.clips.get(bad.id)).toMatchObject({
      state: 'failed',
      failure: { code: 'DOWNLOAD_FAILED' },
    });
    expect(await filesIn(refusing.media.dir)).toEqual([]);
  });

  it('is kept alone for a delivery that is retried, and removed when the retries run out', async () => {
    const t = setup();
    let uploads = 0;
    t.messenger.upload = async () => {
      uploads++;
      throw busy();
    };
    const clip = await t.request();
    const seen: string[][] = [];
    for (let i = 0; i < 20; i++) {
      const outcome = await t.handler({ id: clip.id, data: { clipId: clip.id } });
      const current = (await t.store.clips.get(clip.id))!;
      if (current.state === 'delivering') {
        // Between attempts only the one file the clip points at is there: nothing piles up.
        const files = await filesIn(t.media.dir);
        seen.push(files);
        expect(files.map((f) => join(t.media.dir, f))).toEqual([current.filePath]);
      }
      if (outcome.kind === 'done') break;
      t.advance(outcome.delayMs);
    }
    expect(uploads).toBe(4); // the first try and three retries (settings.maxRetries)
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(await t.store.clips.get(clip.id)).toMatchObject({
      state: 'failed',
      failure: { code: 'DELIVERY_FAILED' },
    });
    expect(await filesIn(t.media.dir)).toEqual([]);
  });

  it('is removed when the clip is cancelled while it downloads', async () => {
    const t = setup();
    const clip = await t.request();
    t.provider.download = async () =>
      (async function* () {
        yield new Uint8Array(1024).fill(1);
        // The member presses Cancel while the bytes are still arriving.
        await t.service.cancel(clip.id, ada);
        yield new Uint8Array(1024).fill(2);
      })();
    const outcomes = await t.run(clip.id);
    expect(outcomes.at(-1)).toEqual({ kind: 'done' });
    expect(await t.store.clips.get(clip.id)).toMatchObject({ state: 'cancelled' });
    expect(t.messenger.uploads).toHaveLength(0);
    expect(await filesIn(t.media.dir)).toEqual([]);
  });

  it('hitting a full disk is DISK_FULL, retried, then failed with a sentence for the member', async () => {
    const t = setup();
    let saves = 0;
    const save = t.media.save.bind(t.media);
    t.media.save = async (clipId, body) => {
      saves++;
      if (saves <= 2) throw diskFullError(Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' }));
      return save(clipId, body);
    };
    // Space comes back after two tries: the clip is posted.
    const clip = await t.request();
    await t.run(clip.id);
    // Two saves refused by the full disk, the third kept: retried, not failed.
    expect(saves).toBe(3);
    expect((await t.store.clips.get(clip.id))?.state).toBe('posted');

    // A disk that stays full: the clip fails with DISK_FULL (not INTERNAL) once retries run out.
    t.media.save = async () => {
      saves++;
      throw diskFullError();
    };
    const stuck = await t.request('a lighthouse at dusk');
    const before = saves;
    await t.run(stuck.id);
    expect(saves - before).toBe(4);
    const failed = await t.store.clips.get(stuck.id);
    expect(failed).toMatchObject({ state: 'failed', failure: { code: ErrorCode.DiskFull } });
    expect(failed?.failure?.message).toMatch(/ran out of disk space.*Nothing was charged/);
    expect(t.messenger.cardsFor(stuck.id).at(-1)?.failure?.code).toBe('DISK_FULL');
    expect(await filesIn(t.media.dir)).toEqual([]);
  });
});

describe('the start-up sweep', () => {
  it('removes files of clips that are finished or unknown, keeps those of clips in progress and files we did not name', async () => {
    const t = setup();
    const inProgress = await t.request('still rendering');
    const finished = await t.request('already posted');
    await t.run(finished.id);
    const dir = t.media.dir;
    const write = (name: string) => writeFile(join(dir, name), 'x');
    await write(`${inProgress.id}-src-aaaa.mp4`);
    await write(`${inProgress.id}-src-aaaa-fit-bbbb.mp4`);
    await write(`${finished.id}-src-cccc.mp4`);
    await write(`${finished.id}-src-cccc-thumb-dddd.jpg`);
    await write('cgone123-src-eeee.mp4');
    await write('notes.txt');

    const result = await sweepMediaFiles({ store: t.store, media: t.media, logger: silentLogger });
    expect(result.kept).toEqual([inProgress.id]);
    expect(result.removed.sort()).toEqual(['cgone123', finished.id].sort());
    expect((await filesIn(dir)).sort()).toEqual(
      [`${inProgress.id}-src-aaaa-fit-bbbb.mp4`, `${inProgress.id}-src-aaaa.mp4`, 'notes.txt'].sort(),
    );
  });
});

describe('ffmpeg media tool files', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'reelbot-media-files-'));

  it('names every file for its clip, and reads the clip back from any of them', () => {
    expect(clipOfFile('c1abc-src-1234abcd.mp4')).toBe('c1abc');
    expect(clipOfFile('c1abc-src-1234abcd-fit-99887766.mp4')).toBe('c1abc');
    expect(clipOfFile('c1abc-src-1234abcd-fit-99887766-thumb-0a0b0c0d.jpg')).toBe('c1abc');
    expect(clipOfFile('an-id-with-dashes-src-1234abcd.mp4')).toBe('an-id-with-dashes');
    expect(clipOfFile('-src-1234abcd.mp4')).toBeUndefined();
    expect(clipOfFile('README')).toBeUndefined();
  });

  it('leaves no partial file when a download breaks, and keeps the error it broke with', async () => {
    const root = dir();
    const media = createFfmpegMedia(root);
    const broken = new ReelbotError(ErrorCode.DownloadFailed, 'The download broke off.', { retryable: true });
    const body = (async function* () {
      yield new Uint8Array(4096).fill(1);
      throw broken;
    })();
    await expect(media.save('c1', body)).rejects.toBe(broken);
    expect(await filesIn(root)).toEqual([]);
  });

  it('discards all of a clip but the file kept, and lists the clips with files', async () => {
    const root = dir();
    const media = createFfmpegMedia(root);
    const one = async function* () {
      yield new Uint8Array(16);
    };
    const a1 = await media.save('ca', one());
    const a2 = await media.save('ca', one());
    const b1 = await media.save('cb', one());
    await writeFile(join(root, 'operator-notes.txt'), 'mine');
    expect((await media.clipsWithFiles()).sort()).toEqual(['ca', 'cb']);
    await media.discard('ca', a1);
    const names = (paths: string[]) => paths.map((p) => p.slice(root.length + 1)).sort();
    expect((await filesIn(root)).sort()).toEqual(names([a1, b1, join(root, 'operator-notes.txt')]));
    expect(a2).not.toBe(a1);
    await media.discard('ca');
    await media.discard('cb');
    expect(await filesIn(root)).toEqual(['operator-notes.txt']);
    expect(await media.clipsWithFiles()).toEqual([]);
  });
});
