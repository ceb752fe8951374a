import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Comments cite a fact's public source (a docs URL, an SDK file, an RFC), never the project's
 * private notes, which are not in the repository and so cannot be checked by a reader (issue 13).
 */
const roots = ['src', 'simulator', 'commands', 'adapters', 'test', 'scripts', 'bench'];
const self = join('test', 'unit', 'citations.test.ts');
const privateCitation =
  /reference §|reference (?:openai-videos|video-providers|platforms)|DESIGN\.md|style\.md|shared\/reference|reference\/[a-z-]+\.md/;
/** A section sign with no standard named on its line points into a private document ("(§2)"). */
const bareSection = (line: string) => line.includes('§') && !/\b(?:RFC|ISO)\b/.test(line);

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sources(path);
    return /\.(?:ts|tsx|cjs|mjs)$/.test(entry.name) && path !== self ? [path] : [];
  });
}

describe('citations', () => {
  const files = roots.flatMap(sources);

  it('has sources to scan', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('cite public sources, never the private design notes or reference', () => {
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          privateCitation.test(line) || bareSection(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found, `${found.length} private citations:\n${found.join('\n')}`).toEqual([]);
  });
});
