import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm start` and `npm test` on a Node too old to run TypeScript: one line that names the Node
 * found, the Node needed and how to get it, and a non-zero exit before anything else runs. The
 * old Node is the machine's system Node 20 at /usr/bin/node (Debian's; never modified here).
 */
const OLD_NODE = '/usr/bin/node';
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** A PATH on which `node` is the old Node, as on a machine that has only it. */
function oldNodePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reelbot-old-node-'));
  symlinkSync(OLD_NODE, join(dir, 'node'));
  return `${dir}:/usr/bin:/bin`;
}

/** Run a package.json script the way npm does (`sh -c`), with the old Node first on PATH. */
function runScript(name: string) {
  return spawnSync('sh', ['-c', scripts[name]!], {
    env: { PATH: oldNodePath(), HOME: tmpdir() },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

function expectTheOneLine(stderr: string, oldVersion: string) {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines).toHaveLength(1);
  const line = lines[0]!;
  expect(line).toContain(`found ${oldVersion}`);
  expect(line).toContain('>= 22.18');
  expect(line).toContain('https://nodejs.org/');
  expect(line).toContain('nvm install 24');
  expect(line).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
}

describe('the Node preflight', () => {
  const oldVersion = spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();

  it('runs on the old system Node, which is older than 22.18', () => {
    expect(oldVersion).toMatch(/^v(1\d|20|21|22\.(\d|1[0-7]))\./);
    const run = spawnSync(OLD_NODE, ['scripts/preflight.cjs'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expectTheOneLine(run.stderr, oldVersion);
  });

  it('stops `npm start` with that line and a non-zero exit, before main.ts', () => {
    // `exec`: sh hands its process to Node, so a SIGTERM sent to `npm start` reaches main.ts.
    expect(scripts.start).toMatch(/^node scripts\/preflight\.cjs && exec node .*src\/main\.ts$/);
    const run = runScript('start');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expectTheOneLine(run.stderr, oldVersion);
  });

  it('stops `npm test` with that line and a non-zero exit, before lint and vitest', () => {
    expect(scripts.test).toMatch(/^node scripts\/preflight\.cjs && npm run lint/);
    const run = runScript('test');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expectTheOneLine(run.stderr, oldVersion);
  });

  it('says nothing and exits 0 on this Node', () => {
    const run = spawnSync(process.execPath, ['scripts/preflight.cjs'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('asks for 22.18 exactly: 22.17 is refused, 22.18 and 24 pass', () => {
    const withVersion = (version: string) =>
      spawnSync(
        process.execPath,
        [
          '-e',
          `Object.defineProperty(process, 'version', { value: '${version}' }); require('./scripts/preflight.cjs');`,
        ],
        { encoding: 'utf8' },
      );
    expect(withVersion('v22.17.1').status).toBe(1);
    expect(withVersion('v22.17.1').stderr).toContain('found v22.17.1');
    expect(withVersion('v22.18.0').status).toBe(0);
    expect(withVersion('v24.0.0').status).toBe(0);
    expect(withVersion('v3.0.0').status).toBe(1);
  });
});
