import type { MessageView } from '../../adapters/studio/web/types.ts';
import { probeStreams, simulatorVideo } from './video-checks.ts';

/**
 * What the studio's story and cast tests read from the outside: the posted MP4 as ffprobe sees
 * it, and the last frame of a video the simulator made, to compare with what the next shot got.
 * The ffprobe and frame work is shared in video-checks.ts.
 */
export { lastFrameShaOf as lastFrameSha } from './video-checks.ts';

/** The container's length and every audio stream's, as ffprobe reads the bytes. */
export interface Probed {
  durationS: number;
  video: number;
  audio: { durationS: number }[];
}

/** ffprobe on the bytes; an audio stream without its own length reads NaN. */
export async function probeBytes(bytes: Uint8Array): Promise<Probed> {
  const probed = await probeStreams(bytes);
  return {
    durationS: probed.durationS,
    video: probed.streams.filter((s) => s.type === 'video').length,
    audio: probed.streams
      .filter((s) => s.type === 'audio')
      .map((s) => ({ durationS: s.durationS ?? Number.NaN })),
  };
}

/** The bytes of a posted video, fetched as the page plays it. */
export async function postedBytes(base: string, message: MessageView): Promise<Uint8Array> {
  const res = await fetch(`${base}${message.video!.url}`);
  if (res.status !== 200) throw new Error(`media answered ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** An OpenAI-API video's bytes from the simulator (GET /v1/videos/{id}/content). */
export async function simVideo(simUrl: string, videoId: string): Promise<Uint8Array> {
  return simulatorVideo(simUrl, videoId, 'sk-test');
}
