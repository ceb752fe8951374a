/**
 * Text folded for matching words, so look-alike characters cannot slip a word past a check:
 * compatibility forms become plain letters (NFKC: fullwidth `ｇｏｒｅ`, math bold `𝐠𝐨𝐫𝐞`, ligatures),
 * invisible format characters go (zero-width spaces and joiners, bidi controls), accents and other
 * combining marks go, case folds, and the Cyrillic and Greek letters that look like Latin ones
 * become those Latin letters (`gоre` with a Cyrillic о).
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Latin letters that read as others
  ı: 'i',
  ɡ: 'g',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
};

export function foldText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/\p{Cf}/gu, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u{80}-\u{10FFFF}]/gu, (c) => CONFUSABLES[c] ?? c)
      // NFKC once more: folding can leave new compatibility pairs behind.
      .normalize('NFKC')
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a word or phrase in folded text, on word boundaries (no letter or digit right
 * before or after), its words separated by any run of non-letters (`blocked word`, `blocked-word`).
 */
export function phrasePattern(phrase: string): RegExp | undefined {
  const words = foldText(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(escapeRegExp);
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}
