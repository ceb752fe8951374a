import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BLOCK_KIT_LIMITS as L,
  messageBlockProblems,
  slackMessageOf,
  viewProblems,
} from '../../fakes/slack/block-kit.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack/index.ts';

/**
 * The fake Slack's Block Kit checks: a payload at each documented limit passes, one character
 * (or item) more is refused with the pointer Slack would name; and through the real WebClient,
 * chat.postMessage answers invalid_blocks and views.open invalid_arguments, as Slack does.
 */
type Json = Record<string, unknown>;
const s = (n: number) => 'x'.repeat(n);
/** n code points that are 2n UTF-16 units: the fake must count code points. */
const emoji = (n: number) => '😀'.repeat(n);
const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const button = (patch: Json = {}) => ({
  type: 'button',
  text: plain('Go'),
  action_id: 'go',
  value: 'v',
  ...patch,
});
const confirm = (patch: Json = {}) => ({
  title: plain('Sure?'),
  text: plain('Really.'),
  confirm: plain('Yes'),
  deny: plain('No'),
  ...patch,
});
const input = (element: Json = {}) => ({
  type: 'input',
  label: plain('Prompt'),
  element: { type: 'plain_text_input', action_id: 'p', ...element },
});
const modal = (patch: Json = {}) => ({
  type: 'modal',
  title: plain('Remix'),
  submit: plain('Make'),
  blocks: [input()],
  ...patch,
});

/** [what, blocks at the limit, blocks one over, the pointer Slack names]. */
const MESSAGE_CASES: [string, (n: number) => unknown[], number, string][] = [
  [
    'blocks per message',
    (n) => Array.from({ length: n }, () => ({ type: 'divider' })),
    L.messageBlocks.max,
    '/blocks',
  ],
  [
    'section text',
    (n) => [{ type: 'section', text: mrkdwn(s(n)) }],
    L.sectionText.max,
    '/blocks/0/text/text',
  ],
  [
    'section text in emoji',
    (n) => [{ type: 'section', text: mrkdwn(emoji(n)) }],
    L.sectionText.max,
    '/blocks/0/text/text',
  ],
  [
    'section fields',
    (n) => [{ type: 'section', fields: Array.from({ length: n }, () => mrkdwn('f')) }],
    L.sectionFields.max,
    '/blocks/0/fields',
  ],
  [
    'a section field',
    (n) => [{ type: 'section', fields: [mrkdwn(s(n))] }],
    L.sectionField.max,
    '/blocks/0/fields/0/text',
  ],
  ['block_id', (n) => [{ type: 'divider', block_id: s(n) }], L.blockId.max, '/blocks/0/block_id'],
  [
    'context elements',
    (n) => [{ type: 'context', elements: Array.from({ length: n }, () => mrkdwn('c')) }],
    L.contextElements.max,
    '/blocks/0/elements',
  ],
  [
    'a context text',
    (n) => [{ type: 'context', elements: [mrkdwn(s(n))] }],
    L.textObject.max,
    '/blocks/0/elements/0/text',
  ],
  [
    'actions elements',
    (n) => [
      { type: 'actions', elements: Array.from({ length: n }, (_, i) => button({ action_id: `a${i}` })) },
    ],
    L.actionsElements.max,
    '/blocks/0/elements',
  ],
  ['header text', (n) => [{ type: 'header', text: plain(s(n)) }], L.headerText.max, '/blocks/0/text/text'],
  [
    'image alt_text',
    (n) => [{ type: 'image', image_url: 'https://e.test/a.png', alt_text: s(n) }],
    L.imageAltText.max,
    '/blocks/0/alt_text',
  ],
  [
    'image_url',
    (n) => [{ type: 'image', image_url: `https://e.test/${s(n - 15)}`, alt_text: 'a' }],
    L.imageUrl.max,
    '/blocks/0/image_url',
  ],
  [
    'button text',
    (n) => [{ type: 'actions', elements: [button({ text: plain(s(n)) })] }],
    L.buttonText.max,
    '/blocks/0/elements/0/text/text',
  ],
  [
    'button action_id',
    (n) => [{ type: 'actions', elements: [button({ action_id: s(n) })] }],
    L.actionId.max,
    '/blocks/0/elements/0/action_id',
  ],
  [
    'button value',
    (n) => [{ type: 'actions', elements: [button({ value: s(n) })] }],
    L.buttonValue.max,
    '/blocks/0/elements/0/value',
  ],
  [
    'button url',
    (n) => [{ type: 'actions', elements: [button({ url: `https://e.test/${s(n - 15)}` })] }],
    L.buttonUrl.max,
    '/blocks/0/elements/0/url',
  ],
  [
    'button accessibility_label',
    (n) => [{ type: 'actions', elements: [button({ accessibility_label: s(n) })] }],
    L.accessibilityLabel.max,
    '/blocks/0/elements/0/accessibility_label',
  ],
  [
    'confirm title',
    (n) => [{ type: 'actions', elements: [button({ confirm: confirm({ title: plain(s(n)) }) })] }],
    L.confirmTitle.max,
    '/blocks/0/elements/0/confirm/title/text',
  ],
  [
    'confirm text',
    (n) => [{ type: 'actions', elements: [button({ confirm: confirm({ text: plain(s(n)) }) })] }],
    L.confirmText.max,
    '/blocks/0/elements/0/confirm/text/text',
  ],
  [
    'confirm button',
    (n) => [{ type: 'actions', elements: [button({ confirm: confirm({ deny: plain(s(n)) }) })] }],
    L.confirmButton.max,
    '/blocks/0/elements/0/confirm/deny/text',
  ],
  [
    'a section accessory image alt_text',
    (n) => [
      {
        type: 'section',
        text: mrkdwn('t'),
        accessory: { type: 'image', slack_file: { id: 'F1' }, alt_text: s(n) },
      },
    ],
    L.imageAltText.max,
    '/blocks/0/accessory/alt_text',
  ],
];

describe('the fake Slack refuses blocks over Block Kit’s limits', () => {
  it.each(MESSAGE_CASES)('%s', (_what, blocks, max, pointer) => {
    expect(messageBlockProblems(blocks(max))).toEqual([]);
    const problems = messageBlockProblems(blocks(max + 1));
    expect(problems.map((p) => p.pointer)).toContain(pointer);
  });

  it('refuses empty text, a section with neither text nor fields, and kinds it cannot check', () => {
    expect(messageBlockProblems([{ type: 'section', text: mrkdwn('') }])[0]?.pointer).toBe(
      '/blocks/0/text/text',
    );
    expect(messageBlockProblems([{ type: 'section' }])[0]?.pointer).toBe('/blocks/0');
    expect(messageBlockProblems([{ type: 'context', elements: [] }])[0]?.pointer).toBe('/blocks/0/elements');
    expect(messageBlockProblems([{ type: 'rich_text', elements: [] }])[0]?.pointer).toBe('/blocks/0/type');
    expect(messageBlockProblems([{ type: 'section', text: { ...mrkdwn('a'), emoji: true } }])).not.toEqual(
      [],
    );
    expect(messageBlockProblems([{ type: 'header', text: mrkdwn('a') }])).not.toEqual([]);
    expect(messageBlockProblems([{ type: 'actions', elements: [button({ style: 'blue' })] }])).not.toEqual(
      [],
    );
  });

  it('words a problem as Slack does in response_metadata', () => {
    const [problem] = messageBlockProblems([{ type: 'section', text: mrkdwn(s(3001)) }]);
    expect(slackMessageOf(problem!)).toBe(
      '[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]',
    );
  });
});

/** [what, view at the limit, one over, pointer]. */
const VIEW_CASES: [string, (n: number) => Json, number, string][] = [
  ['modal title', (n) => modal({ title: plain(s(n)) }), L.modalTitle.max, '/view/title/text'],
  ['modal title in emoji', (n) => modal({ title: plain(emoji(n)) }), L.modalTitle.max, '/view/title/text'],
  ['submit', (n) => modal({ submit: plain(s(n)) }), L.modalButton.max, '/view/submit/text'],
  ['close', (n) => modal({ close: plain(s(n)) }), L.modalButton.max, '/view/close/text'],
  [
    'blocks per modal',
    (n) => modal({ blocks: Array.from({ length: n }, () => ({ type: 'divider' })) }),
    L.modalBlocks.max,
    '/view/blocks',
  ],
  [
    'private_metadata',
    (n) => modal({ private_metadata: s(n) }),
    L.privateMetadata.max,
    '/view/private_metadata',
  ],
  ['callback_id', (n) => modal({ callback_id: s(n) }), L.callbackId.max, '/view/callback_id'],
  [
    'input label',
    (n) => modal({ blocks: [{ ...input(), label: plain(s(n)) }] }),
    L.inputLabel.max,
    '/view/blocks/0/label/text',
  ],
  [
    'input hint',
    (n) => modal({ blocks: [{ ...input(), hint: plain(s(n)) }] }),
    L.inputHint.max,
    '/view/blocks/0/hint/text',
  ],
  [
    'text input max_length',
    (n) => modal({ blocks: [input({ max_length: n })] }),
    L.textInputLength.max,
    '/view/blocks/0/element/max_length',
  ],
  [
    'text input initial_value',
    (n) => modal({ blocks: [input({ initial_value: s(n) })] }),
    L.textInputLength.max,
    '/view/blocks/0/element/initial_value',
  ],
  [
    'initial_value past its own max_length',
    (n) =>
      modal({ blocks: [input({ max_length: 100, initial_value: emoji(n - L.textInputLength.max + 100) })] }),
    L.textInputLength.max,
    '/view/blocks/0/element/initial_value',
  ],
  [
    'placeholder',
    (n) => modal({ blocks: [input({ placeholder: plain(s(n)) })] }),
    L.textInputPlaceholder.max,
    '/view/blocks/0/element/placeholder/text',
  ],
];

describe('the fake Slack refuses views over the modal limits', () => {
  it.each(VIEW_CASES)('%s', (_what, view, max, pointer) => {
    expect(viewProblems(view(max))).toEqual([]);
    expect(viewProblems(view(max + 1)).map((p) => p.pointer)).toContain(pointer);
  });

  it('wants a title, and a submit button when the modal has inputs', () => {
    expect(viewProblems(modal({ title: undefined })).map((p) => p.pointer)).toContain('/view/title');
    expect(viewProblems(modal({ submit: undefined })).map((p) => p.pointer)).toContain('/view/submit');
  });
});

describe('through the real WebClient', () => {
  let fake: FakeSlack;
  let client: webApi.WebClient;
  beforeAll(async () => {
    fake = await startFakeSlack();
    client = new webApi.WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('chat.postMessage with a section over 3000 characters gets invalid_blocks and posts nothing', async () => {
    const ok = await client.chat.postMessage({
      channel: 'C1',
      text: 'fits',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: s(3000) } }],
    });
    expect(ok.ok).toBe(true);
    const refused = await client.chat
      .postMessage({
        channel: 'C1',
        text: 'too long',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `${s(2999)}&amp;` } }],
      })
      .catch((error: { code: string; data: Json }) => error);
    expect(refused).toMatchObject({
      code: 'slack_webapi_platform_error',
      data: {
        ok: false,
        error: 'invalid_blocks',
        response_metadata: {
          messages: ['[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]'],
        },
      },
    });
    expect(fake.state.messages.filter((m) => m.text === 'too long')).toEqual([]);
  });

  it('chat.update is held to the same rules', async () => {
    const { ts } = await client.chat.postMessage({ channel: 'C1', text: 'card' });
    const refused = await client.chat
      .update({
        channel: 'C1',
        ts: ts!,
        text: 'x',
        blocks: [{ type: 'header', text: { type: 'plain_text', text: s(151) } }],
      })
      .catch((error: { data: Json }) => error.data);
    expect(refused).toMatchObject({ error: 'invalid_blocks' });
  });

  it('views.open with a 25-character title gets invalid_arguments', async () => {
    fake.state.triggers.set('trigger-1', Date.now());
    const refused = await client.views
      .open({ trigger_id: 'trigger-1', view: modal({ title: plain(s(25)) }) as never })
      .catch((error: { data: Json }) => error.data);
    expect(refused).toMatchObject({
      ok: false,
      error: 'invalid_arguments',
      response_metadata: {
        messages: ['[ERROR] must be less than 25 characters [json-pointer:/view/title/text]'],
      },
    });
    expect(fake.state.views).toEqual([]);
  });
});
