import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import type { RenderRequest } from '../../src/core/ports/video-provider.ts';
import { intakeImage } from '../../src/media/image.ts';
import { metadataSegments, readJpeg } from '../../src/media/jpeg-segments.ts';
import { createFalProvider, type FalProvider } from '../../src/providers/fal/index.ts';
import { recordingLogger } from '../helpers/cast-harness.ts';
import { GPS_MARK, jpegWithGps } from '../helpers/pictures.ts';
import { finish } from '../helpers/provider-checks.ts';
import { simTempDir } from '../helpers/simulator-media.ts';

/**
 * Issue 16: a member's picture reaches the provider inside the request only, re-encoded with no
 * metadata, and the simulator (fal's Veo 3.1 reference-to-video) receives it and draws it.
 */

const mediaDir = simTempDir('cast-provider');
let sim: Simulator;
let fal: FalProvider;
const lines: string[] = [];

const request = (extra: Partial<RenderRequest> = {}): RenderRequest => ({
  prompt: 'Ada on a bicycle by the sea',
  model: 'fal-ai/veo3.1',
  durationS: 4,
  size: '1280x720',
  idempotencyKey: randomUUID(),
  ...extra,
});

const collect = async (id: string) => {
  const parts: Uint8Array[] = [];
  for await (const chunk of await fal.download(id)) parts.push(chunk);
  return Buffer.concat(parts);
};

beforeAll(async () => {
  sim = await createSimulator({ mediaDir, renderMs: 300 });
  fal = createFalProvider({ apiKey: 'k-test:secret', baseUrl: sim.falUrl, logger: recordingLogger(lines) });
});
afterAll(() => sim.close());

describe('reference pictures to fal (simulated)', () => {
  it('Veo 3.1 says it takes 3 pictures; Veo 3.1 Fast takes none', () => {
    const models = fal.capabilities().models;
    expect(models.find((m) => m.id === 'fal-ai/veo3.1')?.references).toBe(3);
    expect(models.find((m) => m.id === 'fal-ai/veo3.1/fast')?.references ?? 0).toBe(0);
  });

  it('the simulator receives the re-encoded picture, with no metadata left, and draws it into the video', async () => {
    const clean = await intakeImage(jpegWithGps());
    const before = sim.receivedReferences().length;
    const id = await fal.submit(
      request({ referenceImages: [{ bytes: clean.bytes, mimeType: 'image/jpeg' }] }),
    );
    expect(id).toContain('reference-to-video');

    const received = sim.receivedReferences().slice(before);
    expect(received).toHaveLength(1);
    expect(received[0]!.endpoint).toBe('fal-ai/veo3.1/reference-to-video');
    const bytes = received[0]!.bytes;
    expect(Buffer.from(bytes).equals(Buffer.from(clean.bytes))).toBe(true);
    const layout = readJpeg(bytes)!;
    expect(layout).toBeDefined();
    expect(metadataSegments(layout)).toEqual([]);
    expect(layout.segments.map((s) => s.marker)).not.toContain(0xe1);
    expect(Buffer.from(bytes).includes(GPS_MARK)).toBe(false);

    // The same prompt without the picture is another video: the picture is in the frames.
    const plain = await fal.submit(request());
    await finish(fal, id);
    await finish(fal, plain);
    const [withPicture, without] = [await collect(id), await collect(plain)];
    expect(withPicture.length).toBeGreaterThan(1000);
    expect(withPicture.equals(without)).toBe(false);

    // No log line carries the picture, inline or otherwise.
    const log = lines.join('\n');
    expect(log).not.toContain(Buffer.from(clean.bytes).toString('base64').slice(0, 48));
    expect(log).not.toMatch(/data:image/);
  });

  it('a model that takes no pictures refuses them instead of dropping them', async () => {
    const clean = await intakeImage(jpegWithGps(320, 240));
    const before = sim.stats().byApi.fal.createRequests;
    const error = await fal
      .submit(
        request({
          model: 'fal-ai/veo3.1/fast',
          referenceImages: [{ bytes: clean.bytes, mimeType: 'image/jpeg' }],
        }),
      )
      .then(
        () => expect.unreachable('submitted'),
        (e: { code: string }) => e,
      );
    expect(error.code).toBe(ErrorCode.ProviderRejected);
    expect(sim.stats().byApi.fal.createRequests).toBe(before);
  });

  it('the simulator refuses a reference list that is empty or too long, as fal does (422)', async () => {
    const res = await fetch(`${sim.falUrl}/fal-ai/veo3.1/reference-to-video`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Key k-test:secret' },
      body: JSON.stringify({ prompt: 'x', image_urls: [] }),
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { detail: { loc: unknown[] }[] };
    expect(body.detail[0]!.loc).toEqual(['body', 'image_urls']);
  });
});
