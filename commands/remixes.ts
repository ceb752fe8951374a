import { z } from 'zod';
import type { Clip } from '../src/core/clip/clip.ts';
import type { Lineage, LineageNode } from '../src/core/clip/lineage.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({
  clip: z
    .string({ error: 'Name the clip: its id is on its card (for example c1a2b3c4d5).' })
    .trim()
    .transform((v) => v.replace(/^clip\s+/i, ''))
    .pipe(z.string().regex(/^[a-z0-9]{6,40}$/, 'A clip id is letters and digits, as shown on its card.')),
});

/** `/sora remixes clip:<id>`: the remix tree of a clip, with counts and votes. */
export const remixes: CommandDefinition<typeof schema> = {
  name: 'remixes',
  description: 'Show the remix tree of a clip',
  options: [{ name: 'clip', description: 'The clip id shown on its card', type: 'string', required: true }],
  schema,
  async handle(input, { services }) {
    return { kind: 'text', text: renderLineage(await services.clips.lineage(input.clip)), private: false };
  },
};

const VERB: Record<Clip['origin'], string> = { new: 'new', remix: 'remix', reroll: 're-roll', edit: 'edit' };
const PROMPT_CHARS = 60;

function quote(clip: Clip): string {
  if (clip.deletedAt) return '(deleted clip)';
  const prompt = clip.prompt.replace(/\s+/g, ' ');
  return `“${prompt.length > PROMPT_CHARS ? `${prompt.slice(0, PROMPT_CHARS - 1)}…` : prompt}”`;
}

const votes = (n: number) => `${n} ${n === 1 ? 'vote' : 'votes'}`;

/** The tree as plain text with box-drawing branches; surfaces escape it like any reply. */
export function renderLineage(lineage: Lineage): string {
  const { tree, ancestors } = lineage;
  const lines: string[] = [];
  const original = ancestors[0];
  if (original) {
    lines.push(`From ${quote(original)} by ${original.author.name} (clip ${original.id}).`);
  }
  const count = tree.descendants;
  lines.push(
    `${quote(tree.clip)} by ${tree.clip.author.name} · ${votes(tree.votes)} · ${count} made from it`,
  );
  const walk = (node: LineageNode, indent: string) => {
    node.children.forEach((child, i) => {
      const last = i === node.children.length - 1;
      const what = `${VERB[child.clip.origin]} by ${child.clip.author.name}`;
      const text = child.clip.origin === 'reroll' ? '' : `: ${quote(child.clip)}`;
      const below = child.descendants > 0 ? ` · ${child.descendants} below` : '';
      lines.push(
        `${indent}${last ? '└─' : '├─'} ${what}${text} · ${votes(child.votes)}${below} (clip ${child.clip.id})`,
      );
      walk(child, `${indent}${last ? '   ' : '│  '}`);
    });
  };
  walk(tree, '');
  if (count === 0) lines.push('Nobody has remixed it yet: press Remix on its card to be the first.');
  if (lineage.truncated) lines.push('… and more: the tree is cut here.');
  return lines.join('\n');
}
