import type { CommandDefinition, CommandOption } from '../../commands/index.ts';
import { CATALOGS, isMessageKey } from '../../src/core/i18n/catalogs.ts';
import { SOURCE_LOCALE } from '../../src/core/i18n/locales.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import type { ProviderRegistry } from '../../src/core/providers.ts';
import { commandLabel, freeTextOption } from './command-text.ts';

/** A command's path in the commands catalog: `generate`, `contest.start`. */
const pathOf = (c: CommandDefinition) => (c.group ? `${c.group}.${c.name}` : c.name);

/** What an option's value looks like in the usage text: `<theme>` when required, else `[number]` or `[…]`. */
function placeholder(option: CommandOption, t: Translate): string {
  return option.required
    ? `<${option.name}>`
    : `[${option.type === 'integer' ? t('reply.slack.usage.number') : '…'}]`;
}

/**
 * A command's or option's description from the commands catalog when its English there is the
 * definition's (test/unit/i18n-catalogs.test.ts keeps them equal), else as defined.
 */
function described(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) && CATALOGS[SOURCE_LOCALE][key] === fallback ? t(key) : fallback;
}

/**
 * How to use the commands in Slack, built from their definitions: the syntax, each option with
 * its values, and the commands, in the reader's language (`t`, English by default). Command and
 * option names and the examples stay as typed: the text reader takes them in English. Plain text
 * (the caller escapes it).
 */
export function usageText(
  commandName: string,
  commands: readonly CommandDefinition[],
  providers: ProviderRegistry,
  t: Translate = translator(SOURCE_LOCALE),
): string {
  const main = commands.find((c) => c.makesClip && freeTextOption(c));
  const lines: string[] = [];
  if (main) {
    const free = freeTextOption(main)!;
    lines.push(
      t('reply.slack.usage.syntax', { command: commandName, free: free.name }),
      // The prompt is the member's words, in their language; options stay as the parser reads them.
      `  /${commandName} ${t('reply.slack.usage.examplePrompt')}, 8 seconds, portrait`,
      `  /${commandName} ${t('reply.slack.usage.examplePrompt')} --duration 8 --aspect portrait --style noir`,
      t('reply.slack.usage.mention', { name: main.name }),
    );
    for (const option of main.options) {
      if (option === free) continue;
      const choices = option.choices?.({ providers }).map((c) => String(c.value)) ?? [];
      const shown = choices.length > 8 ? [...choices.slice(0, 8), '…'] : choices;
      const description = described(
        t,
        `command.${pathOf(main)}.option.${option.name}.description`,
        option.description,
      );
      const values = shown.length
        ? ` (${shown.join(', ')})`
        : option.type === 'image'
          ? ` (${t('reply.slack.usage.link')})`
          : '';
      lines.push(`  --${option.name}: ${description}${values}`);
    }
  }
  const others = commands.filter((c) => c !== main);
  if (others.length) {
    lines.push(t('reply.slack.usage.commands'));
    for (const c of others) {
      lines.push(
        `  /${commandName} ${commandLabel(c)}: ${described(t, `command.${pathOf(c)}.description`, c.description)}`,
      );
      // Commands with options show them in the name:value form the reader takes.
      if (c.options.length)
        lines.push(`      ${c.options.map((o) => `${o.name}:${placeholder(o, t)}`).join(' ')}`);
    }
  }
  return lines.join('\n');
}
