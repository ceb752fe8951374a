import type { Clip } from '../clip/clip.ts';
import { isMessage, type Message, msg } from '../i18n/message.ts';
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

/** The card's sentence while a clip waits for its key's free render slot, on records from before languages. */
const PACED = /^Waiting for a free render slot at [^.]*\.\s*/;

const WAITING = 'card.notice.waitingSlot';

/** The clip's notice with the waiting sentence in front (kept once, whatever was there). */
export function pacedNotice(clip: Pick<Clip, 'notice'>, provider: string): Message {
  const rest = unpacedNotice(clip.notice);
  const waiting = msg(WAITING, { provider });
  return rest === undefined ? waiting : msg('card.notice.pair', { first: waiting, second: rest });
}

/** The clip's notice without the waiting sentence (undefined when nothing else was there). */
export function unpacedNotice(notice: string | Message | undefined): string | Message | undefined {
  if (typeof notice === 'string') {
    const rest = notice.replace(PACED, '');
    return rest ? rest : undefined;
  }
  if (notice === undefined || notice.key === WAITING) return undefined;
  const first = notice.values?.first;
  if (notice.key === 'card.notice.pair' && isMessage(first) && first.key === WAITING) {
    const second = notice.values?.second;
    return typeof second === 'string' || isMessage(second) ? second : undefined;
  }
  return notice;
}

/** Whether two notices say the same (a Message is stored as JSON, so compared by its contents). */
export function sameNotice(a: string | Message | undefined, b: string | Message | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
