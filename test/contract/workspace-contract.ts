import { describe, expect, it } from 'vitest';
import {
  ADMINS_KEPT,
  type MemberDirectory,
  type RateLimitRepository,
  type SettingChange,
  type SettingsRepository,
} from '../../src/core/ports/workspace.ts';

const scope = () => `test:w-${Math.random().toString(36).slice(2, 10)}`;
const change = (key: SettingChange['key'], to: string, at = 1): SettingChange => ({
  at,
  by: { id: 'cy', name: 'Cy' },
  key,
  from: 'default',
  to,
});

/** Settings, the member directory and rate limits: the same behaviour on Redis and in memory. */
export function workspaceContract(
  name: string,
  make: () => { settings: SettingsRepository; members: MemberDirectory; rateLimits: RateLimitRepository },
) {
  describe(`Workspace repositories contract: ${name}`, () => {
    it('stores settings per workspace, goes back to the default, and logs every change newest first', async () => {
      const { settings } = make();
      const w = scope();
      expect(await settings.get(w)).toEqual({});
      await settings.change(w, 'dailyBudgetCents', 2000, change('dailyBudgetCents', '$20.00', 1));
      await settings.change(w, 'channels', ['c1', 'c2'], change('channels', 'c1, c2', 2));
      const after = await settings.change(
        w,
        'memberDailyClips',
        null,
        change('memberDailyClips', 'no limit', 3),
      );
      expect(after).toEqual({ dailyBudgetCents: 2000, channels: ['c1', 'c2'], memberDailyClips: null });
      expect(await settings.get(w)).toEqual(after);
      expect(await settings.get(scope())).toEqual({});
      await settings.change(w, 'dailyBudgetCents', undefined, change('dailyBudgetCents', 'default', 4));
      expect(await settings.get(w)).toEqual({ channels: ['c1', 'c2'], memberDailyClips: null });
      const log = await settings.history(w, 3);
      expect(log.map((e) => e.at)).toEqual([4, 3, 2]);
      expect(log[0]).toEqual(change('dailyBudgetCents', 'default', 4));
    });

    it('keeps a short change log', async () => {
      const { settings } = make();
      const w = scope();
      for (let i = 1; i <= 55; i++)
        await settings.change(w, 'ratePerMinute', i, change('ratePerMinute', `${i}`, i));
      const log = await settings.history(w, 100);
      expect(log).toHaveLength(50);
      expect(log[0]!.at).toBe(55);
    });

    it('remembers members and their consent, and a new name never undoes a consent', async () => {
      const { members } = make();
      const w = scope();
      await members.remember(w, { id: 'u1', name: 'Ada' });
      await members.setConsent(w, { id: 'u2', name: 'Bob' }, true);
      await members.remember(w, { id: 'u2', name: 'Bobby' });
      const list = (await members.list(w)).sort((a, b) => a.id.localeCompare(b.id));
      expect(list).toEqual([
        { id: 'u1', name: 'Ada', consent: false },
        { id: 'u2', name: 'Bobby', consent: true },
      ]);
      await members.setConsent(w, { id: 'u2', name: 'Bobby' }, false);
      expect((await members.list(w)).find((m) => m.id === 'u2')?.consent).toBe(false);
      expect(await members.list(scope())).toEqual([]);
    });

    it('keeps the admins seen most recently, bounded, and only those seen since a time', async () => {
      const { members } = make();
      const w = scope();
      for (let i = 0; i < ADMINS_KEPT + 5; i++)
        await members.noteAdmin(w, { id: `a${i}`, name: `A${i}` }, 100 + i);
      // Seen again later, with a new name: moves to the front.
      await members.noteAdmin(w, { id: 'a7', name: 'Ada' }, 1000);
      const admins = await members.admins(w, 0);
      expect(admins).toHaveLength(ADMINS_KEPT);
      expect(admins[0]).toEqual({ id: 'a7', name: 'Ada' });
      expect(admins.map((a) => a.id)).not.toContain('a0');
      expect(admins.map((a) => a.id)).toContain(`a${ADMINS_KEPT + 4}`);
      expect((await members.admins(w, 100 + ADMINS_KEPT + 4)).map((a) => a.id)).toEqual([
        'a7',
        `a${ADMINS_KEPT + 4}`,
      ]);
      expect(await members.admins(scope(), 0)).toEqual([]);
    });

    it('gives each key a bucket of tokens refilled over a minute', async () => {
      const { rateLimits } = make();
      const key = scope();
      const t0 = 1_000_000;
      for (let i = 0; i < 3; i++) expect((await rateLimits.take(key, 3, t0)).allowed).toBe(true);
      const refused = await rateLimits.take(key, 3, t0);
      expect(refused.allowed).toBe(false);
      // 3 per minute: a token is back 20 s after the bucket ran dry.
      expect(refused.retryAfterMs).toBe(20_000);
      expect((await rateLimits.take(`${key}-other`, 3, t0)).allowed).toBe(true);
      expect((await rateLimits.take(key, 3, t0 + 19_000)).allowed).toBe(false);
      expect((await rateLimits.take(key, 3, t0 + 21_000)).allowed).toBe(true);
      // A clock behind the last writer refills nothing.
      expect((await rateLimits.take(key, 3, t0)).allowed).toBe(false);
    });
  });
}
