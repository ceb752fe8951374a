import { drawBoard } from './board.ts';
import { el } from './dom.ts';
import { intlLocale, money, t, type WebKey } from './i18n.ts';
import type { CardView, MessageView } from './types.ts';

/** Who is looking: their votes show as theirs, and only what they may do is offered. */
export interface Viewer {
  id: string;
  admin: boolean;
}

/** What a post can ask the page to do. */
export interface PostActions {
  /** Open the prompt dialog: a new clip from this prompt, or (edit) a change to this video. */
  remix(message: MessageView, card: CardView, mode: 'remix' | 'edit'): void;
  act(message: MessageView, action: 'reroll' | 'cancel' | 'delete'): void;
  /** Open the Extend dialog: what happens next, and for how many seconds. */
  extend(message: MessageView, card: CardView): void;
  /** Render one shot of a posted story again (`/sora reshoot`), posted as a new cut. */
  reshoot(card: CardView, shot: number): void;
  react(message: MessageView, on: boolean): void;
  /** Take the member to a clip's post in the channel and play it (from a board). */
  open(clipId: string): void;
}

/** One clip's place in the channel: its status card, and the posted video once it is there. */
export interface PostData {
  card?: MessageView;
  clip?: MessageView;
  text?: MessageView;
}

const ACTION_LABELS = {
  remix: 'studio.web.action.remix',
  edit: 'studio.web.action.edit',
  reroll: 'studio.web.action.reroll',
  cancel: 'studio.web.action.cancel',
  delete: 'studio.web.action.delete',
} as const satisfies Record<string, WebKey>;
/** A credit line per origin, whole sentences: a language may put the name anywhere. */
const CREDITS: Record<string, WebKey> = {
  remix: 'studio.web.credit.remix',
  reroll: 'studio.web.credit.reroll',
  edit: 'studio.web.credit.edit',
};
const LIVE = new Set(['queued', 'submitted', 'rendering', 'fetching', 'delivering']);

/** The state line a screen reader announces as the clip moves along. */
export function statusText(card: CardView): string {
  if (card.state === 'queued' || !LIVE.has(card.state)) return card.label;
  if (card.state === 'submitted' && card.progress === 0) return card.label;
  const eta =
    card.etaS !== undefined && card.etaS > 0 ? ` · ${t('studio.web.eta', { seconds: card.etaS })}` : '';
  return `${card.label} · ${Math.round(card.progress)}%${eta}`;
}

const time = (at: number) => {
  const date = new Date(at);
  return el(
    'time',
    { datetime: date.toISOString() },
    date.toLocaleTimeString(intlLocale, { hour: '2-digit', minute: '2-digit' }),
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

/**
 * A prompt longer than this (or than LONG_PROMPT_LINES lines) is shown collapsed with "Show
 * more": a 1,500-character director's prompt would otherwise fill the channel.
 */
const LONG_PROMPT_CHARS = 280;
const LONG_PROMPT_LINES = 4;
/** Clips whose long prompt the member opened; kept across the card's redraws. */
const expandedPrompts = new Set<string>();

function promptBlock(card: CardView): HTMLElement[] {
  const id = `prompt-${card.clipId}`;
  const long = card.prompt.length > LONG_PROMPT_CHARS || card.prompt.split('\n').length > LONG_PROMPT_LINES;
  const open = expandedPrompts.has(card.clipId);
  const text = el('p', { class: `prompt${long && !open ? ' collapsed' : ''}`, id }, card.prompt);
  if (!long) return [text];
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'more',
      'data-action': 'more',
      'aria-expanded': String(open),
      'aria-controls': id,
    },
    open ? t('studio.web.less') : t('studio.web.more'),
  );
  toggle.addEventListener('click', () => {
    const opening = !expandedPrompts.has(card.clipId);
    if (opening) expandedPrompts.add(card.clipId);
    else expandedPrompts.delete(card.clipId);
    text.classList.toggle('collapsed', !opening);
    toggle.setAttribute('aria-expanded', String(opening));
    toggle.textContent = opening ? t('studio.web.less') : t('studio.web.more');
  });
  return [text, toggle];
}

/** Cancel is for the clip's author and admins; nobody else is offered it. */
const mayManage = (card: CardView, viewer: Viewer) => viewer.admin || viewer.id === card.author.id;
/** Delete also for a cast member whose likeness the clip uses (the core's owner rule allows it). */
const mayDelete = (card: CardView, viewer: Viewer) =>
  mayManage(card, viewer) || (card.cast ?? []).some((m) => m.id === viewer.id);

const SHOT_WORDS = {
  queued: 'studio.web.shot.queued',
  rendering: 'studio.web.shot.rendering',
  done: 'studio.web.shot.done',
  failed: 'studio.web.shot.failed',
} as const satisfies Record<string, WebKey>;

/**
 * A story's rows: a shot per item with where it stands (a bar while it renders), then the time
 * left and the whole story's cost (or, when it failed, what the shots made were charged). A
 * posted story offers a re-roll per shot.
 */
function storyBlock(card: CardView, actions: PostActions): HTMLElement | undefined {
  const story = card.story;
  if (!story) return undefined;
  const posted = card.state === 'posted';
  const rows = story.rows.map((row) =>
    el(
      'li',
      { class: `shot shot-${row.state}`, 'data-shot': String(row.number) },
      el('span', { class: 'shot-number' }, t('studio.web.shot', { number: row.number })),
      el('span', { class: 'shot-text' }, row.text),
      el(
        'span',
        { class: 'shot-state' },
        t(SHOT_WORDS[row.state], { percent: Math.round(row.progress) }),
        row.reused ? t('studio.web.shot.kept') : '',
      ),
      row.state === 'rendering' &&
        el('progress', {
          max: '100',
          value: String(Math.round(row.progress)),
          'aria-label': t('studio.web.shot', { number: row.number }),
        }),
      posted &&
        button(t('studio.web.shot.reroll'), 'reshoot', () => actions.reshoot(card, row.number), {
          'aria-label': t('studio.web.shot.rerollOne', { number: row.number }),
        }),
    ),
  );
  const time = story.etaS !== undefined ? ` · ${t('studio.web.eta', { seconds: story.etaS })}` : '';
  const cost = story.chargedUsd
    ? t('studio.web.story.charged', { amount: money(story.chargedUsd) })
    : t('studio.web.story.estimate', { amount: money(story.totalEstimatedUsd) });
  const how =
    story.mode === 'cut' && story.transition === 'fade'
      ? t('studio.web.story.fades')
      : story.mode === 'cut'
        ? t('studio.web.story.cut')
        : t('studio.web.story.flow');
  return el(
    'div',
    { class: 'story' },
    el('ol', { class: 'shots', 'aria-label': t('studio.web.shots') }, ...rows),
    el(
      'p',
      { class: 'story-total' },
      `${t('studio.web.story.total', { count: story.rows.length, how })}${time} · ${cost}`,
    ),
  );
}

function cardBody(card: CardView, headingId: string, data: PostData, viewer: Viewer, actions: PostActions) {
  const owner = data.card ?? data.clip!;
  const credit = card.credit
    ? el(
        'a',
        { class: 'credit', href: `#clip-${card.credit.clipId}` },
        t(CREDITS[card.credit.origin] ?? 'studio.web.credit.other', { name: card.credit.authorName }),
      )
    : undefined;
  // A bar at 0% says nothing while the clip waits in line; the line says where it stands.
  const live = LIVE.has(card.state) && card.state !== 'queued';
  const video = data.clip?.video;
  const voted = data.clip ? data.clip.reactions.includes(viewer.id) : false;
  const votes = data.clip?.votes ?? 0;

  const buttons: HTMLElement[] = [];
  if (data.clip) {
    buttons.push(
      button(String(votes), 'vote', () => actions.react(data.clip!, !voted), {
        class: 'vote',
        'aria-pressed': String(voted),
        'aria-label': t('studio.web.vote', { count: votes }),
      }),
    );
  }
  for (const action of card.actions) {
    if (action === 'remix' || action === 'edit')
      buttons.push(button(t(ACTION_LABELS[action]), action, () => actions.remix(owner, card, action)));
    else if (
      action === 'reroll' ||
      (action === 'cancel' && mayManage(card, viewer)) ||
      (action === 'delete' && mayDelete(card, viewer))
    ) {
      buttons.push(
        button(t(ACTION_LABELS[action]), action, () => actions.act(owner, action), {
          ...(action === 'delete' ? { class: 'danger' } : {}),
        }),
      );
    }
  }

  // Every posted clip can be continued: the dialog asks what happens next.
  if (data.clip && card.state === 'posted') {
    buttons.push(button(t('studio.web.action.extend'), 'extend', () => actions.extend(data.clip!, card)));
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
      el(
        'a',
        { class: 'clip-id', href: `#clip-${card.clipId}` },
        t('studio.web.clipId', { id: card.clipId }),
      ),
      credit,
    ),
    ...promptBlock(card),
    card.likeness && el('p', { class: 'likeness' }, card.likeness),
    storyBlock(card, actions),
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
            'aria-label': t('studio.web.progress', { name: card.author.name }),
          },
          `${Math.round(card.progress)}%`,
        ),
    ),
    card.notice && el('p', { class: 'notice' }, card.notice),
    card.failure && el('p', { class: 'failure' }, card.failure.message),
    video && player(video.url, card),
    buttons.length > 0 &&
      el('div', { class: 'actions', role: 'group', 'aria-label': t('studio.web.actions') }, ...buttons),
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

function textBody(message: MessageView, headingId: string, actions: PostActions) {
  return el(
    'div',
    { class: 'body' },
    el('header', {}, el('h3', { class: 'author', id: headingId }, 'reelbot'), time(message.createdAt)),
    // A board says what the text says, with pictures: shown instead, so no list appears twice.
    message.board
      ? drawBoard(message.board, (clipId) => actions.open(clipId))
      : el('p', { class: 'text' }, message.text ?? ''),
  );
}

/**
 * Draw a post into its list item, keeping what must survive an update: the live status line
 * (a screen reader announces changes only to a region that stays in the page), a playing video,
 * and the keyboard focus.
 */
export function drawPost(item: HTMLLIElement, data: PostData, viewer: Viewer, actions: PostActions): void {
  const first = data.card ?? data.clip ?? data.text!;
  const card = data.card?.card ?? data.clip?.card;
  const headingId = `h-${first.id}`;
  const article = el(
    'article',
    { 'aria-labelledby': headingId },
    avatar(card?.author.name ?? 'reelbot'),
    card ? cardBody(card, headingId, data, viewer, actions) : textBody(first, headingId, actions),
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
