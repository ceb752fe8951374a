import type { Translation } from '../../domain.ts';

/**
 * The source messages of the cards domain (ICU MessageFormat); see src/core/i18n/catalogs.ts for
 * the domains and how keys are named. A clip's status card and its posted video, drawn in the
 * channel's language (`card.locale`): the state, money, notices, the story rows, and each
 * surface's labels and buttons (adapters/<surface>/render.ts). Member text (prompts, names, model
 * labels, a provider's words) is always an argument, never part of a message.
 */
export const en = {
  // The state, the card's title (stateLabel).
  'card.state.queued': 'Queued',
  'card.state.queuedInLine': 'Queued (#{place} in line)',
  'card.state.waitingService': 'Waiting at the video service (#{place} in line)',
  'card.state.starting': 'Starting render',
  'card.state.rendering': 'Rendering',
  'card.state.fetching': 'Downloading',
  'card.state.delivering': 'Uploading',
  'card.state.posted': 'Done',
  'card.state.failed': 'Failed',
  'card.state.cancelled': 'Cancelled',

  // Money (costText); {amount} is formatted for the locale (formatMoney).
  'card.cost.estimate': 'est. {amount}',
  'card.cost.refunded': 'refunded',
  'card.cost.refundedAmount': 'refunded {amount}',
  'card.cost.charged': 'charged {amount} for the shots made',

  // The cast line: {owners} is the list of card.likeness.owner, joined for the locale.
  'card.likeness': '{count, plural, one {with {owners} likeness} other {with {owners} likenesses}}',
  /** {ending} is `s` when the name ends in s (English drops the second s: James’). */
  'card.likeness.owner': '{ending, select, s {{name}’} other {{name}’s}}',

  // Notices: how the clip was made, written to clip.notice and drawn on every surface.
  'card.notice.contestEntry': 'Contest entry (contest {contestId}).',
  'card.notice.standIn': 'Made with {model}: {from} was unavailable.',
  'card.notice.standInAdjusted': 'Made with {model}: {from} was unavailable ({changes}).',
  'card.notice.changed.duration': '{to} s instead of {from} s',
  'card.notice.changed.size': '{to} instead of {from}',
  'card.notice.changed.both': '{to} s instead of {from} s, {toSize} instead of {fromSize}',
  'card.notice.waitingSlot': 'Waiting for a free render slot at {provider}.',
  /** Two notices on one line. */
  'card.notice.pair': '{first} {second}',

  // A story's rows and summary (story cards on every surface).
  'card.story.row.queued': 'queued',
  'card.story.row.rendering': 'rendering',
  'card.story.row.done': 'done',
  'card.story.row.failed': 'failed',
  'card.story.mode.flow': 'flow',
  'card.story.mode.cut': 'cut',
  'card.story.shots': '{count, plural, one {# shot} other {# shots}}',
  'card.story.line': 'Shot {number}: {text} ({where})',
  'card.story.lineKept': 'Shot {number}: {text} ({where}, kept from the first cut)',
  'card.story.timeLeft': 'about {seconds} s left',
  'card.story.estimate': 'est. {amount} for the whole story',
  'card.story.summary': '{shots}, {mode} · {money}',
  'card.story.summaryTime': '{shots}, {mode} · {time} · {money}',
  'card.story.shape': '{shots} · {mode}',
  'card.story.shapeFades': '{shots} · {mode} · fades',
  'card.story.shot': 'Shot {number} · {where}',
  'card.story.shotKept': 'Shot {number} · {where} (kept)',
  'card.story.how': '{shots}, {mode}',
  'card.story.howFades': '{shots}, {mode}, fades',
  'card.story.shotNumber': 'Shot {number}',
  'card.story.keptFirstCut': '(kept from the first cut)',
  'card.story.chargedRest': 'charged {amount} for the shots made, the rest refunded',
  'card.story.about': 'about {amount} for the whole story',

  // Field names and values.
  'card.field.requestedBy': 'Requested by',
  'card.field.model': 'Model',
  'card.field.clip': 'Clip',
  'card.field.cast': 'Cast',
  'card.field.progress': 'Progress',
  'card.field.readyIn': 'Ready in',
  'card.field.cost': 'Cost',
  'card.field.estimate': 'Estimated cost',
  'card.field.estimateStory': 'Estimated cost (whole story)',
  'card.field.failure': 'What happened',
  'card.field.notice': 'Note',
  'card.field.story': 'Story',
  'card.someone': 'someone',
  'card.seconds': '{seconds} s',
  'card.footer': 'clip {clipId}',
  'card.eta.seconds': '{seconds} s',
  'card.eta.minutes': '{minutes} min',
  'card.eta.about': 'about {eta}',
  'card.eta.left': 'about {eta} left',
  'card.askedBy': 'Asked by {name}',
  'card.about': 'about {amount}',
  'card.inThread': 'the video is in this thread',
  'card.notMade': 'the video could not be made.',
  'card.alt': 'Clip: {prompt}',

  // Who the clip came from.
  'card.credit.title':
    '{origin, select, remix {Remix of} reroll {Re-roll of} edit {Edit of} other {Made from}}',
  'card.credit.clip': '{name}’s clip',
  'card.credit.line':
    '{origin, select, remix {Remix of {name}’s clip} reroll {Re-roll of {name}’s clip} edit {Edit of {name}’s clip} other {Made from {name}’s clip}}',
  'card.credit.inline':
    '{origin, select, remix {remix of {name}’s clip} reroll {re-roll of {name}’s clip} edit {edit of {name}’s clip} other {made from {name}’s clip}}',

  // Buttons and their confirmations.
  'card.button.remix': 'Remix',
  'card.button.edit': 'Edit',
  'card.button.editVideo': 'Edit video',
  'card.button.reroll': 'Re-roll',
  'card.button.cancel': 'Cancel',
  'card.button.delete': 'Delete',
  'card.button.extend': 'Extend',
  'card.button.reshoot': 'Re-roll shot {number}',
  'card.confirm.cancel.title': 'Cancel this video?',
  'card.confirm.cancel.text': 'The render stops and nothing more is charged.',
  'card.confirm.cancel.yes': 'Cancel it',
  'card.confirm.delete.title': 'Delete this video?',
  'card.confirm.delete.text': 'The video and its status message are removed for everyone.',
  'card.confirm.delete.yes': 'Delete',
  'card.confirm.keep': 'Keep it',

  // Slack's messages around a clip: the notification fallback, the thread it lives in, the upload.
  'card.fallback': '{state}: {prompt}',
  'card.placeholder': 'Queuing your video…',
  'card.thread.fallback': '{name} is making a video: {prompt}',
  'card.thread.head': '{name} is making a video. Progress and the clip are in this thread.',
  'card.upload': '{name}’s video: {prompt}',
  'card.uploadCredit': '{name}’s video ({credit}): {prompt}',

  // Slack's /sora top rows (adapters/slack/render.ts renderTop): the words around each listed clip.
  'card.top.entry': '{label} by {name}',
  'card.top.won': 'won “{theme}”',
  'card.top.votes': '{count, plural, one {# vote} other {# votes}}',
  'card.top.frame': 'A frame of clip {clipId}',
} as const;

export type CardsCatalog = Translation<typeof en>;
