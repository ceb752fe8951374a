import type { CommandDefinition, CommandOption } from '../../commands/index.ts';
import {
  optionShapeOf,
  type TextToken as Token,
  tokenize,
  unknownOptionError,
} from '../../commands/option-tokens.ts';
import type { RawOptions } from '../../commands/parse.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import type { ProviderRegistry } from '../../src/core/providers.ts';

/**
 * Slack has no typed command options: `/sora` and @mentions bring one line of text. This reads
 * that text into the raw option record of a command from commands/, so every command and option
 * defined there works here without per-command code. Three forms, mixable:
 *
 *   a paper boat in the rain, 8 seconds, portrait        (trailing comma phrases)
 *   a paper boat in the rain --duration 8 --aspect portrait --style noir
 *   generate prompt:a paper boat duration:8               (the form Discord's help text shows)
 *
 * Trailing phrases are taken only when a whole phrase names an option value, so "portrait of a
 * cat" stays in the prompt. A token written like an option that the command does not have
 * (`duraton:8`, `--colour`) is refused, by the rule in commands/option-tokens.ts shared with the
 * studio, so a typo never becomes words of a prompt that is then paid for. Values are not
 * checked here: the command's zod schema and the model's capabilities give members the precise
 * message.
 */
export interface CommandText {
  command: CommandDefinition;
  raw: RawOptions;
}

interface Marker {
  option: CommandOption;
  /** Where the value starts in the source text. */
  valueStart: number;
  /** True when the value is written in the same token (`--duration=8`, `duration:8`). */
  inline: boolean;
}

type Choice = { name: string; value: string | number };

/** The option that takes the words that are left: a required string option without choices. */
export function freeTextOption(command: CommandDefinition): CommandOption | undefined {
  return command.options.find((o) => o.type === 'string' && o.required && !o.choices);
}

/** How a member types a command here: `usage`, or with its group `contest start`. */
export function commandLabel(command: CommandDefinition): string {
  return command.group ? `${command.group} ${command.name}` : command.name;
}

/**
 * Pick the command and read its options. The first word names a command, or a group whose
 * subcommand is the second word (`contest start theme:"neon cities"`); any other words are a
 * prompt. An empty text, a group without a known subcommand or an unknown option throws a
 * ValidationError whose message says what to write instead.
 */
export function readCommandText(
  text: string,
  commands: readonly CommandDefinition[],
  providers: ProviderRegistry,
): CommandText {
  const trimmed = text.trim();
  const [first = '', second = ''] = trimmed.split(/\s+/, 2).map((w) => w.toLowerCase());
  const single = commands.filter((c) => c.group === undefined);
  const grouped = commands.filter((c) => c.group !== undefined && c.group.toLowerCase() === first);
  if (first && grouped.length) {
    const command = grouped.find((c) => c.name.toLowerCase() === second);
    if (!command) {
      const names = grouped.map((c) => `${first} ${c.name}`).join(', ');
      const maker = single.find((c) => c.makesClip && freeTextOption(c));
      // A prompt that happens to start with the group's word ("contest of robots") lands here too.
      const wrong = msg('surface.slack.groupWrongWord', { group: first, names, word: second.slice(0, 30) });
      throw new ValidationError(
        second
          ? maker
            ? msg('surface.slack.sentences', {
                first: wrong,
                second: msg('surface.slack.groupAsPrompt', { command: maker.name }),
              })
            : wrong
          : msg('surface.slack.groupNeedsWord', { group: first, names }),
      );
    }
    const args = trimmed.replace(/^\S+\s+\S+/, '');
    return { command, raw: readOptions(args, command, providers) };
  }
  const named = single.find((c) => c.name === first);
  // No command named: the words are a prompt for the command that makes clips.
  const command = named ?? single.find((c) => c.makesClip && freeTextOption(c));
  if (!command) throw new ValidationError(msg('surface.slack.noCommand'));
  const args = named ? trimmed.slice(first.length) : trimmed;
  return { command, raw: readOptions(args, command, providers) };
}

function readOptions(source: string, command: CommandDefinition, providers: ProviderRegistry): RawOptions {
  const free = freeTextOption(command);
  const tokens = tokenize(source);
  const raw: RawOptions = {};
  const consumed: [number, number][] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const marker = markerOf(token, command);
    if (!marker) continue;
    const { option } = marker;
    let end = token.end;
    let value: string;
    if (option === free) {
      let j = i + 1;
      while (j < tokens.length && !markerOf(tokens[j]!, command)) j++;
      end = j < tokens.length ? tokens[j]!.start : source.length;
      value = source.slice(marker.valueStart, end);
      i = j - 1;
    } else if (marker.inline) {
      value = source.slice(marker.valueStart, end);
    } else {
      const next = tokens[i + 1];
      // The next token is this flag's value even when it looks like `word:value` (a model id).
      if (!next || markerOf(next, command, false)) {
        throw new ValidationError(
          msg('surface.slack.needsValue', { flag: `--${option.name}`, example: example(option, providers) }),
          option.name,
        );
      }
      value = next.text;
      end = next.end;
      i++;
    }
    consumed.push([token.start, end]);
    raw[option.name] = unquote(value.trim());
  }

  let rest = removeRanges(source, consumed);
  if (free && raw[free.name] === undefined) {
    rest = takeTrailingPhrases(rest, command, providers, raw);
    const prompt = rest.replace(/[\s,;]+$/, '').trim();
    if (prompt) raw[free.name] = prompt;
  } else if (rest.trim() && takePositional(rest, command, raw)) {
    // `/sora consent on`, `/sora settings vote_emoji 🔥`: bare words fill the options in order.
  } else if (rest.trim()) {
    const options = command.options.map((o) => `--${o.name}`).join(', ');
    throw new ValidationError(
      msg('surface.slack.notUnderstood', {
        text: rest.trim().slice(0, 60),
        command: commandLabel(command),
        options: options || msg('surface.slack.noOptions'),
      }),
    );
  }
  return raw;
}

/**
 * Bare words for a command without free text fill its options not yet given, in order; the last
 * one takes every word left (`settings channels #a #b`). False when there is no option to fill.
 */
function takePositional(rest: string, command: CommandDefinition, raw: RawOptions): boolean {
  const open = command.options.filter((o) => raw[o.name] === undefined);
  if (open.length === 0) return false;
  const text = rest.trim();
  const words = tokenize(text);
  open.forEach((option, i) => {
    const word = words[i];
    if (!word) return;
    const last = i === open.length - 1;
    raw[option.name] = unquote(last ? text.slice(word.start).trim() : word.text);
  });
  return true;
}

/**
 * `--name`, `--name=value`, `—name` (macOS turns -- into an em dash), or `name:value`. A token
 * written as an option the command does not have throws, unless `strict` is false (the token is
 * a flag's value).
 */
function markerOf(token: Token, command: CommandDefinition, strict = true): Marker | undefined {
  const shape = optionShapeOf(
    token.text,
    command.options.map((o) => o.name),
  );
  if (!shape) return undefined;
  const option = command.options.find((o) => o.name === shape.word);
  if (!option) {
    if (strict) throw unknownOptionError(shape, token.text, command, commandLabel(command));
    return undefined;
  }
  const flag = /^(?:--|—|–)([a-z][\w-]*)(=)?/i.exec(token.text);
  if (flag) return { option, valueStart: token.start + flag[0].length, inline: Boolean(flag[2]) };
  const named = /^([a-z][\w-]*):/i.exec(token.text)!;
  return {
    option,
    valueStart: token.start + named[0].length,
    inline: token.text.length > named[0].length,
  };
}

function removeRanges(source: string, ranges: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    out += source.slice(at, Math.max(at, start));
    at = Math.max(at, end);
  }
  return (out + source.slice(at)).replace(/[ \t]{2,}/g, ' ');
}

function unquote(value: string): string {
  const m = /^"([^"]*)"$|^“([^”]*)”$/.exec(value);
  return m ? (m[1] ?? m[2] ?? '') : value;
}

/**
 * Peel comma-separated phrases off the end while each one names an option value
 * ("8 seconds", "portrait", "style noir", "noir style", "1280x720").
 */
function takeTrailingPhrases(
  text: string,
  command: CommandDefinition,
  providers: ProviderRegistry,
  raw: RawOptions,
): string {
  let rest = text;
  for (;;) {
    const comma = rest.lastIndexOf(',');
    if (comma < 0) return rest;
    const phrase = rest.slice(comma + 1);
    const match = matchPhrase(phrase, command, providers, raw);
    if (!match) return rest;
    raw[match.name] = match.value;
    rest = rest.slice(0, comma);
  }
}

function matchPhrase(
  phrase: string,
  command: CommandDefinition,
  providers: ProviderRegistry,
  raw: RawOptions,
): { name: string; value: string | number } | undefined {
  const text = phrase.trim().replace(/[.!]+$/, '');
  if (!text) return undefined;
  for (const option of command.options) {
    if (raw[option.name] !== undefined || option === freeTextOption(command)) continue;
    const choices = option.choices?.({ providers }) ?? [];
    const choiceFor = (value: string) => choices.find((c) => choiceForms(c).includes(normalize(value)));
    // "style noir" names the option outright: take the value even when it is not a choice, so
    // the schema can say what is wrong. "noir style" counts only when noir is a choice.
    const prefix = new RegExp(`^${option.name}:?\\s+(.+)$`, 'i').exec(text);
    if (prefix) return { name: option.name, value: choiceFor(prefix[1]!)?.value ?? prefix[1]!.trim() };
    const suffix = new RegExp(`^(.+)\\s+${option.name}$`, 'i').exec(text);
    const suffixChoice = suffix ? choiceFor(suffix[1]!) : undefined;
    if (suffixChoice) return { name: option.name, value: suffixChoice.value };
    const choice = choiceFor(text);
    if (choice) return { name: option.name, value: choice.value };
    if (option.type === 'integer') {
      const n = /^(\d{1,4})(?:\s*-?\s*(\p{L}+))?$/u.exec(text);
      const unit = choices[0]?.name.split(/\s+/)[1]?.toLowerCase();
      const writtenUnit = n?.[2]?.toLowerCase().replace(/s$/, '');
      if (n && (writtenUnit === undefined || unit?.startsWith(writtenUnit))) {
        return { name: option.name, value: Number(n[1]) };
      }
    }
    if (option.type === 'image' && /^https?:\/\/\S+$/.test(text)) return { name: option.name, value: text };
  }
  return undefined;
}

/** The ways a member may write a choice: its value, its label, or the part in brackets. */
function choiceForms(choice: Choice): string[] {
  const forms = [normalize(String(choice.value)), normalize(choice.name)];
  const bracket = /\(([^)]+)\)/.exec(choice.name);
  if (bracket) forms.push(normalize(bracket[1]!), normalize(choice.name.replace(/\s*\([^)]*\)/, '')));
  return forms;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('×', 'x')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function example(option: CommandOption, providers: ProviderRegistry): string {
  const first = option.choices?.({ providers })[0];
  if (first) return String(first.value);
  return option.type === 'integer' ? '8' : option.type === 'image' ? 'https://…/picture.png' : '"…"';
}
