import type { webApi } from '@slack/bolt';
import { COMMANDS, type CommandDefinition } from '../../commands/index.ts';
import { parseOptions, type RawOptions } from '../../commands/parse.ts';
import { type CommandHooks, memberMessage, runCommand as runPipeline } from '../../commands/pipeline.ts';
import type { Member } from '../../src/core/clip/clip.ts';
import { asReelbotError, ErrorCode, ValidationError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import type { Place } from '../../src/core/place.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { Services } from '../../src/core/services.ts';
import { findSetting } from '../../src/core/workspace/settings.ts';
import { type SlackReply, type SlackRequest, slackHooks } from './command-hooks.ts';
import { freeTextOption, readCommandText } from './command-text.ts';
import { slackReactionFor } from './emoji.ts';
import { memberLocales, memberTranslator } from './languages.ts';
import type { SlackMembers } from './members.ts';
import { resolveMentions } from './mentions.ts';
import type { SlackMessenger } from './messenger.ts';
import { SURFACE } from './refs.ts';
import { renderNotice } from './render.ts';
import { usageText } from './usage-text.ts';

/** Everything the inbound handlers share. */
export interface SlackDeps {
  services: Services;
  commandName: string;
  /** SLACK_VOTE_REACTION: the vote where a workspace set no vote emoji of its own (votes.ts). */
  voteReaction: string;
  client: webApi.WebClient;
  messenger: SlackMessenger;
  members: SlackMembers;
  botUserId: string;
  logger: Logger;
}

/** A command read from text and validated, ready to run. */
export interface PreparedCommand {
  command: CommandDefinition;
  /** The options as read from the text, mentions still in Slack's `<@U…>` form. */
  raw: RawOptions;
  input: unknown;
  /**
   * Options passed on exactly as typed, never read for mentions: a cast handle written as
   * `<@U…>` must reach the core in that shape to be refused, not become the member's name.
   */
  literal?: readonly string[];
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
  const { command, raw } = readCommandText(text, COMMANDS, deps.services.providers);
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
  throw new ValidationError(msg('surface.slack.voteEmojiUnknown', { emoji: value.slice(0, 20) }), 'value');
}

/**
 * The members a command's text mentions, for the consent gate, and its options with each mention
 * written as `@name`. Runs after the ack: it may call users.info. The pipeline checks the options
 * again with the schema, as a name can be longer than the mention it replaces.
 */
async function withMentions(
  deps: SlackDeps,
  prepared: PreparedCommand,
): Promise<{ raw: RawOptions; mentions: Member[] }> {
  const raw: RawOptions = { ...prepared.raw };
  const mentions = new Map<string, Member>();
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string' || prepared.literal?.includes(name)) continue;
    const resolved = await resolveMentions(value, deps.members, deps.botUserId);
    raw[name] = resolved.text;
    for (const member of resolved.mentions) mentions.set(member.id, member);
  }
  return { raw, mentions: [...mentions.values()] };
}

/** The usage text with an explanation in front, for replies to text we could not read. */
export function withUsage(deps: SlackDeps, problem: string, t: Translate): string {
  return `${problem}\n\n${usageText(deps.commandName, COMMANDS, deps.services.providers, t)}`;
}

/** What the pipeline's Slack hooks draw with. */
function hooksDeps(deps: SlackDeps) {
  return {
    messenger: deps.messenger,
    logFailure: (error: unknown) => logFailure(deps, error),
    warn: (message: string, error: unknown) => deps.logger.warn({ err: (error as Error)?.message }, message),
  };
}

/**
 * Run a prepared command through the command pipeline (commands/pipeline.ts) with Slack's hooks
 * (command-hooks.ts): a clip-making command gets a thread (opened for it when it came from the
 * channel) and a status message there; others answer with `reply`, and so do refusals.
 */
export async function runCommand(
  deps: SlackDeps,
  prepared: PreparedCommand,
  origin: Origin,
  /** Answer with text; `everyone` when the command's answer is not private. */
  reply: SlackReply,
  /** Show a command's form (key-form.ts), where the request can open one (a slash command's trigger). */
  openForm?: CommandHooks['openForm'],
): Promise<void> {
  // One users.info call (cached) says who the member is and which language their Slack speaks.
  const { actor, locale } = await deps.members.profile(origin.userId, origin.userName);
  const place: Place = {
    surface: SURFACE,
    workspaceId: origin.teamId,
    channelId: origin.channelId,
    ...(origin.threadTs ? { threadId: origin.threadTs } : {}),
  };
  const { raw, mentions } = await withMentions(deps, prepared);
  const { command } = prepared;
  const free = command.makesClip ? freeTextOption(command) : undefined;
  const headline = free ? String(raw[free.name] ?? '').trim() : '';
  // Settled here rather than in the pipeline, so help's Slack part below is in the member's language too.
  const languages = await deps.services.workspace.languages(place, locale ? { member: locale } : {});
  // Help also says how commands are written here, which only this surface knows.
  const decorate =
    command.name === 'help' && !command.group
      ? (text: string) => withUsage(deps, text, translator(languages.member))
      : undefined;
  await runPipeline(
    command,
    raw,
    {
      services: deps.services,
      actor,
      place,
      commandName: deps.commandName,
      requestKey: origin.requestKey,
      ...(locale ? { locales: { member: locale } } : {}),
      languages,
      ...(mentions.length ? { mentions } : {}),
    },
    {
      ...slackHooks(hooksDeps(deps), { place, actor, headline, locale: languages.channel }, reply, decorate),
      ...(openForm ? { openForm } : {}),
    },
  );
}

/**
 * A button or the Remix form (commands/actions.ts) through the same pipeline: Re-roll, Remix and
 * Edit get a thread and a card like a typed request; refusals go privately to the member who
 * pressed. A confirmation is not sent: the card itself changes (or goes).
 */
export async function runAction(
  deps: SlackDeps,
  action: CommandDefinition,
  raw: RawOptions,
  request: SlackRequest & { requestKey?: string; mentions?: Member[] },
  to: { channelId: string; userId: string; threadTs?: string | undefined },
): Promise<void> {
  const { place, actor, requestKey, mentions } = request;
  const locales = await memberLocales(deps, actor.id, actor.name);
  // Settled before the pipeline so the thread and placeholder a button opens are in the channel's language.
  const languages = await deps.services.workspace.languages(place, locales);
  const context = {
    services: deps.services,
    actor,
    place,
    commandName: deps.commandName,
    locales,
    languages,
    ...(requestKey ? { requestKey } : {}),
    ...(mentions?.length ? { mentions } : {}),
  };
  const whisperTo = async (text: string, everyone: boolean) => {
    if (!everyone) await whisper(deps, to, text);
  };
  const hooks = slackHooks(hooksDeps(deps), { ...request, locale: languages.channel }, whisperTo);
  await runPipeline(action, raw, context, { ...hooks, answerPrivately: async () => {} });
}

/** Log a failure nobody meant (a refusal is no news; an internal error is). */
function logFailure(deps: Pick<SlackDeps, 'logger'>, error: unknown): void {
  const e = asReelbotError(error);
  if (e.code === ErrorCode.Internal) deps.logger.error({ err: e.message }, 'slack request failed');
}

/**
 * A member-facing sentence for any failure, in the member's language (`t`; English where the
 * caller has none); unexpected ones are logged.
 */
export function failureText(deps: SlackDeps, error: unknown, t: Translate = translator('en')): string {
  logFailure(deps, error);
  return memberMessage(asReelbotError(error), t);
}

/** Tell one member privately why their request failed, in their language. */
export async function whisperFailure(
  deps: SlackDeps,
  to: { channelId: string; userId: string; threadTs?: string | undefined },
  error: unknown,
  teamId?: string,
): Promise<void> {
  const t = await memberTranslator(deps, to.userId, teamId);
  await whisper(deps, to, failureText(deps, error, t));
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
