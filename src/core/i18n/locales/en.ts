/**
 * The source catalog: every other language translates these keys, with the same arguments and
 * the same plural/select shapes (test/unit/i18n-catalogs.test.ts). ICU MessageFormat.
 *
 * Domain 1, the slash commands as commands/ defines them: `command.<path>.name|description`, the
 * path being the command (`generate`) or group and subcommand (`contest.start`);
 * `command.<path>.option.<option>.name|description`; fixed choices under `.choice.<value>`, and a
 * choice label built from data (durations, settings) as one message under `.choice`.
 * Names are Discord command names: lowercase, no spaces (adapters/discord/localizations.ts).
 */
export const en = {
  'command.root.description': 'Make short AI videos together',

  'command.generate.name': 'generate',
  'command.generate.description': 'Make a short video from a prompt',
  'command.generate.option.prompt.name': 'prompt',
  'command.generate.option.prompt.description': 'What happens in the video',
  'command.generate.option.duration.name': 'duration',
  'command.generate.option.duration.description': 'Length in seconds',
  'command.generate.option.duration.choice': '{seconds, plural, one {# second} other {# seconds}}',
  'command.generate.option.aspect.name': 'aspect',
  'command.generate.option.aspect.description': 'Landscape, portrait or square',
  'command.generate.option.aspect.choice.landscape': 'Landscape (16:9)',
  'command.generate.option.aspect.choice.portrait': 'Portrait (9:16)',
  'command.generate.option.aspect.choice.square': 'Square (1:1)',
  'command.generate.option.size.name': 'size',
  'command.generate.option.size.description': 'Exact frame size, like 1280x720',
  'command.generate.option.model.name': 'model',
  'command.generate.option.model.description': 'Which video model renders it',
  'command.generate.option.style.name': 'style',
  'command.generate.option.style.description': 'A look to apply',
  'command.generate.option.style.choice.cinematic': 'cinematic',
  'command.generate.option.style.choice.anime': 'anime',
  'command.generate.option.style.choice.claymation': 'claymation',
  'command.generate.option.style.choice.documentary': 'documentary',
  'command.generate.option.style.choice.noir': 'noir',
  'command.generate.option.style.choice.watercolor': 'watercolor',
  'command.generate.option.style.choice.pixel-art': 'pixel-art',
  'command.generate.option.style.choice.timelapse': 'timelapse',
  'command.generate.option.style.choice.vintage': 'vintage',
  'command.generate.option.style.choice.product-shot': 'product-shot',
  'command.generate.option.image.name': 'image',
  'command.generate.option.image.description': 'A picture to start from',
  'command.generate.option.contest.name': 'contest',
  'command.generate.option.contest.description': 'Enter it in this channel’s contest: yes (or a contest id)',

  'command.remixes.name': 'remixes',
  'command.remixes.description': 'Show the remix tree of a clip',
  'command.remixes.option.clip.name': 'clip',
  'command.remixes.option.clip.description': 'The clip id shown on its card',

  'command.top.name': 'top',
  'command.top.description': 'The most voted clips here, or the hall of fame',
  'command.top.option.period.name': 'period',
  'command.top.option.period.description': 'Day, week (default), all time, or hall of fame',
  'command.top.option.period.choice.day': 'Last 24 hours',
  'command.top.option.period.choice.week': 'Last 7 days',
  'command.top.option.period.choice.all': 'All time',
  'command.top.option.period.choice.hall': 'Hall of fame (contest winners)',

  'command.contest.name': 'contest',
  'command.contest.description': 'Contest: {subcommands}',

  'command.contest.start.name': 'start',
  'command.contest.start.description': 'Start a prompt contest (admins)',
  'command.contest.start.option.theme.name': 'theme',
  'command.contest.start.option.theme.description': 'What entries should be about',
  'command.contest.start.option.submit.name': 'submit',
  'command.contest.start.option.submit.description': 'How long entries are taken, like 2h or 3d (default 1d)',
  'command.contest.start.option.vote.name': 'vote',
  'command.contest.start.option.vote.description': 'How long voting lasts, like 1h or 2d (default 1d)',
  'command.contest.start.option.entries.name': 'entries',
  'command.contest.start.option.entries.description': 'Entries per member, 1 to {max} (default 1)',
  'command.contest.start.option.channel.name': 'channel',
  'command.contest.start.option.channel.description': 'Where it runs (default: here)',
  'command.contest.start.option.voter_age.name': 'voter_age',
  'command.contest.start.option.voter_age.description': 'Voters must be members at least this many days',

  'command.contest.status.name': 'status',
  'command.contest.status.description': 'Where this channel’s contest stands',
  'command.contest.status.option.contest.name': 'contest',
  'command.contest.status.option.contest.description': 'A contest id (default: this channel’s)',
  'command.contest.leaderboard.name': 'leaderboard',
  'command.contest.leaderboard.description': 'Standings of this channel’s contest',
  'command.contest.leaderboard.option.contest.name': 'contest',
  'command.contest.leaderboard.option.contest.description': 'A contest id (default: this channel’s)',
  'command.contest.cancel.name': 'cancel',
  'command.contest.cancel.description': 'Cancel this channel’s contest (admins)',
  'command.contest.cancel.option.contest.name': 'contest',
  'command.contest.cancel.option.contest.description': 'A contest id (default: this channel’s)',

  'command.usage.name': 'usage',
  'command.usage.description': 'What you and this server spent on videos today and this month',

  'command.consent.name': 'consent',
  'command.consent.description': 'Let others name you in their prompts here, or not',
  'command.consent.option.choice.name': 'choice',
  'command.consent.option.choice.description': 'on: others may name you; off: prompts naming you are refused',
  'command.consent.option.choice.choice.on': 'on: others may name me',
  'command.consent.option.choice.choice.off': 'off: refuse prompts naming me',

  'command.settings.name': 'settings',
  'command.settings.description': 'Admins: see or change budgets, limits, channels and the default model',
  'command.settings.option.setting.name': 'setting',
  'command.settings.option.setting.description': 'Which setting to change',
  'command.settings.option.setting.choice': '{name}: {description}',
  'command.settings.option.value.name': 'value',
  'command.settings.option.value.description': 'The new value; "default" puts the operator’s back',

  'command.help.name': 'help',
  'command.help.description': 'How to make videos with this bot',

  'setting.model.description': 'Default model for requests that name none',
  'setting.provider.description': 'Preferred provider when no default model is set',
  'setting.channels.description': 'Channels where clips may be made',
  'setting.daily_budget.description': 'Spend per day for everyone here, in USD',
  'setting.monthly_budget.description': 'Spend per month for everyone here, in USD',
  'setting.member_daily_clips.description': 'Clips one member may make per day',
  'setting.member_daily_seconds.description': 'Seconds of video one member may make per day',
  'setting.member_max_active.description': 'Clips one member may have waiting or rendering at once',
  'setting.rate_limit.description': 'Commands and buttons per member per minute',
  'setting.vote_emoji.description': 'The reaction that counts as a vote',
  'setting.aspect.description': 'Shape of a clip when the member names none',
  // The keys group (workspaces' own provider keys, issue 17).
  'command.keys.name': 'keys',
  'command.keys.description': 'Keys: {subcommands}',
  'command.keys.list.name': 'list',
  'command.keys.list.description': 'Admins: this server’s own provider keys (last four only)',
  'command.keys.add.name': 'add',
  'command.keys.add.description': 'Admins: add this server’s own provider key (in a private form)',
  'command.keys.add.option.provider.name': 'provider',
  'command.keys.add.option.provider.description': 'The video provider the key is for',
  'command.keys.remove.name': 'remove',
  'command.keys.remove.description': 'Admins: remove this server’s own key for a provider',
  'command.keys.remove.option.provider.name': 'provider',
  'command.keys.remove.option.provider.description': 'The video provider the key is for',
  'command.keys.remove.option.last4.name': 'last4',
  'command.keys.remove.option.last4.description': 'Its last four characters, to be sure',
  'command.keys.cap.name': 'cap',
  'command.keys.cap.description': 'Admins: how many renders may run at once on a key',
  'command.keys.cap.option.provider.name': 'provider',
  'command.keys.cap.option.provider.description': 'The video provider the key is for',
  'command.keys.cap.option.renders.name': 'renders',
  'command.keys.cap.option.renders.description':
    'Renders in flight at most (what the provider account allows)',
} as const;

export type MessageKey = keyof typeof en;

/** A translation: every key of the source, each an ICU message with the source's arguments. */
export type Catalog = Readonly<Record<MessageKey, string>>;
