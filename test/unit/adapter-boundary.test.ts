import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sources, specifiersIn } from '../helpers/import-graph.ts';

/**
 * Issue 13: adapters get what they need (services, the shared card presenter, the key-value port,
 * a logger…; adapters/types.ts), never the store or the whole App. These checks take a file's
 * path and text, so the fixture below shows them failing on a deliberate violation.
 */
const FORBIDDEN = ['src/store/', 'src/core/ports/store.ts', 'src/app.ts'];
const STORE_REACH =
  /\b(?:app|deps|this\.#app|this\.#deps|context)\.store\b|\bstore\.(?:clips|messages|votes|thumbnails|claims|contests)\b/;

/** The imports of `file` that land in the store, its port or the App. */
function forbiddenImports(file: string, text: string): string[] {
  return specifiersIn(text)
    .filter((s) => s.startsWith('./') || s.startsWith('../'))
    .filter((s) => {
      const target = normalize(join(dirname(file), s));
      return FORBIDDEN.some((f) => (f.endsWith('/') ? target.startsWith(f) : target === f));
    })
    .map((s) => `${file} imports ${s}`);
}

/** Each line of the text that reaches the store, as `file:line: code`. */
function storeReaches(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (STORE_REACH.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

const violations = (file: string, text: string) => [
  ...forbiddenImports(file, text),
  ...storeReaches(file, text),
];

describe('the adapter boundary checks', () => {
  it('catch an adapter importing the store or the App, or reaching the store', () => {
    const fixture = [
      "import type { App } from '../../src/app.ts';",
      "import { createRedisStore } from '../../src/store/redis-store.ts';",
      "import type { Store } from '../../src/core/ports/store.ts';",
      "import type { KeyValue } from '../../src/core/ports/key-value.ts';",
      'const clip = await deps.app.store.clips.get(id);',
      'const jpeg = await this.#app.store.thumbnails.get(id);',
      'const seen = await context.store.keyValue.claim(key, 1000);',
      'const votes = await services.clips.voteCount(id);',
    ].join('\n');
    expect(violations('adapters/slack/reaches-store.ts', fixture)).toEqual([
      'adapters/slack/reaches-store.ts imports ../../src/app.ts',
      'adapters/slack/reaches-store.ts imports ../../src/store/redis-store.ts',
      'adapters/slack/reaches-store.ts imports ../../src/core/ports/store.ts',
      'adapters/slack/reaches-store.ts:5: const clip = await deps.app.store.clips.get(id);',
      'adapters/slack/reaches-store.ts:6: const jpeg = await this.#app.store.thumbnails.get(id);',
      'adapters/slack/reaches-store.ts:7: const seen = await context.store.keyValue.claim(key, 1000);',
    ]);
  });

  it('pass an adapter that goes through services and ports', () => {
    const clean = [
      "import type { KeyValue } from '../../src/core/ports/key-value.ts';",
      "import type { AdapterContext } from '../types.ts';",
      'const clip = await context.services.clips.find(id);',
      'const first = await context.keyValue.claim(eventKey, 60_000);',
    ].join('\n');
    expect(violations('adapters/slack/clean.ts', clean)).toEqual([]);
  });
});

describe('adapters/', () => {
  const files = sources('adapters');

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s imports neither the store nor the App, and reaches no store', (file) => {
    expect(violations(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
