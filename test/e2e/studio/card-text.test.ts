import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult, MessageView } from '../../../adapters/studio/web/types.ts';
import { ErrorCode } from '../../../src/core/errors.ts';
import { FakeProvider } from '../../helpers/fake-provider.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { type StudioRun, startStudio, studioEnv } from './harness.ts';

/**
 * What the studio shows for a clip its provider failed, end to end through the app as main.ts
 * builds it: the operator's configured OpenAI key, echoed back in the provider's error (as a
 * misbehaving gateway does), is redacted on the card, and the cost reads "refunded".
 */
const OPENAI_KEY = 'sk-proj-studio-e2e-0123456789abcdefghij';
let run: StudioRun;
const provider = new FakeProvider('gateway');

beforeAll(async () => {
  provider.callsToFinish = 1;
  provider.outcome = {
    state: 'failed',
    failure: {
      code: ErrorCode.ProviderRejected,
      message: `The video service rejected this request: Incorrect API key provided: ${OPENAI_KEY}.`,
    },
  };
  run = await startStudio(
    studioEnv({
      OPENAI_API_KEY: OPENAI_KEY,
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
      MODERATION: 'off',
    }),
    { parts: { providers: [provider] } },
  );
});
afterAll(async () => {
  await run?.close();
});

describe('a failed clip’s card in the studio', () => {
  it('shows the provider’s words without the configured key, and says refunded', async () => {
    const res = await fetch(`${run.url}/studio/api/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'general',
        member: 'ada',
        text: '/sora generate a lighthouse duration:4',
      }),
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as CommandResult;
    const clipId = answer.message!.card!.clipId;
    expect(answer.message!.card!.summary).toMatch(/ · est\. \$0\.40$/);
    expect((await waitForEnd(run.app, clipId)).state).toBe('failed');

    // The card the page draws, as any open page receives it.
    const card = async () => {
      const { messages } = (await (await fetch(`${run.url}/studio/api/messages?channel=general`)).json()) as {
        messages: MessageView[];
      };
      return messages.find((m) => m.card?.clipId === clipId)?.card;
    };
    const deadline = Date.now() + 10_000;
    while ((await card())?.state !== 'failed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const shown = (await card())!;
    expect(shown).toMatchObject({
      state: 'failed',
      failure: {
        code: ErrorCode.ProviderRejected,
        message: 'The video service rejected this request: Incorrect API key provided: [redacted].',
      },
      refundedUsd: 0.4,
    });
    expect(shown.summary).toMatch(/ · refunded \$0\.40$/);
    const everything = await (await fetch(`${run.url}/studio/api/messages?channel=general`)).text();
    expect(everything).not.toContain(OPENAI_KEY);
  });
});
