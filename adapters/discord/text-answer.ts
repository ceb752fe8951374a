import { setTimeout as sleep } from 'node:timers/promises';
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { CommandReply } from '../../commands/types.ts';
import type { Actor } from '../../src/core/clip/clip.ts';
import type { Place } from '../../src/core/place.ts';
import { type BoardMessage, boardMessage } from './board.ts';
import type { CardFlowDeps } from './card-flow.ts';
import { NO_MENTIONS } from './escape.ts';
import { actorOf, answerPrivately, forDiscordJs, placeOf, userMessageOf } from './interactions.ts';
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
type Outcome = { ok: true; reply: CommandReply; body?: PublicBody } | { ok: false; error: unknown };

/**
 * A command that answers with text (usage, settings, consent, contest status, top…). Most answer
 * within the budget and get one direct reply, ephemeral when the answer is private. A slow one is
 * deferred ephemerally, so the channel never sees a "thinking…" for someone's private answer; if
 * its answer turns out public, the private placeholder says so and the answer is posted as a
 * follow-up (which, once the deferral is resolved, keeps its own visibility: discord-api-docs#3466).
 */
export async function answerText(
  deps: CardFlowDeps,
  interaction: RepliableInteraction,
  run: (context: { actor: Actor; place: Place; requestKey: string }) => Promise<CommandReply>,
): Promise<void> {
  const place = placeOf(interaction);
  if (!place) {
    await answerPrivately(interaction, 'reelbot works in servers: use it in a server channel.');
    return;
  }
  // The public body (a leaderboard reads its thumbnails) is made within the same time budget.
  const pending: Promise<Outcome> = run({
    actor: actorOf(interaction),
    place,
    requestKey: interaction.id,
  }).then(
    async (reply) => ({ ok: true, reply, body: await publicBody(deps, reply) }),
    (error: unknown) => ({ ok: false, error }),
  );
  const timer = new AbortController();
  // Aborting the timer rejects its promise: caught, since the race is already decided by then.
  const late = sleep(ANSWER_DIRECTLY_MS, undefined, { signal: timer.signal }).catch(() => undefined);
  let outcome = await Promise.race([pending, late]);
  timer.abort();
  if (!outcome) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    outcome = await pending;
  }
  if (!outcome.ok) {
    deps.logger.info(
      { err: (outcome.error as Error)?.message, interactionId: interaction.id },
      'request refused',
    );
    await answerPrivately(interaction, userMessageOf(outcome.error));
    return;
  }
  const { reply, body } = outcome;
  if (!body) {
    await answerPrivately(interaction, reply.kind === 'text' ? reply.text : 'Queued.');
    return;
  }
  if (!interaction.deferred) {
    await interaction.reply(body);
    return;
  }
  await interaction.editReply(forDiscordJs(textMessage('Posted in the channel.')));
  await interaction.followUp(body);
}

/**
 * What a public answer shows: its text, or a board's words with one embed and thumbnail per
 * clip (leaderboards, contest standings). Undefined: private.
 */
async function publicBody(deps: CardFlowDeps, reply: CommandReply): Promise<PublicBody | undefined> {
  if (reply.kind !== 'text' || reply.private) return undefined;
  const plain = { content: textMessage(reply.text).content, allowedMentions: NO_MENTIONS };
  if (!reply.board) return plain;
  const drawn = await boardMessage(reply.board, (clipId) => deps.app.store.thumbnails.get(clipId));
  return {
    content: textMessage(drawn.text).content,
    embeds: drawn.embeds,
    files: drawn.files,
    allowedMentions: NO_MENTIONS,
  };
}
