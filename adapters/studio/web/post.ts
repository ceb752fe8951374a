import { el } from './dom.ts';
import type { CardView, MessageView } from './types.ts';

/** What a post can ask the page to do. */
export interface PostActions {
  /** Open the prompt dialog: a new clip from this prompt, or (edit) a change to this video. */
  remix(message: MessageView, card: CardView, mode: 'remix' | 'edit'): void;
  act(message: MessageView, action: 'reroll' | 'cancel' | 'delete'): void;
  react(message: MessageView, on: boolean): void;
}

/** One clip's place in the channel: its status card, and the posted video once it is there. */
export interface PostData {
  card?: MessageView;
  clip?: MessageView;
  text?: MessageView;
}

const ACTION_LABELS = {
  remix: 'Remix',
  edit: 'Edit video',
  reroll: 'Re-roll',
  cancel: 'Cancel',
  delete: 'Delete',
} as const;
const ORIGIN_WORDS = { remix: 'Remix', reroll: 'Re-roll', edit: 'Edit' } as const;
const LIVE = new Set(['queued', 'submitted', 'rendering', 'fetching', 'delivering']);

/** The state line a screen reader announces as the clip moves along. */
export function statusText(card: CardView): string {
  if (card.state === 'queued' || !LIVE.has(card.state)) return card.label;
  if (card.state === 'submitted' && card.progress === 0) return card.label;
  const eta = card.etaS !== undefined && card.etaS > 0 ? ` · about ${card.etaS} s left` : '';
  return `${card.label} · ${Math.round(card.progress)}%${eta}`;
}

const time = (at: number) => {
  const date = new Date(at);
  return el(
    'time',
    { datetime: date.toISOString() },
    date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
  );
};

function avatar(name: string) {
  return el('div', { class: 'avatar', 'aria-hidden': 'true' }, (name.trim()[0] ?? '?').toUpperCase());
}

function button(label: string, action: string, onClick: () => void, extra: Record<string, string> = {}) {
  const b = el('button', { type: 'button', 'data-action': action, ...extra }, label);
  b.addEventListener('click', onClick);
  return b;
}

function cardBody(card: CardView, headingId: string, data: PostData, member: string, actions: PostActions) {
  const owner = data.card ?? data.clip!;
  const credit = card.credit
    ? el(
        'a',
        { class: 'credit', href: `#clip-${card.credit.clipId}` },
        `${ORIGIN_WORDS[card.credit.origin as keyof typeof ORIGIN_WORDS] ?? 'From'} of ${card.credit.authorName}’s clip`,
      )
    : undefined;
  // A bar at 0% says nothing while the clip waits in line; the line says where it stands.
  const live = LIVE.has(card.state) && card.state !== 'queued';
  const video = data.clip?.video;
  const voted = data.clip ? data.clip.reactions.includes(member) : false;
  const votes = data.clip?.votes ?? 0;

  const buttons: HTMLElement[] = [];
  if (data.clip) {
    buttons.push(
      button(String(votes), 'vote', () => actions.react(data.clip!, !voted), {
        class: 'vote',
        'aria-pressed': String(voted),
        'aria-label': `Vote for this clip, ${votes} ${votes === 1 ? 'vote' : 'votes'}`,
      }),
    );
  }
  for (const action of card.actions) {
    if (action === 'remix' || action === 'edit')
      buttons.push(button(ACTION_LABELS[action], action, () => actions.remix(owner, card, action)));
    else if (action === 'reroll' || action === 'cancel' || action === 'delete') {
      buttons.push(
        button(ACTION_LABELS[action], action, () => actions.act(owner, action), {
          ...(action === 'delete' ? { class: 'danger' } : {}),
        }),
      );
    }
  }

  return el(
    'div',
    { class: 'body' },
    el(
      'header',
      {},
      el('h3', { class: 'author', id: headingId }, card.author.name),
      time(owner.createdAt),
      // The id members type into /sora remixes, /sora top and contest commands.
      el('a', { class: 'clip-id', href: `#clip-${card.clipId}` }, `clip ${card.clipId}`),
      credit,
    ),
    el('p', { class: 'prompt' }, card.prompt),
    el('p', { class: 'summary' }, card.summary),
    el(
      'div',
      { class: `status state-${card.state}` },
      el('p', { class: 'status-line', 'aria-live': 'polite' }, statusText(card)),
      live &&
        el(
          'progress',
          {
            max: '100',
            value: String(Math.round(card.progress)),
            'aria-label': `Progress of ${card.author.name}’s clip`,
          },
          `${Math.round(card.progress)}%`,
        ),
    ),
    card.notice && el('p', { class: 'notice' }, card.notice),
    card.failure && el('p', { class: 'failure' }, card.failure.message),
    video && player(video.url, card),
    buttons.length > 0 &&
      el('div', { class: 'actions', role: 'group', 'aria-label': 'Clip actions' }, ...buttons),
  );
}

/** Largest box a clip is shown in, CSS px; the frame size is known before the video loads. */
const PLAYER_MAX = { width: 512, height: 384 };

/**
 * A <video> sized from the card's frame size before its metadata arrives, so the channel does
 * not jump when it loads. Set through the CSSOM: the page's policy forbids inline style markup.
 */
function player(url: string, card: CardView): HTMLVideoElement {
  const video = el('video', {
    controls: true,
    preload: 'metadata',
    playsinline: true,
    src: url,
    'aria-label': card.altText,
  });
  const [w, h] = card.size.split('x').map(Number);
  if (w && h) {
    const scale = Math.min(PLAYER_MAX.width / w, PLAYER_MAX.height / h);
    video.style.width = `${Math.round(w * scale)}px`;
    video.style.aspectRatio = `${w} / ${h}`;
  }
  return video;
}

function textBody(message: MessageView, headingId: string) {
  return el(
    'div',
    { class: 'body' },
    el('header', {}, el('h3', { class: 'author', id: headingId }, 'reelbot'), time(message.createdAt)),
    el('p', { class: 'text' }, message.text ?? ''),
    message.rows && message.rows.length > 0 && topList(message),
  );
}

/** A leaderboard: each clip with its thumbnail, linked to its post in the channel. */
function topList(message: MessageView) {
  return el(
    'ol',
    { class: 'top', 'aria-label': 'Leaderboard' },
    ...message.rows!.map((row) =>
      el(
        'li',
        {},
        el(
          'a',
          { href: `#clip-${row.clipId}` },
          row.thumbnailUrl
            ? el('img', { src: row.thumbnailUrl, alt: '', width: '96', height: '54', loading: 'lazy' })
            : undefined,
          el(
            'span',
            {},
            `${row.rank}. ${row.authorName} · ${row.votes} ${row.votes === 1 ? 'vote' : 'votes'}${row.contestTheme ? ` · won “${row.contestTheme}”` : ''}`,
          ),
        ),
      ),
    ),
  );
}

/**
 * Draw a post into its list item, keeping what must survive an update: the live status line
 * (a screen reader announces changes only to a region that stays in the page), a playing video,
 * and the keyboard focus.
 */
export function drawPost(item: HTMLLIElement, data: PostData, member: string, actions: PostActions): void {
  const first = data.card ?? data.clip ?? data.text!;
  const card = data.card?.card ?? data.clip?.card;
  const headingId = `h-${first.id}`;
  const article = el(
    'article',
    { 'aria-labelledby': headingId },
    avatar(card?.author.name ?? 'reelbot'),
    card ? cardBody(card, headingId, data, member, actions) : textBody(first, headingId),
  );
  if (card) item.id = `clip-${card.clipId}`;
  item.className = `post${data.text ? ' bot' : ''}`;

  const focused = item.contains(document.activeElement)
    ? (document.activeElement as HTMLElement).dataset.action
    : undefined;
  const oldStatus = item.querySelector<HTMLElement>('.status-line');
  const newStatus = article.querySelector<HTMLElement>('.status-line');
  if (oldStatus && newStatus) {
    oldStatus.textContent = newStatus.textContent;
    newStatus.replaceWith(oldStatus);
  }
  const oldVideo = item.querySelector<HTMLVideoElement>('video');
  const newVideo = article.querySelector<HTMLVideoElement>('video');
  if (oldVideo && newVideo && oldVideo.getAttribute('src') === newVideo.getAttribute('src'))
    newVideo.replaceWith(oldVideo);

  item.replaceChildren(article);
  // Keep keyboard focus in the post; if its button went away (Cancel), land on the next action.
  if (focused) {
    (
      item.querySelector<HTMLElement>(`[data-action="${focused}"]`) ??
      item.querySelector<HTMLElement>('button')
    )?.focus();
  }
}
