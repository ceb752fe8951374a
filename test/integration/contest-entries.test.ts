import { afterAll, describe, expect, it } from 'vitest';
import type { Member } from '../../src/core/clip/clip.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import type { Place } from '../../src/core/place.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { setup } from '../helpers/core-harness.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const prefix = uniquePrefix('contest-entries');
const store = createRedisStore({ url: REDIS_URL, prefix });
afterAll(async () => {
  await store.close();
  await dropPrefix(prefix);
});

const place: Place = { surface: 'test', workspaceId: 'w', channelId: 'c' };
const ada: Member = { id: 'ada', name: 'Ada' };

describe('contest entries on Redis', () => {
  it('lets exactly 2 of 20 simultaneous entries from one member in, the rest refused before any spend', async () => {
    const t = setup({ store });
    const contest = await t.contests.start({ id: 'cy', name: 'Cy', admin: true }, place, {
      theme: 'paper boats',
      submitMs: 3_600_000,
      voteMs: 3_600_000,
      entriesPerMember: 2,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        t.service.request({
          prompt: `paper boat number ${i}`,
          options: { durationS: 4 },
          author: ada,
          place,
          contest: 'yes',
        }),
      ),
    );
    const admitted = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(admitted).toHaveLength(2);
    expect(refused).toHaveLength(18);
    for (const r of refused) {
      expect(r.reason).toMatchObject({ code: ErrorCode.Conflict });
      expect(r.reason.userMessage).toContain('You already have 2 entries in contest “paper boats”');
    }
    // Only the admitted clips were queued (and only they reserved budget in a full app).
    expect(t.queue.jobs.filter((id) => !id.startsWith('contest-'))).toHaveLength(2);
    const entries = await store.contests.entries(contest.id);
    expect(entries.map((e) => e.clipId).sort()).toEqual(
      admitted.map((r) => (r as PromiseFulfilledResult<{ id: string }>).value.id).sort(),
    );
  });
});
