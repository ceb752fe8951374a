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
      const ok = specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('node:');
      expect(ok, `${file} imports ${specifier}`).toBe(true);
      if (specifier.startsWith('../')) {
        const resolved = join(file, '..', specifier);
        expect(resolved.startsWith('src/core'), `${file} reaches outside core: ${specifier}`).toBe(true);
      }
    }
  });
});
