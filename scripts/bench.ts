/**
 * `npm run bench`: measures reelbot on this machine and writes BENCHMARKS.md. Starts what it
 * needs itself (the simulator, the fake Discord, worker processes) on loopback and uses the Redis
 * at REDIS_URL (default redis://127.0.0.1:6379) under its own key prefixes. Not part of
 * `npm test`; takes about fifteen minutes on 2 cores.
 *
 * `npm run bench -- admission polling` runs only the named parts (ack, inflight, polling,
 * delivery, edits, admission, join, story) and prints their rows without touching BENCHMARKS.md, which only a
 * full run may rewrite.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { benchAdmission } from '../bench/admission.ts';
import { benchAck, benchDelivery, benchEdits } from '../bench/discord.ts';
import { benchInFlight, startFlags } from '../bench/inflight.ts';
import { benchJoin } from '../bench/join.ts';
import { machine, type Row, say } from '../bench/lib.ts';
import { benchPolling } from '../bench/polling.ts';
import { benchStory } from '../bench/story.ts';
import { createSimulator } from '../simulator/index.ts';
import { tempDir } from '../test/helpers/pipeline.ts';

const PARTS = ['ack', 'inflight', 'polling', 'delivery', 'edits', 'admission', 'join', 'story'] as const;
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(PARTS as readonly string[]).includes(w));
if (unknown.length) {
  process.stderr.write(`bench: unknown part ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}\n`);
  process.exit(2);
}
const run = (part: (typeof PARTS)[number]) => wanted.length === 0 || wanted.includes(part);

const started = new Date();
const rows: Row[] = [];
// Other work on the machine (a test suite, another bench) slows every figure: record how busy it was.
const loads: number[] = [];
const sampler = setInterval(() => loads.push(loadavg()[0]!), 5000);
const sim = await createSimulator({ port: 0, renderMs: 120_000, mediaDir: tempDir('bench-sim') });
try {
  if (run('ack')) rows.push(await benchAck());
  if (run('inflight')) rows.push(await benchInFlight({ concurrency: 10 }));
  if (run('inflight')) rows.push(await benchInFlight({ concurrency: 10, execArgv: startFlags() }));
  if (run('polling')) rows.push(...(await benchPolling()));
  if (run('delivery')) rows.push(await benchDelivery());
  if (run('edits')) rows.push(await benchEdits());
  if (run('admission')) rows.push(await benchAdmission(sim));
  if (run('join')) rows.push(...(await benchJoin()));
  if (run('story')) rows.push(...(await benchStory()));
} finally {
  clearInterval(sampler);
  await sim.close();
}
const load = loads.length
  ? `1-minute load average during the run: mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)}, max ${Math.max(...loads).toFixed(1)} on ${machine().split(' ')[0]} cores`
  : '';

const commit = (() => {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${sha} (with uncommitted changes in the tree)` : sha;
  } catch {
    return 'unknown';
  }
})();
if (wanted.length) {
  for (const r of rows)
    process.stdout.write(
      `${r.what}\n  reelbot: ${r.reelbot}\n  naive: ${r.naive}\n  target: ${r.target}\n  met: ${r.met}\n${r.note ? `  note: ${r.note}\n` : ''}`,
    );
  process.stdout.write(`${load}\n`);
  process.exit(0);
}
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const table = [
  '| measured | reelbot | naive design it replaces | target | met |',
  '|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${cell(r.what)} | ${cell(r.reelbot)} | ${cell(r.naive)} | ${cell(r.target)} | ${r.met === undefined ? '—' : r.met ? 'yes' : '**no**'} |`,
  ),
].join('\n');
const notes = rows.filter((r) => r.note).map((r) => `- ${r.what}: ${r.note}`);
const output = `# Benchmarks

Measured by \`npm run bench\` (scripts/bench.ts, bench/*.ts) on ${started.toISOString().slice(0, 10)}, commit ${commit}.
Machine: ${machine()}. Redis ${redisVersion()} on loopback. ${load}.

${table}

${notes.join('\n')}

${readFileSync('bench/notes.md', 'utf8').trim()}

## How to reproduce

\`\`\`sh
# Redis on 127.0.0.1:6379 (or REDIS_URL); nothing else: the bench starts the simulator, the fake
# Discord and its worker processes itself, all on loopback.
npm run bench        # about fifteen minutes on 2 cores; rewrites BENCHMARKS.md
\`\`\`
`;
writeFileSync('BENCHMARKS.md', output);
say('wrote BENCHMARKS.md');
process.stdout.write(`${table}\n`);

function redisVersion(): string {
  try {
    const info = execFileSync(
      'redis-cli',
      ['-u', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'info', 'server'],
      {
        encoding: 'utf8',
      },
    );
    return /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
