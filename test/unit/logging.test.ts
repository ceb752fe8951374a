import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { resolveLogFormat } from '../../src/log-format.ts';
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

/** A logger writing into an array, in the given format, with stdout seen as a terminal or not. */
function capture(format: 'auto' | 'pretty' | 'json', isTTY: boolean, secrets: string[] = []) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const was = process.stdout.isTTY;
  process.stdout.isTTY = isTTY;
  try {
    return { logger: createLogger({ level: 'info', secrets, destination, format }), lines };
  } finally {
    process.stdout.isTTY = was;
  }
}

describe('log format', () => {
  it('is for people in a terminal and JSON otherwise, or what LOG_FORMAT says', () => {
    expect(resolveLogFormat('auto', true)).toBe('pretty');
    expect(resolveLogFormat('auto', false)).toBe('json');
    expect(resolveLogFormat('json', true)).toBe('json');
    expect(resolveLogFormat('pretty', false)).toBe('pretty');
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'yaml' })).toThrow('LOG_FORMAT: expected auto, pretty or json');
  });

  it('writes readable lines when stdout is a terminal, with secrets still scrubbed', () => {
    const secret = 'xoxb-super-secret-token';
    const { logger, lines } = capture('auto', true, [secret]);
    logger.child({ clipId: 'c1' }).warn({ token: secret, url: `https://x/?t=${secret}` }, 'clip queued');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d WARN {2}clip queued clipId=c1 token=\[redacted\] url="https:\/\/x\/\?t=\[redacted\]"$/,
    );
    expect(lines.join('')).not.toContain(secret);
  });

  it('writes JSON when stdout is not a terminal, and when LOG_FORMAT=json in a terminal', () => {
    for (const { format, isTTY } of [
      { format: 'auto', isTTY: false },
      { format: 'json', isTTY: true },
    ] as const) {
      const { logger, lines } = capture(format, isTTY);
      logger.info({ clipId: 'c1' }, 'clip queued');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'clip queued', clipId: 'c1' });
    }
  });

  it('shows an error’s stack under its line and turns control characters into visible escapes', () => {
    const { logger, lines } = capture('pretty', false);
    logger.error({ err: new Error('render failed') }, 'prompt: \u001b[2Jgone\u009b31m');
    expect(lines[0]).toContain('ERROR prompt: \\u001b[2Jgone\\u009b31m err="render failed"');
    expect(lines[1]).toMatch(/^ {4}at /);
    expect(lines.some((line) => line.includes('\u001b') || line.includes('\u009b'))).toBe(false);
  });
});
