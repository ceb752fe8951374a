import type { z } from 'zod';
import type { Board } from '../src/core/board/board.ts';
import type { TopRow } from '../src/core/board/leaderboard.ts';
import type { Actor, Clip, Member, MessageRef } from '../src/core/clip/clip.ts';
import type { Languages, PlatformLocales } from '../src/core/i18n/locales.ts';
import type { Place } from '../src/core/place.ts';
import type { ProviderRegistry } from '../src/core/providers.ts';
import type { Services } from '../src/core/services.ts';

/** One option of a command, described once; each adapter draws it in its platform's form. */
export interface CommandOption {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'image';
  required?: boolean;
  maxLength?: number;
  /** Fixed or capability-driven choices (Discord allows at most 25). */
  choices?: (context: { providers: ProviderRegistry }) => { name: string; value: string | number }[];
}

/** Everything a handler may use; surfaces fill it in. */
export interface CommandContext {
  /** The core's use cases (one record, built in the composition root). */
  services: Services;
  actor: Actor;
  place: Place;
  /** A message the surface already posted to become the clip's card. */
  card?: MessageRef;
  /** The platform's id for this request, so a retried delivery maps to the same clip. */
  requestKey?: string;
  /** Members the command's text mentions, resolved by the surface (consent to be named). */
  mentions?: Member[];
  commandName: string;
  /** The locale tags the platform sent with the request (the member's client, the community's). */
  locales?: PlatformLocales;
  /**
   * Who reads what, resolved by the pipeline before anything runs (commands/i18n.ts): private
   * answers in `member`, what the channel sees (cards, announcements) in `channel`.
   */
  languages?: Languages;
}

/** Who asks, where, and the core: what a gate may look at. */
export type GateContext = Pick<CommandContext, 'services' | 'actor' | 'place'>;

/** A declared precondition of a command: resolves to let it run, throws a ReelbotError to refuse. */
export type Gate = (context: GateContext) => Promise<void> | void;

/**
 * What a command answers: a clip that was queued, or text for the member. `rows` (leaderboards)
 * and `board` (any list of clips: leaderboards, contest standings) are the same content as the
 * text, for surfaces that draw them richer (links, thumbnails); a surface that ignores them
 * still shows everything in the text.
 */
export type CommandReply =
  | { kind: 'clip'; clip: Clip }
  | { kind: 'text'; text: string; private: boolean; rows?: TopRow[]; board?: Board }
  | { kind: 'form'; form: CommandForm };

/** One box of a form: what the member types, bounded. */
export interface FormField {
  /** The option of the submitted command this box fills. */
  id: string;
  label: string;
  /** A secret (a provider key): never prefilled, echoed, or kept in a message. */
  secret?: boolean;
  maxLength: number;
}

/**
 * A private form the member fills in (a Discord modal, a Slack modal, a studio dialog), for what
 * must never be a command option: options stay in clients' history. Submitting it runs the
 * command `submit` names, with `values` and the fields' text as its options, through the same
 * pipeline.
 */
export interface CommandForm {
  title: string;
  /** One line under the title saying what the form is for. */
  description: string;
  fields: readonly FormField[];
  submit: { group?: string; name: string; values: Record<string, string> };
  /** The buttons' words in the reader's language, where a surface draws them (Slack); default Save and Cancel. */
  submitLabel?: string;
  closeLabel?: string;
}

/** A user-facing command: platform-neutral options, a zod schema whose messages members can act on, a handler. */
export interface CommandDefinition<Schema extends z.ZodType = z.ZodType> {
  name: string;
  /**
   * Commands that share a group are one platform command with subcommands: group `contest` and
   * name `start` is `/sora contest start` (a Discord subcommand group; two words in text).
   */
  group?: string;
  description: string;
  options: readonly CommandOption[];
  /**
   * True when the answer is a new clip, so surfaces give the request a card first (Discord its
   * deferred reply, Slack a thread); other commands answer with text.
   */
  makesClip?: boolean;
  schema: Schema;
  /**
   * What must hold before the command runs, in order (like Sapphire's preconditions): the
   * member's rate, admin rights. Each refuses with a ReelbotError and changes nothing else.
   */
  gates?: readonly Gate[];
  handle(input: z.infer<Schema>, context: CommandContext): Promise<CommandReply>;
  /** What `handle` would refuse, without doing anything (lets a surface refuse before posting). */
  check?(input: z.infer<Schema>, context: CommandContext): Promise<void>;
}
