import type { Clip } from '../../src/core/clip/clip.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { Services } from '../../src/core/services.ts';
import { SURFACE } from './refs.ts';

/**
 * Reaction names admins may type instead of the emoji (the settings command takes "a reaction
 * name" because Slack votes by name). Discord's REST routes take only the emoji itself or a custom
 * emoji's `name:id` (API docs, Create Reaction), so the common names are translated here.
 */
const NAMED: Record<string, string> = {
  thumbsup: '👍',
  '+1': '👍',
  fire: '🔥',
  heart: '❤️',
  star: '⭐',
  clap: '👏',
  tada: '🎉',
  rocket: '🚀',
  eyes: '👀',
  popcorn: '🍿',
  trophy: '🏆',
  clapper: '🎬',
  movie_camera: '🎥',
  100: '💯',
};

/**
 * The vote emoji as Discord routes and events name it: a unicode emoji, or `name:id` for a
 * server's custom emoji (also accepted as `<:name:id>` or `<a:name:id>`). Undefined when the text
 * is a name Discord would not know (10014 Unknown Emoji).
 */
export function discordEmoji(value: string): string | undefined {
  const text = value.trim();
  const custom = /^<?a?:?([\w~]{2,32}):(\d{15,21})>?$/.exec(text);
  if (custom) return `${custom[1]}:${custom[2]}`;
  const name = /^:?([\w+-]{1,32}):?$/.exec(text);
  if (name) return NAMED[name[1]!.toLowerCase()];
  return text || undefined;
}

/** Emoji compared as Discord sends them in events: without the variation selector some keyboards add. */
export function sameEmoji(a: string, b: string): boolean {
  const plain = (e: string) => e.replaceAll('\uFE0F', '');
  const idOf = (e: string) => /:(\d{15,21})$/.exec(e)?.[1];
  const [ia, ib] = [idOf(a), idOf(b)];
  // A custom emoji is its id: a renamed emoji is still the same vote.
  if (ia || ib) return ia === ib;
  return plain(a) === plain(b);
}

/**
 * Each server's vote emoji: what its admins chose with the settings command (vote_emoji), else
 * the operator's VOTE_EMOJI. Read from the workspace settings on every use, so a change applies to
 * the next clip and the next reaction with no restart, on every bot and worker process.
 */
export class VoteEmojis {
  readonly #services: Services;
  readonly #fallback: string;
  readonly #logger: Logger;

  constructor(deps: { services: Services; fallback: string; logger: Logger }) {
    this.#services = deps.services;
    this.#fallback = discordEmoji(deps.fallback) ?? '👍';
    this.#logger = deps.logger;
  }

  /**
   * The vote emoji for one clip: a contest entry keeps the emoji its contest started with (the
   * contest counts by it at close), whatever the server's emoji became since; else the server's.
   */
  async forClip(
    clip: Pick<Clip, 'contestId'> | undefined,
    guildId: string | null | undefined,
  ): Promise<string> {
    const contest = clip?.contestId ? await this.#services.contests.get(clip.contestId) : undefined;
    if (contest) return discordEmoji(contest.voteEmoji) ?? contest.voteEmoji;
    return this.of(guildId);
  }

  /** The vote emoji in this server (Discord's form). */
  async of(guildId: string | null | undefined): Promise<string> {
    if (!guildId) return this.#fallback;
    const chosen = (await this.#services.workspace.effective({ surface: SURFACE, workspaceId: guildId }))
      .voteEmoji;
    if (!chosen) return this.#fallback;
    const emoji = discordEmoji(chosen);
    if (!emoji) {
      this.#logger.warn({ guildId, chosen }, 'vote emoji unknown to Discord; using the default');
      return this.#fallback;
    }
    return emoji;
  }
}
