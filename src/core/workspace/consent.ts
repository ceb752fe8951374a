import type { Member } from '../clip/clip.ts';
import type { KnownMember } from '../ports/workspace.ts';

/** Platform member ids shorter than this are not looked for in prompt text (too easy to hit by chance). */
const ID_MIN = 6;
/** Display names with fewer letters than this are never matched ("Al", "Jo"). */
const NAME_MIN_LETTERS = 3;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Who a prompt names, found conservatively, so a prompt is refused only when it clearly names
 * someone:
 * 1. mentions the surface resolved (a Discord `<@id>`, a Slack `<@U…>`, a studio `@Ada`);
 * 2. the id of a member the bot knows written out in the text (what a raw mention leaves behind);
 * 3. the display name of a member the bot knows, as a whole word or phrase, written as a name: a
 *    single-word name only counts capitalised or after `@` ("Rain" or "@rain", not "the rain").
 * Members the bot has never met are matched by mentions only.
 */
export function namedMembers(
  prompt: string,
  known: readonly KnownMember[],
  mentions: readonly Member[] = [],
): KnownMember[] {
  const byId = new Map(known.map((m) => [m.id, m]));
  const named = new Map<string, KnownMember>();
  for (const mention of mentions) {
    named.set(mention.id, byId.get(mention.id) ?? { id: mention.id, name: mention.name, consent: false });
  }
  const text = prompt.normalize('NFKC');
  for (const member of known) {
    if (named.has(member.id)) continue;
    if (mentionsId(text, member.id) || mentionsName(text, member.name)) named.set(member.id, member);
  }
  return [...named.values()];
}

/**
 * Every request screens its prompt against every member the workspace knows, so each id's and
 * name's pattern is compiled once and kept (a few thousand at most; the oldest go first).
 */
const PATTERNS_MAX = 5000;
const patterns = new Map<string, { regex: RegExp | undefined; words: number }>();
function patternFor(key: string, make: () => { regex: RegExp | undefined; words: number }) {
  let entry = patterns.get(key);
  if (!entry) {
    if (patterns.size >= PATTERNS_MAX) patterns.delete(patterns.keys().next().value!);
    entry = make();
    patterns.set(key, entry);
  }
  return entry;
}

function mentionsId(text: string, id: string): boolean {
  if (id.length < ID_MIN) return false;
  const { regex } = patternFor(`id:${id}`, () => ({
    regex: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(id)}(?![\\p{L}\\p{N}])`, 'u'),
    words: 1,
  }));
  return regex!.test(text);
}

function mentionsName(text: string, rawName: string): boolean {
  const { regex, words } = patternFor(`name:${rawName}`, () => {
    const name = rawName.normalize('NFKC').trim();
    if ((name.match(/\p{L}/gu)?.length ?? 0) < NAME_MIN_LETTERS) return { regex: undefined, words: 0 };
    const parts = name.split(/\s+/).map(escapeRegExp);
    const source = `(?<![\\p{L}\\p{N}_])(@?)(${parts.join('\\s+')})(?![\\p{L}\\p{N}_])`;
    return { regex: new RegExp(source, 'giu'), words: parts.length };
  });
  if (!regex) return false;
  // matchAll works on a copy of the regex, so the shared one's lastIndex never moves.
  for (const match of text.matchAll(regex)) {
    if (words > 1 || match[1] === '@') return true;
    if (/^\p{Lu}/u.test(match[2] ?? '')) return true;
  }
  return false;
}

/** Names in a list members read: `Ada`, `Ada and Bob`, `Ada, Bob and 2 others`. */
export function nameList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]}`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} others`;
}

/** What the consent rule needs of a member's cast: who they let use their likeness. */
export interface CastRule {
  memberId: string;
  name: string;
  handle?: string;
  allow: 'me' | 'approved' | 'everyone';
  approved: readonly string[];
}

/**
 * The consent rule for a likeness: a cast member's own choice, applied at once. Always the member
 * themselves; with `approved` also the members they approved; with `everyone` anyone here. Their
 * `/sora consent` setting (being named) does not widen it: a likeness is lent only by the cast rule.
 */
export function mayUseLikeness(rule: CastRule, authorId: string): boolean {
  if (rule.memberId === authorId) return true;
  if (rule.allow === 'everyone') return true;
  return rule.allow === 'approved' && rule.approved.includes(authorId);
}

/**
 * The cast members a prompt names: those it names as members (mentions, ids, display names,
 * found by `namedMembers`) and those written as `@handle` (a whole word after `@`, any case).
 */
export function namedCast<T extends CastRule>(
  prompt: string,
  cast: readonly T[],
  named: readonly { id: string }[],
): T[] {
  const ids = new Set(named.map((m) => m.id));
  const text = prompt.normalize('NFKC').toLowerCase();
  const handles = new Set(
    [...text.matchAll(/(?<![\p{L}\p{N}_@.])@([a-z0-9][a-z0-9_.-]*)/gu)].map((m) =>
      m[1]!.replace(/[.-]+$/, ''),
    ),
  );
  return cast.filter((c) => ids.has(c.memberId) || (c.handle !== undefined && handles.has(c.handle)));
}
