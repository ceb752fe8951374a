/**
 * The composer's command line, `/sora generate prompt:a paper boat duration:4`, read the way
 * Discord users write slash-command options. Pure and dependency-free: the server parses with it
 * and the page's hints use the same reading, so both agree on which option is being typed.
 */

/** The part of a command definition the parser needs (commands/ and the page's catalog fit). */
export interface ParsableCommand {
  name: string;
  /** Commands sharing a group are written as two words: `contest start`. */
  group?: string;
  options: readonly { name: string; type: string; required?: boolean }[];
}

/**
 * Why a line is not a command, as a studio catalog message (`studio.web.parse.…`) and its values:
 * the server renders it in the member's language (inbound.ts), the page's hints with web/i18n.ts.
 * This file imports nothing, as the page loads it as it is.
 */
export interface ParseFailure {
  ok: false;
  key:
    | 'studio.web.parse.empty'
    | 'studio.web.parse.start'
    | 'studio.web.parse.what'
    | 'studio.web.parse.takesNot'
    | 'studio.web.parse.twice'
    | 'studio.web.parse.unknown'
    | 'studio.web.parse.which';
  values: Record<string, string>;
}

export type ParsedText =
  | { ok: true; command: string; group?: string; options: Record<string, string> }
  | ParseFailure;

/** Where each known `name:` starts in the text after the command, in order. */
export interface OptionMark {
  name: string;
  /** Index of the option name. */
  start: number;
  /** Index just after the colon, where the value starts. */
  valueStart: number;
}

/** Reading of a line up to the command: its name and where its options begin. */
export interface CommandHead {
  /** The word after `/name`, as typed (may be partial or empty). */
  word: string;
  /** Index just after that word. */
  end: number;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** `/name word`, or undefined when the line does not start with the command. */
export function readHead(text: string, commandName: string): CommandHead | undefined {
  const prefix = `/${commandName}`;
  const trimmed = text.trimStart();
  const offset = text.length - trimmed.length;
  if (!trimmed.startsWith(prefix)) return undefined;
  const after = trimmed.slice(prefix.length);
  if (after !== '' && !/^\s/.test(after)) return undefined;
  const match = /^\s*(\S*)/.exec(after)!;
  return { word: match[1]!, end: offset + prefix.length + match[0].length };
}

/**
 * Every `name:` of a known option that starts a word, in order, in any case (a phone may have
 * capitalised `Duration:`), named as the command defines it.
 */
export function markOptions(text: string, optionNames: readonly string[]): OptionMark[] {
  if (optionNames.length === 0) return [];
  const names = optionNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(^|\\s)(${names}):`, 'gi');
  const marks: OptionMark[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[1]!.length;
    const typed = match[2]!;
    const name = optionNames.find((n) => n.toLowerCase() === typed.toLowerCase()) ?? typed;
    marks.push({ name, start, valueStart: start + typed.length + 1 });
  }
  return marks;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith('“') && v.endsWith('”')))) {
    return v.slice(1, -1).trim();
  }
  return v;
}

/**
 * Split a command line into the command's name and its raw option strings. Words before the
 * first option go to the command's first required text option, so `/sora generate a fox in the
 * snow` works too. Type checks are left to the command's own schema. The server then refuses
 * words written like an option the command does not have (commands/option-tokens.ts), which this
 * file, served to the page as it is, cannot import.
 */
export function parseCommandText(
  text: string,
  commandName: string,
  commands: readonly ParsableCommand[],
): ParsedText {
  const names = [...new Set(commands.map((c) => c.group ?? c.name))].join(', ');
  const example = `/${commandName} generate prompt:a paper boat in the rain`;
  if (text.trim() === '') return { ok: false, key: 'studio.web.parse.empty', values: { example } };
  const head = readHead(text, commandName);
  if (!head) return { ok: false, key: 'studio.web.parse.start', values: { command: commandName, example } };
  if (head.word === '') {
    return { ok: false, key: 'studio.web.parse.what', values: { command: commandName, names } };
  }
  const found = findIn(text, head, commandName, commands);
  if (!found.ok) return found;
  const { command, end } = found;
  const title = command.group ? `${command.group} ${command.name}` : command.name;

  const rest = text.slice(end);
  const marks = markOptions(
    rest,
    command.options.map((o) => o.name),
  );
  const options: Record<string, string> = {};
  const leading = (marks[0] ? rest.slice(0, marks[0].start) : rest).trim();
  if (leading !== '') {
    // The words before any name:value go to the free-text option (a prompt), or to the only
    // option a command has (`/sora top week`); the command's schema checks the value.
    const free =
      command.options.find((o) => o.required && o.type === 'string') ??
      (command.options.length === 1 ? command.options[0] : undefined);
    if (!free) {
      return {
        ok: false,
        key: 'studio.web.parse.takesNot',
        values: { command: `/${commandName} ${title}`, text: short(leading) },
      };
    }
    options[free.name] = unquote(leading);
  }
  for (const [i, mark] of marks.entries()) {
    if (mark.name in options)
      return { ok: false, key: 'studio.web.parse.twice', values: { option: mark.name } };
    const end = marks[i + 1]?.start ?? rest.length;
    options[mark.name] = unquote(rest.slice(mark.valueStart, end));
  }
  return { ok: true, command: command.name, ...(command.group ? { group: command.group } : {}), options };
}

/**
 * The command a line names: `generate`, or a group's two words (`contest start`), with the index
 * where its options begin.
 */
export function findIn<C extends ParsableCommand>(
  text: string,
  head: CommandHead,
  commandName: string,
  commands: readonly C[],
): { ok: true; command: C; end: number } | ParseFailure {
  const word = head.word.toLowerCase();
  const grouped = commands.filter((c) => c.group === word);
  if (grouped.length === 0) {
    const command = commands.find((c) => !c.group && c.name === word);
    if (command) return { ok: true, command, end: head.end };
    const names = [...new Set(commands.map((c) => c.group ?? c.name))].join(', ');
    return {
      ok: false,
      key: 'studio.web.parse.unknown',
      values: { command: `/${commandName} ${short(head.word)}`, names },
    };
  }
  const match = /^\s*(\S*)/.exec(text.slice(head.end))!;
  const sub = match[1]!.toLowerCase();
  const subs = grouped.map((c) => `${word} ${c.name}`).join(', ');
  if (sub === '')
    return {
      ok: false,
      key: 'studio.web.parse.which',
      values: { commands: `/${commandName} ${subs.replaceAll(', ', `, /${commandName} `)}` },
    };
  const command = grouped.find((c) => c.name === sub);
  if (!command) {
    return {
      ok: false,
      key: 'studio.web.parse.unknown',
      values: { command: `/${commandName} ${word} ${short(sub)}`, names: subs },
    };
  }
  return { ok: true, command, end: head.end + match[0].length };
}
