import { describe, expect, it } from 'vitest';
import { cardMessage } from '../../adapters/discord/render.ts';
import { renderCard } from '../../adapters/slack/render.ts';
import { StudioRenderer } from '../../adapters/studio/render.ts';
import { type ClipCard, cardFor, costText } from '../../src/core/card/card.ts';
import { ErrorCode, ProviderError } from '../../src/core/errors.ts';
import { english } from '../../src/core/i18n/translator.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import { noRedaction, secretRedactor } from '../../src/core/redaction.ts';
import { PROVIDER_MESSAGES } from '../../src/providers/shared/messages.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { setup } from '../helpers/core-harness.ts';
import { FakeProvider } from '../helpers/fake-provider.ts';
import { safetySetup } from '../helpers/safety-harness.ts';

/**
 * What members read on a status card, the view every surface draws from (Discord's embed,
 * Slack's blocks, the studio's page): provider text without secrets, a final failure that says
 * it is final, and a refund instead of an estimate once nothing is owed.
 */
const OPENAI_KEY = 'sk-proj-CONFIGURED0123456789abcdef';
const SLACK_TOKEN = 'xoxb-1111-2222-configuredtoken';
const redact = secretRedactor([OPENAI_KEY, SLACK_TOKEN, undefined, 'short']);

/** Everything each surface would send or show for a card, as text. */
function drawn(card: ClipCard): { discord: string; slack: string; studio: string } {
  const studio = new StudioRenderer(new ProviderRegistry([new FakeProvider()]));
  return {
    discord: JSON.stringify(cardMessage(card)),
    slack: JSON.stringify(renderCard(card)),
    studio: JSON.stringify(studio.card(card)),
  };
}

describe('the configured secrets’ redaction', () => {
  it('replaces every configured secret, the longest first, and leaves short values alone', () => {
    const nested = secretRedactor(['abcdef', 'abcdefghij']);
    expect(nested('key abcdefghij and abcdef')).toBe('key [redacted] and [redacted]');
    expect(redact(`auth ${SLACK_TOKEN} / ${OPENAI_KEY}`)).toBe('auth [redacted] / [redacted]');
    expect(redact('a short story')).toBe('a short story');
    expect(secretRedactor([undefined, 'tiny'])).toBe(noRedaction);
  });
});

describe('a provider error on a card', () => {
  it('shows a configured secret the provider echoed as [redacted], in the card view and on every surface', async () => {
    const t = setup({ redact });
    const echoed = `The video service rejected this request: invalid key ${OPENAI_KEY} (team token ${SLACK_TOKEN})`;
    t.provider.outcome = { state: 'failed', failure: { code: ErrorCode.ProviderRejected, message: echoed } };
    const clip = await t.request();
    await t.run(clip.id);

    const expected =
      'The video service rejected this request: invalid key [redacted] (team token [redacted])';
    // Stored redacted, so no other reader of the clip can show it either.
    expect((await t.store.clips.get(clip.id))?.failure).toEqual({
      code: ErrorCode.ProviderRejected,
      message: expected,
    });
    const card = t.messenger.cardsFor(clip.id).at(-1)!;
    expect(card).toMatchObject({ state: 'failed', failure: { message: expected } });
    for (const [surface, text] of Object.entries(drawn(card))) {
      expect(text, surface).not.toContain(OPENAI_KEY);
      expect(text, surface).not.toContain(SLACK_TOKEN);
      // Discord's renderer escapes markdown brackets: \[redacted\].
      expect(text.replaceAll('\\\\', ''), surface).toContain('invalid key [redacted]');
    }
  });

  it('redacts the card view of a failure stored before redaction, and its notice', async () => {
    const t = setup();
    const clip = await t.request();
    const stored = {
      ...clip,
      state: 'failed' as const,
      failure: { code: ErrorCode.RenderFailed, message: `upstream said ${OPENAI_KEY}` },
      notice: `Made with Fake One: token ${SLACK_TOKEN} was refused.`,
    };
    expect(cardFor(stored, { redact })).toMatchObject({
      failure: { message: 'upstream said [redacted]' },
      notice: 'Made with Fake One: token [redacted] was refused.',
    });
    // Without a redactor the view shows the text as stored (the render job stores it redacted).
    expect(cardFor(stored).failure?.message).toContain(OPENAI_KEY);
  });
});

describe('a clip that has finally failed', () => {
  it.each([
    [
      'status',
      new ProviderError(ErrorCode.ProviderRateLimited, PROVIDER_MESSAGES.rateLimited, { retryable: true }),
    ],
    [
      'status',
      new ProviderError(ErrorCode.ProviderUnavailable, PROVIDER_MESSAGES.unavailable, { retryable: true }),
    ],
    [
      'download',
      new ProviderError(ErrorCode.DownloadFailed, PROVIDER_MESSAGES.downloadFailed, { retryable: true }),
    ],
  ] as const)('never says it will be tried again (%s: %s)', async (step, error) => {
    const t = setup();
    for (let i = 0; i < 10; i++) t.provider.failNext[step].push(error);
    const clip = await t.request();
    await t.run(clip.id);
    const failed = await t.store.clips.get(clip.id);
    expect(failed).toMatchObject({ state: 'failed', failure: { code: error.code } });
    const card = t.messenger.cardsFor(clip.id).at(-1)!;
    expect(card.state).toBe('failed');
    expect(card.failure?.message).not.toMatch(/tried again|trying again|again shortly/i);
    expect(card.failure?.message).toMatch(/stopped|even after several tries/);
    for (const text of Object.values(drawn(card))) expect(text).not.toMatch(/tried again|again shortly/i);
  });

  it('keeps a final error’s own sentence', async () => {
    const t = setup();
    t.provider.failNext.status.push(
      new ProviderError(ErrorCode.ProviderAuth, PROVIDER_MESSAGES.auth, { retryable: false }),
    );
    const clip = await t.request();
    await t.run(clip.id);
    // The English sentence for logs and older readers, and the message to draw in the reader's language.
    expect((await t.store.clips.get(clip.id))?.failure).toEqual({
      code: ErrorCode.ProviderAuth,
      message: english(PROVIDER_MESSAGES.auth),
      text: PROVIDER_MESSAGES.auth,
    });
  });
});

describe('the cost on a failed or cancelled card', () => {
  it('says refunded with the amount the books released, never the estimate, on every surface', async () => {
    const s = safetySetup(createMemoryStore());
    s.provider.outcome = {
      state: 'failed',
      failure: { code: ErrorCode.RenderFailed, message: english(PROVIDER_MESSAGES.renderFailed) },
    };
    const failed = await s.request(s.member(0));
    const cancelled = await s.request(s.member(1));
    expect(costText(cardFor(failed))).toBe('est. $0.40');

    await s.run(failed.id);
    await s.service.cancel(cancelled.id, s.member(1));
    for (const clip of [failed, cancelled]) {
      expect(await s.store.ledger.reservation(clip.id)).toMatchObject({ status: 'released', cents: 40 });
      const card = s.messenger.cardsFor(clip.id).at(-1)!;
      expect(card).toMatchObject({ state: clip === failed ? 'failed' : 'cancelled', refundedUsd: 0.4 });
      expect(costText(card)).toBe('refunded $0.40');
      const { discord, slack, studio } = drawn(card);
      expect(discord).toContain('{"name":"Cost","value":"refunded $0.40","inline":true}');
      expect(discord).not.toContain('Estimated cost');
      expect(slack).toContain('refunded $0.40');
      expect(slack).not.toContain('about $');
      expect(studio).toContain('· refunded $0.40"');
      expect(studio).not.toContain('est. $');
    }
  });

  it('says refunded without an amount when the books have not said, and the estimate before the end', async () => {
    const t = setup();
    const clip = await t.request();
    const queued = cardFor(clip);
    expect(costText(queued)).toBe('est. $0.40');
    expect(drawn(queued).studio).toContain('· est. $0.40"');
    const failed = cardFor({ ...clip, state: 'failed' });
    expect(costText(failed)).toBe('refunded');
    // A refund is never shown on a clip that is still owed for.
    expect(cardFor({ ...clip, state: 'posted' }, { refundedUsd: 0.4 }).refundedUsd).toBeUndefined();
  });
});
