import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Core depends on nothing outside it. Adapters and providers import core, never the reverse. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The one exception: the i18n library (a formatter, not an SDK) is imported by one core file, so
 * swapping it touches one file.
 */
const LIBRARY_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  [join('src/core/i18n/icu.ts')]: [
    'intl-messageformat',
    '@formatjs/icu-messageformat-parser',
    '@formatjs/icu-messageformat-parser/printer.js',
  ],
};

describe('src/core', () => {
  const files = sources('src/core');

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s imports only core files and node built-ins', (file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
      (m) => m[1]!,
    );
    for (const specifier of specifiers) {
      if (LIBRARY_IMPORTS[file]?.includes(specifier)) continue;
      const ok = specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('node:');
      expect(ok, `${file} imports ${specifier}`).toBe(true);
      if (specifier.startsWith('../')) {
        const resolved = join(file, '..', specifier);
        expect(resolved.startsWith('src/core'), `${file} reaches outside core: ${specifier}`).toBe(true);
      }
    }
  });
});
