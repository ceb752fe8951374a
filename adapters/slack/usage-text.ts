import type { CommandDefinition, CommandOption } from '../../commands/index.ts';
import type { ProviderRegistry } from '../../src/core/providers.ts';
import { commandLabel, freeTextOption } from './command-text.ts';

/** What an option's value looks like in the usage text: `<theme>` when required, else `[number]` or `[…]`. */
function placeholder(option: CommandOption): string {
  return option.required ? `<${option.name}>` : `[${option.type === 'integer' ? 'number' : '…'}]`;
}

/**
 * How to use the commands in Slack, built from their definitions: the syntax, each option with
 * its values, and the commands. Plain text (the caller escapes it).
 */
export function usageText(
  commandName: string,
  commands: readonly CommandDefinition[],
  providers: ProviderRegistry,
): string {
  const main = commands.find((c) => c.makesClip && freeTextOption(c));
  const lines: string[] = [];
  if (main) {
    const free = freeTextOption(main)!;
    lines.push(
      `/${commandName} <${free.name}>, then options as phrases or flags:`,
      `  /${commandName} a paper boat in the rain, 8 seconds, portrait`,
      `  /${commandName} a paper boat in the rain --duration 8 --aspect portrait --style noir`,
      `Or mention the bot in a thread with the same words. Options for ${main.name}:`,
    );
    for (const option of main.options) {
      if (option === free) continue;
      const values = option.choices?.({ providers }).map((c) => String(c.value)) ?? [];
      const shown = values.length > 8 ? [...values.slice(0, 8), '…'] : values;
      lines.push(
        `  --${option.name}: ${option.description}${shown.length ? ` (${shown.join(', ')})` : option.type === 'image' ? ' (an http(s) link)' : ''}`,
      );
    }
  }
  const others = commands.filter((c) => c !== main);
  if (others.length) {
    lines.push('Commands:');
    for (const c of others) {
      lines.push(`  /${commandName} ${commandLabel(c)}: ${c.description}`);
      // Commands with options show them in the name:value form the reader takes.
      if (c.options.length)
        lines.push(`      ${c.options.map((o) => `${o.name}:${placeholder(o)}`).join(' ')}`);
    }
  }
  return lines.join('\n');
}
