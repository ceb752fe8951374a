import type { CommandHooks, OpenedCard, TextReply } from '../../commands/pipeline.ts';
import type { Actor, MessageRef } from '../../src/core/clip/clip.ts';
import type { Locale } from '../../src/core/i18n/locales.ts';
import type { Place } from '../../src/core/place.ts';
import { renderBoard } from './board.ts';
import type { SlackMessenger } from './messenger.ts';
import { messageRef, readRef } from './refs.ts';
import { renderPlaceholder, renderThreadRoot, renderTop, type SlackMessage } from './render.ts';
import { fitEscaped } from './text.ts';

/** What the hooks draw with. */
export interface SlackHooksDeps {
  messenger: SlackMessenger;
  /** Log a refusal that was no refusal (an internal error); the sentence comes with it, translated. */
  logFailure(error: unknown): void;
  warn(message: string, error: unknown): void;
}

/** Where and for whom a command runs, and what its thread root should say. */
export interface SlackRequest {
  place: Place;
  actor: Actor;
  /** The prompt the thread root quotes, for a clip-making command. */
  headline: string;
  /** The channel's language: the thread root, placeholder and boards everyone sees are in it. */
  locale?: Locale;
}

/** Answer with text; `everyone` when it is not private; `message` a richer drawing of it. */
export type SlackReply = (text: string, everyone: boolean, message?: SlackMessage) => Promise<void>;

/**
 * Slack's part of running a command: a new clip gets a thread (opened for it when the request
 * came from the channel: slash commands cannot be used in threads) and a placeholder there that
 * becomes its card, so the worker edits it instead of posting a second one. A refused request
 * takes the placeholder and the opened thread back, so bad input leaves nothing behind. Answers
 * go through `reply` (the slash command's response_url, or an ephemeral message); boards of
 * clips are drawn as blocks with the text as the fallback. `decorate` adds what only this surface
 * knows to a text (help's note on how commands are written here).
 */
export function slackHooks(
  deps: SlackHooksDeps,
  request: SlackRequest,
  reply: SlackReply,
  decorate: (text: string) => string = (text) => text,
): CommandHooks {
  const { messenger } = deps;
  const takeBack = (card: OpenedCard) => messenger.remove(card.ref);
  return {
    // Refuse bad input before opening a thread, so a refusal never flashes a message in the channel.
    checkFirst: true,
    async openCard() {
      const channel = request.place.channelId;
      let place = request.place;
      let rootTs: string | undefined;
      if (!place.threadId) {
        const root = await messenger.postMessage(
          channel,
          renderThreadRoot(request.actor.name, request.headline, request.locale),
        );
        rootTs = tsOf(root);
        place = { ...place, threadId: rootTs };
      }
      let placeholder: MessageRef;
      try {
        placeholder = await messenger.postMessage(channel, renderPlaceholder(request.locale), place.threadId);
      } catch (error) {
        if (rootTs) await messenger.remove(messageRef(channel, rootTs)).catch(() => {});
        throw error;
      }
      return {
        // A card that carries the root it opened takes the root with it when it is removed.
        ref: messageRef(channel, tsOf(placeholder), rootTs),
        place,
        // Members react to the channel message as much as to the card: it finds the clip too.
        ...(rootTs ? { alsoShownBy: messageRef(channel, rootTs) } : {}),
      };
    },
    dropCard: takeBack,
    async queued({ repeat, card }) {
      // A retried request answered with its first clip, which has its own card.
      if (repeat && card)
        await takeBack(card).catch((error) => deps.warn('could not take back placeholder', error));
    },
    async answerPrivately(text) {
      await reply(decorate(text), false);
    },
    async answerPublicly(answer) {
      const text = decorate(answer.text);
      await reply(text, true, await boardOf(messenger, answer, text, request.locale));
    },
    // The pipeline hands the sentence in the member's language (commands/pipeline.ts).
    async refuse(error, sentence) {
      deps.logFailure(error);
      await reply(sentence, false);
    },
    warn: deps.warn,
  };
}

/** Leaderboard rows and boards of clips drawn as blocks (links, thumbnails). */
async function boardOf(
  messenger: SlackMessenger,
  answer: TextReply,
  text: string,
  locale?: Locale,
): Promise<SlackMessage | undefined> {
  if (answer.rows) return renderTop(text, answer.rows, await messenger.thumbnailFiles(answer.rows), locale);
  if (answer.board) {
    return renderBoard(
      answer.board,
      fitEscaped(text, 3000),
      await messenger.thumbnailFiles(answer.board.entries),
    );
  }
  return undefined;
}

function tsOf(ref: MessageRef): string {
  const target = readRef(ref);
  if (target?.kind !== 'message') throw new Error('expected a message ref');
  return target.ts;
}
