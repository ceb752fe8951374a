/**
 * How log lines look. JSON (pino's own lines) is for machines: files, journald, a log collector.
 * In a terminal a person reads them, so there each line becomes `12:04:05 INFO  message key=value`.
 * This is a plain synchronous pino destination, not pino-pretty's transport: no worker thread,
 * and it formats the line pino already serialized, after redaction and secret scrubbing.
 */

export type LogFormatSetting = 'auto' | 'pretty' | 'json';

/** `auto` means pretty when output is a terminal and JSON otherwise. */
export function resolveLogFormat(setting: LogFormatSetting, isTTY: boolean): 'pretty' | 'json' {
  if (setting === 'auto') return isTTY ? 'pretty' : 'json';
  return setting;
}

/** pino's numeric levels (https://getpino.io/#/docs/api?id=levels). */
const LEVELS: Record<number, { label: string; color: string }> = {
  10: { label: 'TRACE', color: '90' },
  20: { label: 'DEBUG', color: '90' },
  30: { label: 'INFO ', color: '32' },
  40: { label: 'WARN ', color: '33' },
  50: { label: 'ERROR', color: '31' },
  60: { label: 'FATAL', color: '35' },
};

/** Fields every line has, shown in the line's own shape rather than as key=value. */
const SHAPE = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/**
 * Control characters (C0, DEL and C1, which include the terminal's escape introducers) as
 * visible escapes, so a prompt or a platform's text in a log line cannot move the cursor,
 * recolour or rewrite the operator's terminal.
 */
export function visible(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function valueText(value: unknown): string {
  if (typeof value === 'string')
    return /^[^\s"=]+$/.test(value) ? visible(value) : visible(JSON.stringify(value));
  return visible(JSON.stringify(value) ?? String(value));
}

function clock(time: unknown): string {
  const date = new Date(typeof time === 'number' ? time : Date.now());
  return [date.getHours(), date.getMinutes(), date.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
}

/** One pino JSON line as a line for people (and an error's stack under it). */
export function prettyLine(json: string, colors: boolean): string {
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return visible(json.trimEnd());
  }
  const paint = (code: string, text: string) => (colors ? `\u001b[${code}m${text}\u001b[0m` : text);
  const level = LEVELS[Number(fields.level)] ?? { label: String(fields.level).padEnd(5), color: '0' };
  const parts = [paint('90', clock(fields.time)), paint(level.color, level.label)];
  if (typeof fields.msg === 'string') parts.push(visible(fields.msg));
  let stack = '';
  for (const [key, value] of Object.entries(fields)) {
    if (SHAPE.has(key) || value === undefined) continue;
    // pino's error serializer: the message inline, the stack (already in the JSON) below.
    if (value && typeof value === 'object' && 'stack' in value && typeof value.stack === 'string') {
      const { stack: trace, ...rest } = value as { stack: string };
      // Its first line repeats the message shown inline; the frames keep their own indent.
      stack = trace
        .split('\n')
        .slice(1)
        .map((frame) => `\n${visible(frame)}`)
        .join('');
      parts.push(`${paint('90', `${key}=`)}${valueText('message' in rest ? rest.message : rest)}`);
      continue;
    }
    parts.push(`${paint('90', `${key}=`)}${valueText(value)}`);
  }
  return `${parts.join(' ')}${stack}`;
}

/** A pino destination that writes each line for people to `out` (stdout by default). */
export function prettyDestination(
  out: { write(text: string): unknown } = process.stdout,
  colors = process.stdout.isTTY === true && !process.env.NO_COLOR,
): { write(line: string): void } {
  return {
    write(chunk: string) {
      for (const line of chunk.split('\n')) if (line.trim()) out.write(`${prettyLine(line, colors)}\n`);
    },
  };
}
