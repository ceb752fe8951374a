import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import type { RawOptions } from '../../commands/parse.ts';
import { executeCommand } from '../../commands/pipeline.ts';
import type { CommandContext } from '../../commands/types.ts';
import type { Actor, Member } from '../../src/core/clip/clip.ts';
import { ErrorCode, type ReelbotError } from '../../src/core/errors.ts';
import type { Services } from '../../src/core/services.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { castSetup } from '../helpers/cast-harness.ts';
import { ffmpegPicture } from '../helpers/pictures.ts';

/**
 * The `/sora cast …` commands, declared once for every surface, run through the command pipeline
 * (its gates included) against the real service; the rate gate has its own tests.
 */

function runner(h: ReturnType<typeof castSetup>) {
  const workspace = { limitRate: async () => {}, languages: async () => ({ member: 'en', channel: 'en' }) };
  const services = { cast: h.cast, clips: h.clips, workspace } as unknown as Services;
  return async (sub: string, raw: Record<string, unknown>, actor: Actor, mentions?: Member[]) => {
    const command = findCommand(sub, 'cast')!;
    expect(command).toBeDefined();
    const context: CommandContext = {
      services,
      actor,
      place: h.place,
      commandName: 'sora',
      ...(mentions ? { mentions } : {}),
    };
    const { reply } = await executeCommand(command, raw as RawOptions, context);
    if (reply.kind !== 'text') throw new Error('expected text');
    expect(reply.private).toBe(true);
    return reply.text;
  };
}

describe('/sora cast', () => {
  it('declares seven subcommands in the cast group, add taking an image', () => {
    for (const sub of ['add', 'allow', 'approve', 'unapprove', 'remove', 'list', 'purge']) {
      expect(findCommand(sub, 'cast'), sub).toBeDefined();
    }
    expect(findCommand('add', 'cast')!.options.find((o) => o.name === 'image')?.type).toBe('image');
  });

  it('add, approve, list, remove: each answers what changed', async () => {
    const h = castSetup(createMemoryStore());
    const run = runner(h);
    expect(await run('add', { image: ffmpegPicture('mjpeg', 64, 64), name: 'Ada' }, h.ada)).toMatch(
      /1 of 3 pictures.*@ada.*only you may use/,
    );
    expect(await run('approve', { member: '<@U-bob>' }, h.ada, [h.bob])).toMatch(/Bob may use your likeness/);
    await h.ask(h.bob, '@ada at the fair');
    expect(await run('list', {}, h.ada)).toMatch(/Clips with your likeness[\s\S]*by Bob \(queued\)/);
    expect(await run('remove', {}, h.ada)).toMatch(/1 clip still on its way was cancelled and refunded/);
    expect(await run('list', {}, h.ada)).toMatch(/no pictures here[\s\S]*\(cancelled\)/);
  });

  it('refuses a file given as a link, and an approve with no member mentioned', async () => {
    const h = castSetup(createMemoryStore());
    const run = runner(h);
    expect(() => findCommand('add', 'cast')!.schema.parse({ image: 'https://example.com/me.png' })).toThrow(
      /Attach a picture of yourself/,
    );
    await run('add', { image: ffmpegPicture('mjpeg', 64, 64) }, h.ada);
    const error = (await run('approve', { member: 'bob' }, h.ada).catch((e: unknown) => e)) as ReelbotError;
    expect(error.code).toBe(ErrorCode.InvalidInput);
    expect(error.userMessage).toContain('/sora cast approve member:@Bob');
  });

  it('purge is refused to members and done for admins', async () => {
    const h = castSetup(createMemoryStore());
    const run = runner(h);
    await run('add', { image: ffmpegPicture('mjpeg', 64, 64) }, h.ada);
    const error = (await run('purge', {}, h.bob, [h.ada]).catch((e: unknown) => e)) as ReelbotError;
    expect(error.code).toBe(ErrorCode.Forbidden);
    expect(await run('purge', {}, h.admin, [h.ada])).toMatch(/Ada’s pictures are deleted/);
  });
});
