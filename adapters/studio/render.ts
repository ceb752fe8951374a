import { type Board, medalOf } from '../../src/core/board/board.ts';
import { type ClipCard, costText, stateLabel } from '../../src/core/card/card.ts';
import { fitText } from '../../src/core/card/text-cut.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import type { ProviderRegistry } from '../../src/core/providers.ts';
import { messageKey } from './messenger.ts';
import type { StudioMessage } from './repository.ts';
import type { BoardView, CardView, MessageView } from './web/types.ts';

/** Prompt characters in a video's accessible name: enough to tell clips apart when read aloud. */
const ALT_TEXT_MAX = 120;

/**
 * Core cards to what the page draws. Text stays raw here: the page only ever sets it with
 * textContent, so a prompt like `<img onerror=…>` shows as the words it is.
 */
export class StudioRenderer {
  readonly #providers: ProviderRegistry;

  constructor(providers: ProviderRegistry) {
    this.#providers = providers;
  }

  /** A card in its own language (`card.locale`, the room's when the clip was asked for). */
  card(card: ClipCard): CardView {
    const t = translator(card.locale);
    const parts = [
      this.#modelLabel(card.model),
      t('card.seconds', { seconds: card.durationS }),
      card.size,
      ...(card.style ? [card.style] : []),
      // The estimate, or "refunded" once it failed or was cancelled (the same words everywhere).
      costText(card),
    ];
    return {
      ...card,
      label: stateLabel(card),
      summary: parts.join(' · '),
      altText: t('card.alt', { prompt: fitText(card.prompt, ALT_TEXT_MAX) }),
    };
  }

  message(message: StudioMessage, reactions: string[], votes?: number): MessageView {
    const view: MessageView = {
      id: message.id,
      key: messageKey(message.channel, message.id),
      channel: message.channel,
      kind: message.kind,
      seq: message.seq,
      rev: message.rev,
      createdAt: message.createdAt,
      reactions,
    };
    if (message.card) view.card = this.card(message.card);
    if (message.text !== undefined) view.text = message.text;
    if (message.board) view.board = this.board(message.board, message.notify ?? []);
    if (message.file) view.video = { url: `/studio/media/${message.id}`, ...message.file };
    if (votes !== undefined) view.votes = votes;
    return view;
  }

  /** A board as the page draws it; thumbnails are served from the store any worker wrote. */
  board(board: Board, notify: readonly string[]): BoardView {
    return {
      kind: board.kind,
      title: board.title,
      intro: [...board.intro],
      notes: [...board.notes],
      notify: [...notify],
      entries: board.entries.map((e) => {
        const medal = medalOf(board, e);
        return {
          rank: e.rank,
          clipId: e.clipId,
          authorName: e.author.name,
          ...(e.votes !== undefined ? { votes: e.votes } : {}),
          promptOpening: e.promptOpening,
          ...(e.thumbnail ? { thumbnailUrl: `/studio/thumbnails/${e.clipId}` } : {}),
          ...(e.contest ? { contestTheme: e.contest.theme } : {}),
          ...(e.label ? { label: e.label } : {}),
          ...(medal ? { medal } : {}),
        };
      }),
    };
  }

  #modelLabel(modelId: string): string {
    for (const provider of this.#providers.all()) {
      const model = provider.capabilities().models.find((m) => m.id === modelId);
      if (model) return model.label;
    }
    return modelId;
  }
}
