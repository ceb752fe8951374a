import { ElementType, type MessageFormatElement, parseMessage, printMessage } from './icu.ts';

/**
 * The pseudo-locale's transform: each letter of the text swapped for an accented lowercase or
 * uppercase twin (å, ĝ, Ŕ…), the message lengthened by about 40% (the usual growth from English
 * to German or French), placeholders, plurals and selects left exactly as they are. Texts are
 * wrapped in ⟦ ⟧ so a cut-off end shows; names (Discord command and option names) are only
 * accented and padded with letters, since brackets and spaces are not allowed there.
 */
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/** How much longer a pseudo message is than its source, in code points. */
export const PSEUDO_GROWTH = 0.4;
/** Filler appended to reach the growth: accented letters and spaces, like more words. */
const FILLER = 'ļöŕéɱ îþšûɱ ðöļöŕ šîţ åɱéţ çöñšéçţéţûŕ åðîþîšçîñĝ éļîţ šéð ðö éîûšɱöð ţéɱþöŕ ';
const NAME_FILLER = 'ẋýžẋýžẋýžẋýžẋýžẋýžẋýžẋýžẋýžẋýž';

function accent(text: string): string {
  return [...text].map((c) => ACCENTED[c] ?? c).join('');
}

function accentElements(elements: MessageFormatElement[]): number {
  let letters = 0;
  for (const element of elements) {
    if (element.type === ElementType.literal) {
      letters += [...element.value].length;
      element.value = accent(element.value);
    } else if (element.type === ElementType.plural || element.type === ElementType.select) {
      // The longest branch is what limits must hold for.
      letters += Math.max(0, ...Object.values(element.options).map((option) => accentElements(option.value)));
    } else if (element.type === ElementType.tag) {
      letters += accentElements(element.children);
    }
  }
  return letters;
}

/** A pseudo text: accented, lengthened ~40% and bracketed; placeholders untouched. */
export function pseudoText(message: string): string {
  const ast = parseMessage(message);
  const length = accentElements(ast);
  const extra = Math.max(0, Math.ceil(length * PSEUDO_GROWTH) - 2);
  // One space, then filler: `extra` code points in all (the filler is all single code units).
  const filler = extra > 0 ? ` ${FILLER.repeat(Math.ceil(extra / FILLER.length)).slice(0, extra - 1)}` : '';
  return `⟦${printMessage(ast)}${filler}⟧`;
}

/** Discord's longest command or option name. */
const NAME_MAX = 32;

/** A pseudo name: accented lowercase letters, lengthened ~40% with letters, never over 32. */
export function pseudoName(name: string): string {
  const accented = accent(name.toLowerCase());
  const extra = Math.ceil([...name].length * PSEUDO_GROWTH);
  return [...`${accented}${NAME_FILLER.slice(0, extra)}`].slice(0, NAME_MAX).join('');
}
