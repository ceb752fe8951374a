import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shotClipId } from '../../../src/core/story/story.ts';
import { lastFrameOf } from '../../../src/media/last-frame.ts';
import type { FakeMessage } from '../../fakes/slack/index.ts';
import { tempDir } from '../../helpers/pipeline.ts';
import { type SlackBot, threadMessages, until } from './harness.ts';

const dir = tempDir('slack-media');

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What ffprobe reads in a posted file: the container's length and each stream's type and length. */
export interface Probed {
  durationS: number;
  streams: { type: string; durationS: number }[];
}

/** ffprobe on bytes (written to a temp file): the format's and every stream's duration. */
export async function probeBytes(bytes: Uint8Array): Promise<Probed> {
  const file = join(dir, `${randomUUID()}.mp4`);
  await writeFile(file, bytes);
  const json = await new Promise<string>((resolve, reject) =>
    execFile(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'stream=codec_type,duration:format=duration', '-of', 'json', file],
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
  const parsed = JSON.parse(json) as {
    format: { duration: string };
    streams: { codec_type: string; duration?: string }[];
  };
  return {
    durationS: Number(parsed.format.duration),
    streams: parsed.streams.map((s) => ({ type: s.codec_type, durationS: Number(s.duration ?? 0) })),
  };
}

/** SHA-256 of the last frame ffmpeg reads from a video's bytes (the PNG the core would send). */
export async function lastFrameSha(bytes: Uint8Array): Promise<string> {
  const file = join(dir, `${randomUUID()}.mp4`);
  await writeFile(file, bytes);
  return sha256(await lastFrameOf(file, join(dir, `${randomUUID()}.png`)));
}

/** The bytes of a video the simulator's OpenAI API made (GET /v1/videos/{id}/content). */
export async function simVideo(
  bot: SlackBot,
  jobId: string,
  apiKey = 'sk-test-pipeline-key',
): Promise<Uint8Array> {
  const res = await fetch(`${bot.sim.url}/videos/${jobId}/content`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  if (res.status !== 200) throw new Error(`simulator content ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The file-share messages in a thread, and the bytes of the one posted (waits for it). */
export async function postedVideo(
  bot: SlackBot,
  rootTs: string,
): Promise<{ shares: FakeMessage[]; bytes: Buffer }> {
  const share = await until(
    'the posted video',
    () => threadMessages(bot, rootTs).find((m) => m.subtype === 'file_share'),
    60_000,
  );
  const file = bot.fake.state.files.get(share.fileIds?.[0] ?? '');
  if (!file?.bytes) throw new Error('the share has no uploaded bytes');
  return { shares: threadMessages(bot, rootTs).filter((m) => m.subtype === 'file_share'), bytes: file.bytes };
}

/** The shot clips of a story, in order. */
export async function shotsOf(bot: SlackBot, storyId: string, count: number) {
  const shots = [];
  for (let i = 0; i < count; i++) {
    const shot = await bot.app.store.clips.get(shotClipId(storyId, i));
    if (!shot) throw new Error(`no shot ${i} in story ${storyId}`);
    shots.push(shot);
  }
  return shots;
}
