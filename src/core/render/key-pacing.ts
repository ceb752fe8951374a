import type { Clip } from '../clip/clip.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import type { Clock } from '../ports/clock.ts';
import type { KeySlots } from '../ports/key-slots.ts';
import type { Store } from '../ports/store.ts';
import { scopeOf } from '../workspace/settings.ts';

/** The slot line a workspace's key for a provider keeps (one per workspace and provider). */
export const slotKeyOf = (clip: Pick<Clip, 'place' | 'provider'>) =>
  `${scopeOf(clip.place)}:${clip.provider}`;

/**
 * The slot line of the operator's own key for a provider: one for the whole deployment (a
 * workspace's line has three parts, surface, workspace and provider, so the two never meet).
 */
export const operatorSlotKeyOf = (clip: Pick<Clip, 'provider'>) => `operator:${clip.provider}`;

/** The card's sentence while a clip waits for its key's free render slot, in the channel's language. */
function waiting(clip: Pick<Clip, 'provider' | 'locale'>): string {
  return translator(clip.locale ?? SOURCE_LOCALE)('keys.pacing.waiting', { provider: clip.provider });
}

/** The clip's notice with the waiting sentence in front (kept once, whatever was there). */
export function pacedNotice(clip: Pick<Clip, 'notice' | 'provider' | 'locale'>): string {
  return [waiting(clip), unpacedNotice(clip)].filter(Boolean).join(' ');
}

/** The clip's notice without the waiting sentence (undefined when nothing else was there). */
export function unpacedNotice(clip: Pick<Clip, 'notice' | 'provider' | 'locale'>): string | undefined {
  const sentence = waiting(clip);
  const rest = clip.notice?.startsWith(sentence)
    ? clip.notice.slice(sentence.length).trimStart()
    : clip.notice;
  return rest ? rest : undefined;
}

/**
 * Paced submits: each key has at most its cap of clips at the provider. A clip takes a slot
 * before it is submitted, renews it at every status step, and gives it back once it has left the
 * provider (rendered, failed, cancelled, moved to another provider). Slots are leases, so a crash
 * holds one for at most `leaseMs`; waiting clips keep the fair queue's order (priority lane, then
 * oldest first) in the key's own line.
 */
export class KeyPacing {
  readonly #deps: { slots: KeySlots; store: Store; clock: Clock; leaseMs: number; recheckMs: number };

  constructor(deps: { slots: KeySlots; store: Store; clock: Clock; leaseMs: number; recheckMs: number }) {
    this.#deps = deps;
  }

  /** How long a waiting clip stays delayed in the queue before it asks again. */
  get recheckMs(): number {
    return this.#deps.recheckMs;
  }

  async take(clip: Clip, slot: { key: string; cap: number }): Promise<boolean> {
    const { slots, clock, leaseMs } = this.#deps;
    return slots.acquire(slot.key, clip.id, orderOf(clip), slot.cap, clock.now(), leaseMs);
  }

  /** Keep the slot of a clip at the provider; one whose lease lapsed and was taken stays unqueued. */
  async renew(clip: Clip, slot: { key: string; cap: number }): Promise<void> {
    if (!(await this.take(clip, slot))) await this.#deps.slots.release(slot.key, clip.id);
  }

  /**
   * After a step: give the slot (and any place in the key's line) back unless the clip is still
   * waiting for this provider or at it.
   */
  async settle(clip: Clip, slot?: { key: string }): Promise<void> {
    const latest = await this.#deps.store.clips.get(clip.id);
    const stays =
      latest !== undefined &&
      latest.provider === clip.provider &&
      (latest.state === 'queued' || latest.state === 'submitted' || latest.state === 'rendering');
    if (stays) return;
    if (slot) await this.#deps.slots.release(slot.key, clip.id);
    else {
      // Whichever kind of key it held (a job that finds its clip already ended knows no route).
      await this.#deps.slots.release(slotKeyOf(clip), clip.id);
      await this.#deps.slots.release(operatorSlotKeyOf(clip), clip.id);
    }
  }
}

/** The fair queue's order: the priority lane first, then the oldest (as the waiting line sorts). */
function orderOf(clip: Pick<Clip, 'priority' | 'createdAt'>): number {
  return (clip.priority ?? 0) * 2 ** 43 + clip.createdAt;
}
