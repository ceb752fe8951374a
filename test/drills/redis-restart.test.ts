import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { tempDir } from '../helpers/pipeline.ts';
import { waitFor } from '../ops/main-process.ts';

/**
 * Drill: Redis restarts (with its append-only file) while members vote. The test runs its own
 * redis-server on a free port, never the shared one. Votes go through ClipService as a chat
 * surface sends them; a vote that fails during the restart is reported to the caller as failed
 * and sent again, as a platform redelivers an event. Afterwards every acknowledged vote is there
 * and none counts twice.
 */
const CLIPS = 4;
const MEMBERS = 250;
const PARALLEL = 20;
let port: number;
let dir: string;
let redis: ChildProcess | undefined;
let app: App;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

const cli = (...args: string[]) =>
  execFileSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8', timeout: 5000 }).trim();

async function startRedis() {
  redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''],
    { stdio: 'ignore' },
  );
  await waitFor(() => {
    try {
      return cli('ping') === 'PONG';
    } catch {
      return false;
    }
  }, 'redis-server to answer');
}

async function stopRedis() {
  const running = redis!;
  const exited = new Promise((r) => running.once('exit', r));
  // SHUTDOWN flushes the append-only file before the process exits (no RDB: --save "").
  try {
    cli('shutdown');
  } catch {
    // redis-cli reports the connection closing under it; the exit below is what counts.
  }
  await exited;
}

beforeAll(async () => {
  port = await freePort();
  dir = tempDir('drill-redis');
  await startRedis();
  app = await createApp(
    loadConfig({
      REDIS_URL: `redis://127.0.0.1:${port}`,
      REDIS_PREFIX: 'drill-votes',
      VIDEO_PROVIDER: 'simulator',
      MEDIA_DIR: tempDir('drill-redis-media'),
      LOG_LEVEL: 'silent',
    }),
    silentLogger,
  );
});

afterAll(async () => {
  await app?.close();
  redis?.kill('SIGKILL');
});

describe('drill: Redis restarts during voting', () => {
  it('keeps every acknowledged vote and counts none twice', { timeout: 90_000 }, async () => {
    expect(cli('config', 'get', 'appendonly')).toContain('yes');
    const clips: Clip[] = [];
    for (let i = 0; i < CLIPS; i++) {
      const now = Date.now();
      const clip: Clip = {
        id: `vote-clip-${i}`,
        prompt: `clip ${i}`,
        options: { model: 'sora-2', durationS: 4, size: '720x1280' },
        author: { id: 'author', name: 'Author' },
        place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
        origin: 'new',
        state: 'posted',
        provider: 'simulator',
        progress: 100,
        estimatedCostUsd: 0.4,
        statusCalls: 0,
        retries: 0,
        createdAt: now,
        updatedAt: now,
      };
      await app.store.clips.create(clip);
      clips.push(clip);
    }

    const votes = clips.flatMap((clip) =>
      Array.from({ length: MEMBERS }, (_, m) => ({
        clipId: clip.id,
        member: { id: `m${m}`, name: `M${m}` },
      })),
    );
    const acknowledged: { clipId: string; memberId: string; counted: boolean; beforeRestart: boolean }[] = [];
    let failures = 0;
    let restarted = false;
    let next = 0;
    // Once a third are in, voters wait until the shutdown is issued, so Redis goes down mid-vote
    // however fast the votes go (auto-pipelined, 1,000 votes can finish before a poll notices).
    let thirdIn!: () => void;
    const third = new Promise<void>((resolve) => {
      thirdIn = resolve;
    });
    let resume!: () => void;
    const shutdownIssued = new Promise<void>((resolve) => {
      resume = resolve;
    });
    const voter = async () => {
      while (next < votes.length) {
        const vote = votes[next++]!;
        for (;;) {
          try {
            const result = await app.services.clips.vote(vote.clipId, vote.member);
            acknowledged.push({
              clipId: vote.clipId,
              memberId: vote.member.id,
              counted: result.counted,
              beforeRestart: !restarted,
            });
            if (acknowledged.length >= votes.length / 3) {
              thirdIn();
              await shutdownIssued;
            }
            break;
          } catch {
            failures++; // the caller saw the failure; the platform sends the event again
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      }
    };
    const voting = Promise.all(Array.from({ length: PARALLEL }, voter));

    await third;
    restarted = true;
    const outstandingAtRestart = votes.length - acknowledged.length;
    // stopRedis sends SHUTDOWN before its first await: the voters resume against a Redis going down.
    const stopped = stopRedis();
    resume();
    await stopped;
    // Down long enough that commands in flight run out of reconnect attempts and fail.
    await new Promise((r) => setTimeout(r, 1500));
    await startRedis();
    await voting;

    // Redis went down mid-vote. Whether a call failed (and was redelivered) or waited through the
    // reconnect depends on timing; both are fine, and every acknowledged vote must survive.
    expect(outstandingAtRestart).toBeGreaterThan(0);
    expect(acknowledged.filter((a) => a.beforeRestart).length).toBeGreaterThanOrEqual(votes.length / 3);
    expect(acknowledged).toHaveLength(votes.length);
    for (const clip of clips) {
      const voters = await app.store.votes.voters(clip.id);
      const acked = acknowledged.filter((a) => a.clipId === clip.id);
      // Every acknowledged vote survived the restart...
      expect(new Set(voters)).toEqual(new Set(acked.map((a) => a.memberId)));
      // ...and counts once: the tally is the number of members, and no retry counted it again.
      expect(await app.store.votes.count(clip.id)).toBe(MEMBERS);
      expect(acked.filter((a) => a.counted).length).toBeLessThanOrEqual(MEMBERS);
    }
    const countedTwice =
      acknowledged.length - new Set(acknowledged.map((a) => `${a.clipId}/${a.memberId}`)).size;
    expect(countedTwice).toBe(0);
    console.log(
      `drill redis: ${votes.length} votes, ${acknowledged.filter((a) => a.beforeRestart).length} acknowledged before the restart, ${failures} failed attempts retried, ${acknowledged.filter((a) => !a.counted).length} retries found their vote already in`,
    );
  });
});
