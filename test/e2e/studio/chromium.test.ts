import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../helpers/chromium.ts';
import { launchChromium } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'reelbot-chromium-'));
const fakeBrowser = join(dir, 'chromium');
writeFileSync(fakeBrowser, '#!/bin/sh\n');
chmodSync(fakeBrowser, 0o755);

/** The message, which must be one line that says how to get Chromium. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected findChromium to throw');
}

const previous = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (previous === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = previous;
});

describe('finding Chromium for the browser tests', () => {
  it('takes CHROMIUM_PATH, and says in one line how to fix it when it points nowhere', () => {
    expect(findChromium({ CHROMIUM_PATH: fakeBrowser, PATH: '' }, [])).toBe(fakeBrowser);
    for (const nowhere of ['/nonexistent/chromium', dir]) {
      const message = failure(() => findChromium({ CHROMIUM_PATH: nowhere, PATH: dir }, []));
      expect(message).toBe(
        `CHROMIUM_PATH is ${nowhere}, which is not a program that can run: install Chromium (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
      );
    }
  });

  it('looks on PATH, and names what it looked for when nothing is there', () => {
    expect(findChromium({ PATH: `/nonexistent:${dir}` }, [])).toBe(fakeBrowser);
    const message = failure(() => findChromium({ PATH: '/nonexistent' }, []));
    expect(message).toMatch(/^No Chromium for the browser tests \(looked for chromium, chromium-browser, /);
    expect(message).toContain('sudo apt-get install chromium');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).not.toContain('\n');
  });

  it('is what the studio’s browser tests launch: a wrong CHROMIUM_PATH fails them with that line', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    await expect(launchChromium()).rejects.toThrow(/^CHROMIUM_PATH is \/nonexistent\/chromium, which is not/);
  });
});
