import type { Translation } from '../../domain.ts';

/**
 * The source messages of the replies domain (ICU MessageFormat); see src/core/i18n/catalogs.ts for
 * the domains and how keys are named. What commands answer and refuse: help, usage, settings,
 * consent, cast lists, option refusals. Command words (`/{command} settings setting:aspect`,
 * `value:default`, option names) stay as typed, since surfaces read them in English.
 */
export const en = {
  // commands/parse.ts: a value zod refused where the command wrote no sentence of its own.
  'reply.option.invalid': 'The value for {option} is not valid: check it and try again.',
  'reply.options.invalid': 'Those options are not valid: check them and try again.',

  // commands/gates.ts
  'reply.gate.admin':
    'Only admins can {what} here, so nothing was changed. Ask an admin (Manage Server on Discord, a workspace admin or owner on Slack).',
  'reply.gate.admin.settings': 'see or change the bot’s settings',
  'reply.gate.admin.castPurge': 'remove another member’s cast',
  'reply.gate.admin.contestStart': 'start a contest',
  'reply.gate.admin.contestCancel': 'cancel a contest',

  // commands/option-tokens.ts
  'reply.options.rule':
    'In typed commands (Slack, the studio) a word glued to a value by a colon (mood:dark) or written --word is read as an option, and one the command does not have is refused before anything is made; to keep such words in a prompt, put a space after the colon (note: it rains) or quote them, while times and ratios like 10:30 or 16:9 always stay in it.',
  'reply.options.unknown.close': 'Unknown option {typed}: did you mean {close}?',
  'reply.options.unknown.takes': 'Unknown option {typed}: {command} takes {names}.',
  'reply.options.unknown.none': 'Unknown option {typed}: {command} takes no options.',
  'reply.options.unknown': '{head} Nothing was made.',
  'reply.options.unknown.keep':
    '{head} To keep “{token}” as words, put a space after the colon or quote them. Nothing was made.',
  'reply.options.or2': '{a} or {b}',
  'reply.options.or3': '{a}, {b} or {c}',
  'reply.options.flag': 'Options are written name:value here, like {word}:…, not {token}. Nothing was made.',

  // commands/help.ts
  'reply.help.generate': '/{command} generate prompt:<what happens> makes a short video and posts it here.',
  'reply.help.options':
    'Options: duration, aspect (landscape, portrait, square) or size, model, style, image.',
  'reply.help.aspect':
    'Clips here are {aspect} ({ratio}) unless you name an aspect or size; admins change that with /{command} settings setting:aspect.',
  'reply.help.styles': 'Styles: {styles}.',
  'reply.help.tips': 'Tips: say what the camera does (slow dolly in, aerial shot), the light and the sound.',
  'reply.help.votes':
    'React to a clip to vote; press Remix to start from someone else’s prompt (they get the credit).',
  'reply.help.top':
    '/{command} top shows the most voted clips of the day, week or all time, and the hall of fame.',
  'reply.help.contests':
    'Contests: /{command} contest status tells what is on here; enter with /{command} generate … contest:yes while submissions are open. Admins start one with /{command} contest start.',
  'reply.help.usage':
    '/{command} usage shows what you and this server spent; /{command} consent on lets others name you in their prompts (off until you say so).',
  'reply.help.models': 'Models:',
  'reply.help.model':
    '• {label} ({id}): {durations} s, {sizes}{audio, select, yes {, with sound} other {}}{priced, select, yes { from {price}/s} other {}}',

  // commands/settings.ts
  'reply.settings.stays': '{name} stays {value}.',
  'reply.settings.changed': '{name} is now {value} (was {from}). The change is logged with your name.',
  'reply.settings.line': '• {name}: {value}',
  'reply.settings.line.set': '• {name}: {value} (set here)',
  'reply.settings.one':
    '{description}. Change it with /{command} settings setting:{name} value:{example}; value:default puts the operator’s back.',
  'reply.settings.head': 'Settings here (the rest are the operator’s defaults):',
  'reply.settings.how':
    'Change one with /{command} settings setting:<name> value:<value>, e.g. setting:daily_budget value:20; "off" lifts a limit, "default" puts the operator’s back.',
  'reply.settings.history': 'Recent changes:',
  'reply.settings.change': '• {when} UTC, {by}: {name} {from} → {to}',
  'reply.settings.name.missing': 'Name a setting.',
  'reply.settings.name.long': 'That setting name is too long.',
  'reply.settings.name.unknown': 'There is no such setting. Settings: {settings}.',
  'reply.settings.value.text': 'Give the value as text.',
  'reply.settings.value.empty': 'The value is empty.',
  'reply.settings.value.long': 'Keep the value under {max} characters.',
  'reply.settings.value.which': 'Say which setting the value is for, like setting:daily_budget value:20.',

  // src/core/workspace/settings.ts: values as shown, and refusals of a value.
  'reply.setting.unknown': 'There is no setting called "{name}". Settings: {settings}.',
  'reply.setting.noLimit': 'no limit',
  'reply.setting.noLimit.default': 'no limit (default)',
  'reply.setting.default': '{value} (default)',
  'reply.setting.money': '{amount, number, ::currency/USD}',
  'reply.setting.clips': '{count, plural, one {# clip} other {# clips}}',
  'reply.setting.seconds': '{count} s',
  'reply.setting.atOnce': '{count} at once',
  'reply.setting.perMinute': '{count} per minute',
  'reply.setting.model.first': 'the first model',
  'reply.setting.channels.every': 'every channel',
  'reply.setting.voteEmoji.default': 'the bot’s default',
  'reply.setting.aspect': '{aspect} ({ratio})',
  'reply.setting.aspect.default': '{aspect} ({ratio}, default)',
  'reply.setting.language.default': 'the server’s language, else English (default)',
  'reply.setting.what.daily_budget': 'the daily budget',
  'reply.setting.what.monthly_budget': 'the monthly budget',
  'reply.setting.what.member_daily_clips': 'the clips per member per day',
  'reply.setting.what.member_daily_seconds': 'the seconds per member per day',
  'reply.setting.what.member_max_active': 'the clips per member at once',
  'reply.setting.what.rate_limit': 'the commands per member per minute',
  'reply.setting.dollars.invalid':
    'Give {what} in dollars from 0 to {max, number}, like 20 or 12.50; "off" for no limit, "default" for the operator’s.',
  'reply.setting.count.invalid':
    'Give {what} as a whole number from {min} to {max}{off, select, yes {; "off" for no limit} other {}}, or "default".',
  'reply.setting.channels.invalid':
    'Name channels as "here", a channel id or a #channel mention, separated by commas; "all" for every channel.',
  'reply.setting.channels.count': 'Name between 1 and 50 channels, or "all".',
  'reply.setting.model.unknown': 'There is no model called "{name}". Choose one of: {models}.',
  'reply.setting.provider.unknown': 'Choose a configured provider: {providers}.',
  'reply.setting.voteEmoji.invalid':
    'Give the vote reaction as one emoji (👍) or a reaction name (thumbsup), or "default".',
  'reply.setting.aspect.invalid': 'Give the default aspect as landscape, portrait or square, or "default".',
  'reply.setting.language.invalid': 'Give the language as one of {languages}, or "default".',

  // commands/usage.ts
  'reply.usage.spent': '{money} for {clips, plural, one {# clip} other {# clips}} ({seconds} s)',
  'reply.usage.member': 'You, today: {day}. This month: {month}.',
  'reply.usage.workspace': 'Everyone here, today: {day}. This month: {month}.',
  'reply.usage.ofMax': '{spent} of {max}',
  'reply.usage.cap.clips': '{left} of {max} clips left today',
  'reply.usage.cap.seconds': '{left} of {max} s of video left today',
  'reply.usage.cap.active': '{active} of {max} clips at once in progress',
  'reply.usage.caps': 'Your limits: {caps}.',
  'reply.usage.held':
    '{money} of your spend is held for clips still in progress: refunded if they fail or are cancelled, charged at the real price when they are posted.',
  'reply.usage.resets': 'Daily counts start again at midnight UTC (in {wait}); monthly ones on {date}.',
  'reply.usage.key': '{provider} key ending in {last4}: {money}',
  'reply.usage.keys': 'This server’s own provider keys, spent on each so far: {keys}.',

  // commands/consent.ts
  'reply.consent.choice': 'Choose on (others may name you in prompts) or off.',
  'reply.consent.answer':
    '{lead, select, done {Done. } same {That was already your choice. } other {}}{on, select, yes {Others may name you in their prompts here. Turn it off any time with /{command} consent off.} other {Prompts that name you here are refused; your own prompts may always name you. To let others name you, use /{command} consent on.}}',

  // commands/remixes.ts (public: the channel reads it)
  'reply.remixes.from': 'From {quote} by {author} (clip {id}).',
  'reply.remixes.root':
    '{quote} by {author} · {votes, plural, one {# vote} other {# votes}} · {count} made from it',
  'reply.remixes.child':
    '{origin, select, remix {remix} reroll {re-roll} edit {edit} other {new}} by {author}{quoted, select, yes {: {quote}} other {}} · {votes, plural, one {# vote} other {# votes}}{below, plural, =0 {} one { · # below} other { · # below}} (clip {id})',
  'reply.remixes.deleted': '(deleted clip)',
  'reply.remixes.none': 'Nobody has remixed it yet: press Remix on its card to be the first.',
  'reply.remixes.truncated': '… and more: the tree is cut here.',

  // Clip and story ids in options (remixes, extend, reshoot, the buttons).
  'reply.clip.missing': 'Name the clip: its id is on its card (for example c1a2b3c4d5).',
  'reply.clip.invalid': 'A clip id is letters and digits, as shown on its card.',
  'reply.story.missing': 'Name the story: its id is on its card (for example c1a2b3c4d5).',
  'reply.story.invalid': 'A story id is letters and digits, as shown on its card.',
  'reply.clip.gone': 'That clip no longer exists.',
  'reply.clip.cancelled': 'Cancelled.',
  'reply.clip.deleted': 'Deleted.',

  // The options of clip-making commands (generate, story, extend, reshoot, the buttons).
  'reply.prompt.missing': 'Describe the video you want: add a prompt.',
  'reply.prompt.empty': 'Describe the video you want: the prompt is empty.',
  'reply.prompt.long': 'Keep the prompt under {max} characters.',
  'reply.prompt.next': 'Say what happens next.',
  'reply.prompt.next.empty': 'Say what happens next: the prompt is empty.',
  'reply.duration.whole': 'Give the duration in whole seconds, like 8.',
  'reply.duration.min': 'The duration must be at least 1 second.',
  'reply.duration.max': 'The duration must be under 10 minutes.',
  'reply.size.invalid': 'Write the size as width x height in pixels, like 1280x720.',
  'reply.aspect.invalid': 'The aspect is landscape, portrait or square.',
  'reply.model.long': 'That model name is too long.',
  'reply.style.long': 'That style name is too long.',
  'reply.image.invalid': 'The image must be an http(s) link to a picture.',
  'reply.contest.entry.invalid': 'To enter a contest, write contest: yes (this channel’s) or its id.',
  'reply.shots.missing': 'Write the shots, separated by | (for example "a fox wakes | the fox runs").',
  'reply.shots.long': 'Keep the shots under {max} characters in all.',
  'reply.look.long': 'Keep the look under {max} characters.',
  'reply.mode.invalid': 'The mode is flow or cut.',
  'reply.transition.invalid': 'The transition is cut or fade.',
  'reply.seconds.whole': 'Give the seconds as a whole number, like 8.',
  'reply.seconds.min': 'A shot is at least 1 second.',
  'reply.seconds.max': 'A shot must be under 10 minutes.',
  'reply.shot.number': 'Give the shot’s number, like 2.',
  'reply.shot.min': 'Shots are numbered from 1.',
  'reply.shot.max': 'No story has that many shots.',
  'reply.top.period': 'The period is day, week, all or hall.',

  // commands/cast*.ts
  'reply.cast.mention': 'Name the member with a mention, like /{command} cast {sub} member:@Bob.',
  'reply.cast.image.missing': 'Attach a picture of yourself: a JPEG, PNG or WebP photo.',
  'reply.cast.handle.long': 'Keep the handle short: at most 32 letters or digits.',
  'reply.cast.who.invalid': 'Choose who may use your likeness: me, approved or everyone.',
  'reply.cast.allow.everyone': 'everyone here may use your likeness',
  'reply.cast.allow.approved':
    'only you and the {count, plural, one {member} other {# members}} you approved may use your likeness',
  'reply.cast.allow.me': 'only you may use your likeness',
  'reply.cast.added':
    'Added: you have {count} of {max} pictures (location and camera data removed).{named, select, yes { Others may name you as @{handle}.} other {}} Right now {allow}; change it with /{command} cast allow or cast approve.{left, plural, =0 {} one { You may add # more.} other { You may add # more.}}',
  'reply.cast.allowed': 'Done: {allow}. Clips still waiting follow this at once.',
  'reply.cast.approved': 'Done: {name} may use your likeness; {allow}.',
  'reply.cast.unapproved':
    'Done: {name} may no longer use your likeness, including in clips still waiting; {allow}.',
  'reply.cast.cancelled':
    '{count, plural, =0 {No clip using it was still on its way.} one {1 clip still on its way was cancelled and refunded.} other {# clips still on their way were cancelled and refunded.}}',
  'reply.cast.removed': 'Your pictures are deleted. {cancelled}',
  'reply.cast.purged': '{name}’s pictures are deleted. {cancelled}',
  'reply.cast.list.head':
    'You have {count} of {max} pictures{named, select, yes { (@{handle})} other {}}; {allow}.',
  'reply.cast.list.none': 'You have no pictures here; add one with /{command} cast add.',
  'reply.cast.list.clips': 'Clips with your likeness, newest first:',
  'reply.cast.list.clip':
    '• clip {id} by {author} ({state, select, queued {queued} submitted {submitted} rendering {rendering} fetching {fetching} delivering {delivering} posted {posted} failed {failed} cancelled {cancelled} other {{state}}})',
  'reply.cast.list.empty': 'No clip has used your likeness yet.',

  // commands/contest-*.ts
  'reply.contest.theme.missing': 'Give the contest a theme, like “ghosts in the machine”.',
  'reply.contest.theme.long': 'Keep the theme under {max} characters.',
  'reply.contest.window':
    '{what, select, submission {Give the submission window as a duration, like 2h, 90m or 3d.} other {Give the voting window as a duration, like 2h, 90m or 3d.}}',
  'reply.contest.window.invalid':
    '{what, select, submission {“{text}” is not a duration: write the submission window like 2h, 90m or 3d.} other {“{text}” is not a duration: write the voting window like 2h, 90m or 3d.}}',
  'reply.contest.entries': 'Entries per member is a whole number from 1 to {max}.',
  'reply.contest.voterAge': 'The minimum voter age is a whole number of days, 0 to {max}.',
  'reply.contest.channel': 'Name the channel with a #mention, like #contests.',
  'reply.contest.id': 'A contest id starts with k, as shown in its announcement.',
  'reply.contest.started':
    'Started contest “{theme}” (contest {id}); the announcement is posted in its channel. Voting opens {opens} and closes {closes}.',
  'reply.contest.cancelled': 'Cancelled contest “{theme}” (contest {id}).',

  // commands/pipeline.ts
  'reply.form.unavailable':
    'This needs a private form, which cannot be shown here: use the slash command on Discord or Slack, or the studio.',

  // adapters/slack/usage-text.ts
  'reply.slack.usage.syntax': '/{command} <{free}>, then options as phrases or flags:',
  'reply.slack.usage.examplePrompt': 'a red kite over the dunes at dawn',
  'reply.slack.usage.mention': 'Or mention the bot in a thread with the same words. Options for {name}:',
  'reply.slack.usage.link': 'an http(s) link',
  'reply.slack.usage.commands': 'Commands:',
  'reply.slack.usage.number': 'number',
} as const;

export type RepliesCatalog = Translation<typeof en>;
