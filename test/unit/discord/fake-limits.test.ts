import { DiscordAPIError, REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formErrors } from '../../fakes/discord/form-errors.ts';
import { FakeDiscord } from '../../fakes/discord/index.ts';
import { DISCORD_LIMITS as L } from '../../fakes/discord/limits.ts';
import { messageProblems } from '../../fakes/discord/validate.ts';
import { modalProblems } from '../../fakes/discord/validate-modal.ts';

/**
 * The fake Discord's limit checks: a body at each documented limit passes, one character (or
 * item) more is refused at the field Discord would name; and through discord.js's REST client
 * the refusal arrives as Discord sends it: 400, `{ code: 50035, message: "Invalid Form Body",
 * errors: { …: { _errors: [{ code, message }] } } }`.
 */
type Json = Record<string, unknown>;
const s = (n: number) => 'x'.repeat(n);
/** n code points, 2n UTF-16 units: the fake must count as Discord does. */
const emoji = (n: number) => '😀'.repeat(n);
const button = (i: number, patch: Json = {}) => ({
  type: 2,
  style: 1,
  custom_id: `b${i}`,
  label: 'Go',
  ...patch,
});
const row = (buttons: Json[]) => ({ type: 1, components: buttons });
const embed = (patch: Json) => ({ title: 't', ...patch });
const pathsOf = (problems: { path: (string | number)[] }[]) => problems.map((p) => p.path.join('.'));

/** [what, body at the limit, the limit, the field refused one over]. */
const MESSAGE_CASES: [string, (n: number) => Json, number, string][] = [
  ['content', (n) => ({ content: s(n) }), L.content.max, 'content'],
  ['content in emoji', (n) => ({ content: emoji(n) }), L.content.max, 'content'],
  ['nonce', (n) => ({ nonce: s(n) }), L.nonce.max, 'nonce'],
  [
    'embeds per message',
    (n) => ({ embeds: Array.from({ length: n }, () => embed({})) }),
    L.embeds.max,
    'embeds',
  ],
  ['embed title', (n) => ({ embeds: [embed({ title: s(n) })] }), L.embedTitle.max, 'embeds.0.title'],
  [
    'embed description',
    (n) => ({ embeds: [embed({ description: emoji(n) })] }),
    L.embedDescription.max,
    'embeds.0.description',
  ],
  [
    'embed fields',
    (n) => ({ embeds: [embed({ fields: Array.from({ length: n }, () => ({ name: 'n', value: 'v' })) })] }),
    L.embedFields.max,
    'embeds.0.fields',
  ],
  [
    'field name',
    (n) => ({ embeds: [embed({ fields: [{ name: s(n), value: 'v' }] })] }),
    L.fieldName.max,
    'embeds.0.fields.0.name',
  ],
  [
    'field value',
    (n) => ({ embeds: [embed({ fields: [{ name: 'n', value: s(n) }] })] }),
    L.fieldValue.max,
    'embeds.0.fields.0.value',
  ],
  [
    'footer text',
    (n) => ({ embeds: [embed({ footer: { text: s(n) } })] }),
    L.footerText.max,
    'embeds.0.footer.text',
  ],
  [
    'author name',
    (n) => ({ embeds: [embed({ author: { name: s(n) } })] }),
    L.authorName.max,
    'embeds.0.author.name',
  ],
  [
    'all embeds together',
    (n) => ({ embeds: [{ description: s(3000) }, { description: s(n - 3000) }] }),
    L.embedTotal.max,
    'embeds',
  ],
  [
    'allowed_mentions.users',
    (n) => ({ allowed_mentions: { parse: [], users: Array.from({ length: n }, (_, i) => `${i}`) } }),
    L.mentionIds.max,
    'allowed_mentions.users',
  ],
  [
    'attachments',
    (n) => ({ attachments: Array.from({ length: n }, (_, i) => ({ id: i })) }),
    L.files.max,
    'attachments',
  ],
  [
    'attachment description',
    (n) => ({ attachments: [{ id: 0, description: s(n) }] }),
    L.attachmentDescription.max,
    'attachments.0.description',
  ],
  [
    'action rows',
    (n) => ({ components: Array.from({ length: n }, (_, i) => row([button(i)])) }),
    L.topLevelComponents.max,
    'components',
  ],
  [
    'buttons in a row',
    (n) => ({ components: [row(Array.from({ length: n }, (_, i) => button(i)))] }),
    L.rowButtons.max,
    'components.0.components',
  ],
  [
    'custom_id',
    (n) => ({ components: [row([button(0, { custom_id: s(n) })])] }),
    L.customId.max,
    'components.0.components.0.custom_id',
  ],
  [
    'button label',
    (n) => ({ components: [row([button(0, { label: emoji(n) })])] }),
    L.buttonLabel.max,
    'components.0.components.0.label',
  ],
  [
    'link button url',
    (n) => ({
      components: [row([{ type: 2, style: 5, label: 'Open', url: `https://e.test/${s(n - 15)}` }])],
    }),
    L.buttonUrl.max,
    'components.0.components.0.url',
  ],
];

describe('the fake Discord refuses message bodies over Discord’s limits', () => {
  it.each(MESSAGE_CASES)('%s', (_what, body, max, field) => {
    expect(messageProblems(body(max))).toEqual([]);
    expect(pathsOf(messageProblems(body(max + 1)))).toContain(field);
  });

  it('refuses what the components reference and Create Message forbid', () => {
    const refused = (body: Json) => pathsOf(messageProblems(body));
    expect(refused({ components: [row([button(0), button(0)])] })).toEqual([
      'components.0.components.1.custom_id',
    ]);
    expect(refused({ components: [row([button(0, { url: 'https://e.test' })])] })).toEqual([
      'components.0.components.0.url',
    ]);
    expect(
      refused({
        components: [row([{ type: 2, style: 5, label: 'x', url: 'https://e.test', custom_id: 'c' }])],
      }),
    ).toEqual(['components.0.components.0.custom_id']);
    expect(refused({ components: [row([{ type: 2, style: 1, custom_id: 'c' }])] })).toEqual([
      'components.0.components.0',
    ]);
    expect(refused({ components: [row([])] })).toEqual(['components.0.components']);
    expect(refused({ components: [button(0)] })).toEqual(['components.0.type']);
    expect(refused({ components: [{ type: 17, components: [] }], flags: 1 << 15 })).toEqual(['flags']);
    expect(refused({ enforce_nonce: true })).toEqual(['nonce']);
    expect(refused({ allowed_mentions: { parse: ['users'], users: ['1'] } })).toEqual(['allowed_mentions']);
    expect(refused({ embeds: [{ fields: [{ name: ' ', value: 'v' }] }] })).toEqual([
      'embeds.0.fields.0.name',
    ]);
  });

  it('nests problems the way Discord reports them', () => {
    expect(
      formErrors(messageProblems({ content: s(2001), embeds: [embed({ description: s(4097) })] })),
    ).toEqual({
      content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] },
      embeds: {
        0: {
          description: {
            _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 4096 or fewer in length.' }],
          },
        },
      },
    });
  });
});

const textInput = (patch: Json = {}) => ({ type: 4, custom_id: 'prompt', style: 2, ...patch });
const modal = (patch: Json = {}, input: Json = {}, label: Json = {}) => ({
  custom_id: 'remix:r1',
  title: 'Remix',
  components: [{ type: 18, label: 'Prompt', component: textInput(input), ...label }],
  ...patch,
});

const MODAL_CASES: [string, (n: number) => Json, number, string][] = [
  ['title', (n) => modal({ title: emoji(n) }), L.modalTitle.max, 'data.title'],
  ['custom_id', (n) => modal({ custom_id: s(n) }), L.customId.max, 'data.custom_id'],
  [
    'components',
    (n) =>
      modal({
        components: Array.from({ length: n }, (_, i) => ({
          type: 18,
          label: 'L',
          component: textInput({ custom_id: `i${i}` }),
        })),
      }),
    L.modalComponents.max,
    'data.components',
  ],
  ['label', (n) => modal({}, {}, { label: s(n) }), L.labelText.max, 'data.components.0.label'],
  [
    'label description',
    (n) => modal({}, {}, { description: s(n) }),
    L.labelDescription.max,
    'data.components.0.description',
  ],
  [
    'text input value',
    (n) => modal({}, { value: emoji(n) }),
    L.textInputLength.max,
    'data.components.0.component.value',
  ],
  [
    'text input max_length',
    (n) => modal({}, { max_length: n }),
    L.textInputLength.max,
    'data.components.0.component.max_length',
  ],
  [
    'value past its own max_length',
    (n) => modal({}, { max_length: 10, value: s(n - L.textInputLength.max + 10) }),
    L.textInputLength.max,
    'data.components.0.component.value',
  ],
  [
    'placeholder',
    (n) => modal({}, { placeholder: s(n) }),
    L.textInputPlaceholder.max,
    'data.components.0.component.placeholder',
  ],
  [
    'legacy row label',
    (n) => modal({ components: [{ type: 1, components: [textInput({ label: s(n) })] }] }),
    L.labelText.max,
    'data.components.0.components.0.label',
  ],
];

describe('the fake Discord refuses modals over Discord’s limits', () => {
  it.each(MODAL_CASES)('%s', (_what, data, max, field) => {
    expect(modalProblems(data(max), ['data'])).toEqual([]);
    expect(pathsOf(modalProblems(data(max + 1), ['data']))).toContain(field);
  });

  it('wants a title and 1-5 components, with text inputs it can check', () => {
    expect(pathsOf(modalProblems(modal({ title: '' })))).toEqual(['title']);
    expect(pathsOf(modalProblems(modal({ components: [] })))).toEqual(['components']);
    expect(pathsOf(modalProblems(modal({}, { type: 3 })))).toEqual(['components.0.component.type']);
  });
});

describe('through discord.js', () => {
  let fake: FakeDiscord;
  let rest: REST;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    rest = new REST({ version: '10', api: fake.url, retries: 0 }).setToken(fake.token);
  });
  afterAll(async () => {
    await fake.close();
  });

  it('a 2001-character message gets 400 with Discord’s 50035 body, and nothing is posted', async () => {
    const channel = fake.world.channels.general.id;
    await rest.post(Routes.channelMessages(channel), { body: { content: s(2000) } });
    const before = fake.state.messages.size;
    const error = await rest
      .post(Routes.channelMessages(channel), {
        body: { content: s(2001), embeds: [embed({ description: s(4097) })] },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    const refused = error as DiscordAPIError;
    expect(refused.status).toBe(400);
    expect(refused.code).toBe(50035);
    expect(refused.rawError).toEqual({
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] },
        embeds: {
          0: {
            description: {
              _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 4096 or fewer in length.' }],
            },
          },
        },
      },
    });
    // discord.js reads the nested errors into its message, field by field.
    expect(refused.message).toContain('content[BASE_TYPE_MAX_LENGTH]: Must be 2000 or fewer in length.');
    expect(refused.message).toContain('embeds[0].description[BASE_TYPE_MAX_LENGTH]');
    expect(fake.state.messages.size).toBe(before);
  });
});
