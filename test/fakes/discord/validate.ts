import { badLength, type FormProblem, problem, required, tooLong } from './form-errors.ts';
import { IS_COMPONENTS_V2, DISCORD_LIMITS as L, length } from './limits.ts';

type Json = Record<string, unknown>;
type Path = (string | number)[];

/**
 * What Discord refuses in a message body (create, edit, webhook, interaction reply), by the
 * documented limits in limits.ts: each problem names its field, so the fake answers 400 / 50035
 * with Discord's nested `errors` (form-errors.ts). A bot that sends an over-long prompt finds out
 * in a test, not in production. Component types the fake does not model are refused as well: a
 * fake that cannot check them must not call them good.
 */
export function messageProblems(body: Json, at: Path = []): FormProblem[] {
  const problems: FormProblem[] = [];
  const max = (value: unknown, path: Path, limit: number) => {
    if (typeof value === 'string' && length(value) > limit) problems.push(tooLong([...at, ...path], limit));
  };
  max(body.content, ['content'], L.content.max);
  if (body.nonce !== undefined) max(String(body.nonce), ['nonce'], L.nonce.max);
  if (body.enforce_nonce === true && body.nonce === undefined) problems.push(required([...at, 'nonce']));

  // Allowed Mentions Object: at most 100 ids each, and `users`/`roles` may not be combined with
  // the same kind in `parse` ("mutually exclusive").
  const allowed = body.allowed_mentions as
    | { parse?: string[]; users?: string[]; roles?: string[] }
    | undefined;
  for (const kind of ['users', 'roles'] as const) {
    const ids = allowed?.[kind];
    if ((ids?.length ?? 0) > L.mentionIds.max)
      problems.push(tooLong([...at, 'allowed_mentions', kind], L.mentionIds.max));
    if (ids && allowed?.parse?.includes(kind))
      problems.push(
        problem(
          [...at, 'allowed_mentions'],
          'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
          `parse:["${kind}"] and ${kind}: [ids] are mutually exclusive.`,
        ),
      );
  }

  problems.push(...embedProblems((body.embeds ?? []) as Json[], at));

  const attachments = (body.attachments ?? []) as Json[];
  if (attachments.length > L.files.max) problems.push(tooLong([...at, 'attachments'], L.files.max));
  for (const [i, a] of attachments.entries())
    max(a.description, ['attachments', i, 'description'], L.attachmentDescription.max);

  const flags = Number(body.flags ?? 0);
  if (flags & IS_COMPONENTS_V2) {
    problems.push(problem([...at, 'flags'], 'FAKE_NOT_MODELLED', 'The fake does not check components v2.'));
  } else {
    problems.push(...componentProblems((body.components ?? []) as Json[], at));
  }
  return problems;
}

/** Embed Limits: each field's own cap, and 6000 characters across all embeds of the message. */
function embedProblems(embeds: Json[], at: Path): FormProblem[] {
  const problems: FormProblem[] = [];
  if (embeds.length > L.embeds.max) problems.push(tooLong([...at, 'embeds'], L.embeds.max));
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const limit = (path: Path, value: unknown, max: number) => {
      const n = typeof value === 'string' ? length(value) : 0;
      total += n;
      if (n > max) problems.push(tooLong([...at, 'embeds', i, ...path], max));
    };
    limit(['title'], embed.title, L.embedTitle.max);
    limit(['description'], embed.description, L.embedDescription.max);
    limit(['footer', 'text'], (embed.footer as Json | undefined)?.text, L.footerText.max);
    limit(['author', 'name'], (embed.author as Json | undefined)?.name, L.authorName.max);
    const fields = (embed.fields ?? []) as Json[];
    if (fields.length > L.embedFields.max)
      problems.push(tooLong([...at, 'embeds', i, 'fields'], L.embedFields.max));
    for (const [j, field] of fields.entries()) {
      for (const key of ['name', 'value'] as const) {
        if (typeof field[key] !== 'string' || !field[key].trim())
          problems.push(required([...at, 'embeds', i, 'fields', j, key]));
      }
      limit(['fields', j, 'name'], field.name, L.fieldName.max);
      limit(['fields', j, 'value'], field.value, L.fieldValue.max);
    }
  }
  if (total > L.embedTotal.max)
    problems.push(
      problem(
        [...at, 'embeds'],
        'MAX_EMBED_SIZE_EXCEEDED',
        `Embed size exceeds maximum size of ${L.embedTotal.max}`,
      ),
    );
  return problems;
}

/**
 * Components of a message without IS_COMPONENTS_V2: at most 5 action rows of 1-5 buttons, each
 * button either interactive (custom_id, unique in the message, no url) or a link (url, no
 * custom_id), with a label or an emoji (components reference, Button).
 */
function componentProblems(rows: Json[], at: Path): FormProblem[] {
  const problems: FormProblem[] = [];
  if (rows.length > L.topLevelComponents.max)
    problems.push(tooLong([...at, 'components'], L.topLevelComponents.max));
  const ids = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const path: Path = [...at, 'components', i];
    if (row.type !== 1) {
      problems.push(
        problem([...path, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).'),
      );
      continue;
    }
    const buttons = (row.components ?? []) as Json[];
    if (buttons.length < L.rowButtons.min || buttons.length > L.rowButtons.max)
      problems.push(badLength([...path, 'components'], L.rowButtons.min, L.rowButtons.max));
    for (const [j, button] of buttons.entries()) {
      const where: Path = [...path, 'components', j];
      if (button.type !== 2) {
        problems.push(
          problem([...where, 'type'], 'FAKE_NOT_MODELLED', 'The fake only checks buttons in rows.'),
        );
        continue;
      }
      problems.push(...buttonProblems(button, where, ids));
    }
  }
  return problems;
}

function buttonProblems(button: Json, at: Path, ids: Set<string>): FormProblem[] {
  const problems: FormProblem[] = [];
  const style = Number(button.style);
  if (![1, 2, 3, 4, 5].includes(style))
    problems.push(problem([...at, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5}.'));
  if (style === 5) {
    if (typeof button.url !== 'string') problems.push(required([...at, 'url']));
    else if (length(button.url) > L.buttonUrl.max) problems.push(tooLong([...at, 'url'], L.buttonUrl.max));
    if (button.custom_id !== undefined)
      problems.push(
        problem(
          [...at, 'custom_id'],
          'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED',
          'A link button cannot have a custom_id.',
        ),
      );
  } else {
    if (button.url !== undefined)
      problems.push(
        problem([...at, 'url'], 'BUTTON_COMPONENT_URL_NOT_ALLOWED', 'Only link buttons can have a url.'),
      );
    problems.push(...customIdProblems(button.custom_id, [...at, 'custom_id'], ids));
  }
  if (button.label === undefined && button.emoji === undefined)
    problems.push(
      problem(at, 'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED', 'A button needs a label or an emoji.'),
    );
  if (typeof button.label === 'string' && length(button.label) > L.buttonLabel.max)
    problems.push(tooLong([...at, 'label'], L.buttonLabel.max));
  return problems;
}

/** custom_id: 1-100 characters, unique within its message or modal. */
export function customIdProblems(value: unknown, at: Path, ids: Set<string>): FormProblem[] {
  if (typeof value !== 'string') return [required(at)];
  const problems: FormProblem[] = [];
  if (length(value) < L.customId.min || length(value) > L.customId.max)
    problems.push(badLength(at, L.customId.min, L.customId.max));
  if (ids.has(value))
    problems.push(problem(at, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated'));
  ids.add(value);
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
