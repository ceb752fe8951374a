/**
 * Seeded generators for the fuzz test: the same seed gives the same inputs, so a failure
 * reproduces with FUZZ_SEED=<seed>.
 */

/** mulberry32: a small, fast PRNG with a 32-bit state. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof prng>;

/** Pieces that have broken chat bots: pings, markup, invisible and combining characters, RTL. */
const NASTY = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&987654321098765432>',
  '<#C0123ABCD>',
  '<!channel>',
  '<!here|here>',
  '<@U0123ABCD>',
  '@Bob',
  '@ada',
  'Bobby Tables',
  '**bold**',
  '`code`',
  '||spoiler||',
  '> quote',
  '# heading',
  '[link](https://example.com)',
  '<script>alert(1)</script>',
  '{{process.env}}',
  '\u200b',
  '\u200d',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\u0007',
  'e\u0301\u0301\u0301',
  'ｇｏｒｅ',
  'gоre',
  'g\u200bore',
  '\ud83d\ude00',
  '\ud800',
  '\udc00',
  '👍🏽',
  '👨‍👩‍👧',
  'שלום',
  'مرحبا',
  '𝐁𝐨𝐥𝐝',
  '\r\n',
  '\t',
  '--duration',
  'duration:',
  'prompt:',
  ':',
  '"',
  "'",
  '\\',
];

const WORDS = [
  'a',
  'paper',
  'boat',
  'in',
  'the',
  'rain',
  'fox',
  'snow',
  'kite',
  'over',
  'dunes',
  'slow',
  'dolly',
];

/** A string of random length (sometimes huge) mixing words, nasty pieces and random code points. */
export function randomText(r: Rng, maxLength = 200): string {
  if (r.chance(0.03)) return r.pick(['', ' ', '\n', '\u200b']);
  if (r.chance(0.03)) return r.pick(NASTY).repeat(r.int(100, 3000));
  const parts: string[] = [];
  const count = r.int(1, 12);
  for (let i = 0; i < count; i++) {
    const roll = r.next();
    if (roll < 0.5) parts.push(r.pick(WORDS));
    else if (roll < 0.8) parts.push(r.pick(NASTY));
    else parts.push(String.fromCodePoint(r.int(0, 0x10ffff)));
  }
  const text = parts.join(r.chance(0.8) ? ' ' : '');
  return text.length > maxLength && r.chance(0.7) ? text.slice(0, maxLength) : text;
}

/** Any JSON value: what a forged or broken client might send. */
export function randomJson(r: Rng, depth = 0): unknown {
  const roll = r.int(0, depth > 2 ? 4 : 6);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return r.pick([0, -1, 1.5, 1e308, -0, 4, 8, Number.MAX_SAFE_INTEGER]);
    case 3:
    case 4:
      return randomText(r);
    case 5:
      return Array.from({ length: r.int(0, 3) }, () => randomJson(r, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: r.int(0, 4) }, () => [randomText(r, 20), randomJson(r, depth + 1)]),
      );
  }
}
