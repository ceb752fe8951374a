/**
 * What the studio server sends the page: JSON shapes only, shared by the server (adapters/studio)
 * and the browser code. Type-only, so nothing here reaches the browser at run time.
 */
import type { ClipCard } from '../../../src/core/card/card.ts';

/** A status card as the page draws it: the core's card plus the words to show. */
export interface CardView extends ClipCard {
  /** The state in words, e.g. `Queued (#2 in line)`. */
  label: string;
  /** Model, length, size, style and estimated cost on one line. */
  summary: string;
  /** The prompt cut short for the video's accessible name (cut between code points on the server). */
  altText: string;
}

/** One message in a channel. Every change bumps `rev`, so the page keeps the newest view. */
export interface MessageView {
  id: string;
  /** `studio:<channel>:<id>`: the name reactions and the core's message index use. */
  key: string;
  channel: string;
  kind: 'card' | 'clip' | 'text';
  /** Order in the channel. */
  seq: number;
  rev: number;
  createdAt: number;
  card?: CardView;
  /** The message's words; a message with a board shows the board instead. */
  text?: string;
  /** Community results as a card of clips: each entry links to its clip here. */
  board?: BoardView;
  video?: { url: string; name: string; bytes: number; contentType: string };
  /** Members who reacted with the vote emoji (the platform's reactions, counted or not). */
  reactions: string[];
  /** Votes the core counts for the clip (bots and the author's own never count). */
  votes?: number;
}

/**
 * A leaderboard, contest announcement or remix notice as the page draws it: a title, sentences
 * around a list of clips. Text is raw (the page sets it with textContent).
 */
export interface BoardView {
  kind: string;
  title: string;
  intro: string[];
  entries: BoardEntryView[];
  notes: string[];
  /** Members the message is for, shown `@Name` up front (the studio's mention). */
  notify: string[];
}

/** One clip on a board. The clip id is for the link to its post, never shown. */
export interface BoardEntryView {
  rank: number;
  clipId: string;
  authorName: string;
  /** Absent where votes are not shown yet (a contest taking entries). */
  votes?: number;
  promptOpening: string;
  /** `/studio/thumbnails/<clipId>`, when the clip has one. */
  thumbnailUrl?: string;
  /** Hall of fame: the contest it won. */
  contestTheme?: string;
  /** What the entry is where the board is no ranking (`Original`, `Remix`). */
  label?: string;
  /** 1, 2 or 3: a medal, for the top three of a ranking that have votes. */
  medal?: 1 | 2 | 3;
}

/** A change pushed over server-sent events. */
export type StudioEvent = { type: 'message'; message: MessageView } | { type: 'remove'; id: string };

/** A command option as the composer's hints show it (from commands/, choices resolved). */
export interface CatalogOption {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'image';
  required: boolean;
  maxLength?: number;
  choices: { name: string; value: string | number }[];
}

export interface CatalogCommand {
  name: string;
  /** Set for a subcommand: written `group name`. */
  group?: string;
  description: string;
  options: CatalogOption[];
}

export interface StudioMember {
  id: string;
  name: string;
  admin: boolean;
}

/** Everything the page needs to start. */
export interface StudioInfo {
  commandName: string;
  channel: string;
  voteEmoji: string;
  members: StudioMember[];
  /** STORY_MAX_SHOTS: the Story dialog offers up to this many shot fields. */
  storyMaxShots: number;
  commands: CatalogCommand[];
  /** Which provider renders and where state is kept, for the set-up line. */
  setup: { provider: string; store: 'memory' | 'redis' };
}

/** What POST /studio/api/commands answers. */
export type CommandResult =
  | { kind: 'clip'; message?: MessageView }
  | { kind: 'text'; text: string; private: boolean; message?: MessageView }
  // No message: a form is shown to the member alone, in a dialog.
  | { kind: 'form'; form: FormView; message?: undefined };

/**
 * A private form a command answered with (the key form), as commands/types.ts's CommandForm:
 * the page shows it as a dialog and POSTs the typed text to /studio/api/forms.
 */
export interface FormView {
  title: string;
  description: string;
  fields: { id: string; label: string; secret?: boolean; maxLength: number }[];
  submit: { group?: string; name: string; values: Record<string, string> };
}

/** What POST /studio/api/story takes: the Story dialog's fields. */
export interface StoryForm {
  channel: string;
  member: string;
  shots: string[];
  look?: string;
  seconds?: number;
  mode?: string;
  transition?: string;
  model?: string;
  aspect?: string;
  style?: string;
  nonce?: string;
}

/** A file attached to a command (adapters/studio/attachments.ts): base64 bytes, Discord's fields. */
export interface AttachmentBody {
  id: string;
  filename: string;
  content_type?: string;
  size: number;
  data: string;
}

/** What POST /studio/api/actions answers. */
export interface ActionResult {
  message?: MessageView;
  /** A sentence for the member who acted, e.g. why a vote did not count. */
  notice?: string;
}

/** Every error answer: the core's stable code and a sentence the member can act on. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * A `studio.web.…` message as the page gets it (adapters/studio/page-texts.ts): text with
 * `{name}` holes, or for a plural message one such text per plural branch (`one`, `other`, `=0`)
 * and the argument that picks it.
 */
export type WebText = string | { arg: string; forms: Record<string, string> };

/** The page's words, embedded in the page as JSON (#studio-texts). */
export interface PageTexts {
  /** The studio locale the page is in (`de`, `en-XA`). */
  locale: string;
  /** The tag for Intl (plural rules, numbers, times): the pseudo-locale formats as English. */
  intl: string;
  texts: Record<string, WebText>;
}
