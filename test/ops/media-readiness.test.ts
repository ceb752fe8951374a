import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { mountOpsRoutes } from '../../src/ops/http.ts';
import { freeBytes } from '../../src/ops/media-space.ts';
import { OpsMetrics } from '../../src/ops/metrics.ts';
import { Readiness } from '../../src/ops/readiness.ts';

/** /readyz and the media directory's free space (MEDIA_MIN_FREE_MB); the full-disk drill fills one. */
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function readyzFor(media?: { dir: string; minFreeBytes: number }) {
  const metrics = new OpsMetrics({ processMetrics: false });
  const readiness = new Readiness({ adapters: [], providers: [], metrics, ...(media ? { media } : {}) });
  const http = new HttpRouter(silentLogger);
  mountOpsRoutes(http, { metrics, readiness, logger: silentLogger });
  const url = await http.listen(0, '127.0.0.1');
  closers.push(async () => {
    await http.close();
    await readiness.close();
  });
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const MIB = 1024 * 1024;

describe('/readyz and the media directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reelbot-media-ready-'));

  it('is ready with room to spare, and says how much', async () => {
    const { status, body } = await readyzFor({ dir, minFreeBytes: 0 });
    expect(status).toBe(200);
    expect(body.media).toEqual({ ok: true, detail: expect.stringMatching(/^\d+ MiB free in MEDIA_DIR$/) });
  });

  it('is not ready below MEDIA_MIN_FREE_MB, with the reason and without the path', async () => {
    const wanted = (await freeBytes(dir)) + 1024 * MIB;
    const { status, body } = await readyzFor({ dir, minFreeBytes: wanted });
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'not ready' });
    expect(body.media).toEqual({
      ok: false,
      detail: expect.stringMatching(
        new RegExp(
          `^\\d+ MiB free in MEDIA_DIR, under MEDIA_MIN_FREE_MB \\(${Math.round(wanted / MIB)} MiB\\)$`,
        ),
      ),
    });
    expect(JSON.stringify(body)).not.toContain(dir);
  });

  it('is not ready when the free space cannot be read', async () => {
    const { status, body } = await readyzFor({ dir: join(dir, 'not-there'), minFreeBytes: 0 });
    expect(status).toBe(503);
    expect(body.media).toEqual({ ok: false, detail: 'cannot read the free space of MEDIA_DIR' });
  });

  it('leaves the media check out where no directory is given (the bot role)', async () => {
    const { status, body } = await readyzFor();
    expect(status).toBe(200);
    expect(body).not.toHaveProperty('media');
  });
});
