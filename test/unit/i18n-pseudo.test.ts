import { describe, expect, it } from 'vitest';
import { CATALOGS, isNameKey, MESSAGE_KEYS } from '../../src/core/i18n/catalogs.ts';
import { ElementType, type MessageFormatElement, parseMessage } from '../../src/core/i18n/icu.ts';
import { PSEUDO_GROWTH, pseudoName, pseudoText } from '../../src/core/i18n/pseudo.ts';
import { translator } from '../../src/core/i18n/translator.ts';

const length = (text: string) => [...text].length;

/** The text of a message's literals (longest branch of each plural/select). */
function literals(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === ElementType.literal) return element.value;
      if (element.type === ElementType.plural || element.type === ElementType.select) {
        return Object.values(element.options)
          .map((o) => literals(o.value))
          .sort((a, b) => length(b) - length(a))[0];
      }
      return '';
    })
    .join('');
}

/** The message without its literal text: what must not change. */
function skeleton(elements: MessageFormatElement[]): unknown {
  return elements.flatMap((element) => {
    if (element.type === ElementType.literal) return [];
    if (element.type === ElementType.plural || element.type === ElementType.select) {
      return {
        type: element.type,
        value: element.value,
        options: Object.fromEntries(Object.entries(element.options).map(([k, o]) => [k, skeleton(o.value)])),
      };
    }
    return { type: element.type, value: 'value' in element ? element.value : '#' };
  });
}

describe('the pseudo-locale en-XA', () => {
  it('keeps every placeholder, plural and select of the source exactly', () => {
    const message =
      'Hi {name}, {count, plural, one {# clip} other {# clips by {who}}} {mood, select, happy {yay} other {ok}}';
    const pseudo = pseudoText(message);
    expect(skeleton(parseMessage(pseudo))).toEqual(skeleton(parseMessage(message)));
    expect(JSON.stringify(skeleton(parseMessage(message)))).toContain('"who"');
    expect(pseudo).toMatch(/^⟦Ĥî \{name\}, \{count,plural,one\{# çļîþ\} other\{# çļîþš ƀý \{who\}\}\} /);
    const t = translator('en-XA');
    expect(t('command.generate.option.duration.choice', { seconds: 1 })).toMatch(/^⟦1 šéçöñð /);
    expect(t('command.generate.option.duration.choice', { seconds: 5 })).toMatch(/^⟦5 šéçöñðš /);
  });

  it.each(MESSAGE_KEYS.filter((k) => !isNameKey(k)))('%s: accented, about 40%% longer, bracketed', (key) => {
    const source = CATALOGS.en[key];
    const pseudo = CATALOGS['en-XA'][key];
    const sourceText = literals(parseMessage(source));
    const pseudoLiterals = literals(parseMessage(pseudo));
    expect(pseudo.startsWith('⟦') && pseudo.endsWith('⟧')).toBe(true);
    expect(length(pseudoLiterals)).toBeGreaterThanOrEqual(
      length(sourceText) + Math.ceil(length(sourceText) * PSEUDO_GROWTH),
    );
    expect(pseudoLiterals, 'no plain ASCII letter left in the text').not.toMatch(/[A-Za-z]/);
    expect(skeleton(parseMessage(pseudo))).toEqual(skeleton(parseMessage(source)));
  });

  it.each(MESSAGE_KEYS.filter(isNameKey))('%s: a lowercase accented name, longer and within 32', (key) => {
    const source = CATALOGS.en[key];
    const pseudo = CATALOGS['en-XA'][key];
    expect(pseudo).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
    expect(pseudo).not.toMatch(/[a-z]/);
    expect(length(pseudo)).toBe(Math.min(32, length(source) + Math.ceil(length(source) * PSEUDO_GROWTH)));
  });

  it('caps names at 32 and leaves digits, underscores and hyphens', () => {
    expect(pseudoName('voter_age-2')).toMatch(/^ṽöţéŕ_åĝé-2[ẋýž]{5}$/);
    expect(length(pseudoName('a'.repeat(30)))).toBe(32);
  });
});
