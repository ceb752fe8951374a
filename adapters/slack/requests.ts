import type { webApi } from '@slack/bolt';
import { COMMANDS, type CommandDefinition, type CommandReply } from '../../commands/index.ts';
import { parseOptions, type RawOptions } from '../../commands/parse.ts';
import type { App } from '../../src/app.ts';
import type { CardPresenter } from '../../src/core/card/card-presenter.ts';
import type { Actor, Clip, Member, MessageRef } from '../../src/core/clip/clip.ts';
import { asReelbotError, ErrorCode, ValidationError } from '../../src/core/errors.ts';
import type { Place } from '../../src/core/place.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { findSetting } from '../../src/core/workspace/settings.ts';
import { renderBoard } from './board.ts';
import { freeTextOption, readCommandText } from './command-text.ts';
import { slackReactionFor } from './emoji.ts';
import type { SlackMembers } from './members.ts';
import { resolveMentions } from './mentions.ts';
import type { SlackMessenger } from './messenger.ts';
import { messageRef, readRef, SURFACE } from './refs.ts';
import { renderNotice, renderPlaceholder, renderThreadRoot, renderTop, type SlackMessage } from './render.ts';
import { fitEscaped } from './text.ts';
import { usageText } from './usage-text.ts';

/** Everything the inbound handlers share. */
export interface SlackDeps {
  app: App;
  commandName: string;
  /** SLACK_VOTE_REACTION: the vote where a workspace set no vote emoji of its own (votes.ts). */
  voteReaction: string;
  client: webApi.WebClient;
  messenger: SlackMessenger;
  members: SlackMembers;
  /** Draws a clip's card the moment it is queued, before any worker touches it. */
  cards: CardPresenter;
  botUserId: string;
  logger: Logger;
}

/** A command read from text and validated, ready to run. */
export interface PreparedCommand {
  command: CommandDefinition;
  /** The options as read from the text, mentions still in Slack's `<@U…>` form. */
  raw: RawOptions;
  input: unknown;
}

/** Where a request came from. `threadTs` absent: the bot opens a thread for it. */
export interface Origin {
  teamId: string;
  channelId: string;
  threadTs?: string;
  userId: string;
  userName?: string;
  /** The platform's id for this request, so a retried delivery maps to the same clip. */
  requestKey: string;
}

/** Read and validate command text. Throws ValidationError with a message for the member. */
export function prepareCommand(deps: SlackDeps, text: string): PreparedCommand {
  const { command, raw } = readCommandText(text, COMMANDS, deps.app.providers);
  const input = parseOptions(command, raw);
  refuseUnnamedVoteEmoji(command, input);
  return { command, raw, input };
}

/** Words that put a setting back to the operator's default (settings.ts). */
const RESET_WORDS = new Set(['default', 'reset', 'unset']);

/**
 * Slack counts reactions by name, so a vote emoji set from Slack must be one emoji.ts can name:
 * otherwise the announcements would ask for 🦩 while the count went on with the default. Refused
 * here, before anything changes, with what to write instead.
 */
function refuseUnnamedVoteEmoji(command: CommandDefinition, input: unknown): void {
  if (command.name !== 'settings' || command.group) return;
  const { setting, value } = input as { setting?: string; value?: string };
  if (setting === undefined || value === undefined || findSetting(setting)?.key !== 'voteEmoji') return;
  if (RESET_WORDS.has(value.trim().toLowerCase()) || slackReactionFor(value)) return;
  throw new ValidationError(
    `Slack counts reactions by name, and I do not know the name of ${value.slice(0, 20)}. Give the name Slack shows when you point at the reaction, like fire or :tada:. Nothing was changed.`,
    'value',
  );
}

/**
 * The members a command's text mentions, for the consent gate, and its input with each mention
 * written as `@name`. Runs after the ack: it may call users.info. Checked again by the schema,
 * as a name can be longer than the mention it replaces.
 */
async function withMentions(
  deps: SlackDeps,
  prepared: PreparedCommand,
): Promise<{ input: unknown; mentions: Member[] }> {
  const raw: RawOptions = { ...prepared.raw };
  const mentions = new Map<string, Member>();
  let changed = false;
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    const resolved = await resolveMentions(value, deps.members, deps.botUserId);
    if (resolved.text !== value) changed = true;
    raw[name] = resolved.text;
    for (const member of resolved.mentions) mentions.set(member.id, member);
  }
  if (!changed) return { input: prepared.input, mentions: [] };
  return { input: parseOptions(prepared.command, raw), mentions: [...mentions.values()] };
}

/** The usage text with an explanation in front, for replies to text we could not read. */
export function withUsage(deps: SlackDeps, problem: string): string {
  return `${problem}\n\n${usageText(deps.commandName, COMMANDS, deps.app.providers)}`;
}

/**
 * Run a prepared command. Commands that take free text (a prompt) make something that lives in
 * a thread: the request gets a thread (opened for it when it came from the channel) and a
 * status message there. Other commands answer the member privately with `reply`.
 */
export async function runCommand(
  deps: SlackDeps,
  prepared: PreparedCommand,
  origin: Origin,
  /** Answer with text; `everyone` when the command's answer is not private. */
  reply: (text: string, everyone: boolean, message?: SlackMessage) => Promise<void>,
): Promise<void> {
  const actor = await deps.members.get(origin.userId, origin.userName);
  const place: Place = {
    surface: SURFACE,
    workspaceId: origin.teamId,
    channelId: origin.channelId,
    ...(origin.threadTs ? { threadId: origin.threadTs } : {}),
  };
  const { input, mentions } = await withMentions(deps, prepared);
  const context = {
    services: deps.app.services,
    actor,
    commandName: deps.commandName,
    requestKey: origin.requestKey,
    ...(mentions.length ? { mentions } : {}),
  };
  const free = prepared.command.makesClip ? freeTextOption(prepared.command) : undefined;
  if (!free) {
    const answer = await prepared.command.handle(input, { ...context, place });
    if (answer.kind === 'text') {
      // Help also says how commands are written here, which only this surface knows.
      const text =
        prepared.command.name === 'help' && !prepared.command.group
          ? withUsage(deps, answer.text)
          : answer.text;
      // Leaderboard rows and boards of clips drawn as blocks (links, thumbnails); the text stays
      // the fallback.
      const board = answer.rows
        ? renderTop(text, answer.rows, await deps.messenger.thumbnailFiles(answer.rows))
        : answer.board
          ? renderBoard(
              answer.board,
              fitEscaped(text, 3000),
              await deps.messenger.thumbnailFiles(answer.board.entries),
            )
          : undefined;
      await reply(text, !answer.private, board);
    }
    return;
  }
  const headline = String((input as Record<string, unknown>)[free.name] ?? '');
  // Refuse bad input before opening a thread, so a refusal never flashes a message in the channel.
  await prepared.command.check?.(input, { ...context, place });
  await startInThread(deps, { place, actor, headline }, async (inThread, card) =>
    clipOf(await prepared.command.handle(input, { ...context, place: inThread, card })),
  );
}

function clipOf(answer: CommandReply): Clip {
  if (answer.kind === 'clip') return answer.clip;
  throw asReelbotError(new Error('a thread command answered with text'));
}

/**
 * Give a new clip its place in Slack before it is queued: open a thread when the request came
 * from the channel (slash commands cannot be used in threads), and post a placeholder status
 * message there that becomes the clip's card. Passing the card in with the request means the
 * worker edits it instead of posting a second one. If the request is refused (a duration the
 * model does not offer), the placeholder and the opened thread are deleted again, so bad input
 * leaves nothing behind.
 */
export async function startInThread(
  deps: SlackDeps,
  request: { place: Place; actor: Actor; headline: string },
  run: (place: Place, card: MessageRef) => Promise<Clip>,
): Promise<Clip> {
  const { messenger, app } = deps;
  const channel = request.place.channelId;
  let place = request.place;
  let rootTs: string | undefined;
  if (!place.threadId) {
    const root = await messenger.postMessage(channel, renderThreadRoot(request.actor.name, request.headline));
    rootTs = tsOf(root);
    place = { ...place, threadId: rootTs };
  }
  let placeholder: MessageRef;
  try {
    placeholder = await messenger.postMessage(channel, renderPlaceholder(), place.threadId);
  } catch (error) {
    if (rootTs) await messenger.remove(messageRef(channel, rootTs)).catch(() => {});
    throw error;
  }
  const card = messageRef(channel, tsOf(placeholder), rootTs);

  let clip: Clip;
  try {
    clip = await run(place, card);
  } catch (error) {
    await messenger
      .remove(card)
      .catch((e) => deps.logger.warn({ err: e.message }, 'could not take back placeholder'));
    throw error;
  }
  if (clip.card?.id !== card.id) {
    // A retried request answered with its first clip, which has its own card.
    await messenger.remove(card).catch(() => {});
    return clip;
  }
  // The core indexes the card; members react to the channel message as much: index it too.
  if (rootTs) await app.store.messages.link(messageRef(channel, rootTs).key!, clip.id);
  const latest = await app.store.clips.get(clip.id);
  // Once a worker has moved the clip on, it has drawn the card itself (state changes are forced).
  if (latest?.state === 'queued') await deps.cards.show(latest, { force: true });
  return clip;
}

function tsOf(ref: MessageRef): string {
  const target = readRef(ref);
  if (target?.kind !== 'message') throw new Error('expected a message ref');
  return target.ts;
}

/** A member-facing sentence for any failure; unexpected ones are logged. */
export function failureText(deps: SlackDeps, error: unknown): string {
  const e = asReelbotError(error);
  if (e.code === ErrorCode.Internal) deps.logger.error({ err: e.message }, 'slack request failed');
  return e.userMessage;
}

/** Tell one member something, visible only to them, in the channel or thread they acted in. */
export async function whisper(
  deps: SlackDeps,
  to: { channelId: string; userId: string; threadTs?: string | undefined },
  text: string,
): Promise<void> {
  const message = renderNotice(text);
  try {
    await deps.client.chat.postEphemeral({
      channel: to.channelId,
      user: to.userId,
      text: message.text,
      blocks: message.blocks,
      ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
      link_names: false,
      parse: 'none',
    });
  } catch (error) {
    deps.logger.warn({ err: (error as Error).message }, 'slack chat.postEphemeral failed');
  }
}
