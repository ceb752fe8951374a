import { foldedReadings, phrasePattern } from './card/text-folding.ts';
import { ErrorCode, ReelbotError } from './errors.ts';
import type { MessageKey } from './i18n/catalogs.ts';
import { type Message, msg } from './i18n/message.ts';
import type { Clock } from './ports/clock.ts';
import type { Logger } from './ports/logger.ts';
import type { ModerationScreen, ModerationVerdict } from './ports/moderation.ts';

/**
 * Checker categories in words, most severe first (the first flagged one is named); ids as
 * OpenAI's moderation endpoint names them (https://platform.openai.com/docs/guides/moderation).
 */
const CATEGORY_WORDS: [string, MessageKey][] = [
  ['sexual/minors', 'error.moderation.category.minors'],
  ['self-harm/instructions', 'error.moderation.category.selfHarm'],
  ['self-harm/intent', 'error.moderation.category.selfHarm'],
  ['self-harm', 'error.moderation.category.selfHarm'],
  ['violence/graphic', 'error.moderation.category.graphicViolence'],
  ['hate/threatening', 'error.moderation.category.threateningHate'],
  ['harassment/threatening', 'error.moderation.category.threats'],
  ['illicit/violent', 'error.moderation.category.violentWrongdoing'],
  ['violence', 'error.moderation.category.violence'],
  ['hate', 'error.moderation.category.hate'],
  ['harassment', 'error.moderation.category.harassment'],
  ['sexual', 'error.moderation.category.sexual'],
  ['illicit', 'error.moderation.category.wrongdoing'],
];

/**
 * The category a member is told about: the most severe one flagged, in the reader's words; a
 * category the checker added since is named as it names it.
 */
export function categoryInWords(categories: readonly string[]): Message | string {
  for (const [id, key] of CATEGORY_WORDS) if (categories.includes(id)) return msg(key);
  return categories[0]?.replaceAll('/', ' ').replaceAll('-', ' ') ?? msg('error.moderation.category.rules');
}

/** Verdicts remembered so a surface that checks before it posts (Slack) does not ask twice. */
const MEMO_MS = 60_000;
const MEMO_MAX = 256;

export interface ModerationDeps {
  /** Words and phrases the operator never wants in a prompt (BLOCKLIST). */
  blocklist: readonly string[];
  /** A content checker (OpenAI's moderation endpoint), when configured. */
  screen?: ModerationScreen;
  clock: Clock;
  logger: Logger;
}

/**
 * Screens a prompt before anything is reserved or bought: the blocklist always, then the content
 * checker when there is one. A refusal names the category, never the list (which would teach
 * members how to get around it), and costs nothing.
 */
export class Moderation {
  readonly #patterns: RegExp[];
  readonly #deps: ModerationDeps;
  readonly #memo = new Map<string, { verdict: ModerationVerdict; at: number }>();

  constructor(deps: ModerationDeps) {
    this.#deps = deps;
    this.#patterns = deps.blocklist.map(phrasePattern).filter((p): p is RegExp => p !== undefined);
  }

  /** True when the text holds a blocked word or phrase, however it is spelled in Unicode or leet. */
  blocked(text: string): boolean {
    const readings = foldedReadings(text);
    return this.#patterns.some((p) => readings.some((reading) => p.test(reading)));
  }

  /** Throws MODERATION_BLOCKED with a sentence a member can act on; passes silently otherwise. */
  async check(text: string): Promise<void> {
    if (this.blocked(text)) {
      this.#deps.logger.info({ check: 'blocklist' }, 'prompt refused by the blocklist');
      throw new ReelbotError(ErrorCode.ModerationBlocked, msg('error.moderation.blocklist'), {
        message: 'prompt matched the blocklist',
      });
    }
    const screen = this.#deps.screen;
    if (!screen) return;
    const verdict = await this.#screen(screen, text);
    if (!verdict.flagged) return;
    const category = categoryInWords(verdict.categories);
    this.#deps.logger.info({ check: screen.name, categories: verdict.categories }, 'prompt flagged');
    throw new ReelbotError(ErrorCode.ModerationBlocked, msg('error.moderation.flagged', { category }), {
      message: `prompt flagged by ${screen.name}: ${verdict.categories.join(', ')}`,
    });
  }

  async #screen(screen: ModerationScreen, text: string): Promise<ModerationVerdict> {
    const now = this.#deps.clock.now();
    const memo = this.#memo.get(text);
    if (memo && now - memo.at < MEMO_MS) return memo.verdict;
    let verdict: ModerationVerdict;
    try {
      verdict = await screen.screen(text);
    } catch (error) {
      // Closed, not open: a prompt nobody could check is not sent to a paid render.
      this.#deps.logger.warn({ check: screen.name, err: (error as Error).message }, 'content check failed');
      throw new ReelbotError(ErrorCode.ProviderUnavailable, msg('error.moderation.unavailable'), {
        cause: error,
        retryable: true,
      });
    }
    if (this.#memo.size >= MEMO_MAX) this.#memo.delete(this.#memo.keys().next().value!);
    this.#memo.set(text, { verdict, at: now });
    return verdict;
  }
}
