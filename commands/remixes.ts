import { z } from 'zod';
import type { Clip } from '../src/core/clip/clip.ts';
import type { Lineage, LineageNode } from '../src/core/clip/lineage.ts';
import { type Message, msg } from '../src/core/i18n/message.ts';
import type { Translate } from '../src/core/i18n/translator.ts';
import { channelT } from './i18n.ts';
import { said } from './parse.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({
  clip: z
    .string({ error: said('reply.clip.missing') })
    .trim()
    .transform((v) => v.replace(/^clip\s+/i, ''))
    .pipe(z.string().regex(/^[a-z0-9]{6,40}$/, said('reply.clip.invalid'))),
});

/** `/sora remixes clip:<id>`: the remix tree of a clip, with counts and votes. */
export const remixes: CommandDefinition<typeof schema> = {
  name: 'remixes',
  description: 'Show the remix tree of a clip',
  options: [{ name: 'clip', description: 'The clip id shown on its card', type: 'string', required: true }],
  schema,
  async handle(input, context) {
    const lineage = await context.services.clips.lineage(input.clip);
    // Public: the channel reads it, in the channel's language.
    return { kind: 'text', text: renderLineage(lineage, channelT(context)), private: false };
  },
};

const PROMPT_CHARS = 60;

/** The clip's prompt, quoted and cut; member text, never translated. */
function quote(clip: Clip): Message | string {
  if (clip.deletedAt) return msg('reply.remixes.deleted');
  const prompt = clip.prompt.replace(/\s+/g, ' ');
  return `“${prompt.length > PROMPT_CHARS ? `${prompt.slice(0, PROMPT_CHARS - 1)}…` : prompt}”`;
}

/** The tree as plain text with box-drawing branches; surfaces escape it like any reply. */
export function renderLineage(lineage: Lineage, t: Translate = channelT({})): string {
  const { tree, ancestors } = lineage;
  const lines: string[] = [];
  const original = ancestors[0];
  if (original) {
    lines.push(
      t('reply.remixes.from', { quote: quote(original), author: original.author.name, id: original.id }),
    );
  }
  const count = tree.descendants;
  lines.push(
    t('reply.remixes.root', {
      quote: quote(tree.clip),
      author: tree.clip.author.name,
      votes: tree.votes,
      count,
    }),
  );
  const walk = (node: LineageNode, indent: string) => {
    node.children.forEach((child, i) => {
      const last = i === node.children.length - 1;
      const branch = t('reply.remixes.child', {
        origin: child.clip.origin,
        author: child.clip.author.name,
        // A re-roll has its parent's prompt: not repeated.
        quoted: child.clip.origin === 'reroll' ? 'no' : 'yes',
        quote: quote(child.clip),
        votes: child.votes,
        below: child.descendants,
        id: child.clip.id,
      });
      lines.push(`${indent}${last ? '└─' : '├─'} ${branch}`);
      walk(child, `${indent}${last ? '   ' : '│  '}`);
    });
  };
  walk(tree, '');
  if (count === 0) lines.push(t('reply.remixes.none'));
  if (lineage.truncated) lines.push(t('reply.remixes.truncated'));
  return lines.join('\n');
}
