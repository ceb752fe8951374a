import type { Clip, ClipFailure } from '../clip/clip.ts';
import { nameList } from '../error-lists.ts';
import { ErrorCode } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { Store } from '../ports/store.ts';
import { failureOf } from '../render/final-failure.ts';
import { mayUseLikeness } from '../workspace/consent.ts';
import { scopeOf } from '../workspace/settings.ts';

export type ReferenceImage = { bytes: Uint8Array; mimeType: 'image/jpeg' };

/**
 * The pictures a clip's cast lends it, read when the clip is handed to the provider, so a choice
 * changed while it waited applies: a member who removed their cast or no longer lets the author
 * use it gives a failure (CONSENT_REQUIRED, refunded by the caller) instead of pictures. At most
 * `max` pictures, taken in turn from each member so everyone named is shown.
 */
export async function castReferences(
  store: Store,
  clip: Clip,
  max: number,
): Promise<{ images: ReferenceImage[] } | { failure: ClipFailure }> {
  const scope = scopeOf(clip.place);
  const perMember: ReferenceImage[][] = [];
  const withdrawn: string[] = [];
  for (const member of clip.cast ?? []) {
    const record = await store.cast.get(scope, member.id);
    const pictures =
      record && mayUseLikeness(record, clip.author.id) ? await store.cast.pictures(scope, member.id) : [];
    if (pictures.length === 0) withdrawn.push(member.name);
    else perMember.push(pictures.map((p) => ({ bytes: p.bytes, mimeType: 'image/jpeg' as const })));
  }
  if (withdrawn.length > 0) {
    return {
      failure: failureOf(
        ErrorCode.ConsentRequired,
        msg('error.consent.withdrawn', { names: nameList(withdrawn), count: withdrawn.length }),
      ),
    };
  }
  const images: ReferenceImage[] = [];
  for (let round = 0; images.length < max; round++) {
    const taken = perMember
      .map((pictures) => pictures[round])
      .filter((p): p is ReferenceImage => p !== undefined);
    if (taken.length === 0) break;
    images.push(...taken.slice(0, max - images.length));
  }
  return { images };
}
