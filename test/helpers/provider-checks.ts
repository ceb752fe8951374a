import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import type { SimulatorOptions } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { ProviderError, type ReelbotError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import type { MediaInfo } from '../../src/core/ports/media.ts';
import type { RenderStatus, VideoProvider } from '../../src/core/ports/video-provider.ts';
import { probeFile } from '../../src/media/probe.ts';
import { pipelineEnv, tempDir } from './pipeline.ts';
import { RecordingMessenger } from './recording-messenger.ts';
import { dropPrefix, uniquePrefix } from './redis.ts';
import { rejectionOf } from './simulator-media.ts';

/**
 * What the provider adapter tests share: polling a job to its end, catching ProviderErrors,
 * proving a key never leaks, saving a download to probe it, and a whole app on real Redis around
 * one provider adapter.
 */

/** Poll until the job is terminal; every status seen, in order. */
export async function finish(
  provider: VideoProvider,
  id: string,
  timeoutMs = 20_000,
): Promise<RenderStatus[]> {
  const seen: RenderStatus[] = [];
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const status = await provider.status(id);
    seen.push(status);
    if (status.state === 'completed' || status.state === 'failed') return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${id} did not finish`);
}

/** The ProviderError a call fails with (the test fails if it succeeds or throws anything else). */
export async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** Nothing a member or a log line sees may contain the key. */
export function expectNoKey(error: ReelbotError, key: string): void {
  const cause =
    error.cause instanceof Error ? `${error.cause.message} ${error.cause.stack}` : String(error.cause);
  for (const text of [error.message, error.userMessage, error.stack ?? '', cause, JSON.stringify(error)]) {
    expect(text).not.toContain(key);
  }
}

/** Drain a download to a file and probe it; `chunks` proves it was streamed, not one buffer. */
export async function downloadAndProbe(
  provider: VideoProvider,
  id: string,
  dir: string,
): Promise<MediaInfo & { chunks: number }> {
  const parts: Uint8Array[] = [];
  for await (const chunk of await provider.download(id)) parts.push(chunk);
  const file = join(dir, `${id.replace(/[^A-Za-z0-9-]/g, '_')}.mp4`);
  await writeFile(file, Buffer.concat(parts));
  return { ...(await probeFile(file)), chunks: parts.length };
}

/**
 * The last card shown for a clip once it reads `state`. The worker writes the clip's state before
 * it edits the card, so a test that saw the state in the store waits here for the card.
 */
export async function lastCard(
  messenger: RecordingMessenger,
  clipId: string,
  state: string,
  timeoutMs = 10_000,
) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const card = messenger.cardsFor(clipId).at(-1);
    if (card?.state === state) return card;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return messenger.cardsFor(clipId).at(-1);
}

/** A whole app (BullMQ and the store on real Redis) whose only provider is the one given. */
export async function startProviderPipeline(
  name: string,
  makeProvider: (sim: Simulator) => VideoProvider,
  options: {
    renderMs?: number;
    /** More simulator settings (e.g. `maxConcurrentVideos`). */
    simulator?: Partial<SimulatorOptions>;
    /** Settings on top of the pipeline's (test/helpers/pipeline.ts). */
    env?: Record<string, string>;
  } = {},
) {
  const sim = await createSimulator({
    port: 0,
    renderMs: options.renderMs ?? 1200,
    mediaDir: tempDir('sim'),
    ...options.simulator,
  });
  const prefix = uniquePrefix(name);
  const messenger = new RecordingMessenger('test');
  const kept = tempDir('kept');
  messenger.onUpload = async (upload) => {
    // The worker deletes its temp file once posted; keep a copy to probe.
    await copyFile(upload.file.path, join(kept, `${upload.card.clipId}.mp4`));
  };
  const app: App = await createApp(loadConfig(pipelineEnv(sim, prefix, options.env)), silentLogger, {
    providers: [makeProvider(sim)],
    messengers: [messenger],
  });
  await app.startWorker();
  return {
    sim,
    app,
    messenger,
    /** The delivered MP4 of a clip, probed. */
    probe: (clipId: string) => probeFile(join(kept, `${clipId}.mp4`)),
    async close() {
      await app.close();
      await sim.close();
      await dropPrefix(prefix);
    },
  };
}
