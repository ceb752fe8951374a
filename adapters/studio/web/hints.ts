/**
 * Suggestions as the member types a command, drawn from the command definitions the server
 * sends (commands/ with choices resolved from the provider's capabilities). Pure: no DOM here.
 */
import { markOptions, readHead } from './command-text.ts';
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

function describe(option: CatalogOption): string {
  const limit = option.maxLength ? ` (up to ${option.maxLength} characters)` : '';
  return `${option.name}: ${option.description}${limit}${option.required ? ', required' : ''}.`;
}

function optionHints(text: string, options: readonly CatalogOption[], replaceFrom: number): Hint[] {
  return options.map((o) => ({
    label: `${o.name}:`,
    detail: o.required ? `${o.description} (required)` : o.description,
    text: `${text.slice(0, replaceFrom)}${o.name}:`,
  }));
}

/** What to suggest for the composer's current text. */
export function suggest(text: string, commandName: string, commands: readonly CatalogCommand[]): Hints {
  const prefix = `/${commandName}`;
  const names = commands.map((c) => c.name).join(', ');
  const head = readHead(text, commandName);
  if (!head) {
    if (prefix.startsWith(text.trimStart())) {
      return {
        hints: commands.map((c) => ({
          label: `${prefix} ${c.name}`,
          detail: c.description,
          text: `${prefix} ${c.name} `,
        })),
        help: `Commands: ${names}.`,
      };
    }
    return { hints: [], help: `Commands start with ${prefix}.` };
  }

  const command = commands.find((c) => c.name === head.word.toLowerCase());
  const typingName = text.length === head.end;
  if (typingName || !command) {
    const matching = commands.filter((c) => c.name.startsWith(head.word.toLowerCase()));
    if (matching.length === 0)
      return { hints: [], help: `There is no ${prefix} ${head.word}. Try ${names}.` };
    return {
      hints: matching.map((c) => ({
        label: `${prefix} ${c.name}`,
        detail: c.description,
        text: `${text.slice(0, head.end - head.word.length)}${c.name} `,
      })),
      help: command ? command.description : `Commands: ${names}.`,
    };
  }

  const rest = text.slice(head.end);
  const marks = markOptions(
    rest,
    command.options.map((o) => o.name),
  );
  const used = new Set(marks.map((m) => m.name));
  const unused = command.options.filter((o) => !used.has(o.name));
  const missing = command.options.filter((o) => o.required && !used.has(o.name)).map((o) => o.name);
  const needs = missing.length ? ` Still needed: ${missing.join(', ')}.` : '';
  const last = marks.at(-1);

  if (!last) {
    if (command.options.length === 0) return { hints: [], help: `${command.description}. Press Enter.` };
    const word = /(\S*)$/.exec(text)![1]!;
    const matching = word ? unused.filter((o) => o.name.startsWith(word.toLowerCase())) : unused;
    return {
      hints: optionHints(text, matching, text.length - word.length).slice(0, MAX_HINTS),
      help: `${command.description}.${needs}`,
    };
  }

  const option = command.options.find((o) => o.name === last.name)!;
  const value = rest.slice(last.valueStart);
  const valueStart = head.end + last.valueStart;
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
        help: describe(option),
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
    hints: optionHints(text, candidates, text.length - word.length).slice(0, MAX_HINTS),
    help: `${describe(option)}${needs}`,
  };
}
