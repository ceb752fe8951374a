import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Every .ts file under `dir`, as a path relative to the project root. */
export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * What a file imports: static imports and re-exports (`import type` included, since a type-only
 * circle still ties two modules' designs together) and dynamic `import('…')`.
 */
export function specifiersOf(file: string): string[] {
  return specifiersIn(readFileSync(file, 'utf8'));
}

/** What a source text imports, as `specifiersOf` reads a file (for checks fed a fixture). */
export function specifiersIn(text: string): string[] {
  const found = [
    ...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|[\s;])import\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1]!);
}

/** The project files a file imports (relative specifiers resolved; packages and node: left out). */
export function localImportsOf(file: string): string[] {
  return specifiersOf(file)
    .filter((s) => s.startsWith('./') || s.startsWith('../'))
    .map((s) => normalize(join(dirname(file), s)))
    .filter((path) => existsSync(path));
}

/**
 * The import circles among `files`: each strongly connected component of more than one file
 * (or a file importing itself), as one circle through it, so a failure names the path to break.
 */
export function importCycles(files: readonly string[]): string[][] {
  const inSet = new Set(files);
  const edges = new Map(files.map((f) => [f, localImportsOf(f).filter((to) => inSet.has(to))]));
  // Tarjan's strongly connected components, iterative enough for a few hundred files.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return components.map((component) => circleThrough(component, edges));
}

/** One circle inside a strongly connected component, starting and ending at its first file. */
function circleThrough(component: string[], edges: Map<string, string[]>): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of edges.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return component;
}
