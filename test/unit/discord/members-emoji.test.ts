import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memberOfUser, mentionedMembers, sinceOf } from '../../../adapters/discord/members.ts';
import { announcementMessage } from '../../../adapters/discord/render.ts';
import { buildSlashCommands } from '../../../adapters/discord/slash-command.ts';
import { discordEmoji, sameEmoji } from '../../../adapters/discord/vote-emoji.ts';
import type { CommandDefinition } from '../../../commands/types.ts';
import type { ProviderRegistry } from '../../../src/core/providers.ts';

describe('vote emoji as Discord names them', () => {
  it('keeps unicode emoji, translates common names, reads custom emoji in every written form', () => {
    expect(discordEmoji('🔥')).toBe('🔥');
    expect(discordEmoji(' thumbsup ')).toBe('👍');
    expect(discordEmoji(':fire:')).toBe('🔥');
    expect(discordEmoji('+1')).toBe('👍');
    expect(discordEmoji('reelvote:123456789012345678')).toBe('reelvote:123456789012345678');
    expect(discordEmoji('<:reelvote:123456789012345678>')).toBe('reelvote:123456789012345678');
    expect(discordEmoji('<a:dance:123456789012345678>')).toBe('dance:123456789012345678');
  });

  it('gives up on a name Discord would not know, instead of a 10014 on every clip', () => {
    expect(discordEmoji('partyparrot')).toBeUndefined();
    expect(discordEmoji('')).toBeUndefined();
  });

  it('compares emoji as events carry them: variation selector ignored, custom emoji by id', () => {
    expect(sameEmoji('❤️', '❤')).toBe(true);
    expect(sameEmoji('🔥', '👍')).toBe(false);
    expect(sameEmoji('old:123456789012345678', 'renamed:123456789012345678')).toBe(true);
    expect(sameEmoji('vote:123456789012345678', 'vote:223456789012345678')).toBe(false);
    expect(sameEmoji('vote:123456789012345678', 'vote')).toBe(false);
  });
});

describe('members from Discord users', () => {
  const id = '1574938617690849291';

  it('dates an account from its snowflake', () => {
    expect(sinceOf(id)).toBe(Number((BigInt(id) >> 22n) + 1_420_070_400_000n));
    expect(sinceOf('U123')).toBeUndefined();
  });

  it('prefers the nickname, then the global name, then the username; flags bots', () => {
    const user = { id, username: 'ada', global_name: 'Ada L', discriminator: '0', avatar: null };
    expect(memberOfUser(user)).toEqual({ id, name: 'Ada L', since: sinceOf(id) });
    expect(memberOfUser(user, 'Countess').name).toBe('Countess');
    expect(memberOfUser({ ...user, global_name: null, bot: true })).toMatchObject({ name: 'ada', bot: true });
  });

  it('finds each <@id> and <@!id> once, named where Discord resolved them, by id otherwise', () => {
    const other = '1574938617690849292';
    const users = new Map([[id, { id, username: 'ada', globalName: 'Ada', bot: false }]]);
    const text = `<@${id}> and <@!${id}> meet <@${other}>, not <@&${other}> or <#${other}>`;
    const members = mentionedMembers(text, { users: users as never });
    expect(members.map((m) => [m.id, m.name])).toEqual([
      [id, 'Ada'],
      [other, other],
    ]);
  });
});

describe('announcements', () => {
  it('leads with one mention per notify id and allows exactly those; text stays escaped', () => {
    const a = '1574938617690849291';
    const body = announcementMessage('<@1574938617690849299> wins **big** @here', [a, a, 'U_not_discord']);
    expect(body.allowed_mentions).toEqual({ parse: [], users: [a] });
    expect(body.content).toBe(`<@${a}>\n\\<@1574938617690849299> wins \\*\\*big\\*\\* @\u200bhere`);
  });
});

describe('slash command groups within Discord limits', () => {
  const command = (group: string | undefined, name: string): CommandDefinition => ({
    name,
    ...(group ? { group } : {}),
    description: `${name} things`,
    options: [],
    schema: z.object({}),
    handle: async () => ({ kind: 'text', text: '', private: true }),
  });

  it('nests grouped commands where the group first appears and warns past 25 in a group', () => {
    const many = Array.from({ length: 27 }, (_, i) => command('big', `sub${i}`));
    const { body, warnings } = buildSlashCommands(
      'sora',
      [command(undefined, 'first'), ...many, command(undefined, 'last')],
      // No option here has choices, so no provider is asked.
      {} as ProviderRegistry,
    );
    const options = (body[0] as { options: { name: string; type: number; options?: unknown[] }[] }).options;
    expect(options.map((o) => [o.name, o.type])).toEqual([
      ['first', 1],
      ['big', 2],
      ['last', 1],
    ]);
    expect(options[1]!.options).toHaveLength(25);
    expect(warnings).toEqual([
      'big sub25: a group holds at most 25 subcommands; left out',
      'big sub26: a group holds at most 25 subcommands; left out',
    ]);
  });
});
