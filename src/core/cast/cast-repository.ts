/**
 * Who may use a cast member's likeness: only themselves (the default), the members they approved,
 * or everyone in the workspace.
 */
export type AllowMode = 'me' | 'approved' | 'everyone';
export const ALLOW_MODES: readonly AllowMode[] = ['me', 'approved', 'everyone'];

/** A member's cast in one workspace, without the pictures' bytes (read those only to render). */
export interface CastRecord {
  memberId: string;
  /** Their display name when they last changed their cast (for cards and refusals). */
  name: string;
  /** Lower-case handle others may write as `@handle`, when they chose one. */
  handle?: string;
  allow: AllowMode;
  /** Member ids they approved, sorted. */
  approved: string[];
  /** Their pictures' ids, oldest first. */
  pictureIds: string[];
}

/** One stored picture: a JPEG re-encoded with no metadata, never served on a URL. */
export interface CastPicture {
  id: string;
  bytes: Uint8Array;
}

export type AddPictureResult = 'ok' | 'full' | 'taken';

/**
 * Cast records per workspace scope. Adding is atomic against the picture limit and the handle's
 * uniqueness, so two adds at once never make a fourth picture or a shared handle, and a refused
 * add stores nothing.
 */
export interface CastRepository {
  /**
   * Add a picture (and set the handle, when given) for a member: `full` when they already have
   * `max` pictures, `taken` when another member of the scope holds the handle; either way
   * nothing changes.
   */
  addPicture(
    scope: string,
    member: { id: string; name: string },
    picture: CastPicture,
    options: { max: number; handle?: string },
  ): Promise<AddPictureResult>;
  /** Set who may use the likeness; false when the member has no cast. */
  setAllow(scope: string, memberId: string, allow: AllowMode): Promise<boolean>;
  /** Add or take away one approved member; false when the member has no cast. */
  setApproved(scope: string, memberId: string, otherId: string, approved: boolean): Promise<boolean>;
  /** The member's cast record, or undefined. */
  get(scope: string, memberId: string): Promise<CastRecord | undefined>;
  /** Every cast record of a scope (what prompts are matched against). */
  list(scope: string): Promise<CastRecord[]>;
  /** The member's pictures, oldest first. */
  pictures(scope: string, memberId: string): Promise<CastPicture[]>;
  /** Delete the record, the pictures and the handle; false when there was none. */
  remove(scope: string, memberId: string): Promise<boolean>;
  /** Remember that a clip uses the member's likeness (kept after a remove, for `cast list`). */
  noteClip(scope: string, memberId: string, clipId: string, at: number): Promise<void>;
  /** Ids of clips using the member's likeness, newest first, at most `limit`. */
  clips(scope: string, memberId: string, limit: number): Promise<string[]>;
}
