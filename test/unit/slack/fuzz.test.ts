import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLabel, readCommandText } from '../../../adapters/slack/command-text.ts';
import { SlackMembers } from '../../../adapters/slack/members.ts';
import { MAX_MENTIONS, resolveMentions } from '../../../adapters/slack/mentions.ts';
import { SlackMessenger } from '../../../adapters/slack/messenger.ts';
import { readRef } from '../../../adapters/slack/refs.ts';
import { createUploadLedger } from '../../../adapters/slack/upload-ledger.ts';
import { COMMANDS } from '../../../commands/index.ts';
import { parseOptions } from '../../../commands/parse.ts';
import type { CommandDefinition } from '../../../commands/types.ts';
import { ValidationError } from '../../../src/core/errors.ts';
import { systemClock } from '../../../src/core/ports/clock.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { ProviderRegistry } from '../../../src/core/providers.ts';
import { createMemoryKeyValue } from '../../../src/store/memory-key-value.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack/index.ts';
import { prng, randomText } from '../../fuzz/generators.ts';
import { FakeProvider } from '../../helpers/fake-provider.ts';

/**
 * Generated text through the Slack-only steps between a member's words and the core: reading
 * command text (with subcommand groups), resolving mentions, and saying text in a channel.
 * Whatever arrives, the reader answers with a command or a ValidationError (never a crash), and
 * nothing said pings anyone but the members named to notify. FUZZ_SEED replays a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const READS = 4000;
const SAYS = 300;

const providers = new ProviderRegistry([
  new FakeProvider('fake', { id: 'fake-1', label: 'Fake One', durationsS: [4, 8, 12] }),
]);
const grouped = (name: string, options: CommandDefinition['options']): CommandDefinition => ({
  name,
  group: 'contest',
  description: name,
  options,
  schema: COMMANDS[0]!.schema,
  handle: async () => ({ kind: 'text', text: '', private: true }),
});
const commands = [
  ...COMMANDS,
  grouped('start', [
    { name: 'theme', description: 'theme', type: 'string', required: true },
    { name: 'submit', description: 'submit', type: 'string' },
    { name: 'entries', description: 'entries', type: 'integer' },
  ]),
  grouped('status', []),
];
const LEADS = [
  ...commands.map(commandLabel),
  'contest',
  'CONTEST START',
  'theme:"',
  '--duration',
  'settings vote_emoji',
  '',
];

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
  fake.addUser({ id: 'U_ADA', name: 'ada' });
});
afterAll(async () => {
  await fake.close();
});

describe('Slack command text, fuzzed', () => {
  it('reads every generated text into a command or refuses it with a ValidationError', () => {
    const r = prng(SEED);
    const outcomes = { read: 0, refused: 0 };
    for (let i = 0; i < READS; i++) {
      const text = `${r.pick(LEADS)} ${randomText(r, 400)}`;
      try {
        const { command, raw } = readCommandText(text, commands, providers);
        expect(commands, `seed ${SEED} #${i}`).toContain(command);
        parseOptions(command, raw);
        outcomes.read++;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw new Error(`seed ${SEED} #${i}: ${String(error)}`);
        expect(error.message.length).toBeGreaterThan(0);
        outcomes.refused++;
      }
    }
    // Both paths ran many times, so the property was tested on each.
    expect(outcomes.read).toBeGreaterThan(READS / 10);
    expect(outcomes.refused).toBeGreaterThan(READS / 10);
  });

  it('resolves at most MAX_MENTIONS members, and each mention becomes @name', async () => {
    const r = prng(SEED + 1);
    const members = new SlackMembers(
      new webApi.WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } }),
      systemClock,
      silentLogger,
    );
    for (let i = 0; i < 200; i++) {
      const count = r.int(0, MAX_MENTIONS + 3);
      const ids = Array.from({ length: count }, () => r.pick(['U_ADA', `U_X${r.int(0, 40)}`]));
      // Filler without `<`, so the only mentions are the ones placed here.
      const filler = () => randomText(r, 30).replaceAll('<', '');
      const text = ids.map((id) => `${filler()} <@${id}${r.chance(0.5) ? '|someone' : ''}>`).join(' ');
      const distinct = new Set(ids).size;
      if (distinct > MAX_MENTIONS) {
        await expect(resolveMentions(text, members, 'U_BOT')).rejects.toBeInstanceOf(ValidationError);
        continue;
      }
      const resolved = await resolveMentions(text, members, 'U_BOT');
      expect(resolved.mentions.map((m) => m.id).sort()).toEqual([...new Set(ids)].sort());
      expect(resolved.text).not.toMatch(/<@[UW][A-Z0-9_]+(?:\|[^>]*)?>/);
    }
  });
});

describe('say(), fuzzed', () => {
  it('never lets generated text ping: the only live mentions are the notified members, once each', async () => {
    const r = prng(SEED + 2);
    const client = new webApi.WebClient(fake.botToken, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const ledger = createUploadLedger(createMemoryKeyValue());
    const messenger = new SlackMessenger(client, ledger, silentLogger);
    const place = { surface: 'slack', workspaceId: 'T', channelId: 'C_FUZZ' };
    for (let i = 0; i < SAYS; i++) {
      const notify = Array.from({ length: r.int(0, 3) }, () => ({
        id: r.pick(['U_ADA', 'U_BOB', '<!channel>', 'U_ADA|x', 'W0FUZZ']),
        name: randomText(r, 20),
      }));
      const text = randomText(r, 2000) || '.';
      const ref = await messenger.say(place, text, { notify });
      const target = readRef(ref);
      const posted = fake.state.message('C_FUZZ', target?.kind === 'message' ? target.ts : '')!;
      const live = posted.text.match(/<[^>]*>/g) ?? [];
      const expected = [...new Set(notify.map((m) => m.id))]
        .filter((id) => /^[UW][A-Z0-9_]{2,}$/.test(id))
        .map((id) => `<@${id}>`);
      expect(live, `seed ${SEED} #${i}`).toEqual(expected);
    }
  });
});
