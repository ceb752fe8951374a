import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { TextReply } from '../../commands/pipeline.ts';
import type { Translate } from '../../src/core/i18n/translator.ts';
import { type BoardMessage, boardMessage } from './board.ts';
import type { CardFlowDeps } from './card-flow.ts';
import { NO_MENTIONS } from './escape.ts';
import { forDiscordJs } from './interactions.ts';
import { textMessage } from './render.ts';

/**
 * How long a text command may take before the bot defers. Discord drops an interaction not
 * answered within 3 s (receiving-and-responding.mdx); the callback itself needs a round trip, so
 * the handler gets a third of that, a ~1 s internal budget that leaves the rest for the answer.
 */
export const ANSWER_DIRECTLY_MS = 1000;

type PublicBody = { content: string; allowedMentions: typeof NO_MENTIONS } & Partial<
  Pick<BoardMessage, 'embeds' | 'files'>
>;

/**
 * A command that answers with text (usage, settings, consent, contest status, top…). Most answer
 * within the budget and get one direct reply, ephemeral when the answer is private. A slow one is
 * deferred ephemerally, so the channel never sees a "thinking…" for someone's private answer.
 * `settle` ends the race: it resolves once any deferral the timer started is done, and from then
 * on the timer does nothing.
 */
export function answerBudget(interaction: RepliableInteraction): { settle(): Promise<void> } {
  let deferral: Promise<unknown> | undefined;
  let settled = false;
  const timer = setTimeout(() => {
    if (settled || interaction.deferred || interaction.replied) return;
    deferral = interaction.deferReply({ flags: MessageFlags.Ephemeral }).catch(() => undefined);
  }, ANSWER_DIRECTLY_MS);
  return {
    async settle() {
      settled = true;
      clearTimeout(timer);
      await deferral;
    },
  };
}

/**
 * A public answer: one direct reply; the edit of a public deferral (a clip command that answered
 * with text); or, after a private deferral, a note that it was posted and the answer as a
 * follow-up (which, once the deferral is resolved, keeps its own visibility:
 * discord-api-docs#3466). The body (a leaderboard reads its thumbnails) is made before `settle`,
 * within the same time budget.
 */
export async function answerPublicly(
  deps: CardFlowDeps,
  interaction: RepliableInteraction,
  reply: TextReply,
  settle: () => Promise<void>,
  /** The member's translator: the note on their private deferral is theirs alone. */
  memberT: () => Promise<Translate>,
): Promise<void> {
  const body = await publicBody(deps, reply);
  await settle();
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(body);
    return;
  }
  if (!interaction.ephemeral) {
    await interaction.editReply(forDiscordJs(textMessage(reply.text)));
    return;
  }
  await interaction.editReply(
    forDiscordJs(textMessage((await memberT())('surface.discord.postedInChannel'))),
  );
  await interaction.followUp(body);
}

/** What a public answer shows: its text, or a board's words with one embed and thumbnail per clip. */
async function publicBody(deps: CardFlowDeps, reply: TextReply): Promise<PublicBody> {
  const plain = { content: textMessage(reply.text).content, allowedMentions: NO_MENTIONS };
  if (!reply.board) return plain;
  const drawn = await boardMessage(reply.board, (clipId) => deps.services.clips.thumbnail(clipId));
  return {
    content: textMessage(drawn.text).content,
    embeds: drawn.embeds,
    files: drawn.files,
    allowedMentions: NO_MENTIONS,
  };
}
