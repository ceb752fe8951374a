import type { ErrorCode } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Message } from '../i18n/message.ts';
import type { Place } from '../place.ts';

/** Where a clip is in its life. Each step is idempotent, so any state can be resumed. */
export const ClipState = {
  Queued: 'queued',
  Submitted: 'submitted',
  Rendering: 'rendering',
  Fetching: 'fetching',
  Delivering: 'delivering',
  Posted: 'posted',
  Failed: 'failed',
  Cancelled: 'cancelled',
} as const;
export type ClipState = (typeof ClipState)[keyof typeof ClipState];

export const TERMINAL_STATES: readonly ClipState[] = [
  ClipState.Posted,
  ClipState.Failed,
  ClipState.Cancelled,
];

/** The forward edges of the state machine; failed and cancelled are reachable from any live state. */
const NEXT: Record<ClipState, readonly ClipState[]> = {
  queued: ['submitted'],
  // Back to queued only to fail over: the provider lost the job, another provider makes it.
  submitted: ['rendering', 'fetching', 'queued'],
  rendering: ['fetching', 'queued'],
  fetching: ['delivering'],
  delivering: ['posted'],
  posted: [],
  failed: [],
  cancelled: [],
};

export function isTerminal(state: ClipState): boolean {
  return TERMINAL_STATES.includes(state);
}

export function canTransition(from: ClipState, to: ClipState): boolean {
  if (isTerminal(from)) return false;
  if (to === 'failed' || to === 'cancelled') return true;
  return NEXT[from].includes(to);
}

/** A member of a community, as a surface names them. */
export interface Member {
  /** Surface-scoped id, e.g. a Discord user snowflake or a Slack user id. */
  id: string;
  /** Display name at the time of the request (escaped when shown). */
  name: string;
  /** True for bots and integrations; their votes never count. */
  bot?: boolean;
  /**
   * When the account was made or the member joined, in ms since the epoch, where the surface
   * knows it (Discord: the snowflake's timestamp); contests with a minimum voter age use it.
   */
  since?: number;
}

/** Someone acting on a clip or a command, with what the surface knows of their rights. */
export interface Actor extends Member {
  /** Server admin (Discord Manage Server) or workspace admin (Slack). */
  admin?: boolean;
}

/** What was asked for, after validation against the model's capabilities. */
export interface ClipOptions {
  model: string;
  durationS: number;
  /** WIDTHxHEIGHT in pixels. */
  size: string;
  style?: string;
  /** A reference image used as the first frame (URL the worker may fetch). */
  referenceImageUrl?: string;
}

/** A failure recorded on a clip: a stable code and a sentence for members. */
export interface ClipFailure {
  code: ErrorCode;
  /** The sentence in English, as logs and older records have it. */
  message: string;
  /**
   * The sentence as a catalog message, drawn in the card's language; absent on records from
   * before languages (and where the words came from outside): `message` is shown as it is.
   */
  text?: Message;
}

/** Facts about the delivered file. */
export interface ClipMedia {
  bytes: number;
  durationS: number;
  width: number;
  height: number;
  hasAudio: boolean;
  /** True when the clip was re-encoded to fit the place's upload limit. */
  reencoded: boolean;
}

/** An opaque reference to a message a surface posted (card or delivery). */
export interface MessageRef {
  surface: string;
  /** Surface-specific, serialised by the adapter that made it. */
  id: string;
  /**
   * The platform's own name for the message, as reactions name it (e.g. `discord:<channel>:<message>`,
   * `slack:<channel>:<ts>`); indexed so a vote on the message finds its clip.
   */
  key?: string;
}

/**
 * How a clip came from its parent: `remix` starts a new render from the parent's prompt (any
 * model), `reroll` renders the same prompt again, `edit` asks the parent's provider to change the
 * parent's video itself (provider-side remix; only where the model can).
 */
export type ClipOrigin = 'new' | 'remix' | 'reroll' | 'edit';

/** A provider that was tried for a clip and given up on (failover history). */
export interface ProviderAttempt {
  provider: string;
  model: string;
  providerJobId?: string;
  code: ErrorCode;
  at: number;
}

/**
 * A status call's reading, kept so the card moves on between calls (progress at the rate it
 * implied) without asking the provider again.
 */
export interface ProgressReading {
  /** When the status call was made. */
  at: number;
  /** The progress the provider reported then, 0..100. */
  progress: number;
  /** Time left estimated then, in ms. */
  remainingMs: number;
  /** When the next status call is due. */
  pollAt: number;
  /** When the job was told to run next; a run before that was woken early (a webhook). */
  wakeAt: number;
}

/** A member whose likeness a clip uses, as named when it was asked for. */
export interface CastCredit {
  id: string;
  name: string;
}

/** One requested video and everything that happened to it. */
export interface Clip {
  id: string;
  prompt: string;
  options: ClipOptions;
  author: Member;
  place: Place;
  /** The contest this clip was entered into, if any. */
  contestId?: string;
  /** The clip this one remixes or re-rolls, for lineage and credit. */
  parentId?: string;
  /** How this clip came from its parent. */
  origin: ClipOrigin;
  /**
   * The story this clip belongs to (src/core/story/): set on each of its shots and on the clip
   * the story posts (whose id is the story's id).
   */
  storyId?: string;
  /**
   * 0-based place of a shot in its story; absent on the story's own clip. A shot is never posted
   * on its own: it ends `posted` with no delivery of its own once the provider made it, and the
   * story's clip joins and posts it.
   */
  shotIndex?: number;
  /** A shot that starts from the last frame of this clip (a story in flow, an extension). */
  firstFrameFrom?: string;
  /**
   * How a continuing shot was bought: the provider's own `extension` (its video holds the source
   * too) or from the source's `lastFrame` (joined after it); set with the provider's job id.
   */
  startedFrom?: 'extension' | 'lastFrame';
  state: ClipState;
  provider: string;
  providerJobId?: string;
  /**
   * Queue lane, 1 first: 1 + the author's clips already in flight when it was admitted, so one
   * member's burst waits behind everyone else's next clip (the waiting line follows it too).
   */
  priority?: number;
  /** Providers given up on before the current one, oldest first. */
  attempts?: ProviderAttempt[];
  /**
   * The language of the channel it was asked in (the workspace's `language` setting then): its
   * card, notices and announcements are drawn in it. Absent on clips from before languages: English.
   */
  locale?: Locale;
  /**
   * A sentence for members about how the clip was made (e.g. which model stood in): a catalog
   * Message, drawn in the card's language; a plain string on records from before languages.
   */
  notice?: string | Message;
  /**
   * Submitted with the workspace's own provider key (issue 17): its status reads and download use
   * that key too, even if the workspace adds, replaces or removes keys meanwhile.
   */
  madeWith?: 'workspace-key';
  /** Set just before the provider is asked to render, so a crash there is recognisable. */
  submitStartedAt?: number;
  progress: number;
  failure?: ClipFailure;
  estimatedCostUsd: number;
  costUsd?: number;
  card?: MessageRef;
  cardEditedAt?: number;
  delivery?: MessageRef;
  media?: ClipMedia;
  /** Where the fetched file sits until delivery (worker-local temp path). */
  filePath?: string;
  /** Status calls made to the provider for this clip (measured, bounded). */
  statusCalls: number;
  /** Consecutive transient failures in the current step, for backoff. */
  retries: number;
  createdAt: number;
  updatedAt: number;
  submittedAt?: number;
  renderedAt?: number;
  /** When the provider was first seen rendering it (after any wait in the provider's line). */
  renderStartedAt?: number;
  /** 1-based place in the provider's line as last shown on the card, while it waits there. */
  placeInLine?: number;
  /** The last status call's reading while it renders with progress (moves the card between calls). */
  reading?: ProgressReading;
  /** When the provider's signed webhook said the render completed: fetched with no status call. */
  reportedDoneAt?: number;
  postedAt?: number;
  /**
   * The cast members whose likeness the clip uses (their pictures go to the provider); each may
   * delete it as its author can, and is told once it is posted.
   */
  cast?: CastCredit[];
  /** Set when the author or an admin deleted it; deleted clips are never listed or ranked. */
  deletedAt?: number;
}
