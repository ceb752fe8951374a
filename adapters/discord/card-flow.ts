import type { RepliableInteraction } from 'discord.js';
import type { CommandReply } from '../../commands/types.ts';
import type { App } from '../../src/app.ts';
import { cardFor } from '../../src/core/card/card.ts';
import type { Actor, Clip, MessageRef } from '../../src/core/clip/clip.ts';
import type { Place } from '../../src/core/place.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { placeInLine } from '../../src/core/render/place-in-line.ts';
import {
  actorOf,
  answerPrivately,
  deferredCard,
  forDiscordJs,
  missingPermissions,
  placeOf,
  userMessageOf,
} from './interactions.ts';
import type { DiscordMessenger } from './messenger.ts';
import { textMessage } from './render.ts';
import type { DiscordState } from './state.ts';

export interface CardFlowDeps {
  app: App;
  messenger: DiscordMessenger;
  state: DiscordState;
  logger: Logger;
}

/** What a request needs from the interaction: who, where, the card, and the retry key. */
export interface RequestContext {
  actor: Actor;
  place: Place;
  card: MessageRef;
  /** The interaction id: a re-delivered interaction maps to the same clip. */
  requestKey: string;
}

/**
 * The path every clip-making interaction takes (slash command, Remix submit, Re-roll): check the
 * bot can finish the job here, defer publicly within Discord's 3 s deadline (receiving-and-responding.mdx)
 * before anything slow, then let `make` queue the clip with the deferred reply as its card.
 * Whatever fails after the deferral, the "thinking…" message goes and the member gets the
 * reason privately.
 */
export async function requestWithCard(
  deps: CardFlowDeps,
  interaction: RepliableInteraction,
  make: (context: RequestContext) => Promise<CommandReply>,
): Promise<void> {
  const place = placeOf(interaction);
  if (!place) {
    await answerPrivately(interaction, 'reelbot works in servers: use it in a server channel.');
    return;
  }
  const missing = missingPermissions(interaction);
  if (missing.length > 0) {
    await answerPrivately(
      interaction,
      `I can't post clips in this channel yet: an admin needs to give me ${missing.join(', ')} here.`,
    );
    return;
  }
  await interaction.deferReply();
  let reply: CommandReply;
  let card: MessageRef;
  try {
    if (interaction.attachmentSizeLimit > 0) {
      await deps.state.setUploadLimit(place, interaction.attachmentSizeLimit);
    }
    card = await deferredCard(interaction);
    reply = await make({ actor: actorOf(interaction), place, card, requestKey: interaction.id });
  } catch (error) {
    deps.logger.info({ err: (error as Error).message, interactionId: interaction.id }, 'request refused');
    await answerPrivately(interaction, userMessageOf(error));
    return;
  }
  if (reply.kind === 'text') {
    if (reply.private) await answerPrivately(interaction, reply.text);
    else await interaction.editReply(forDiscordJs(textMessage(reply.text)));
    return;
  }
  try {
    await showQueued(deps, reply.clip, card);
  } catch (error) {
    // The clip is queued; the worker draws the card on its first step anyway.
    deps.logger.warn(
      { err: (error as Error).message, clipId: reply.clip.id },
      'could not draw the queued card',
    );
  }
}

/**
 * Draw the first card (queued, with its place in line) at once, instead of leaving "thinking…"
 * until a worker picks the clip up. Skipped when a worker already moved the clip on, so a late
 * draw never shows an older state. (The core indexes the card's key to the clip.)
 */
async function showQueued(deps: CardFlowDeps, clip: Clip, card: MessageRef): Promise<void> {
  const { store, providers } = deps.app;
  if (clip.card?.id !== card.id) return; // a re-delivered interaction: the first one drew it
  const latest = await store.clips.get(clip.id);
  if (latest?.state !== 'queued') return;
  const queuePosition = await placeInLine(store, latest);
  const parent = latest.parentId ? await store.clips.get(latest.parentId) : undefined;
  const modelLabel = providers.labelOf(latest.options.model);
  await deps.messenger.edit(
    card,
    cardFor(latest, {
      ...(queuePosition !== undefined ? { queuePosition } : {}),
      ...(parent ? { parent } : {}),
      ...(modelLabel ? { modelLabel } : {}),
      redact: deps.app.redact,
    }),
  );
}
