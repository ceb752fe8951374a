import { fail } from './http.ts';
import type { FakeMessage } from './records.ts';
import type { Route } from './router.ts';
import { type FakeState, reactionKey } from './state.ts';
import { localizationFormProblems } from './validate-localizations.ts';

const EPHEMERAL = 1 << 6;
/** enforce_nonce looks back "the past few minutes" (API docs, Create Message). */
const NONCE_WINDOW_MS = 5 * 60_000;

/** Bot-token routes: gateway discovery, users, channel messages, reactions, command registration. */
export function channelRoutes(state: FakeState): Route[] {
  const { world } = state;
  const channel = (id: string) => {
    if (!state.channelExists(id)) throw fail.unknownChannel();
    return id;
  };
  /** Ephemeral messages are invisible to channel routes (discord-api-docs#3090). */
  const visible = (id: string, channelId: string): FakeMessage => {
    const message = state.liveMessage(id, channel(channelId));
    if (message.flags & EPHEMERAL) throw fail.unknownMessage();
    return message;
  };

  return [
    {
      method: 'GET',
      path: /^\/gateway\/bot$/,
      handle: () => ({
        status: 200,
        json: {
          url: `${state.baseUrl.replace(/^http/, 'ws')}/gateway`,
          shards: state.recommendedShards,
          // max_concurrency: identifies allowed per 5 s (gateway.mdx); above 1 lets shards start together.
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 14_400_000,
            max_concurrency: state.maxConcurrency,
          },
        },
      }),
    },
    { method: 'GET', path: /^\/users\/@me$/, handle: () => ({ status: 200, json: world.bot }) },
    {
      method: 'GET',
      path: /^\/users\/(\d+)$/,
      handle({ params: [id] }) {
        const user = state.user(id!);
        if (!user) throw fail.notFound();
        return { status: 200, json: user };
      },
    },
    {
      method: 'GET',
      path: /^\/channels\/(\d+)$/,
      handle({ params: [id] }) {
        return { status: 200, json: Object.values(world.channels).find((c) => c.id === channel(id!)) };
      },
    },
    {
      method: 'POST',
      path: /^\/channels\/(\d+)\/messages$/,
      handle({ params: [channelId], body, path }) {
        channel(channelId!);
        const json = body.json ?? {};
        state.checkBody(path, json, body.files, true);
        if (json.enforce_nonce === true && json.nonce !== undefined) {
          const earlier = [...state.messages.values()].find(
            (m) =>
              m.nonce === String(json.nonce) &&
              m.author.id === world.bot.id &&
              Date.now() - m.createdAt < NONCE_WINDOW_MS,
          );
          if (earlier) return { status: 200, json: state.api(earlier) };
        }
        const reference = json.message_reference as
          | { message_id?: string; fail_if_not_exists?: boolean }
          | undefined;
        if (
          reference?.message_id &&
          !state.messages.get(reference.message_id) &&
          reference.fail_if_not_exists !== false
        ) {
          throw fail.invalidForm(['message_reference: Unknown message']);
        }
        const message = state.createMessage({
          channelId: channelId!,
          author: world.bot,
          body: json,
          files: body.files,
        });
        return { status: 200, json: state.api(message) };
      },
    },
    {
      method: 'GET',
      path: /^\/channels\/(\d+)\/messages\/(\d+)$/,
      handle: ({ params: [channelId, id] }) => ({ status: 200, json: state.api(visible(id!, channelId!)) }),
    },
    {
      method: 'PATCH',
      path: /^\/channels\/(\d+)\/messages\/(\d+)$/,
      handle({ params: [channelId, id], body, path }) {
        const message = visible(id!, channelId!);
        if (message.author.id !== world.bot.id) throw fail.notAuthor();
        state.checkBody(path, body.json ?? {}, body.files, false);
        state.editMessage(message, body.json ?? {}, body.files, 'bot');
        return { status: 200, json: state.api(message) };
      },
    },
    {
      method: 'DELETE',
      path: /^\/channels\/(\d+)\/messages\/(\d+)$/,
      handle({ params: [channelId, id] }) {
        const message = visible(id!, channelId!);
        if (message.author.id !== world.bot.id) throw fail.notAuthor();
        message.deleted = true;
        return { status: 204 };
      },
    },
    {
      method: 'PUT',
      path: /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/([^/]+)\/@me$/,
      handle({ params: [channelId, id, emoji] }) {
        state.react(world.bot.id, visible(id!, channelId!).id, emoji!);
        return { status: 204 };
      },
    },
    {
      method: 'DELETE',
      path: /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/([^/]+)\/@me$/,
      handle({ params: [channelId, id, emoji] }) {
        state.unreact(world.bot.id, visible(id!, channelId!).id, emoji!);
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/([^/]+)$/,
      handle({ params: [channelId, id, emoji], query }) {
        const message = visible(id!, channelId!);
        // limit 1-100, default 25 (API docs, Get Reactions); Discord answers 400 outside it.
        const limit = Number(query.get('limit') ?? 25);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw fail.invalidForm(['limit: 1-100']);
        const after = BigInt(query.get('after') ?? '0');
        const users = (message.reactions.get(reactionKey(emoji!)) ?? [])
          .filter((u) => BigInt(u) > after)
          .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))
          .slice(0, limit)
          .flatMap((u) => state.user(u) ?? []);
        return { status: 200, json: users };
      },
    },
    {
      method: 'PUT',
      path: /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/,
      handle({ params: [appId, guildId], body }) {
        if (appId !== world.applicationId) throw fail.notFound();
        const commands = (body.json as unknown as Record<string, unknown>[]) ?? [];
        const problems = commandProblems(commands);
        if (problems.length) throw fail.invalidForm(problems);
        // A translation outside Discord's rules fails the whole overwrite, with each field's path.
        const localization = localizationFormProblems(commands as never).map(({ path, code, message }) => ({
          path,
          code,
          message,
        }));
        if (localization.length) throw fail.invalidForm(localization);
        const saved = commands.map((c) => ({
          ...c,
          id: state.ids.next(),
          application_id: appId,
          version: state.ids.next(),
        }));
        state.registeredCommands.set(guildId ?? 'global', saved);
        return { status: 200, json: saved };
      },
    },
  ];
}

/** Application-command limits (API docs, application-commands.mdx). */
function commandProblems(commands: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const check = (option: Record<string, unknown>, where: string) => {
    const name = String(option.name ?? '');
    if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(name) || name !== name.toLowerCase())
      problems.push(`${where}: bad name`);
    const description = String(option.description ?? '');
    if (description.length < 1 || description.length > 100) problems.push(`${where}: description 1-100`);
    const choices = (option.choices ?? []) as { name: string; value: unknown }[];
    if (choices.length > 25) problems.push(`${where}: over 25 choices`);
    for (const c of choices) {
      if (c.name.length < 1 || c.name.length > 100 || String(c.value).length > 100)
        problems.push(`${where}: bad choice`);
    }
    if (typeof option.max_length === 'number' && (option.max_length < 1 || option.max_length > 6000)) {
      problems.push(`${where}: max_length 1-6000`);
    }
    const options = (option.options ?? []) as Record<string, unknown>[];
    if (options.length > 25) problems.push(`${where}: over 25 options`);
    let optionalSeen = false;
    for (const o of options) {
      if (o.type !== 1 && o.type !== 2) {
        if (o.required) {
          if (optionalSeen) problems.push(`${where}.${String(o.name)}: required after optional`);
        } else optionalSeen = true;
      }
      check(o, `${where}.${String(o.name)}`);
    }
  };
  for (const command of commands) check(command, String(command.name));
  return problems;
}
