import { createHash, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import type { RenderRequest, VideoProvider } from '../../src/core/ports/video-provider.ts';
import { createFfmpegMedia } from '../../src/media/ffmpeg-media.ts';
import { runFfmpeg } from '../../src/media/probe.ts';
import { createFalProvider } from '../../src/providers/fal/index.ts';
import { decodeJobId } from '../../src/providers/fal/job-id.ts';
import { createOpenAIProvider } from '../../src/providers/openai/index.ts';
import { createRunwayProvider } from '../../src/providers/runway/index.ts';
import { tempDir } from '../helpers/pipeline.ts';
import { downloadAndProbe, failureOf, finish } from '../helpers/provider-checks.ts';
import { simTempDir } from '../helpers/simulator-media.ts';

/**
 * Stories (issue 15) at the providers: a first frame travels inside the create on each API's own
 * field (OpenAI's multipart `input_reference`, fal's `image_url`, Runway's `promptImage`), the
 * simulator shows it and records its hash, and OpenAI's `videos.extend` returns the whole video.
 */

const FAL_KEY = '0f8a7c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b:8f14e45fceea167a5a36dedd4bea2543';
const dir = tempDir('story-inputs');
let sim: Simulator;
let providers: Record<'openai' | 'fal' | 'runway', VideoProvider>;
let red: Uint8Array;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The mean colour of the frame at `atS`, decoded by ffmpeg to one RGB pixel. */
async function colourAt(video: string, atS: number): Promise<[number, number, number]> {
  const out = join(dir, `${randomUUID()}.rgb`);
  const { code, stderr } = await runFfmpeg([
    ...['-y', '-ss', String(atS), '-i', video, '-frames:v', '1'],
    ...['-vf', 'scale=1:1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', out],
  ]);
  if (code !== 0) throw new Error(stderr);
  const [r, g, b] = await readFile(out);
  return [r!, g!, b!];
}

async function download(provider: VideoProvider, id: string): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of await provider.download(id)) parts.push(chunk);
  const file = join(dir, `${randomUUID()}.mp4`);
  await writeFile(file, Buffer.concat(parts));
  return file;
}

beforeAll(async () => {
  sim = await createSimulator({ mediaDir: simTempDir('story-inputs'), renderMs: 300 });
  providers = {
    openai: createOpenAIProvider({ apiKey: 'sk-test', baseURL: sim.url }),
    fal: createFalProvider({ apiKey: FAL_KEY, baseUrl: sim.falUrl, readRetries: 1 }),
    runway: createRunwayProvider({ apiKey: 'key_test', baseUrl: sim.runwayUrl }),
  };
  const png = join(dir, 'red.png');
  const { code, stderr } = await runFfmpeg([
    ...['-y', '-f', 'lavfi', '-i', 'color=c=red:size=1280x720', '-frames:v', '1', png],
  ]);
  if (code !== 0) throw new Error(stderr);
  red = new Uint8Array(await readFile(png));
});
afterAll(() => sim.close());

describe('a first frame sent inside the create', () => {
  const cases: { api: 'openai' | 'fal' | 'runway'; model: string }[] = [
    { api: 'openai', model: 'sora-2' },
    { api: 'fal', model: 'fal-ai/veo3.1' },
    { api: 'runway', model: 'gen4.5' },
  ];
  it.each(cases)(
    '$api ($model): the video opens on the picture and the API saw its hash',
    async ({ api, model }) => {
      const provider = providers[api];
      const before = sim.stats().byApi[api].creates;
      const request: RenderRequest = {
        prompt: `a red door opens onto a garden (${api})`,
        model,
        durationS: 4,
        size: '1280x720',
        idempotencyKey: randomUUID(),
        firstFrame: { bytes: red, mimeType: 'image/png' },
      };
      const id = await provider.submit(request);
      expect((await finish(provider, id)).at(-1)?.state).toBe('completed');
      expect(sim.stats().byApi[api].creates).toBe(before + 1);
      // fal's job id carries its endpoint; the simulator knows the job by its request id.
      const simId = api === 'fal' ? decodeJobId(id).requestId : id;
      expect(sim.given()[simId]).toEqual({ firstFrameSha256: sha256(red) });
      const video = await download(provider, id);
      const [r, g, b] = await colourAt(video, 0.5);
      expect(r).toBeGreaterThan(200);
      expect(g + b).toBeLessThan(100);
      // After the first second the simulated picture is the test pattern again.
      const [r2, g2, b2] = await colourAt(video, 2.5);
      expect(g2 + b2).toBeGreaterThan(100 + r2 / 10);
    },
  );

  it('OpenAI refuses a first frame of another size than the video, and nothing is bought', async () => {
    const small = join(dir, 'small.png');
    await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'color=c=blue:size=640x360', '-frames:v', '1', small]);
    const creates = sim.stats().byApi.openai.creates;
    const error = await failureOf(
      providers.openai.submit({
        prompt: 'a blue room',
        model: 'sora-2',
        durationS: 4,
        size: '1280x720',
        idempotencyKey: randomUUID(),
        firstFrame: { bytes: new Uint8Array(await readFile(small)), mimeType: 'image/png' },
      }),
    );
    expect(error).toMatchObject({ code: ErrorCode.ProviderRejected, retryable: false });
    expect(sim.stats().byApi.openai.creates).toBe(creates);
  });

  it('in a flow, each shot after the first is given the last frame of the shot before, one create per shot', async () => {
    const media = createFfmpegMedia(join(dir, 'media'));
    const provider = providers.openai;
    const creates = sim.stats().byApi.openai.creates;
    const shots = ['a kite lifts off a beach', 'the kite tangles in a palm tree', 'a child frees the kite'];
    const ids: string[] = [];
    const frames: Uint8Array[] = [];
    for (const [i, prompt] of shots.entries()) {
      const id = await provider.submit({
        prompt,
        model: 'sora-2',
        durationS: 4,
        size: '1280x720',
        idempotencyKey: `story-shot-${i}`,
        ...(frames[i - 1] ? { firstFrame: { bytes: frames[i - 1]!, mimeType: 'image/png' as const } } : {}),
      });
      expect((await finish(provider, id)).at(-1)?.state).toBe('completed');
      const saved = await media.save(`story-${i}`, Readable.from(await provider.download(id)));
      frames.push(await media.lastFrame(saved));
      ids.push(id);
    }
    const given = sim.given();
    expect(sim.stats().byApi.openai.creates - creates).toBe(shots.length);
    expect(given[ids[0]!]).toBeUndefined();
    expect(given[ids[1]!]?.firstFrameSha256).toBe(sha256(frames[0]!));
    expect(given[ids[2]!]?.firstFrameSha256).toBe(sha256(frames[1]!));
  });
});

describe("OpenAI's videos.extend", () => {
  it('continues a finished video: one more create, the whole video is the original plus the extension', async () => {
    const provider = providers.openai;
    const source = await provider.submit({
      prompt: 'a lighthouse at dusk',
      model: 'sora-2',
      durationS: 4,
      size: '1280x720',
      idempotencyKey: randomUUID(),
    });
    await finish(provider, source);
    const creates = sim.stats().byApi.openai.creates;
    const key = randomUUID();
    const extended = await provider.extend!(source, {
      prompt: 'the lamp turns on',
      durationS: 4,
      idempotencyKey: key,
    });
    // The same key again (a retried job) buys nothing more.
    expect(
      await provider.extend!(source, { prompt: 'the lamp turns on', durationS: 4, idempotencyKey: key }),
    ).toBe(extended);
    expect(sim.stats().byApi.openai.creates).toBe(creates + 1);
    expect(sim.given()[extended]).toEqual({ extendedFromId: source });
    expect((await finish(provider, extended)).at(-1)?.state).toBe('completed');
    const info = await downloadAndProbe(provider, extended, dir);
    expect(Math.abs(info.durationS - 8)).toBeLessThan(0.5);
  });

  it('says how long a video its extend can make, per model', () => {
    expect(providers.openai.capabilities().models.map((m) => m.extendMaxS)).toEqual([120, 120]);
    expect(providers.fal.extend).toBeUndefined();
    expect(providers.runway.extend).toBeUndefined();
  });
});
