import type { CommandHooks } from '../../commands/pipeline.ts';
import { keepSentence } from './http.ts';
import { refFor } from './messenger.ts';
import type { StudioRepository } from './repository.ts';
import type { CommandResult, MessageView } from './web/types.ts';

export interface StudioHooksDeps {
  repository: StudioRepository;
  /** The page's view of a message, or nothing when it is not shown. */
  viewOf(id: string): Promise<{ message?: MessageView }>;
}

/**
 * The studio's part of running a command: a clip's card is a reserved hidden message, shown the
 * moment the request is accepted (Discord's deferred reply in the studio's terms) and forgotten
 * when it is refused; answers become the HTTP reply the page draws; a refusal is thrown back, so
 * api.ts answers it with its code and sentence.
 */
export function studioHooks(
  deps: StudioHooksDeps,
  channel: string,
): { hooks: CommandHooks; result(): CommandResult } {
  let result: CommandResult | undefined;
  let reserved: string | undefined;
  const hooks: CommandHooks = {
    async openCard() {
      reserved = (await deps.repository.reserve(channel, Date.now())).id;
      return { ref: refFor(channel, reserved) };
    },
    async dropCard() {
      if (reserved) await deps.repository.remove(reserved);
    },
    async queued({ clip, repeat, first }) {
      if (!reserved) {
        result = { kind: 'clip' };
        return;
      }
      if (repeat) {
        // A repeated request already has its card: drop the unused one and show that.
        await deps.repository.remove(reserved);
        result = { kind: 'clip', ...(clip.card ? await deps.viewOf(clip.card.id) : {}) };
        return;
      }
      // Shown even when a worker already moved the clip on (a render refused at once): the
      // reserved message would otherwise stay hidden until the worker's next edit.
      if (first) await deps.repository.reveal(reserved, first.card);
      result = { kind: 'clip', ...(await deps.viewOf(reserved)) };
    },
    async answerPrivately(text) {
      result = { kind: 'text', text, private: true };
    },
    async answerPublicly(reply) {
      const message = await deps.repository.post(
        channel,
        { kind: 'text', text: reply.text, ...(reply.board ? { board: reply.board } : {}) },
        Date.now(),
      );
      result = { kind: 'text', text: reply.text, private: false, ...(await deps.viewOf(message.id)) };
    },
    async openForm(form) {
      // The page shows it as a dialog (web/key-form.ts) and posts it to /studio/api/forms.
      result = { kind: 'form', form: { ...form, fields: [...form.fields] } };
    },
    async refuse(error, sentence) {
      keepSentence(error, sentence);
      throw error;
    },
  };
  return {
    hooks,
    result: () => result ?? { kind: 'text', text: '', private: true },
  };
}
