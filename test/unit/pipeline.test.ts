import { describe, expect, it } from 'vitest';
import { cancelClip, rerollClip } from '../../commands/actions.ts';
import { generate } from '../../commands/generate.ts';
import { type CommandHooks, type Queued, runCommand, type TextReply } from '../../commands/pipeline.ts';
import { remixes } from '../../commands/remixes.ts';
import { settings } from '../../commands/settings.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import { usage } from '../../commands/usage.ts';
import type { Actor, MessageRef } from '../../src/core/clip/clip.ts';
import { ErrorCode, type ReelbotError } from '../../src/core/errors.ts';
import type { Place } from '../../src/core/place.ts';
import type { SafetyDefaults } from '../../src/core/workspace/settings.ts';
import { contextOf, servicesOf } from '../helpers/command-context.ts';
import { setup } from '../helpers/core-harness.ts';

const place: Place = { surface: 'test', workspaceId: 'w', channelId: 'c' };
const ada: Actor = { id: 'ada', name: 'Ada' };
const cy: Actor = { id: 'cy', name: 'Cy', admin: true };

/** A surface that records what the pipeline asked of it, in order. */
function recordingHooks(card?: { ref: MessageRef; place?: Place }) {
  const calls: string[] = [];
  const said = { private: [] as string[], public: [] as TextReply[], refused: [] as ReelbotError[] };
  const queued: Queued[] = [];
  const hooks: CommandHooks = {
    async answerPrivately(text) {
      calls.push('answerPrivately');
      said.private.push(text);
    },
    async answerPublicly(reply) {
      calls.push('answerPublicly');
      said.public.push(reply);
    },
    async queued(outcome) {
      calls.push('queued');
      queued.push(outcome);
    },
    async dropCard() {
      calls.push('dropCard');
    },
    ...(card
      ? {
          async openCard() {
            calls.push('openCard');
            return card;
          },
        }
      : {}),
  };
  return { hooks, calls, said, queued };
}

function rig(defaults: Partial<SafetyDefaults> = {}) {
  const t = setup();
  const services = servicesOf(t, defaults);
  const run = (
    definition: CommandDefinition,
    raw: Record<string, string | number>,
    actor: Actor,
    hooks: CommandHooks,
    extra: { requestKey?: string } = {},
  ) => runCommand(definition, raw, { ...contextOf(services, actor, place), ...extra }, hooks);
  return { t, services, run };
}

const cardRef = (id: string): MessageRef => ({ surface: 'test', id, key: `test:${id}` });

describe('the command pipeline', () => {
  it('answers a parse error privately with the schema’s sentence, opening nothing and taking no token', async () => {
    const { t, run } = rig({ ratePerMinute: 1 });
    const surface = recordingHooks({ ref: cardRef('m1') });
    await run(generate, { duration: 4 }, ada, surface.hooks);
    expect(surface.calls).toEqual(['answerPrivately']);
    expect(surface.said.private).toEqual(['Describe the video you want: add a prompt.']);
    expect(t.queue.jobs).toEqual([]);
    // The member's one token a minute is still there.
    const next = recordingHooks();
    await run(usage, {}, ada, next.hooks);
    expect(next.said.private[0]).toMatch(/^You, today:/);
  });

  it('refuses at the rate gate before the card opens or anything is stored', async () => {
    const { t, services, run } = rig({ ratePerMinute: 1 });
    await services.workspace.limitRate(ada, place);
    const surface = recordingHooks({ ref: cardRef('m1') });
    await run(generate, { prompt: 'a paper boat', duration: 4 }, ada, surface.hooks);
    expect(surface.calls).toEqual(['answerPrivately']);
    expect(surface.said.private[0]).toMatch(
      /^That is more than 1 commands and buttons a minute, the most one member can send here\. Wait \d+ s and try again\.$/,
    );
    expect(t.queue.jobs).toEqual([]);
    expect(await t.store.messages.clipFor('test:m1')).toBeUndefined();
  });

  it('gives buttons the same rate gate as commands', async () => {
    const { t, services, run } = rig({ ratePerMinute: 1 });
    const clip = await t.request();
    await services.workspace.limitRate({ id: 'u1', name: 'Ada' }, place);
    const surface = recordingHooks();
    await run(cancelClip, { clip: clip.id }, { id: 'u1', name: 'Ada' }, surface.hooks);
    expect(surface.said.private[0]).toMatch(/^That is more than 1 commands and buttons a minute/);
    expect((await t.store.clips.get(clip.id))!.state).toBe('queued');
  });

  it('refuses at the admin gate with the command’s sentence, changing nothing', async () => {
    const { t, run } = rig();
    const surface = recordingHooks();
    const refusals: ReelbotError[] = [];
    await run(settings, { setting: 'daily_budget', value: '1' }, ada, {
      ...surface.hooks,
      async refuse(error) {
        refusals.push(error);
      },
    });
    expect(refusals.map((e) => [e.code, e.userMessage])).toEqual([
      [
        ErrorCode.Forbidden,
        'Only admins can see or change the bot’s settings here, so nothing was changed. Ask an admin (Manage Server on Discord, a workspace admin or owner on Slack).',
      ],
    ]);
    expect(surface.calls).toEqual([]);
    expect(await t.store.settings.get('test:w')).toEqual({});
    const admin = recordingHooks();
    await run(settings, { setting: 'daily_budget', value: '1' }, cy, admin.hooks);
    expect(admin.said.private[0]).toContain('daily_budget is now $1.00');
  });

  it('opens a clip command’s card before it runs, queues on it and draws the first card there', async () => {
    const { t, run } = rig();
    const thread: Place = { ...place, threadId: 't1' };
    const surface = recordingHooks({ ref: cardRef('m1'), place: thread });
    await run(generate, { prompt: 'a paper boat', duration: 4 }, ada, surface.hooks, { requestKey: 'k1' });
    expect(surface.calls).toEqual(['openCard', 'queued']);
    const [outcome] = surface.queued;
    expect(outcome!.repeat).toBe(false);
    expect(outcome!.clip).toMatchObject({ card: { id: 'm1' }, place: thread, state: 'queued' });
    expect(outcome!.first?.card).toMatchObject({ state: 'queued', clipId: outcome!.clip.id });
    expect(t.messenger.edits.map((e) => e.ref.id)).toEqual(['m1']);
    expect((await t.services().service.clipForMessage('test:m1'))?.id).toBe(outcome!.clip.id);
    expect(t.queue.jobs).toEqual([outcome!.clip.id]);

    // The same request again (a retried delivery): the first clip, no second card drawn.
    const again = recordingHooks({ ref: cardRef('m2') });
    await run(generate, { prompt: 'a paper boat', duration: 4 }, ada, again.hooks, { requestKey: 'k1' });
    expect(again.queued.map((q) => [q.clip.id, q.repeat])).toEqual([[outcome!.clip.id, true]]);
    expect(t.messenger.edits.map((e) => e.ref.id)).toEqual(['m1']);
    expect(t.queue.jobs).toHaveLength(1);
  });

  it('checks before opening the card where the surface asks, and after opening it elsewhere', async () => {
    const { t, run } = rig();
    // No contest runs here: the entry is refused by check and by handle alike.
    const raw = { prompt: 'a paper boat', duration: 4, contest: 'yes' };
    const first = recordingHooks({ ref: cardRef('m1') });
    await run(generate, raw, ada, { ...first.hooks, checkFirst: true });
    expect(first.calls).toEqual(['answerPrivately']);
    const after = recordingHooks({ ref: cardRef('m2') });
    await run(generate, raw, ada, after.hooks);
    expect(after.calls).toEqual(['openCard', 'dropCard', 'answerPrivately']);
    expect(after.said.private).toEqual(first.said.private);
    expect(first.said.private[0]).toContain('no contest');
    expect(t.queue.jobs).toEqual([]);
  });

  it('takes the card back when the command is refused after it opened', async () => {
    const { t, run } = rig();
    const surface = recordingHooks({ ref: cardRef('m1') });
    await run(rerollClip, { clip: 'cmissing1' }, ada, surface.hooks);
    expect(surface.calls).toEqual(['openCard', 'dropCard', 'answerPrivately']);
    expect(surface.said.private).toEqual(['That clip no longer exists.']);
    expect(t.queue.jobs).toEqual([]);
  });

  it('answers private replies privately and public ones publicly', async () => {
    const { t, run } = rig();
    const clip = await t.request();
    const privately = recordingHooks();
    await run(usage, {}, ada, privately.hooks);
    expect(privately.calls).toEqual(['answerPrivately']);
    const publicly = recordingHooks();
    await run(remixes, { clip: clip.id }, ada, publicly.hooks);
    expect(publicly.calls).toEqual(['answerPublicly']);
    expect(publicly.said.public[0]).toMatchObject({ kind: 'text', private: false });
    expect(publicly.said.public[0]!.text).toContain('“a paper boat in the rain” by Ada');
  });
});
