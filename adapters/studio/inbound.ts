import { CLIP_ACTIONS } from '../../commands/actions.ts';
import { COMMANDS, findCommand } from '../../commands/index.ts';
import { refuseUnknownOptions } from '../../commands/option-tokens.ts';
import { runCommand } from '../../commands/pipeline.ts';
import type { Actor, Clip } from '../../src/core/clip/clip.ts';
import { ErrorCode, ReelbotError, ValidationError } from '../../src/core/errors.ts';
import { isMessageKey, type MessageKey } from '../../src/core/i18n/catalogs.ts';
import { type Locale, SOURCE_LOCALE } from '../../src/core/i18n/locales.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import type { Place } from '../../src/core/place.ts';
import type { Services } from '../../src/core/services.ts';
import { type StudioAttachment, withAttachments } from './attachments.ts';
import { studioHooks } from './command-hooks.ts';
import { type FormBody, submitForm } from './key-form.ts';
import { mentionsIn, STUDIO_WORKSPACE } from './members.ts';
import { messageKey, STUDIO } from './messenger.ts';
import type { StudioRenderer } from './render.ts';
import { CHANNEL_HISTORY, type StudioRepository } from './repository.ts';
import { parseCommandText } from './web/command-text.ts';
import type { ActionResult, CatalogCommand, CommandResult, MessageView } from './web/types.ts';

type StoryField = 'look' | 'seconds' | 'mode' | 'transition' | 'model' | 'aspect' | 'style';

/** A button press or reaction on a message, as the page sends it. */
export type StudioAction =
  | { action: 'remix' | 'edit'; message: string; prompt: string; nonce?: string }
  | { action: 'extend'; message: string; prompt: string; seconds?: number; nonce?: string }
  | { action: 'reroll'; message: string; nonce?: string }
  | { action: 'cancel' | 'delete'; message: string }
  | { action: 'react'; message: string; on: boolean };

/**
 * What members do in the studio, translated into the same core calls Discord and Slack make:
 * commands and buttons run through the command pipeline (commands/pipeline.ts) with the studio's
 * hooks, reactions through ClipService with the clip found from the message's key.
 */
export class StudioInbound {
  readonly #services: Services;
  readonly #commandName: string;
  readonly #repository: StudioRepository;
  readonly #renderer: StudioRenderer;

  constructor(deps: {
    services: Services;
    commandName: string;
    repository: StudioRepository;
    renderer: StudioRenderer;
  }) {
    this.#services = deps.services;
    this.#commandName = deps.commandName;
    this.#repository = deps.repository;
    this.#renderer = deps.renderer;
  }

  /**
   * Every command with its options and choices, for the composer's hints and help, described in
   * the member's language from the commands domain (the keys Discord's localizations use:
   * adapters/discord/localizations.ts). Names stay as typed: the studio's parser reads the
   * English command and option names, whatever the page's language.
   */
  catalog(locale: Locale = SOURCE_LOCALE): CatalogCommand[] {
    const providers = this.#services.providers;
    const t = translator(locale);
    return COMMANDS.map((command) => {
      const path = command.group ? `${command.group}.${command.name}` : command.name;
      return {
        name: command.name,
        ...(command.group ? { group: command.group } : {}),
        description: described(t, `command.${path}.description`, command.description),
        options: command.options.map((o) => {
          const key = `command.${path}.option.${o.name}`;
          return {
            name: o.name,
            description: described(t, `${key}.description`, o.description),
            type: o.type,
            required: o.required ?? false,
            ...(o.maxLength ? { maxLength: o.maxLength } : {}),
            choices: (o.choices?.({ providers }) ?? []).map((c) => ({
              ...c,
              name: choiceName(t, key, c.value, c.name),
            })),
          };
        }),
      };
    });
  }

  /** The page's view of one message, or undefined when it is not shown. */
  async view(id: string): Promise<MessageView | undefined> {
    const message = await this.#repository.get(id);
    if (!message || message.hidden) return undefined;
    const reactions = await this.#repository.reactions(id);
    const clipId = message.kind === 'clip' ? message.card?.clipId : undefined;
    const votes = clipId ? await this.#services.clips.voteCount(clipId) : undefined;
    return this.#renderer.message(message, reactions, votes);
  }

  async list(channel: string): Promise<MessageView[]> {
    const messages = await this.#repository.list(channel, CHANNEL_HISTORY);
    const views = await Promise.all(messages.map((m) => this.view(m.id)));
    return views.filter((v): v is MessageView => v !== undefined);
  }

  /** Run a typed command line as this member in this channel, with the files attached to it. */
  async command(
    actor: Actor,
    channel: string,
    text: string,
    nonce?: string,
    attachments: readonly StudioAttachment[] = [],
    locale?: Locale,
  ): Promise<CommandResult> {
    const commandName = this.#commandName;
    const parsed = parseCommandText(text, commandName, COMMANDS);
    if (!parsed.ok) throw new ValidationError(msg(parsed.key satisfies MessageKey, parsed.values));
    const command = findCommand(parsed.command, parsed.group)!;
    // Decided here, not in the page: a typo'd option (`duraton:8`) would otherwise be read as
    // words of the prompt and bought. The page's parser (web/) cannot import commands/.
    const label = `/${commandName} ${parsed.group ? `${parsed.group} ` : ''}${parsed.command}`;
    refuseUnknownOptions(text, command, { label, flags: false });
    const images = command.options.filter((o) => o.type === 'image').map((o) => o.name);
    const raw = withAttachments(parsed.options, images, attachments);
    const { hooks, result } = this.#hooks(channel);
    await runCommand(
      command,
      raw,
      {
        services: this.#services,
        actor,
        place: this.#place(channel),
        ...(nonce ? { requestKey: `${STUDIO}:${nonce}` } : {}),
        mentions: mentionsIn(text),
        commandName,
        ...(locale ? { locales: { member: locale } } : {}),
      },
      hooks,
    );
    return result();
  }

  /**
   * The Story dialog: its shot fields joined with `|` into `/sora story`'s own `shots` option,
   * the rest as the command's options, through the same pipeline as the typed command.
   */
  async story(
    actor: Actor,
    channel: string,
    form: { shots: string[] } & Partial<Record<StoryField, string | number>>,
    nonce?: string,
    locale?: Locale,
  ): Promise<CommandResult> {
    const command = findCommand('story')!;
    const { shots, ...rest } = form;
    const raw = { ...rest, shots: shots.map((s) => s.trim()).join(' | ') };
    const { hooks, result } = this.#hooks(channel);
    await runCommand(
      command,
      raw,
      {
        services: this.#services,
        actor,
        place: this.#place(channel),
        ...(nonce ? { requestKey: `${STUDIO}:${nonce}` } : {}),
        mentions: mentionsIn([raw.shots, rest.look ?? ''].join(' ')),
        commandName: this.#commandName,
        ...(locale ? { locales: { member: locale } } : {}),
      },
      hooks,
    );
    return result();
  }

  /** A form the page showed for a command (the key form), submitted (key-form.ts). */
  async submitForm(actor: Actor, channel: string, body: FormBody, locale?: Locale): Promise<CommandResult> {
    const deps = { repository: this.#repository, viewOf: (id: string) => this.#viewOf(id) };
    return submitForm(
      { ...deps, services: this.#services, commandName: this.#commandName },
      actor,
      channel,
      body,
      locale,
    );
  }

  /** A button or reaction on a message. */
  async act(actor: Actor, action: StudioAction, locale?: Locale): Promise<ActionResult> {
    const target = await this.#repository.get(action.message);
    if (!target || target.hidden) throw new ReelbotError(ErrorCode.NotFound, msg('studio.error.messageGone'));
    const { channel } = target;
    const clip = await this.#services.clips.clipForMessage(messageKey(channel, target.id));

    if (action.action === 'react') return this.#react(actor, target.id, action.on, clip, locale);
    if (!clip) throw new ReelbotError(ErrorCode.NotFound, msg('studio.error.clipGone'));
    const { hooks, result } = this.#hooks(channel);
    const context = {
      services: this.#services,
      actor,
      place: this.#place(channel),
      commandName: this.#commandName,
      ...(locale ? { locales: { member: locale } } : {}),
      ...('prompt' in action ? { mentions: mentionsIn(action.prompt) } : {}),
      ...('nonce' in action && action.nonce ? { requestKey: `${STUDIO}:${action.nonce}` } : {}),
    };
    const raw = {
      clip: clip.id,
      ...('prompt' in action ? { prompt: action.prompt } : {}),
      ...('seconds' in action && action.seconds !== undefined ? { seconds: action.seconds } : {}),
    };
    await runCommand(CLIP_ACTIONS[action.action], raw, context, hooks);
    switch (action.action) {
      case 'cancel':
        return this.#viewOf(target.id);
      case 'delete':
        return {};
      default: {
        const { message } = result();
        return message ? { message } : {};
      }
    }
  }

  async #react(
    actor: Actor,
    id: string,
    on: boolean,
    clip: Clip | undefined,
    locale?: Locale,
  ): Promise<ActionResult> {
    // The tally lives in the core: count first, so the reaction's announcement carries the new count.
    const result = clip
      ? on
        ? await this.#services.clips.vote(clip.id, actor)
        : await this.#services.clips.unvote(clip.id, actor)
      : undefined;
    await this.#repository.react(id, actor.id, on);
    const view = await this.#viewOf(id);
    if (clip && result && on && !result.counted) {
      // Only the member who reacted reads it: in their language, else the room's.
      const t = translator((await this.#services.workspace.languages(clip.place, { member: locale })).member);
      if (clip.author.id === actor.id) return { ...view, notice: t('studio.notice.ownVote') };
      if (clip.state !== 'posted') return { ...view, notice: t('studio.notice.notPosted') };
    }
    return view;
  }

  /** The studio's answers to the pipeline: its card is a reserved message (command-hooks.ts). */
  #hooks(channel: string) {
    return studioHooks({ repository: this.#repository, viewOf: (id) => this.#viewOf(id) }, channel);
  }

  async #viewOf(id: string): Promise<{ message?: MessageView }> {
    const message = await this.view(id);
    return message ? { message } : {};
  }

  #place(channel: string): Place {
    return { surface: STUDIO, workspaceId: STUDIO_WORKSPACE, channelId: channel };
  }
}

/** A command's or option's description in a language; the definition's English where no message fits. */
function described(t: Translate, key: string, english: string): string {
  if (!isMessageKey(key)) return english;
  try {
    return t(key);
  } catch {
    // A message that needs values (a group's list of subcommands) is left to Discord's builder.
    return english;
  }
}

/** The commands domain's one message for every length choice (`4 seconds`). */
const LENGTH_CHOICE = 'command.generate.option.duration.choice';

/**
 * A choice's label: its own message (`….choice.landscape`), the shared length message for a
 * duration or seconds, else the label as the definition made it (model names, frame sizes).
 */
function choiceName(t: Translate, option: string, value: string | number, english: string): string {
  const own = `${option}.choice.${value}`;
  if (isMessageKey(own)) return t(own);
  if (typeof value === 'number' && /\.option\.(duration|seconds)$/.test(option)) {
    return t(LENGTH_CHOICE, { seconds: value });
  }
  return english;
}
