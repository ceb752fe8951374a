import type { Translation } from '../../domain.ts';

/**
 * The source messages of the errors domain (ICU MessageFormat); see src/core/i18n/catalogs.ts for
 * the domains and how keys are named. Refusals and failures a member reads, raised by the core,
 * the providers and the media tools. Names, prompts, model labels and a provider's own words are
 * arguments, never part of a message. Money is `{x, number, ::currency/USD}` in dollars; the reset
 * date is `{date, date, utcMonthDay}` (src/core/i18n/icu.ts), so each is formatted for the reader.
 */
export const en = {
  'error.internal': 'Something went wrong on our side; please try again.',

  // Lists of names or options, built by src/core/error-lists.ts.
  'error.list.or': '{a} or {b}',
  'error.list.series': '{first}, {rest}',
  'error.list.and2': '{a} and {b}',
  'error.list.and3': '{a}, {b} and {c}',
  'error.list.andOthers': '{a}, {b} and {others, plural, one {# other} other {# others}}',

  // A clip that finally failed after every retry (src/core/render/final-failure.ts).
  'error.givenUp.rateLimited':
    'The video service stayed busy through every retry, so this clip was stopped. Nothing was charged; try again later.',
  'error.givenUp.unavailable':
    'The video service did not respond through every retry, so this clip was stopped. Nothing was charged; try again later.',
  'error.givenUp.download':
    'The finished video could not be fetched from the video service, even after several tries. Nothing was charged; try again.',
  'error.givenUp.delivery':
    'The video could not be posted here, even after several tries. Nothing was charged; try again later.',
  'error.givenUp.diskFull':
    "The bot's server ran out of disk space for videos and could not save this clip, even after several tries. Nothing was charged; try again later, and tell the bot's operator if it keeps happening.",
  'error.givenUp.invalidVideo':
    'The video service sent something that is not a playable video, even after several tries, so nothing was posted. Nothing was charged; try again later.',
  'error.givenUp.other':
    'This clip could not be finished, even after several tries. Nothing was charged; try again later.',

  // Budget refusals (src/core/budget/refusal.ts).
  'error.budget.memberActive':
    'You already have {used, plural, one {# clip} other {# clips}} waiting or rendering, the most one member can have at once here. Try again when one of them is done.',
  'error.budget.memberDailyClips':
    'You have made {used, plural, one {# clip} other {# clips}} today, the daily limit per member here. It resets at midnight UTC, in {wait}.',
  'error.budget.memberDailySeconds':
    'This {seconds}-second clip would take you past {max} seconds of video today; you have {left} s left. Try a shorter clip, or wait until midnight UTC, in {wait}.',
  'error.budget.memberDailySecondsDone':
    'You have made your {max} seconds of video for today. It resets at midnight UTC, in {wait}.',
  'error.budget.workspaceDaily':
    'The daily video budget here is {max, number, ::currency/USD}, and {used, number, ::currency/USD} of it is spent or held for clips in progress; this clip costs {cost, number, ::currency/USD}. It resets at midnight UTC, in {wait}.',
  'error.budget.workspaceDailyRoom':
    'The daily video budget here is {max, number, ::currency/USD}, and {used, number, ::currency/USD} of it is spent or held for clips in progress; this clip costs {cost, number, ::currency/USD}. A cheaper clip may still fit ({left, number, ::currency/USD} left). It resets at midnight UTC, in {wait}.',
  'error.budget.workspaceMonthly':
    'The monthly video budget here is {max, number, ::currency/USD}, and {used, number, ::currency/USD} of it is spent or held for clips in progress; this clip costs {cost, number, ::currency/USD}. It resets on {date, date, utcMonthDay} (UTC), in {wait}.',
  'error.budget.workspaceMonthlyRoom':
    'The monthly video budget here is {max, number, ::currency/USD}, and {used, number, ::currency/USD} of it is spent or held for clips in progress; this clip costs {cost, number, ::currency/USD}. A cheaper clip may still fit ({left, number, ::currency/USD} left). It resets on {date, date, utcMonthDay} (UTC), in {wait}.',
  'error.budget.wait.minutes': '{minutes} min',
  'error.budget.wait.hours': '{hours} h',
  'error.budget.wait.hoursMinutes': '{hours} h {minutes} min',
  'error.budget.wait.days': '{days, plural, one {# day} other {# days}}',

  // Admission and consent (src/core/clip/admission.ts, src/core/cast/cast-references.ts).
  'error.admission.rateLimited':
    'That is more than {perMinute} commands and buttons a minute, the most one member can send here. Wait {seconds} s and try again.',
  'error.admission.channel':
    'Clips cannot be made in this channel: the admins chose other channels for them. Try one of those, or ask an admin.',
  'error.consent.likeness':
    'Your prompt names {names}, who {count, plural, one {has not agreed to lend you their likeness} other {have not agreed to lend you their likenesses}} here. A member lets you with /{command} cast allow or cast approve; until then, leave their names out.',
  'error.consent.appear':
    'Your prompt names {names}, who {count, plural, one {has} other {have}} not agreed to appear in clips here. Members opt in with /{command} consent on; until then, leave their names out.',
  'error.consent.withdrawn':
    '{names} no longer {count, plural, one {lends} other {lend}} their likeness to this clip; it was not made and was refunded.',

  // Clip options and requests (src/core/clip/**, src/core/providers.ts).
  'error.clip.promptEmpty': 'Describe the video you want: the prompt is empty.',
  'error.clip.promptTooLong':
    'The prompt is {length} characters; the limit is {max}. Shorten it and try again.',
  'error.clip.duration':
    '{model} makes {durations} second clips; you asked for {duration}. Pick one of those lengths.',
  'error.clip.size': '{model} makes clips of {sizes}; "{size}" is not one of them.',
  'error.clip.aspect': '{model} has no {aspect} ({ratio}) format; it offers {sizes}.',
  'error.clip.style': 'There is no "{style}" style. Try {styles}.',
  'error.clip.imageUnsupported': '{model} cannot start from an image; leave the image out.',
  'error.clip.referencesUnsupported':
    'Your prompt names a member whose likeness you may use, but no video model here takes reference pictures. {providers} would; ask an admin, or leave the name out.',
  'error.clip.editUnsupported':
    'This clip’s model cannot edit its video. Use Remix to start a new clip from its prompt instead.',
  'error.clip.alreadyDone':
    'This clip is already {state, select, posted {posted} failed {failed} cancelled {cancelled} other {finished}}; there is nothing to cancel.',
  'error.clip.delivering': 'This clip is being posted right now and can no longer be cancelled.',
  'error.clip.gone': 'That clip no longer exists.',
  'error.clip.exists': 'That clip already exists.',
  'error.clip.movedOn': 'That clip has moved on.',
  'error.clip.contestsUnavailable': 'Contests are not available here.',
  'error.clip.notYours':
    'Only {author} or an admin can {action, select, cancel {cancel} delete {delete} other {change}} this clip.',
  'error.clip.cancelledBy': 'Cancelled by {name}.',
  'error.model.unknown': 'There is no model called "{model}". Choose one of: {models}.',
  'error.provider.notConfigured': 'The video provider "{name}" is not configured.',

  // Content checks (src/core/moderation.ts).
  'error.moderation.blocklist':
    'This prompt uses a word the admins of this bot do not allow, so nothing was made or charged. Rephrase it and try again.',
  'error.moderation.category.minors': 'sexual content involving minors',
  'error.moderation.category.selfHarm': 'self-harm',
  'error.moderation.category.graphicViolence': 'graphic violence',
  'error.moderation.category.threateningHate': 'threatening hate',
  'error.moderation.category.threats': 'threats',
  'error.moderation.category.violentWrongdoing': 'violent wrongdoing',
  'error.moderation.category.violence': 'violence',
  'error.moderation.category.hate': 'hate',
  'error.moderation.category.harassment': 'harassment',
  'error.moderation.category.sexual': 'sexual content',
  'error.moderation.category.wrongdoing': 'wrongdoing',
  'error.moderation.category.rules': 'content rules',
  'error.moderation.flagged':
    'This prompt was flagged for {category} by the content check, so nothing was made or charged. Change it and try again.',
  'error.moderation.unavailable':
    'The content check is not answering right now, so nothing was made or charged. Try again in a minute.',

  // Cast (src/core/cast/**).
  'error.cast.handleMention':
    'That handle looks like a mention or a member id. Pick a plain word, like ada or captain_rex.',
  'error.cast.handleShape':
    'A handle is 3 to 32 letters, digits, _, . or -, starting and ending with a letter or digit (like ada or captain_rex).',
  'error.cast.handleReserved': '@{handle} is a word chat apps use for everyone; pick another handle.',
  'error.cast.handleTaken': "@{handle} is already another member's handle here; pick another.",
  'error.cast.modelNoLikeness':
    "{model} cannot take a member's likeness. Leave the model out, or pick one that can: {models}.",
  'error.cast.likenessUnsupported':
    "{model} cannot take a member's likeness; the clip was not made and was refunded.",
  'error.cast.ownLikeness': 'You may always use your own likeness; approve someone else.',
  'error.cast.botApprove': 'Bots cannot be approved to use a likeness.',
  'error.cast.full':
    'You already have {max} pictures, the most one member keeps. Remove your cast with /{command} cast remove to start again.',
  'error.cast.providersWithReferences': 'fal (its Veo 3.1 model, with reference images)',
  'error.cast.memberNone': 'That member has no cast here.',
  'error.cast.none': 'You have no cast here yet. Add a picture of yourself with /{command} cast add first.',

  // Stories and extensions (src/core/story/**).
  'error.story.describe':
    'Describe the story: write its shots separated by | (for example "a fox wakes | the fox runs").',
  'error.story.tooManyShots':
    'A story has at most {max} shots; this one has {count}. Merge some shots and try again.',
  'error.story.shotEmpty':
    'Shot {index} of {count} is empty: describe what happens in it, or remove the extra separator.',
  'error.story.shotTooLong':
    'Shot {index} is {length} characters; the limit for a shot is {max}. Shorten it and try again.',
  'error.story.noShots': 'Describe at least one shot.',
  'error.story.tooManyShotsWritten':
    'A story has at most {max} shots; you wrote {count}. Merge some shots or tell the rest in a second story.',
  'error.story.shotBlank': 'Shot {index} is empty. Say what happens in it, or remove the extra separator.',
  'error.story.tooLong': '{what} would be {total} seconds; the most is {max}. Use fewer or shorter shots.',
  'error.story.whatShots': '{count, plural, one {# shot} other {# shots}} of {seconds} s',
  'error.story.whatExtended': 'The clip extended by {seconds} s',
  'error.story.flowUnsupported':
    '{model} cannot start a shot from the last frame of the one before, which flow needs. Use mode:cut, or one of {models}.',
  'error.story.flowUnsupportedAnywhere':
    '{model} cannot start a shot from the last frame of the one before, which flow needs, and no model here can. Use mode:cut.',
  'error.story.gone': 'That story no longer exists.',
  'error.story.exists': 'That story already exists.',
  'error.story.rerollNotPosted': 'Only a posted story can have a shot re-rolled.',
  'error.story.shotRange': 'This story has shots 1 to {count}; pick one of those.',
  'error.story.shotNotOwn':
    'That shot is the clip this story continues; only the story’s own shots can be re-rolled.',
  'error.story.noQueue': 'Stories cannot run here.',
  'error.story.shotGone': 'A shot of this story is gone, so it cannot be joined.',
  'error.story.recordMissing':
    'This story’s record is missing, so it cannot be finished. Nothing more was charged.',
  'error.story.sourceGone':
    'The clip this story continues was deleted or is gone, so the story cannot be made.',
  'error.story.shotFailed': 'Shot {index} of {count} failed: {why}',
  'error.story.shotFailedUnknown': 'The video provider could not make it.',
  'error.story.ended': 'Its story ended before this shot was made.',
  'error.extend.gone': 'That clip no longer exists, so it cannot be extended.',
  'error.extend.notPosted': 'Only a posted clip can be extended; wait until this one is posted.',
  'error.extend.sourceGone': 'This clip’s video is no longer available to continue from.',
  'error.extend.unsupported':
    '{model} can neither extend its own clips nor start from a picture, so this clip cannot be continued.',
  'error.extend.unsupportedUse':
    '{model} can neither extend its own clips nor start from a picture, so this clip cannot be continued. Make the clip with {models} to extend it.',

  // Rendering, fetching and posting (src/core/render/**).
  'error.render.failed': 'The video provider could not make this clip.',
  'error.shot.sourceGone': 'The clip this shot continues is gone, so the shot cannot start from it.',
  'error.shot.videoGone': 'This video is no longer available from its provider.',
  'error.shot.continueGone':
    'The video this continues from is no longer available from its provider, so it cannot be continued.',
  'error.delivery.notConnected': 'This chat surface is not connected right now.',
  'error.delivery.tooLarge':
    'The clip is {size, number, ::.0} MiB and this channel accepts at most {limit, number, ::.0} MiB, even after shrinking it. Try a shorter or smaller clip.',
  'error.download.tooLarge':
    'The finished video is bigger than the {mib, number} MiB reelbot accepts, so it was not downloaded. Nothing was charged; try a shorter or smaller clip.',
  'error.download.tooSlow':
    'The video service sent the finished video too slowly (not within {span}), so reelbot gave up on it. Nothing was charged; try again later.',
  'error.download.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'error.download.seconds': '{count, plural, one {# second} other {# seconds}}',
  'error.download.cancelled': 'This clip was cancelled.',

  // Video providers (src/providers/**): the same failure reads the same whichever provider had it.
  'error.provider.moderation':
    'The video service refused this prompt under its content rules. Rephrase it and try again.',
  'error.provider.auth':
    'The video service did not accept our credentials. An admin needs to check the API key.',
  'error.provider.quota': 'The video service account is out of credit. An admin needs to top it up.',
  'error.provider.modelNotFound':
    'The video service no longer offers this model (it has been retired). Ask an admin to choose another model.',
  'error.provider.notFound': 'The video service no longer has this video; it may have expired.',
  'error.provider.notReady': 'The video is not ready at the video service yet.',
  'error.provider.rateLimited':
    'The video service is busy right now. Your request will be tried again shortly.',
  'error.provider.unavailable':
    'The video service is not responding right now. Your request will be tried again shortly.',
  'error.provider.downloadFailed':
    'The finished video could not be fetched from the video service. It will be tried again.',
  'error.provider.unsafeUrl':
    'The video service pointed reelbot at an address it never fetches (this machine or a private network), so the clip was not downloaded. Nothing was charged; an admin should check the video service.',
  'error.provider.renderFailed':
    'The video service could not make this clip. Try again, perhaps with a different prompt.',
  'error.provider.cancelled': 'The video service cancelled this render.',
  'error.provider.unknownStatus': 'The video service reported a status reelbot does not know.',
  'error.provider.unknownStatusNamed':
    'The video service reported a status reelbot does not know ("{status}").',
  'error.provider.expired': 'The finished video expired at the video service before it could be fetched.',
  'error.provider.rejected': 'The video service rejected this request: {reason}',
  'error.provider.rejectedField': 'The video service rejected this request ({field}): {reason}',
  'error.provider.couldNotMake': 'The video service could not make this clip: {reason}',
  'error.provider.referenceImage':
    'The video service could not use the reference image: {reason} Try another image.',
  'error.provider.referenceImagePlain':
    'The video service could not use the reference image. Try another image.',
  'error.provider.noSuchModel': 'This video service does not offer the model "{model}".',
  'error.provider.tooManyReferences': '{model} cannot take {count} reference pictures.',
  'error.provider.promptTooLong':
    '{model} takes prompts of at most {max} characters; this one has {length}. Shorten it and try again.',
  'error.provider.firstFrameTooLarge':
    'The picture to start this shot from is too large for the video service ({size} MB; it takes at most {max} MB). Nothing was charged.',
  'error.provider.privateImageLink':
    'The image link must point to a picture on the public web; links to this machine or a private network are refused.',

  // The bot's own media work (src/media/**).
  'error.media.diskFull':
    "The bot's server ran out of disk space for videos and could not save this clip, even after waiting. Nothing was charged; try again later, and tell the bot's operator if it keeps happening.",
  'error.media.timedOut':
    "The bot's server took too long to process this video, so it stopped. Nothing was charged; try again, and tell the bot's operator if it keeps happening.",
  'error.media.notVideo':
    'The video service sent something that is not a playable video, so it was not posted. Nothing was charged; try again.',
  'error.media.lastFrame':
    'The bot could not read the last frame of the clip to continue from. Nothing was charged; try again.',
  'error.media.join':
    "The bot could not join the shots into one video. Nothing was charged for the join; try again, and tell the bot's operator if it keeps happening.",
  'error.image.invalid': 'That file is not a picture reelbot can use: send a JPEG, PNG or WebP photo.',
  'error.image.tooManyPixels': 'That picture is {width}x{height} pixels; send one under 50 megapixels.',
  'error.image.tooManyBytes': 'That picture is {mib, number, ::.0} MiB; send one of at most 10 MiB.',
  'error.image.prepare': 'That picture could not be prepared; please try another.',
} as const;

export type ErrorsCatalog = Translation<typeof en>;
