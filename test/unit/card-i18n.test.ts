import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { cardMessage, videoMessage } from '../../adapters/discord/render.ts';
import { renderCard, renderUploadComment } from '../../adapters/slack/render.ts';
import { StudioRenderer } from '../../adapters/studio/render.ts';
import { type ClipCard, cardFor, costText, likenessLine, stateLabel } from '../../src/core/card/card.ts';
import { storyText } from '../../src/core/card/story-card.ts';
import type { StoryCardPart } from '../../src/core/card/story-rows.ts';
import type { Clip, ClipState } from '../../src/core/clip/clip.ts';
import { CATALOGS, MESSAGE_KEYS } from '../../src/core/i18n/catalogs.ts';
import { LOCALES } from '../../src/core/i18n/locales.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { english } from '../../src/core/i18n/translator.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import { secretRedactor } from '../../src/core/redaction.ts';
import { pacedNotice, sameNotice, unpacedNotice } from '../../src/core/render/key-pacing.ts';
import { FakeProvider } from '../helpers/fake-provider.ts';

/**
 * Cards are drawn in the channel's language, stamped on the clip when it was asked for
 * (`clip.locale`); a clip without one (older records) is drawn in English exactly as before.
 */
const STATES: ClipState[] = [
  'queued',
  'submitted',
  'rendering',
  'fetching',
  'delivering',
  'posted',
  'failed',
  'cancelled',
];

/** Member and provider words without a Latin letter, so any Latin word left on a card is ours. */
const clipOf = (patch: Partial<Clip> = {}): Clip => ({
  id: '4242',
  prompt: '赤い凧が川の上を飛ぶ',
  options: { model: '映像一号', durationS: 8, size: '1280×720', style: '水彩' },
  author: { id: '7', name: 'あやこ' },
  place: { surface: 'test', workspaceId: '1', channelId: '2' },
  origin: 'new',
  state: 'rendering',
  provider: 'openai',
  progress: 40,
  estimatedCostUsd: 0.8,
  statusCalls: 1,
  retries: 0,
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

const story: StoryCardPart = {
  mode: 'cut',
  transition: 'fade',
  rows: [
    { number: 1, text: '朝', state: 'done', progress: 100, clipId: '1', reused: true },
    { number: 2, text: '昼', state: 'rendering', progress: 50, clipId: '2' },
    { number: 3, text: '夜', state: 'queued', progress: 0 },
  ],
  etaS: 75,
  totalEstimatedUsd: 2.4,
};

/** A card in each state with everything a card can show: place, ETA, cast, credit, notice, failure, story. */
function cardsOf(patch: Partial<Clip>): ClipCard[] {
  return STATES.flatMap((state) => {
    const clip = clipOf({
      state,
      contestId: '99',
      cast: [
        { id: '8', name: 'ひろし' },
        { id: '9', name: 'さくら' },
      ],
      notice: msg('card.notice.pair', {
        first: msg('card.notice.waitingSlot', { provider: 'ふぁる' }),
        second: msg('card.notice.standInAdjusted', {
          model: '映像二号',
          from: '映像一号',
          changes: msg('card.notice.changed.duration', { to: 5, from: 4 }),
        }),
      }),
      ...(state === 'failed' || state === 'cancelled'
        ? { failure: { code: 'RENDER_FAILED' as const, message: 'It failed.', text: msg('card.notMade') } }
        : {}),
      ...patch,
    });
    const parent = clipOf({ id: '41', author: { id: '6', name: 'けん' } });
    const base = { queuePosition: 2, etaS: 95, refundedUsd: 0.8, editable: true } as const;
    return [
      cardFor({ ...clip, origin: 'remix', parentId: '41' }, { ...base, parent }),
      cardFor({ ...clip, storyId: '4242' }, { ...base, story }),
    ];
  });
}

/** Every text a member reads on each surface (not ids, styles or action ids). */
function shownTexts(card: ClipCard): string[] {
  const discord = cardMessage(card);
  const embed = discord.embeds[0] as APIEmbed;
  const video = videoMessage(card);
  const buttons = [...discord.components, ...video.components].flatMap((row) =>
    row.components.map((b) => b.label ?? ''),
  );
  const slack = renderCard(card);
  const slackTexts: string[] = [slack.text, renderUploadComment(card)];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if ((object.type === 'mrkdwn' || object.type === 'plain_text') && typeof object.text === 'string')
        slackTexts.push(object.text);
      else Object.values(object).forEach(collect);
    }
  };
  collect(slack.blocks);
  const studio = new StudioRenderer(new ProviderRegistry([new FakeProvider()])).card(card);
  return [
    embed.title ?? '',
    embed.description ?? '',
    embed.footer?.text ?? '',
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    video.content,
    ...buttons,
    ...slackTexts,
    studio.label,
    studio.summary,
    studio.altText,
    card.likeness ?? '',
    card.notice ?? '',
    card.failure?.message ?? '',
  ];
}

/** A run of Latin letters long enough to be a word (Slack's :emoji: codes are markup, not words). */
const latinWords = (text: string) => text.replace(/:[a-z_]+:/g, '').match(/[A-Za-z]{3,}/g) ?? [];

describe('a card in the channel’s language', () => {
  it.each(['ja', 'en-XA'] as const)(
    'for a clip asked in a %s channel has no English word on any surface, in any state',
    (locale) => {
      const cards = cardsOf({ locale });
      expect(cards).toHaveLength(STATES.length * 2);
      for (const card of cards) {
        expect(card.locale).toBe(locale);
        const english = shownTexts(card).flatMap(latinWords);
        expect(english, `${card.state}${card.story ? ' story' : ''}`).toEqual([]);
      }
    },
  );

  it('for a clip asked in a Japanese channel reads as Japanese', () => {
    const [rendering] = cardsOf({ locale: 'ja' }).filter((c) => c.state === 'rendering');
    const embed = cardMessage(rendering!).embeds[0]!;
    expect(embed.title).toBe('🎬 レンダリング中');
    expect(embed.fields?.map((f) => f.name)).toContain('リクエスト');
    expect(rendering!.likeness).toBe('ひろしさん、さくらさんの肖像を使用');
    expect(rendering!.notice).toBe(
      'ふぁるのレンダリング枠が空くのを待っています。映像一号が利用できなかったため、映像二号で作成しました（4秒ではなく5秒）。コンテスト参加作品です（コンテスト 99）。',
    );
  });

  it('for a clip with no language (asked before languages) is English, as cards always were', () => {
    const cards = cardsOf({});
    for (const card of cards) expect(card.locale).toBe('en');
    const rendering = cards.find((c) => c.state === 'rendering' && !c.story)!;
    const embed = cardMessage(rendering).embeds[0]!;
    expect(embed.title).toBe('🎬 Rendering');
    expect(embed.fields?.map((f) => f.name)).toEqual([
      'Requested by',
      'Model',
      'Clip',
      'Remix of',
      'Cast',
      'Progress',
      'Ready in',
      'Estimated cost',
      'Note',
    ]);
    expect(embed.fields?.find((f) => f.name === 'Remix of')?.value).toBe('けん’s clip');
    expect(embed.fields?.find((f) => f.name === 'Ready in')?.value).toBe('about 2 min');
    expect(embed.fields?.find((f) => f.name === 'Estimated cost')?.value).toBe('$0.80');
    expect(rendering.likeness).toBe('with ひろし’s and さくら’s likenesses');
    expect(rendering.notice).toBe(
      'Waiting for a free render slot at ふぁる. Made with 映像二号: 映像一号 was unavailable (5 s instead of 4 s). Contest entry (contest 99).',
    );
    const failed = cards.find((c) => c.state === 'failed' && !c.story)!;
    expect(failed.failure?.message).toBe('the video could not be made.');
    expect(costText(failed)).toBe('refunded $0.80');
    const buttons = cardMessage(cards.find((c) => c.state === 'posted' && !c.story)!).components.flatMap(
      (row) => row.components.map((b) => b.label),
    );
    expect(buttons).toEqual(['Remix', 'Edit', 'Re-roll', 'Delete', 'Extend']);
  });

  it('draws money, counts and lists the way each language writes them', () => {
    const card = cardFor(clipOf({ locale: 'de', estimatedCostUsd: 1234.5 }));
    // Intl puts a no-break space between the amount and the sign where the language has one.
    expect(costText(card)).toBe('ca. 1.234,50\u00a0$');
    expect(costText({ ...card, locale: 'en' })).toBe('est. $1,234.50');
    expect(costText({ ...card, locale: 'pt-BR' })).toBe('aprox. US$\u00a01.234,50');
    expect(stateLabel({ ...card, state: 'queued', queuePosition: 3 })).toBe('In der Warteschlange (Platz 3)');
    expect(likenessLine(['Ada', 'Bob', 'Cy'], 'es')).toBe('con las apariencias de Ada, Bob y Cy');
    expect(likenessLine(['Ada'], 'fr')).toBe('avec l’apparence de Ada');
    expect(storyText(story, undefined, 'en')).toBe(
      [
        'Shot 1: 朝 (done, kept from the first cut)',
        'Shot 2: 昼 (▰▰▰▰▰▱▱▱▱▱ 50%)',
        'Shot 3: 夜 (queued)',
        '3 shots, cut · about 75 s left · est. $2.40 for the whole story',
      ].join('\n'),
    );
    expect(storyText(story, undefined, 'es').split('\n').at(-1)).toBe(
      '3 tomas, por separado · quedan unos 75 s · aprox. 2,40\u00a0US$ por toda la historia',
    );
  });

  it('redacts the outside words in a failure or notice and never the catalog’s own', () => {
    const secret = 'sk-proj-CONFIGURED0123456789abcdef';
    const redact = secretRedactor([secret]);
    const card = cardFor(
      clipOf({
        locale: 'fr',
        state: 'failed',
        failure: {
          code: 'RENDER_FAILED',
          message: `failed: ${secret}`,
          text: msg('card.notice.standIn', { model: `key ${secret}`, from: 'A' }),
        },
        notice: `old notice ${secret}`,
      }),
      { redact },
    );
    expect(card.failure?.message).toBe('Réalisé avec key [redacted] : A n’était pas disponible.');
    expect(card.notice).toBe('old notice [redacted]');
    expect(JSON.stringify(card)).not.toContain(secret);
  });
});

describe('a clip’s notice as a message', () => {
  it('puts the waiting sentence in front once and takes it off again, also on old string records', () => {
    const stoodIn = msg('card.notice.standIn', { model: 'B', from: 'A' });
    const paced = pacedNotice({ notice: stoodIn }, 'fal');
    expect(english(paced)).toBe('Waiting for a free render slot at fal. Made with B: A was unavailable.');
    expect(sameNotice(pacedNotice({ notice: paced }, 'fal'), paced)).toBe(true);
    expect(unpacedNotice(paced)).toEqual(stoodIn);
    expect(unpacedNotice(pacedNotice({}, 'fal'))).toBeUndefined();
    // A record from before languages keeps its English sentence.
    expect(unpacedNotice('Waiting for a free render slot at fal. Made with B.')).toBe('Made with B.');
    expect(unpacedNotice('Waiting for a free render slot at fal.')).toBeUndefined();
    // Stored as JSON (Redis), it reads back the same.
    expect(sameNotice(JSON.parse(JSON.stringify(paced)), paced)).toBe(true);
  });
});

describe('the cards catalog', () => {
  it('holds none of Slack’s control characters, so escaped member words can be put in its sentences', () => {
    const cardKeys = MESSAGE_KEYS.filter((key) => key.startsWith('card.'));
    expect(cardKeys.length).toBeGreaterThan(90);
    for (const locale of LOCALES)
      for (const key of cardKeys) expect(CATALOGS[locale][key], `${locale} ${key}`).not.toMatch(/[&<>]/);
  });
});
