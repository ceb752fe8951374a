import type { Translation } from '../../domain.ts';

/**
 * The source messages of the surfaces domain (ICU MessageFormat); see src/core/i18n/catalogs.ts for
 * the domains and how keys are named. Discord's and Slack's own words: their modals and forms,
 * answers only a surface gives (a button that no longer works, "use it in a server"), and the
 * platforms' refusals. Member text (a name, a prompt) is always an argument, cut and escaped by
 * the surface after rendering; permission names are Discord's as its English client shows them.
 */
export const en = {
  // Discord: answers outside a command.
  'surface.discord.unknownCommand': 'I don’t know that command. Try /{command} help.',
  'surface.discord.serverOnly': 'reelbot works in servers: use it in a server channel.',
  'surface.discord.buttonGone': 'This button no longer does anything.',
  'surface.discord.formGone': 'This form no longer does anything.',
  'surface.discord.failed': 'Something went wrong on our side; please try again.',
  'surface.discord.answeredPrivately': 'Answer sent privately.',
  'surface.discord.postedInChannel': 'Posted in the channel.',
  'surface.discord.storyOptionsTooLong':
    'Those options do not fit in the Story form: write the shots in the command, separated by |.',
  // Discord: refusals of options Discord cannot vouch for.
  'surface.discord.channelNotText': 'That channel is not a text channel of this server: pick one with #.',
  'surface.discord.channelNoRights':
    'I can’t post in {channel}: an admin needs to give me {viewChannel} and {sendMessages} there.',
  'surface.discord.imageNotPicture': 'The image must be a picture (PNG, JPEG or WebP).',
  'surface.discord.attachmentTooBig': 'That picture is over {mib} MiB; send one of at most {mib} MiB.',
  'surface.discord.attachmentUnreadable':
    'I could not read that attachment from Discord; please attach it again.',
  'surface.discord.cardPermissions':
    'I can’t post clips in this channel yet: an admin needs to give me {permissions} here.',
  'surface.discord.permission.viewChannel': 'View Channel',
  'surface.discord.permission.sendMessages': 'Send Messages',
  'surface.discord.permission.sendMessagesInThreads': 'Send Messages in Threads',
  'surface.discord.permission.embedLinks': 'Embed Links',
  'surface.discord.permission.attachFiles': 'Attach Files',
  'surface.discord.permission.readMessageHistory': 'Read Message History',
  // Discord: what its API refused (shown on a clip's card when delivery fails).
  'surface.discord.permission.list': '{first}, {rest}',
  'surface.discord.busy': 'Discord is busy; trying again shortly.',
  'surface.discord.tooLarge':
    'The clip is larger than this channel accepts, even after shrinking it. Try a shorter or smaller clip.',
  'surface.discord.cannotPost':
    'I cannot post in this channel: an admin needs to give me {viewChannel}, {sendMessages}, {embedLinks} and {attachFiles} here.',
  'surface.discord.channelGone': 'The channel this clip was made for is gone.',
  'surface.discord.messageGone': 'That message is gone.',
  'surface.discord.messageNotFound': 'That message cannot be found any more.',
  'surface.discord.refused': 'Discord refused the message; please try again.',
  'surface.discord.unreachable': 'Discord could not be reached; trying again shortly.',
  'surface.discord.shrinking': 'Shrinking the clip to fit this channel.',
  // Discord: the Remix, Edit and Extend modals.
  'surface.discord.remix.title': 'Remix {name}’s clip',
  'surface.discord.remix.description': 'Change what you like; {name} gets the credit.',
  'surface.discord.remix.label': 'Prompt',
  'surface.discord.edit.title': 'Edit {name}’s video',
  'surface.discord.edit.description': 'Say what to change, like “make it night” or “add rain”.',
  'surface.discord.edit.label': 'Change',
  'surface.discord.extend.title': 'Extend {name}’s clip',
  'surface.discord.extend.description': 'What happens next? The new clip continues this one.',
  'surface.discord.extend.label': 'What happens next',
  'surface.discord.extend.seconds.label': 'Seconds',
  'surface.discord.extend.seconds.description':
    'How many seconds to add, like 4 (empty: the model’s default).',
  // Discord: the Story form.
  'surface.discord.story.title': 'Tell a story in shots',
  'surface.discord.story.shot.label': 'Shot {number}',
  'surface.discord.story.shot.first': 'What happens first.',
  'surface.discord.story.shot.next': 'What happens next (leave empty to stop here).',
  'surface.discord.story.shot.last': 'More shots? Write them here separated by |.',
  'surface.discord.story.look.label': 'Look',
  'surface.discord.story.look.description': 'What stays the same: characters, setting, palette, camera.',

  // Slack: what its API refused (admins must fix these; shown on a clip's card or privately).
  'surface.slack.notInChannel': 'The bot is not in this channel. Invite it with /invite and try again.',
  'surface.slack.channelNotFound': 'The bot cannot see this channel. Invite it with /invite and try again.',
  'surface.slack.archived': 'This channel is archived, so the bot cannot post in it.',
  'surface.slack.badToken': 'Slack rejected the bot’s token. An admin needs to reinstall the app.',
  'surface.slack.missingScope':
    'The Slack app is missing a permission. An admin needs to reinstall it with the scopes in the README.',
  'surface.slack.retrying': 'Slack did not take the message; trying again shortly.',
  'surface.slack.refused': 'Slack refused the message ({error}).',
  'surface.slack.uploadPending': 'The video is still on its way to Slack; trying again shortly.',
  'surface.slack.uploadRefused': 'Slack did not accept the upload; trying again shortly.',
  'surface.slack.uploadFailed': 'The video could not be sent to Slack; trying again shortly.',
  'surface.slack.videoRefused': 'Slack did not take the video; trying again shortly.',
  // Slack: refusals of what a member typed or attached.
  'surface.slack.pictureTooBig':
    'That picture is {size, number} MiB; send one of at most 10 MiB. Nothing was stored.',
  'surface.slack.pictureUnreadable': 'I could not read that file from Slack. Upload the picture again.',
  'surface.slack.tooManyMentions': 'A prompt can name at most {max} members; this one names {count, number}.',
  'surface.slack.voteEmojiUnknown':
    'Slack counts reactions by name, and I do not know the name of {emoji}. Give the name Slack shows when you point at the reaction, like fire or :tada:. Nothing was changed.',
  'surface.slack.noCommand': 'There is no command to run.',
  'surface.slack.groupNeedsWord': '"{group}" needs one more word: {names}.',
  'surface.slack.groupWrongWord': '"{group}" is followed by one of: {names}; "{word}" is not one of them.',
  'surface.slack.sentences': '{first} {second}',
  'surface.slack.groupAsPrompt': 'To make a clip of these words, start with {command}.',
  'surface.slack.notUnderstood': 'I did not understand "{text}". {command} takes {options}.',
  'surface.slack.noOptions': 'no options',
  'surface.slack.needsValue': '{flag} needs a value, like {flag} {example}.',
  // Slack: the forms (modal titles and buttons ≤ 24 characters, cut after rendering).
  'surface.slack.form.cancel': 'Cancel',
  'surface.slack.form.seconds': '{seconds, plural, one {# second} other {# seconds}}',
  'surface.slack.extend.title': 'Extend video',
  'surface.slack.extend.submit': 'Extend',
  'surface.slack.extend.note': 'Continuing {name}’s clip; the new clip credits it.',
  'surface.slack.extend.next': 'What happens next',
  'surface.slack.extend.nextMissing': 'Say what happens next.',
  'surface.slack.extend.seconds': 'Seconds to add',
  'surface.slack.story.title': 'Tell a story',
  'surface.slack.story.submit': 'Make story',
  'surface.slack.story.shot': 'Shot {number}',
  'surface.slack.story.look': 'What stays the same (characters, place, light)',
  'surface.slack.story.seconds': 'Seconds per shot',
  'surface.slack.story.mode': 'Mode',
  'surface.slack.story.mode.flow': 'Flow: each shot continues the last',
  'surface.slack.story.mode.cut': 'Cut: shots made at once',
  'surface.slack.story.transition': 'Between shots',
  'surface.slack.story.transition.cut': 'Cut',
  'surface.slack.story.transition.fade': 'Fade',
  'surface.slack.cast.title': 'Add your likeness',
  'surface.slack.cast.submit': 'Add picture',
  'surface.slack.cast.note':
    'A clear photo of you (JPEG, PNG or WebP, up to 10 MB). It is re-encoded without location or camera data, kept only by the bot, and never posted.',
  'surface.slack.cast.picture': 'Picture',
  'surface.slack.cast.pictureMissing': 'Attach one picture of yourself.',
  'surface.slack.cast.handle': 'Handle others may write as @handle',
  'surface.slack.remix.title': 'Remix',
  'surface.slack.remix.editTitle': 'Edit video',
  'surface.slack.remix.submit': 'Make video',
  'surface.slack.remix.label': 'Prompt',
  'surface.slack.remix.editLabel': 'Change',
  'surface.slack.remix.editNote': 'Say what to change in this video, like “make it night” or “add snow”.',
  'surface.slack.remix.creditNote': 'Remixing {name}’s clip; they get the credit.',
  'surface.slack.remix.messageNote':
    'Make a video from this message. Add options like “, 8 seconds, portrait” at the end.',
  'surface.slack.remix.cutNote':
    ':warning: The prompt was {length, number} characters; Slack’s text box holds {max, number}, so the end was cut. Check it before you submit.',
} as const;

export type SurfacesCatalog = Translation<typeof en>;
