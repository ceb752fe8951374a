import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMp4Info } from '../../src/media/mp4-info.ts';
import { probeFile, runFfmpeg } from '../../src/media/probe.ts';
import { tempDir } from '../helpers/pipeline.ts';

const dir = tempDir('mp4-info');

/** A real MP4 from ffmpeg's test sources: the kinds of file providers send. */
async function make(name: string, o: { size: string; seconds: number; audio: boolean; faststart: boolean }) {
  const path = join(dir, `${name}.mp4`);
  const { code, stderr } = await runFfmpeg([
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=${o.size}:rate=24:duration=${o.seconds}`,
    ...(o.audio ? ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${o.seconds}`, '-c:a', 'aac'] : []),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    ...(o.faststart ? ['-movflags', '+faststart'] : []),
    path,
  ]);
  if (code !== 0) throw new Error(`ffmpeg could not make the test clip: ${stderr.slice(-500)}`);
  return path;
}

describe('reading an MP4 header in process', () => {
  it('reads what ffmpeg reads: duration, coded size, sound, with the header first or last', async () => {
    const cases = [
      { name: 'landscape-sound-last', size: '1280x720', seconds: 2, audio: true, faststart: false },
      { name: 'portrait-sound-first', size: '720x1280', seconds: 3, audio: true, faststart: true },
      { name: 'square-silent', size: '480x480', seconds: 1.5, audio: false, faststart: false },
    ];
    for (const c of cases) {
      const path = await make(c.name, c);
      const info = await readMp4Info(path);
      expect(info, c.name).toEqual(await probeFile(path));
      expect(info).toMatchObject({ hasAudio: c.audio });
      expect(`${info?.width}x${info?.height}`).toBe(c.size);
    }
  }, 60_000);

  it('says nothing for a file it cannot read, so the caller asks ffmpeg', async () => {
    const notMp4 = join(dir, 'page.mp4');
    await writeFile(notMp4, '<html>Access denied</html>');
    expect(await readMp4Info(notMp4)).toBeUndefined();
    // A box header that claims more bytes than the file has.
    const truncated = join(dir, 'truncated.mp4');
    const box = Buffer.alloc(16);
    box.writeUInt32BE(4096, 0);
    box.write('moov', 4, 'latin1');
    await writeFile(truncated, box);
    expect(await readMp4Info(truncated)).toBeUndefined();
  });
});
