import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipCard } from '../../src/core/card/card.ts';
import type { Member, MessageRef } from '../../src/core/clip/clip.ts';
import type { Place } from '../../src/core/place.ts';
import type { Messenger, OutgoingFile } from '../../src/core/ports/messenger.ts';
import { tempDir } from '../helpers/pipeline.ts';

/**
 * One surface's messenger against its fake platform, with the few ways a test reads what the
 * platform now shows. Each surface's fixture lives beside its e2e tests.
 */
export interface MessengerFixture {
  messenger: Messenger;
  /** The same surface's messenger in another worker process (its own connections, shared state). */
  anotherWorker(): Promise<Messenger>;
  /** Where the worker posts (a thread where the surface keeps clips in one). */
  place: Place;
  /** Everything the platform shows for one message (text, blocks, embeds), as one string. */
  shown(ref: MessageRef): Promise<string | undefined>;
  /** How many videos the platform shows in `place`. */
  videos(): Promise<number>;
  /** A member the bot may notify. */
  member: Member;
  /** How the platform shows that member named in a message. */
  mentionOf(member: Member): string;
  /** The vote reaction as this surface's messenger reads it. */
  voteEmoji: string;
  /**
   * Put the vote reaction on a message as `member`, the way the platform records it. Absent
   * exactly when the surface keeps no reaction list of its own (`voters` is absent too).
   */
  react?(ref: MessageRef, member: Member): Promise<void>;
  close(): Promise<void>;
}

let cards = 0;
/** A card of its own clip each time: surfaces dedupe a card posted twice for one clip. */
const card = (
  prompt: string,
  state: ClipCard['state'] = 'queued',
  clipId = `c-contract-${++cards}`,
): ClipCard => ({
  clipId,
  locale: 'en',
  prompt,
  author: { id: 'author', name: 'Ada' },
  state,
  progress: state === 'posted' ? 100 : 0,
  model: 'sora-2',
  durationS: 4,
  size: '1280x720',
  estimatedCostUsd: 0.4,
  actions: [],
});

/** A file that starts like an MP4 (an `ftyp` box): what every surface's upload accepts. */
async function sampleFile(name: string): Promise<OutgoingFile> {
  const path = join(tempDir('messenger-contract'), name);
  const bytes = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(64)]);
  await writeFile(path, bytes);
  return { path, name, bytes: bytes.length, contentType: 'video/mp4' };
}

/**
 * What every Messenger does, whatever its platform: the worker posts, edits, uploads once per
 * idempotency key, says text, removes, and reads votes back, and the platform shows each.
 */
export function messengerContract(name: string, setup: () => Promise<MessengerFixture>): void {
  describe(`Messenger contract: ${name}`, () => {
    let f: MessengerFixture;
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(async () => {
      await f?.close();
    });

    it('posts a card and edits that same message in place', async () => {
      const first = card('a paper boat in the rain');
      const ref = await f.messenger.post(f.place, first);
      expect(await f.shown(ref)).toContain('a paper boat in the rain');
      await f.messenger.edit(ref, card('a paper boat at dusk', 'rendering', first.clipId));
      const shown = await f.shown(ref);
      expect(shown).toContain('a paper boat at dusk');
      expect(shown).not.toContain('a paper boat in the rain');
    });

    it('uploads once per idempotency key, even when another worker retries the delivery', async () => {
      const before = await f.videos();
      const file = await sampleFile(`reelbot-c-contract-${Date.now()}.mp4`);
      const posted = card('a lighthouse', 'posted');
      const first = await f.messenger.upload(f.place, file, posted, `reelbot-${file.name}-deliver`);
      const again = await f.messenger.upload(f.place, file, posted, `reelbot-${file.name}-deliver`);
      const elsewhere = await (await f.anotherWorker()).upload(
        f.place,
        file,
        posted,
        `reelbot-${file.name}-deliver`,
      );
      expect(again).toEqual(first);
      expect(elsewhere).toEqual(first);
      expect((await f.videos()) - before).toBe(1);
      // Another delivery is another video.
      await f.messenger.upload(f.place, file, posted, `reelbot-${file.name}-other-deliver`);
      expect((await f.videos()) - before).toBe(2);
    });

    it('says text, naming the member it notifies', async () => {
      const ref = await f.messenger.say(f.place, 'Voting is open for neon cities', { notify: [f.member] });
      const shown = await f.shown(ref);
      expect(shown).toContain('Voting is open for neon cities');
      expect(shown).toContain(f.mentionOf(f.member));
    });

    it('removes a message, and removing it again is fine', async () => {
      const ref = await f.messenger.post(f.place, card('a message to take down'));
      await f.messenger.remove(ref);
      expect(await f.shown(ref)).toBeUndefined();
      await f.messenger.remove(ref);
    });

    it('reads votes back from the platform where the surface keeps them', async () => {
      const ref = await f.messenger.post(f.place, card('a clip to vote on', 'posted'));
      if (!f.react) {
        // The surface's own store is the list (the studio): it offers no voters() to reconcile.
        expect(f.messenger.voters).toBeUndefined();
        return;
      }
      expect(f.messenger.voters).toBeDefined();
      await f.react(ref, f.member);
      const voters = await f.messenger.voters!(ref, f.voteEmoji);
      expect(voters.map((v) => v.id)).toContain(f.member.id);
    });

    it('knows how large a file the place accepts', async () => {
      expect(await f.messenger.uploadLimit(f.place)).toBeGreaterThan(0);
    });
  });
}
