/**
 * The composer's command line, `/sora generate prompt:a paper boat duration:4`, read the way
 * Discord users write slash-command options. Pure and dependency-free: the server parses with it
 * and the page's hints use the same reading, so both agree on which option is being typed.
 */

/** The part of a command definition the parser needs (commands/ and the page's catalog fit). */
export interface ParsableCommand {
  name: string;
  options: readonly { name: string; type: string; required?: boolean }[];
}

export type ParsedText =
  | { ok: true; command: string; options: Record<string, string> }
  | { ok: false; message: string };

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

/** Every `name:` of a known option that starts a word, in order. */
export function markOptions(text: string, optionNames: readonly string[]): OptionMark[] {
  if (optionNames.length === 0) return [];
  const names = optionNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(^|\\s)(${names}):`, 'g');
  const marks: OptionMark[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[1]!.length;
    marks.push({ name: match[2]!, start, valueStart: start + match[2]!.length + 1 });
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
 * snow` works too. Type checks are left to the command's own schema.
 */
export function parseCommandText(
  text: string,
  commandName: string,
  commands: readonly ParsableCommand[],
): ParsedText {
  const names = commands.map((c) => c.name).join(', ');
  const example = `/${commandName} generate prompt:a paper boat in the rain`;
  if (text.trim() === '') return { ok: false, message: `Type a command, for example ${example}.` };
  const head = readHead(text, commandName);
  if (!head) return { ok: false, message: `Commands start with /${commandName}, for example ${example}.` };
  if (head.word === '') {
    return { ok: false, message: `Say what to do after /${commandName}: ${names}.` };
  }
  const command = commands.find((c) => c.name === head.word.toLowerCase());
  if (!command) {
    return {
      ok: false,
      message: `There is no /${commandName} ${short(head.word)}. Try one of: ${names}.`,
    };
  }

  const rest = text.slice(head.end);
  const marks = markOptions(
    rest,
    command.options.map((o) => o.name),
  );
  const options: Record<string, string> = {};
  const leading = (marks[0] ? rest.slice(0, marks[0].start) : rest).trim();
  if (leading !== '') {
    const free = command.options.find((o) => o.required && o.type === 'string');
    if (!free) {
      return {
        ok: false,
        message: `/${commandName} ${command.name} does not take "${short(leading)}". Use its options, like name:value.`,
      };
    }
    options[free.name] = unquote(leading);
  }
  for (const [i, mark] of marks.entries()) {
    if (mark.name in options) return { ok: false, message: `Give ${mark.name} only once.` };
    const end = marks[i + 1]?.start ?? rest.length;
    options[mark.name] = unquote(rest.slice(mark.valueStart, end));
  }
  return { ok: true, command: command.name, options };
}
