/**
 * The studio page: loads the channel, keeps it live over server-sent events, and sends what the
 * member does (commands, buttons, reactions) to the studio API as the member they act as.
 */
import { api, newNonce, StudioApiError } from './api.ts';
import { ChannelView } from './channel.ts';
import { Composer } from './composer.ts';
import { byId, el } from './dom.ts';
import { attachment, extendDialog, storyDialog } from './forms.ts';
import { pageLocale, t } from './i18n.ts';
import { openFormDialog } from './key-form.ts';
import type { PostActions, Viewer } from './post.ts';
import type { CardView, MessageView, StudioEvent, StudioInfo } from './types.ts';

const MEMBER_KEY = 'reelbot-studio-member';
/** The member's pick of language: a cookie, so the server draws the page in it from the first byte (page.ts). */
const LOCALE_COOKIE = 'reelbot-studio-locale';
const YEAR_S = 365 * 24 * 60 * 60;

const errorBox = byId<HTMLElement>('error');
const noticeBox = byId<HTMLElement>('notice');
const input = byId<HTMLTextAreaElement>('composer');

function showError(error: unknown): void {
  const message = error instanceof StudioApiError ? error.message : t('studio.web.error.page');
  errorBox.textContent = message;
  errorBox.hidden = false;
  noticeBox.hidden = true;
}

function showNotice(title: string, text: string): void {
  noticeBox.replaceChildren(el('strong', {}, title), el('p', { class: 'notice-text' }, text));
  noticeBox.hidden = false;
  errorBox.hidden = true;
}

function clearMessages(): void {
  errorBox.hidden = true;
  noticeBox.hidden = true;
  input.removeAttribute('aria-invalid');
}

function setupLine(info: StudioInfo, live: boolean): void {
  const store = info.setup.store === 'redis' ? t('studio.web.setup.redis') : t('studio.web.setup.memory');
  byId('setup').textContent = t('studio.web.setup', {
    provider: info.setup.provider,
    store,
    state: live ? t('studio.web.setup.live') : t('studio.web.setup.reconnecting'),
  });
}

/**
 * The language picker: the page is drawn again in the language picked. The server renders the
 * page's frame and hands it the words in that language, so a reload is the whole switch; the
 * channel comes back from the server as it is, and the composer's text is kept for the session.
 */
function languagePicker(): void {
  const picker = byId<HTMLSelectElement>('language');
  picker.value = pageLocale;
  picker.addEventListener('change', () => {
    // Validated on the server (matchLocale), like anything a request says. A plain cookie write:
    // the Cookie Store API is not in every browser the studio supports.
    // biome-ignore lint/suspicious/noDocumentCookie: one fixed name and a value from our own list
    document.cookie = `${LOCALE_COOKIE}=${encodeURIComponent(picker.value)}; Path=/; Max-Age=${YEAR_S}; SameSite=Strict`;
    sessionStorage.setItem(DRAFT_KEY, input.value);
    location.reload();
  });
}

const DRAFT_KEY = 'reelbot-studio-draft';

async function start(): Promise<void> {
  languagePicker();
  const info = await api.info();
  const memberSelect = byId<HTMLSelectElement>('member');
  memberSelect.replaceChildren(
    ...info.members.map((m) =>
      el('option', { value: m.id }, m.admin ? t('studio.web.member.admin', { name: m.name }) : m.name),
    ),
  );
  const saved = localStorage.getItem(MEMBER_KEY);
  memberSelect.value = info.members.some((m) => m.id === saved) ? saved! : info.members[0]!.id;
  const member = () => memberSelect.value;
  const viewer = (): Viewer => ({
    id: member(),
    admin: info.members.find((m) => m.id === member())?.admin === true,
  });

  const busy = new Set<string>();
  /** Run one member action; a second press while the first is on its way does nothing. */
  async function once(key: string, run: () => Promise<void>) {
    if (busy.has(key)) return;
    busy.add(key);
    try {
      clearMessages();
      await run();
    } catch (error) {
      showError(error);
    } finally {
      busy.delete(key);
    }
  }

  const dialog = byId<HTMLDialogElement>('remix-dialog');
  const remixPrompt = byId<HTMLTextAreaElement>('remix-prompt');
  let remixing: MessageView | undefined;
  let mode: 'remix' | 'edit' = 'remix';
  const extending = extendDialog(info, (parent, prompt, seconds) => {
    void once(`extend:${parent.id}`, async () => {
      const result = await api.act({
        member: member(),
        message: parent.id,
        action: 'extend',
        prompt,
        ...(seconds !== undefined ? { seconds } : {}),
        nonce: newNonce(),
      });
      if (result.message) channel.upsert(result.message);
    });
  });
  const actions: PostActions = {
    extend(message, card) {
      extending.open(message, card);
    },
    reshoot(card, shot) {
      void once(`reshoot:${card.clipId}:${shot}`, async () => {
        const text = `/${info.commandName} reshoot story:${card.clipId} shot:${shot}`;
        const result = await api.command({
          channel: info.channel,
          member: member(),
          text,
          nonce: newNonce(),
        });
        if (result.message) channel.upsert(result.message);
        if (result.kind === 'text' && result.private) showNotice(t('studio.web.notice.private'), result.text);
      });
    },
    remix(message: MessageView, card: CardView, as: 'remix' | 'edit') {
      remixing = message;
      mode = as;
      const editing = as === 'edit';
      byId('remix-title').textContent = editing ? t('studio.web.edit.title') : t('studio.web.remix.title');
      byId('remix-credit').textContent = editing
        ? t('studio.web.edit.credit', { name: card.author.name })
        : t('studio.web.remix.credit', { name: card.author.name });
      // An edit answers "what should change?": the original prompt is context to read, not the
      // answer to edit. A remix starts from the prompt itself.
      byId('remix-label').textContent = editing ? t('studio.web.edit.prompt') : t('studio.web.remix.prompt');
      byId('remix-submit').textContent = editing ? t('studio.web.edit.submit') : t('studio.web.remix.submit');
      byId('remix-original-text').textContent = card.prompt;
      byId('remix-original').hidden = !editing;
      remixPrompt.placeholder = editing ? t('studio.web.edit.example') : '';
      remixPrompt.value = editing ? '' : card.prompt;
      dialog.showModal();
      remixPrompt.focus();
      remixPrompt.setSelectionRange(remixPrompt.value.length, remixPrompt.value.length);
    },
    act(message, action) {
      if (action === 'delete' && !window.confirm(t('studio.web.confirm.delete'))) return;
      void once(`${action}:${message.id}`, async () => {
        const result = await api.act({ member: member(), message: message.id, action, nonce: newNonce() });
        if (result.message) channel.upsert(result.message);
        if (action === 'delete') channel.remove(message.id);
        if (result.notice) showNotice(t('studio.web.notice.note'), result.notice);
      });
    },
    open(clipId) {
      const post = document.getElementById(`clip-${clipId}`);
      if (!post) {
        showNotice(t('studio.web.notice.notHere'), t('studio.web.notice.gone'));
        return;
      }
      history.replaceState(null, '', `#clip-${clipId}`);
      post.scrollIntoView({ block: 'center' });
      post.classList.remove('opened');
      void post.offsetWidth; // restart the highlight when the same clip is opened again
      post.classList.add('opened');
      const video = post.querySelector('video');
      if (!video) return;
      video.focus({ preventScroll: true });
      // A click is a user gesture, so the browser lets it play with sound.
      video.play().catch(() => showNotice(t('studio.web.notice.note'), t('studio.web.notice.noPlay')));
    },
    react(message, on) {
      void once(`react:${message.id}`, async () => {
        const result = await api.act({ member: member(), message: message.id, action: 'react', on });
        if (result.message) channel.upsert(result.message);
        if (result.notice) showNotice(t('studio.web.notice.note'), result.notice);
      });
    },
  };
  const channel = new ChannelView(byId<HTMLOListElement>('messages'), viewer(), actions);
  memberSelect.addEventListener('change', () => {
    localStorage.setItem(MEMBER_KEY, member());
    channel.setViewer(viewer());
    clearMessages();
  });

  byId<HTMLFormElement>('remix-form').addEventListener('submit', (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== 'remix' || !remixing) return;
    const parent = remixing;
    const prompt = remixPrompt.value;
    const action = mode;
    void once(`${action}:${parent.id}`, async () => {
      const result = await api.act({
        member: member(),
        message: parent.id,
        action,
        prompt,
        nonce: newNonce(),
      });
      if (result.message) channel.upsert(result.message);
    });
  });

  const composer = new Composer(
    { input, list: byId<HTMLUListElement>('hints'), help: byId('hint-help') },
    info.commandName,
    info.commands,
  );
  const attached = attachment((message) => showError(new StudioApiError('IMAGE_TOO_LARGE', message)));
  storyDialog(info, (form) => {
    void once('story', async () => {
      const result = await api.story({ channel: info.channel, member: member(), ...form, nonce: newNonce() });
      if (result.message) channel.upsert(result.message);
      if (result.kind === 'text' && result.private) showNotice(t('studio.web.notice.private'), result.text);
    });
  });
  let pendingNonce: { text: string; nonce: string } | undefined;
  byId<HTMLFormElement>('composer-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = composer.text;
    // The same text sent again after a failure to hear back is the same request.
    pendingNonce = pendingNonce?.text === text ? pendingNonce : { text, nonce: newNonce() };
    const { nonce } = pendingNonce;
    void once('command', async () => {
      try {
        const attachments = await attached.take();
        const result = await api.command({
          channel: info.channel,
          member: member(),
          text,
          nonce,
          ...(attachments ? { attachments } : {}),
        });
        pendingNonce = undefined;
        attached.clear();
        if (result.message) channel.upsert(result.message);
        if (result.kind === 'text' && result.private) showNotice(t('studio.web.notice.private'), result.text);
        if (result.kind === 'form') {
          const { form } = result;
          openFormDialog(form, (fields) =>
            once('form', async () => {
              const answer = await api.form({
                channel: info.channel,
                member: member(),
                submit: form.submit,
                fields,
              });
              if (answer.kind === 'text') showNotice(t('studio.web.notice.private'), answer.text);
            }),
          );
        }
        composer.text = '';
      } catch (error) {
        if (error instanceof StudioApiError && error.code !== 'NETWORK') pendingNonce = undefined;
        input.setAttribute('aria-invalid', 'true');
        throw error;
      }
    });
  });

  const refresh = async () => channel.load((await api.messages(info.channel)).messages);
  const events = new EventSource(`/studio/events?channel=${encodeURIComponent(info.channel)}`);
  events.addEventListener('message', (event) => {
    const data = JSON.parse((event as MessageEvent<string>).data) as StudioEvent;
    if (data.type === 'message') channel.upsert(data.message);
  });
  events.addEventListener('remove', (event) => {
    const data = JSON.parse((event as MessageEvent<string>).data) as StudioEvent;
    if (data.type === 'remove') channel.remove(data.id);
  });
  // (Re)connected: what happened while the stream was down comes from a fresh listing.
  events.addEventListener('open', () => {
    setupLine(info, true);
    refresh().catch(showError);
  });
  events.addEventListener('error', () => setupLine(info, false));

  setupLine(info, false);
  await refresh();
  // What was being written when the language changed comes back once.
  composer.text = sessionStorage.getItem(DRAFT_KEY) ?? '';
  sessionStorage.removeItem(DRAFT_KEY);
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  showError(
    error instanceof StudioApiError ? error : new StudioApiError('INTERNAL', t('studio.web.error.start')),
  );
});
