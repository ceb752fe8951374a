import { shotClipId } from '../../../src/core/story/story.ts';
import type { FakeMessage } from '../../fakes/slack/index.ts';
import { probeStreams, simulatorVideo } from '../../helpers/video-checks.ts';
import { type SlackBot, threadMessages, until } from './harness.ts';

/** The ffprobe and frame work is shared by every surface's e2e tests (video-checks.ts). */
export { lastFrameShaOf as lastFrameSha } from '../../helpers/video-checks.ts';

/** What ffprobe reads in a posted file: the container's length and each stream's type and length. */
export interface Probed {
  durationS: number;
  streams: { type: string; durationS: number }[];
}

/** ffprobe on bytes: the format's and every stream's duration (0 for a stream without one). */
export async function probeBytes(bytes: Uint8Array): Promise<Probed> {
  const probed = await probeStreams(bytes);
  return {
    durationS: probed.durationS,
    streams: probed.streams.map((s) => ({ type: s.type, durationS: s.durationS ?? 0 })),
  };
}

/** The bytes of a video the simulator's OpenAI API made (GET /v1/videos/{id}/content). */
export async function simVideo(
  bot: SlackBot,
  jobId: string,
  apiKey = 'sk-test-pipeline-key',
): Promise<Uint8Array> {
  return simulatorVideo(bot.sim.url, jobId, apiKey);
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
