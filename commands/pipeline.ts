import type { ClipCard } from '../src/core/card/card.ts';
import type { Clip, MessageRef } from '../src/core/clip/clip.ts';
import { asReelbotError, type ReelbotError, sentenceFor } from '../src/core/errors.ts';
import { SOURCE_LOCALE } from '../src/core/i18n/locales.ts';
import { msg } from '../src/core/i18n/message.ts';
import { english, type Translate, translator } from '../src/core/i18n/translator.ts';
import type { Place } from '../src/core/place.ts';
import { scopeOf } from '../src/core/workspace/settings.ts';
import { memberT, withLanguages } from './i18n.ts';
import { parseOptions, type RawOptions } from './parse.ts';
import type { CommandContext, CommandDefinition, CommandForm, CommandReply } from './types.ts';

/** The message a surface opened to become a new clip's card, before the command runs. */
export interface OpenedCard {
  ref: MessageRef;
  /** Where the clip lives when opening the card moved it (Slack's new thread). */
  place?: Place;
  /** Another message that shows the clip and must find it too (Slack's thread root). */
  alsoShownBy?: MessageRef;
}

/** A clip command's outcome: the clip, its card, and its first card as drawn. */
export interface Queued {
  clip: Clip;
  /** The card opened for it (absent when the caller opened none). */
  card?: OpenedCard;
  /** True when a repeated request answered with its first clip, whose card is another message. */
  repeat: boolean;
  /** The first card as drawn (absent for a repeat, or when it could not be drawn). */
  first?: { clip: Clip; card: ClipCard };
}

export type TextReply = Extract<CommandReply, { kind: 'text' }>;

/**
 * What a surface supplies to run a command: its platform parts only. The control flow (parse,
 * gates, check, card, handle, first card, answer) is `runCommand`'s, the same on every surface.
 */
export interface CommandHooks {
  /**
   * Run the command's `check` before opening its card: where an opened card shows something a
   * refusal would have to take back (Slack's thread in the channel). Discord must defer within
   * 3 s, so it opens the card first and `handle` refuses the same way after the deferral.
   */
  checkFirst?: boolean;
  /**
   * Before a clip-making command runs: post or reserve the message that becomes the clip's card
   * (Discord's deferred reply, Slack's thread placeholder, the studio's reserved message). May
   * refuse (a ReelbotError) when the surface cannot finish a clip here.
   */
  openCard?(): Promise<OpenedCard>;
  /** The request was refused after its card was opened: take back what the card left. */
  dropCard?(card: OpenedCard): Promise<void>;
  /** A clip was queued (or a repeated request found its first one). */
  queued?(outcome: Queued): Promise<void>;
  /** Tell only the member (settings, usage, help, a confirmation). */
  answerPrivately(text: string): Promise<void>;
  /** Answer where everyone sees it (a leaderboard, a remix tree). */
  answerPublicly(reply: TextReply): Promise<void>;
  /**
   * Show the member a private form (a Discord or Slack modal, a studio dialog) whose submission
   * runs `form.submit`. A surface without it answers that the form needs another surface.
   */
  openForm?(form: CommandForm): Promise<void>;
  /** A refusal, with its sentence in the member's language; by default that sentence, privately. */
  refuse?(error: ReelbotError, sentence: string): Promise<void>;
  /** Something that does not change the answer went wrong (the first card could not be drawn). */
  warn?(message: string, error: unknown): void;
}

/**
 * Parse, gate, check and handle a command, opening its card first when it makes a clip; throws
 * the refusal. For a caller that wants the reply itself (tests, the fuzzers); surfaces use
 * `runCommand`, which also answers.
 */
export async function executeCommand(
  definition: CommandDefinition,
  raw: RawOptions,
  context: CommandContext,
  hooks: Pick<CommandHooks, 'checkFirst' | 'openCard' | 'dropCard' | 'warn'> = { checkFirst: true },
): Promise<{ reply: CommandReply; queued?: Queued }> {
  context = await withLanguages(context);
  // Admins are known by their commands: a refused provider key's notice pings each (key-notice.ts).
  // Services assembled without the keys service (partial test doubles) simply skip it.
  await context.services.keys?.noteAdmin(scopeOf(context.place), context.actor);
  const input = parseOptions(definition, raw);
  // Declared preconditions, in order: a refusal here has read and changed nothing but the rate.
  for (const gate of definition.gates ?? []) await gate(context);
  // What handle would refuse, before a card is shown (a refusal never flashes a message).
  if (hooks.checkFirst) await definition.check?.(input, context);
  if (!definition.makesClip || !hooks.openCard) {
    return { reply: await definition.handle(input, context) };
  }
  const card = await hooks.openCard();
  const drop = () =>
    hooks.dropCard?.(card).catch((error) => hooks.warn?.('could not take the card back', error));
  let reply: CommandReply;
  try {
    reply = await definition.handle(input, {
      ...context,
      card: card.ref,
      ...(card.place ? { place: card.place } : {}),
    });
  } catch (error) {
    await drop();
    throw error;
  }
  if (reply.kind !== 'clip') {
    await drop();
    return { reply };
  }
  const repeat = reply.clip.card?.id !== card.ref.id;
  const queued: Queued = { clip: reply.clip, card, repeat };
  if (!repeat) {
    try {
      const first = await context.services.clips.firstCard(
        reply.clip,
        card.ref,
        card.alsoShownBy ? { alsoShownBy: card.alsoShownBy } : {},
      );
      if (first) queued.first = first;
    } catch (error) {
      // The clip is queued; the worker draws the card on its first step anyway.
      hooks.warn?.('could not draw the queued card', error);
    }
  }
  return { reply, queued };
}

/**
 * The one path every command and button takes on every surface: parse the raw options with the
 * definition's schema, pass its gates, check, open a card for a clip, handle, draw the first
 * card, and answer through the surface's hooks: privately, publicly, or with the refusal's
 * member-facing sentence.
 */
export async function runCommand(
  definition: CommandDefinition,
  raw: RawOptions,
  context: CommandContext,
  hooks: CommandHooks,
): Promise<void> {
  let outcome: Awaited<ReturnType<typeof executeCommand>>;
  try {
    context = await withLanguages(context);
    outcome = await executeCommand(definition, raw, context, hooks);
  } catch (error) {
    const refusal = asReelbotError(error);
    const sentence = memberMessage(refusal, memberT(context));
    if (hooks.refuse) await hooks.refuse(refusal, sentence);
    else await hooks.answerPrivately(sentence);
    return;
  }
  const { reply, queued } = outcome;
  if (reply.kind === 'clip') {
    await hooks.queued?.(queued ?? { clip: reply.clip, repeat: false });
    return;
  }
  if (reply.kind === 'form') {
    if (hooks.openForm) await hooks.openForm(reply.form);
    else await hooks.answerPrivately(memberT(context)(FORM_UNAVAILABLE_MESSAGE.key));
    return;
  }
  if (reply.private) await hooks.answerPrivately(reply.text);
  else await hooks.answerPublicly(reply);
}

/** A form was asked for where none can be shown (typed text cannot hold a secret privately). */
export const FORM_UNAVAILABLE_MESSAGE = msg('reply.form.unavailable');
/** The same in English. */
export const FORM_UNAVAILABLE = english(FORM_UNAVAILABLE_MESSAGE);

/**
 * The member-facing sentence of any failure, in the reader's language (English without one):
 * one place for every surface.
 */
export function memberMessage(error: unknown, t: Translate = translator(SOURCE_LOCALE)): string {
  return sentenceFor(asReelbotError(error), t);
}
