/**
 * Slack names reactions (`+1`, `fire`); Discord and the studio use the emoji itself (👍, 🔥).
 * A workspace's vote emoji (`/sora settings vote_emoji`) may be written either way, so the Slack
 * adapter reads it as follows:
 * - a name, with or without colons (`fire`, `:fire:`, `thumbsup`): that reaction, aliases folded
 *   to the name Slack puts in events (`thumbsup` arrives as `+1`);
 * - an emoji (🔥, 👍🏽, ❤️): its Slack name from the table below, skin tones and the variation
 *   selector ignored, since Slack lists a skin-toned reaction as the same name plus
 *   `::skin-tone-N`;
 * - anything else (an emoji Slack has no standard name for here): undefined, and the caller
 *   keeps the deployment's SLACK_VOTE_REACTION.
 */

/** Slack's names for the same emoji; events carry the canonical one (`+1`, not `thumbsup`). */
const ALIASES: Record<string, string> = { thumbsup: '+1', thumbsdown: '-1' };

/**
 * Emoji an admin is likely to pick as a vote, with the short names Slack's emoji picker gives
 * them (the names in Slack's standard emoji set, which follows emoji-data's `short_name`).
 */
const SLACK_NAMES: Record<string, string> = {
  '👍': '+1',
  '👎': '-1',
  '🔥': 'fire',
  '❤': 'heart',
  '🧡': 'orange_heart',
  '💛': 'yellow_heart',
  '💚': 'green_heart',
  '💙': 'blue_heart',
  '💜': 'purple_heart',
  '🖤': 'black_heart',
  '⭐': 'star',
  '🌟': 'star2',
  '✨': 'sparkles',
  '🎉': 'tada',
  '👏': 'clap',
  '🙌': 'raised_hands',
  '💯': '100',
  '🚀': 'rocket',
  '😍': 'heart_eyes',
  '🤩': 'star-struck',
  '😂': 'joy',
  '🤣': 'rolling_on_the_floor_laughing',
  '😮': 'open_mouth',
  '👀': 'eyes',
  '✅': 'white_check_mark',
  '✔': 'heavy_check_mark',
  '🏆': 'trophy',
  '🥇': 'first_place_medal',
  '🎬': 'clapper',
  '🎥': 'movie_camera',
  '🍿': 'popcorn',
  '⬆': 'arrow_up',
  '🔼': 'arrow_up_small',
  '👌': 'ok_hand',
  '💥': 'boom',
  '😎': 'sunglasses',
  '🤯': 'exploding_head',
  '🥳': 'partying_face',
  '💎': 'gem',
  '🌈': 'rainbow',
};

/** U+FE0F (emoji presentation) and the five Fitzpatrick skin-tone modifiers. */
const MODIFIERS = /[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu;

/** A reaction's base name: skin tones (`+1::skin-tone-3`) and aliases are the same vote. */
export function reactionName(name: string): string {
  const base = name.split('::')[0]!.toLowerCase();
  return ALIASES[base] ?? base;
}

/**
 * The Slack reaction name a vote emoji setting stands for, or undefined when there is none we
 * know (see the file comment).
 */
export function slackReactionFor(setting: string): string | undefined {
  const text = setting.trim();
  const name = /^:?([a-z0-9_+'-]+(?:::skin-tone-[2-6])?):?$/i.exec(text);
  if (name) return reactionName(name[1]!);
  return SLACK_NAMES[text.replace(MODIFIERS, '')];
}
