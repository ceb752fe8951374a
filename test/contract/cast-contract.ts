import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CastRepository } from '../../src/core/cast/cast-repository.ts';
import type { Store } from '../../src/core/ports/store.ts';

let n = 0;
const scopeName = () => `cast-scope-${Date.now()}-${n++}`;
const ada = { id: 'U-ada', name: 'Ada' };
const bob = { id: 'U-bob', name: 'Bob' };
/** Every byte value, so a store that is not binary safe (UTF-8 round trip) loses some. */
const binary = (seed: number) => Uint8Array.from({ length: 512 }, (_, i) => (i * 7 + seed) % 256);
const picture = (i: number) => ({ id: `p${String(1000 + i)}-${i}`, bytes: binary(i) });

/** The behaviour every cast repository must have; run against Redis and the in-memory twin. */
export function castContract(name: string, make: () => Promise<Store>, cleanup?: () => Promise<void>) {
  describe(`Cast contract: ${name}`, () => {
    let store: Store;
    let cast: CastRepository;
    let scope: string;
    beforeEach(async () => {
      store ??= await make();
      cast = store.cast;
      scope = scopeName();
    });
    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });

    it('keeps pictures byte for byte, oldest first, with allow defaulting to me', async () => {
      expect(await cast.addPicture(scope, ada, picture(1), { max: 3 })).toBe('ok');
      expect(await cast.addPicture(scope, ada, picture(2), { max: 3, handle: 'ada' })).toBe('ok');
      const record = await cast.get(scope, ada.id);
      expect(record).toEqual({
        memberId: ada.id,
        name: 'Ada',
        handle: 'ada',
        allow: 'me',
        approved: [],
        pictureIds: [picture(1).id, picture(2).id],
      });
      const pictures = await cast.pictures(scope, ada.id);
      expect(pictures.map((p) => p.id)).toEqual([picture(1).id, picture(2).id]);
      expect(Buffer.from(pictures[0]!.bytes).equals(Buffer.from(binary(1)))).toBe(true);
      expect(Buffer.from(pictures[1]!.bytes).equals(Buffer.from(binary(2)))).toBe(true);
    });

    it('refuses a picture past the limit and changes nothing', async () => {
      for (const i of [1, 2, 3]) expect(await cast.addPicture(scope, ada, picture(i), { max: 3 })).toBe('ok');
      expect(await cast.addPicture(scope, ada, picture(4), { max: 3, handle: 'ada4' })).toBe('full');
      expect((await cast.get(scope, ada.id))?.pictureIds).toHaveLength(3);
      expect((await cast.get(scope, ada.id))?.handle).toBeUndefined();
      expect(await cast.pictures(scope, ada.id)).toHaveLength(3);
    });

    it('keeps a handle to one member, and a refused add stores nothing', async () => {
      expect(await cast.addPicture(scope, ada, picture(1), { max: 3, handle: 'star' })).toBe('ok');
      expect(await cast.addPicture(scope, bob, picture(2), { max: 3, handle: 'star' })).toBe('taken');
      expect(await cast.get(scope, bob.id)).toBeUndefined();
      expect(await cast.pictures(scope, bob.id)).toEqual([]);
      // Ada may repeat or change her own handle; the old one is free again.
      expect(await cast.addPicture(scope, ada, picture(3), { max: 3, handle: 'nova' })).toBe('ok');
      expect(await cast.addPicture(scope, bob, picture(2), { max: 3, handle: 'star' })).toBe('ok');
      expect((await cast.list(scope)).map((r) => [r.memberId, r.handle]).sort()).toEqual([
        [ada.id, 'nova'],
        [bob.id, 'star'],
      ]);
    });

    it('sets allow and the approved set only for a member with a cast', async () => {
      expect(await cast.setAllow(scope, ada.id, 'everyone')).toBe(false);
      expect(await cast.setApproved(scope, ada.id, bob.id, true)).toBe(false);
      expect(await cast.get(scope, ada.id)).toBeUndefined();
      await cast.addPicture(scope, ada, picture(1), { max: 3 });
      expect(await cast.setAllow(scope, ada.id, 'approved')).toBe(true);
      expect(await cast.setApproved(scope, ada.id, bob.id, true)).toBe(true);
      expect(await cast.setApproved(scope, ada.id, 'U-cy', true)).toBe(true);
      expect(await cast.get(scope, ada.id)).toMatchObject({ allow: 'approved', approved: ['U-bob', 'U-cy'] });
      expect(await cast.setApproved(scope, ada.id, bob.id, false)).toBe(true);
      expect((await cast.get(scope, ada.id))?.approved).toEqual(['U-cy']);
    });

    it('removes pictures, handle and settings; a new cast starts from me', async () => {
      await cast.addPicture(scope, ada, picture(1), { max: 3, handle: 'ada' });
      await cast.setAllow(scope, ada.id, 'everyone');
      await cast.setApproved(scope, ada.id, bob.id, true);
      expect(await cast.remove(scope, ada.id)).toBe(true);
      expect(await cast.remove(scope, ada.id)).toBe(false);
      expect(await cast.get(scope, ada.id)).toBeUndefined();
      expect(await cast.pictures(scope, ada.id)).toEqual([]);
      expect(await cast.list(scope)).toEqual([]);
      expect(await cast.addPicture(scope, bob, picture(2), { max: 3, handle: 'ada' })).toBe('ok');
      await cast.addPicture(scope, ada, picture(3), { max: 3 });
      expect(await cast.get(scope, ada.id)).toMatchObject({ allow: 'me', approved: [] });
    });

    it('lists the clips a likeness appears in, newest first, each once, kept after a remove', async () => {
      await cast.addPicture(scope, ada, picture(1), { max: 3 });
      await cast.noteClip(scope, ada.id, 'c1', 100);
      await cast.noteClip(scope, ada.id, 'c2', 200);
      await cast.noteClip(scope, ada.id, 'c1', 300);
      await cast.noteClip(scope, ada.id, 'c3', 300);
      expect(await cast.clips(scope, ada.id, 10)).toEqual(['c3', 'c2', 'c1']);
      expect(await cast.clips(scope, ada.id, 2)).toEqual(['c3', 'c2']);
      await cast.remove(scope, ada.id);
      expect(await cast.clips(scope, ada.id, 10)).toEqual(['c3', 'c2', 'c1']);
      expect(await cast.clips(scope, bob.id, 10)).toEqual([]);
    });

    it('keeps workspaces apart', async () => {
      const other = scopeName();
      await cast.addPicture(scope, ada, picture(1), { max: 3, handle: 'ada' });
      expect(await cast.get(other, ada.id)).toBeUndefined();
      expect(await cast.addPicture(other, bob, picture(2), { max: 3, handle: 'ada' })).toBe('ok');
      expect((await cast.list(other)).map((r) => r.memberId)).toEqual([bob.id]);
    });
  });
}
