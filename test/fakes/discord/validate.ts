/**
 * The limits Discord enforces on a message body (API docs: message resource "Embed Limits",
 * Create Message params, components reference). The fake answers 400 / 50035 where Discord would,
 * so a bot that sends an over-long prompt finds out in a test, not in production.
 */
export function messageProblems(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof body.content === 'string' && body.content.length > 2000) problems.push('content: over 2000');
  if (body.nonce !== undefined && String(body.nonce).length > 25) problems.push('nonce: over 25');

  const allowed = body.allowed_mentions as { parse?: string[]; users?: string[] } | undefined;
  // Allowed Mentions Object (API docs): at most 100 users, and `users` may not be combined with
  // `parse: ["users"]` (400, "mutually exclusive").
  if ((allowed?.users?.length ?? 0) > 100) problems.push('allowed_mentions.users: over 100');
  if (allowed?.users && allowed.parse?.includes('users'))
    problems.push('allowed_mentions: parse users and users are mutually exclusive');

  const embeds = (body.embeds ?? []) as Record<string, unknown>[];
  if (embeds.length > 10) problems.push('embeds: over 10');
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const limit = (name: string, value: unknown, max: number) => {
      total += text(value).trim().length;
      if (text(value).trim().length > max) problems.push(`embeds[${i}].${name}: over ${max}`);
    };
    limit('title', embed.title, 256);
    limit('description', embed.description, 4096);
    limit('footer.text', (embed.footer as { text?: string } | undefined)?.text, 2048);
    limit('author.name', (embed.author as { name?: string } | undefined)?.name, 256);
    const fields = (embed.fields ?? []) as { name?: string; value?: string }[];
    if (fields.length > 25) problems.push(`embeds[${i}].fields: over 25`);
    for (const [j, field] of fields.entries()) {
      if (!text(field.name).trim() || !text(field.value).trim())
        problems.push(`embeds[${i}].fields[${j}]: empty`);
      limit(`fields[${j}].name`, field.name, 256);
      limit(`fields[${j}].value`, field.value, 1024);
    }
  }
  if (total > 6000) problems.push('embeds: over 6000 characters in all');

  const rows = (body.components ?? []) as { type?: number; components?: Record<string, unknown>[] }[];
  if (rows.length > 5) problems.push('components: over 5 rows');
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.type !== 1 || !row.components?.length || row.components.length > 5)
      problems.push('components: bad row');
    for (const button of row.components ?? []) {
      const id = String(button.custom_id ?? '');
      if (id.length < 1 || id.length > 100) problems.push(`custom_id ${id}: 1-100 characters`);
      if (ids.has(id)) problems.push(`custom_id ${id}: not unique`);
      ids.add(id);
      if (typeof button.label === 'string' && button.label.length > 80)
        problems.push('button label: over 80');
    }
  }
  return problems;
}

/**
 * The users a message body would notify, as Discord decides: a `<@id>` (or `<@!id>`) in the content
 * not escaped by a backslash, allowed by `allowed_mentions` (absent: every mention pings); each
 * user once. @everyone/@here and roles are reported as `everyone` / `role:<id>` when allowed.
 */
export function pingsOf(body: Record<string, unknown>): string[] {
  const content = typeof body.content === 'string' ? body.content : '';
  const allowed = body.allowed_mentions as
    | { parse?: string[]; users?: string[]; roles?: string[] }
    | undefined;
  const parse = allowed ? (allowed.parse ?? []) : ['users', 'roles', 'everyone'];
  const pings = new Set<string>();
  for (const match of content.matchAll(/(?<!\\)<@(!|&)?(\d+)>/g)) {
    const id = match[2]!;
    if (match[1] === '&') {
      if (parse.includes('roles') || allowed?.roles?.includes(id)) pings.add(`role:${id}`);
    } else if (parse.includes('users') || allowed?.users?.includes(id)) pings.add(id);
  }
  if (parse.includes('everyone') && /@(everyone|here)/.test(content)) pings.add('everyone');
  return [...pings];
}

/** Modal limits: title 45, custom_id 100, text input value 4000 (components reference). */
export function modalProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (text(data.title).length < 1 || text(data.title).length > 45) problems.push('title: 1-45 characters');
  const id = String(data.custom_id ?? '');
  if (id.length < 1 || id.length > 100) problems.push('custom_id: 1-100 characters');
  const components = (data.components ?? []) as Record<string, unknown>[];
  if (components.length < 1 || components.length > 5) problems.push('components: 1-5');
  for (const input of textInputsOf(components)) {
    if (typeof input.value === 'string' && input.value.length > 4000)
      problems.push('text input value: over 4000');
    if (typeof input.label === 'string' && input.label.length > 45) problems.push('label: over 45');
  }
  return problems;
}

/** The text inputs of a modal, in Label (type 18) or legacy action-row form. */
export function textInputsOf(components: Record<string, unknown>[]): Record<string, unknown>[] {
  return components.flatMap((c) => {
    if (c.type === 18) return [c.component as Record<string, unknown>];
    return ((c.components ?? []) as Record<string, unknown>[]).filter((x) => x.type === 4);
  });
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
