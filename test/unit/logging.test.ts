import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging.ts';

describe('logging', () => {
  it('never writes a secret, whether in a secret-named field or inside a message', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const secret = 'xoxb-super-secret-token';
    const logger = createLogger({ level: 'debug', secrets: [secret], destination });
    logger.info({ config: { slack: { botToken: secret } }, token: secret }, 'starting');
    logger
      .child({ clipId: 'c1' })
      .error({ err: `request to https://x/?t=${secret} failed` }, `boom ${secret}`);
    const output = lines.join('');
    expect(output).toContain('starting');
    expect(output).toContain('c1');
    expect(output).not.toContain(secret);
    expect(output).toContain('[redacted]');
  });
});
