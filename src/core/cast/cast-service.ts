import type { Actor, Clip, Member } from '../clip/clip.ts';
import type { ClipService } from '../clip/clip-service.ts';
import { ErrorCode, ReelbotError, ValidationError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { Place } from '../place.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import { scopeOf } from '../workspace/settings.ts';
import type { AllowMode, CastRecord } from './cast-repository.ts';
import { CAST_LIST_MAX, CAST_PICTURES_MAX, normalizeHandle } from './cast-rules.ts';

/** How many of a member's clips `remove` and `purge` look through for ones still on their way. */
const WITHDRAW_SCAN = 1000;

/**
 * Takes a picture from outside and makes it safe to keep: only JPEG, PNG or WebP by its bytes,
 * re-encoded to a small JPEG with no metadata (src/media/image.ts); throws INVALID_IMAGE or
 * IMAGE_TOO_LARGE.
 */
export type PictureIntake = (
  bytes: Uint8Array,
) => Promise<{ bytes: Uint8Array; width: number; height: number }>;

export interface CastServiceDeps {
  store: Store;
  clips: ClipService;
  clock: Clock;
  logger: Logger;
  intake: PictureIntake;
  /** The slash command's name, for sentences that tell members what to type. */
  commandName: string;
  newId?: () => string;
}

export interface CastView {
  record: CastRecord | undefined;
  clips: Clip[];
}

/**
 * Members lend their likeness (issue 16): each adds up to three pictures of themselves, chooses who
 * may use them, and can take them back at any time, which cancels and refunds every clip still on
 * its way that uses them. Pictures never leave the store except inside a provider request.
 */
export class CastService {
  readonly #deps: CastServiceDeps;

  constructor(deps: CastServiceDeps) {
    this.#deps = deps;
  }

  /**
   * Add a picture of oneself (a member can only add their own likeness: the pictures belong to
   * whoever adds them), optionally with a handle others may write as `@handle`. Refused with
   * nothing stored: a bad handle, a fourth picture, a handle taken, a file that is not a picture.
   */
  async add(actor: Actor, place: Place, image: Uint8Array, rawHandle?: string): Promise<CastRecord> {
    const { store, clock, logger } = this.#deps;
    const scope = scopeOf(place);
    const handle =
      rawHandle === undefined || rawHandle.trim() === '' ? undefined : normalizeHandle(rawHandle);
    // Cheap refusals first: no picture is decoded for a member who cannot add one.
    const before = await store.cast.get(scope, actor.id);
    if ((before?.pictureIds.length ?? 0) >= CAST_PICTURES_MAX) throw this.#full();
    const clean = await this.#deps.intake(image);
    const id = `${clock.now().toString(36).padStart(10, '0')}-${this.#newId()}`;
    const result = await store.cast.addPicture(
      scope,
      { id: actor.id, name: actor.name },
      { id, bytes: clean.bytes },
      { max: CAST_PICTURES_MAX, ...(handle ? { handle } : {}) },
    );
    if (result === 'full') throw this.#full();
    if (result === 'taken') {
      throw new ReelbotError(ErrorCode.HandleTaken, msg('error.cast.handleTaken', { handle: handle ?? '' }), {
        field: 'name',
      });
    }
    const record = (await store.cast.get(scope, actor.id))!;
    logger.info(
      {
        scope,
        member: actor.id,
        pictures: record.pictureIds.length,
        width: clean.width,
        height: clean.height,
      },
      'cast picture added',
    );
    return record;
  }

  /** Who may use the member's likeness: me (default), approved, everyone. Applies at once. */
  async allow(actor: Actor, place: Place, mode: AllowMode): Promise<CastRecord> {
    const scope = scopeOf(place);
    if (!(await this.#deps.store.cast.setAllow(scope, actor.id, mode))) throw this.#none();
    this.#deps.logger.info({ scope, member: actor.id, allow: mode }, 'cast allow changed');
    return (await this.#deps.store.cast.get(scope, actor.id))!;
  }

  /**
   * Let one member use the likeness. With `allow` still `me` it becomes `approved`, since that is
   * what approving someone asks for.
   */
  async approve(actor: Actor, place: Place, member: Member): Promise<CastRecord> {
    if (member.id === actor.id) throw new ValidationError(msg('error.cast.ownLikeness'), 'member');
    if (member.bot) throw new ValidationError(msg('error.cast.botApprove'), 'member');
    const scope = scopeOf(place);
    const { store } = this.#deps;
    if (!(await store.cast.setApproved(scope, actor.id, member.id, true))) throw this.#none();
    if ((await store.cast.get(scope, actor.id))?.allow === 'me')
      await store.cast.setAllow(scope, actor.id, 'approved');
    this.#deps.logger.info({ scope, member: actor.id, approved: member.id }, 'cast approval given');
    return (await store.cast.get(scope, actor.id))!;
  }

  /** Take an approval back; applies at once, including to that member's clips still queued. */
  async unapprove(actor: Actor, place: Place, member: Member): Promise<CastRecord> {
    const scope = scopeOf(place);
    if (!(await this.#deps.store.cast.setApproved(scope, actor.id, member.id, false))) throw this.#none();
    this.#deps.logger.info({ scope, member: actor.id, unapproved: member.id }, 'cast approval withdrawn');
    return (await this.#deps.store.cast.get(scope, actor.id))!;
  }

  /**
   * Delete one's pictures and settings, and cancel with a refund every clip still queued or
   * rendering that uses them. Returns the clips cancelled.
   */
  async remove(actor: Actor, place: Place): Promise<Clip[]> {
    const cancelled = await this.#withdraw(actor.id, place, actor);
    this.#deps.logger.info(
      { scope: scopeOf(place), member: actor.id, cancelled: cancelled.length },
      'cast removed',
    );
    return cancelled;
  }

  /**
   * An admin removes a member's cast (as `remove`), logged with who did it. Admin rights are the
   * command's declared gate (commands/cast-manage.ts), as for settings and contests.
   */
  async purge(actor: Actor, place: Place, member: Member): Promise<Clip[]> {
    const cancelled = await this.#withdraw(member.id, place, actor);
    this.#deps.logger.info(
      { scope: scopeOf(place), member: member.id, by: actor.id, cancelled: cancelled.length },
      'cast purged by admin',
    );
    return cancelled;
  }

  /** The member's cast and the clips their likeness appears in, newest first (deleted ones left out). */
  async list(actor: Actor, place: Place): Promise<CastView> {
    const scope = scopeOf(place);
    const { store } = this.#deps;
    const ids = await store.cast.clips(scope, actor.id, CAST_LIST_MAX * 2);
    const clips = (await Promise.all(ids.map((id) => store.clips.get(id)))).filter(
      (c): c is Clip => c !== undefined && !c.deletedAt,
    );
    return { record: await store.cast.get(scope, actor.id), clips: clips.slice(0, CAST_LIST_MAX) };
  }

  async #withdraw(memberId: string, place: Place, actor: Actor): Promise<Clip[]> {
    const scope = scopeOf(place);
    const { store } = this.#deps;
    // Pictures first: a worker handing a clip over right now finds none and fails it, refunded.
    const clipIds = await store.cast.clips(scope, memberId, WITHDRAW_SCAN);
    const removed = await store.cast.remove(scope, memberId);
    if (!removed && clipIds.length === 0) throw this.#none(memberId === actor.id ? undefined : memberId);
    return this.#deps.clips.withdrawLikeness(memberId, clipIds, actor);
  }

  #full() {
    return new ReelbotError(
      ErrorCode.CastFull,
      msg('error.cast.full', { max: CAST_PICTURES_MAX, command: this.#deps.commandName }),
    );
  }

  #none(memberId?: string) {
    return new ReelbotError(
      ErrorCode.NotFound,
      memberId ? msg('error.cast.memberNone') : msg('error.cast.none', { command: this.#deps.commandName }),
    );
  }

  #newId(): string {
    return this.#deps.newId?.() ?? crypto.randomUUID().replaceAll('-', '').slice(0, 12);
  }
}
