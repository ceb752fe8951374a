import type { Simulator } from '../../simulator/types.ts';
import { probeStreams, simulatorVideo, writeTemp } from './video-checks.ts';

/**
 * Media checks for the Discord e2e tests, in the shape they read: what ffprobe reads in an
 * uploaded MP4, and a video the simulator made as a file (its last frame is what a flow shot
 * must start from). The ffprobe and frame work is shared in video-checks.ts.
 */
export { lastFrameSha256, writeTemp } from './video-checks.ts';

export interface Probed {
  durationS: number;
  videoStreams: number;
  audio: { durationS: number }[];
}

/** ffprobe's reading of an MP4 (format duration, its streams; an audio stream without its own length has the container's). */
export async function ffprobe(bytes: Uint8Array): Promise<Probed> {
  const probed = await probeStreams(bytes);
  return {
    durationS: probed.durationS,
    videoStreams: probed.streams.filter((s) => s.type === 'video').length,
    audio: probed.streams
      .filter((s) => s.type === 'audio')
      .map((s) => ({ durationS: s.durationS ?? probed.durationS })),
  };
}

/** A video the simulator's OpenAI API made, as any client downloads it, in a temporary file. */
export async function openaiVideo(sim: Simulator, id: string, apiKey: string): Promise<string> {
  return writeTemp(await simulatorVideo(sim.url, id, apiKey));
}
