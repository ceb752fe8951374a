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

/**
 * Digits and symbols written for letters (`g0r3`, `m@ss4cre`, `$lasher`). `1` and `|` read as
 * either `i` or `l`, so a folded text yields two leet readings; only characters that sit next to
 * a letter or another such character are read as letters, so `5 seconds` and `4k` stay as typed.
 */
const LEET: Record<string, string> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const LEET_RUN = /[\p{L}0134578@$!|]*[0134578@$!|][\p{L}0134578@$!|]*/gu;

/** The folded text and its leetspeak readings, for matching against folded patterns. */
export function foldedReadings(text: string): string[] {
  const folded = foldText(text);
  const readings = new Set([folded]);
  for (const one of ['i', 'l']) {
    readings.add(
      folded.replace(LEET_RUN, (run) =>
        /\p{L}/u.test(run)
          ? run.replace(/[0134578@$!|]/g, (c) => (c === '1' || c === '|' ? one : LEET[c]!))
          : run,
      ),
    );
  }
  return [...readings];
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
