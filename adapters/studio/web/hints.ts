/**
 * Suggestions as the member types a command, drawn from the command definitions the server
 * sends (commands/ with choices resolved from the provider's capabilities). Pure: no DOM here.
 */
import { findIn, markOptions, readHead } from './command-text.ts';
import { t as pageT, type WebTranslate } from './i18n.ts';
import type { CatalogCommand, CatalogOption } from './types.ts';

export interface Hint {
  /** What the suggestion shows, e.g. `duration:`. */
  label: string;
  /** A few words about it. */
  detail: string;
  /** The composer's text once the hint is taken. */
  text: string;
}

export interface Hints {
  hints: Hint[];
  /** One line about what is being typed right now. */
  help: string;
}

const MAX_HINTS = 12;

function describe(option: CatalogOption, t: WebTranslate): string {
  const limit = option.maxLength ? t('studio.web.hint.limit', { max: option.maxLength }) : '';
  const required = option.required ? t('studio.web.hint.required') : '';
  return t('studio.web.hint.option', {
    name: option.name,
    description: option.description,
    details: `${limit}${required}`,
  });
}

function optionHints(
  text: string,
  options: readonly CatalogOption[],
  replaceFrom: number,
  t: WebTranslate,
): Hint[] {
  return options.map((o) => ({
    label: `${o.name}:`,
    detail: o.required ? t('studio.web.hint.requiredDetail', { description: o.description }) : o.description,
    text: `${text.slice(0, replaceFrom)}${o.name}:`,
  }));
}

/**
 * The option that words before any `name:` go to: the first required text option (a prompt), or
 * a command's only option (`/sora top week`). The same rule as parseCommandText's.
 */
function freeOption(options: readonly CatalogOption[]): CatalogOption | undefined {
  return (
    options.find((o) => o.required && o.type === 'string') ?? (options.length === 1 ? options[0] : undefined)
  );
}

/** What to suggest for the composer's current text; its words in the page's language (`t`). */
export function suggest(
  text: string,
  commandName: string,
  commands: readonly CatalogCommand[],
  t: WebTranslate = pageT,
): Hints {
  const prefix = `/${commandName}`;
  // The first words: commands, and each group once (`contest`, then its subcommands).
  const tops = [...new Map(commands.map((c) => [c.group ?? c.name, c])).entries()].map(([word, c]) => ({
    word,
    detail: c.group
      ? `${c.group} ${commands
          .filter((g) => g.group === c.group)
          .map((g) => g.name)
          .join(', ')}`
      : c.description,
  }));
  const names = tops.map((t) => t.word).join(', ');
  const head = readHead(text, commandName);
  if (!head) {
    if (prefix.startsWith(text.trimStart())) {
      return {
        hints: tops.map((t) => ({
          label: `${prefix} ${t.word}`,
          detail: t.detail,
          text: `${prefix} ${t.word} `,
        })),
        help: t('studio.web.hint.commands', { names }),
      };
    }
    return { hints: [], help: t('studio.web.hint.start', { prefix }) };
  }

  const typingName = text.length === head.end;
  const group = commands.filter((c) => c.group === head.word.toLowerCase());
  if (!typingName && group.length > 0) {
    // A group's second word: offer its subcommands until one is typed in full.
    const sub = /^\s*(\S*)/.exec(text.slice(head.end))!;
    const end = head.end + sub[0].length;
    if (text.length === end) {
      const matching = group.filter((c) => c.name.startsWith(sub[1]!.toLowerCase()));
      return {
        hints: matching.map((c) => ({
          label: `${prefix} ${c.group} ${c.name}`,
          detail: c.description,
          text: `${text.slice(0, end - sub[1]!.length)}${c.name} `,
        })),
        help: `${head.word}: ${group.map((c) => c.name).join(', ')}.`,
      };
    }
  }
  const found = typingName ? undefined : findIn(text, head, commandName, commands);
  const command = found?.ok ? found.command : undefined;
  if (typingName || !command) {
    const matching = tops.filter((t) => t.word.startsWith(head.word.toLowerCase()));
    if (matching.length === 0)
      return { hints: [], help: t('studio.web.hint.unknown', { prefix, word: head.word, names }) };
    return {
      hints: matching.map((t) => ({
        label: `${prefix} ${t.word}`,
        detail: t.detail,
        text: `${text.slice(0, head.end - head.word.length)}${t.word} `,
      })),
      help:
        tops.find((t) => t.word === head.word.toLowerCase())?.detail ??
        (found && !found.ok ? t(found.key, found.values) : t('studio.web.hint.commands', { names })),
    };
  }
  const optionsFrom = found!.ok ? found!.end : head.end;

  const rest = text.slice(optionsFrom);
  const marks = markOptions(
    rest,
    command.options.map((o) => o.name),
  );
  const used = new Set(marks.map((m) => m.name));
  // Words before the first option are the free-text option's value (`/sora generate a fox`),
  // as the server reads them: that option is given, so it is neither offered nor "still needed".
  // A last word that may still become an option's name (`pro…`) is not counted yet.
  const free = freeOption(command.options);
  const current = marks[0] ? '' : /(\S*)$/.exec(rest)![1]!;
  const maybeName = current !== '' && command.options.some((o) => o.name.startsWith(current.toLowerCase()));
  const given = (
    marks[0] ? rest.slice(0, marks[0].start) : maybeName ? rest.slice(0, rest.length - current.length) : rest
  ).trim();
  const freeGiven = free !== undefined && given !== '';
  if (freeGiven) used.add(free.name);
  const unused = command.options.filter((o) => !used.has(o.name));
  const missing = command.options.filter((o) => o.required && !used.has(o.name)).map((o) => o.name);
  const needs = missing.length ? ` ${t('studio.web.hint.needs', { names: missing.join(', ') })}` : '';
  const last = marks.at(-1);

  if (!last) {
    if (command.options.length === 0)
      return { hints: [], help: t('studio.web.hint.noOptions', { description: command.description }) };
    const word = /(\S*)$/.exec(text)![1]!;
    // After free text, one letter is too little to mean an option ("a cat" is not "aspect:").
    const matching =
      freeGiven && word.length < 2 ? [] : unused.filter((o) => o.name.startsWith(word.toLowerCase()));
    return {
      hints: optionHints(text, matching, text.length - word.length, t).slice(0, MAX_HINTS),
      help: `${t('studio.web.hint.sentence', { description: command.description })}${needs}`,
    };
  }

  const option = command.options.find((o) => o.name === last.name)!;
  const value = rest.slice(last.valueStart);
  const valueStart = optionsFrom + last.valueStart;
  // Still typing a choice: offer the choices that match what is typed so far.
  if (option.choices.length > 0 && !/\s/.test(value)) {
    const typed = value.toLowerCase();
    const exact = option.choices.some((c) => String(c.value).toLowerCase() === typed);
    if (!exact) {
      const matching = option.choices.filter(
        (c) => String(c.value).toLowerCase().startsWith(typed) || c.name.toLowerCase().startsWith(typed),
      );
      return {
        hints: matching.slice(0, MAX_HINTS).map((c) => ({
          label: String(c.value),
          detail: c.name,
          text: `${text.slice(0, valueStart)}${c.value} `,
        })),
        help: describe(option, t),
      };
    }
  }
  // Between options: a partly typed option name, or every option left after a space.
  const word = /(?:^|\s)(\S*)$/.exec(value)?.[1] ?? '';
  const afterSpace = /\s$/.test(value);
  // In free text (a prompt) one letter is too little to mean an option: "a cat" is not "aspect:".
  const minWord = option.choices.length > 0 ? 1 : 2;
  const candidates =
    word.length >= minWord
      ? unused.filter((o) => o.name.startsWith(word.toLowerCase()))
      : word === '' && afterSpace && option.choices.length > 0
        ? unused
        : [];
  return {
    hints: optionHints(text, candidates, text.length - word.length, t).slice(0, MAX_HINTS),
    help: `${describe(option, t)}${needs}`,
  };
}
