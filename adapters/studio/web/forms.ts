/**
 * The composer's dialogs and attachment: Extend (what happens next, how many seconds), Story (a
 * field per shot and the story's options) and the attached picture for `/sora cast add`. Choices
 * come from the server's command catalog, so the dialogs offer what the commands accept.
 */
import { byId, el } from './dom.ts';
import { t } from './i18n.ts';
import type { AttachmentBody, CardView, MessageView, StoryForm, StudioInfo } from './types.ts';

/** The most a picture may be; over it the page refuses before reading the file (the server does too). */
const PICTURE_MAX_BYTES = 10 * 1024 * 1024;

function choicesOf(info: StudioInfo, command: string, option: string) {
  return info.commands.find((c) => c.name === command && !c.group)?.options.find((o) => o.name === option)
    ?.choices;
}

/** Fill a select with a command option's choices, led by "default" (the option left out). */
function fill(select: HTMLSelectElement, info: StudioInfo, command: string, option: string): void {
  select.replaceChildren(
    el('option', { value: '' }, t('studio.web.choice.default')),
    ...(choicesOf(info, command, option) ?? []).map((c) => el('option', { value: String(c.value) }, c.name)),
  );
}

/** The Extend dialog; `open` shows it for a posted clip, `submit` gets what the member wrote. */
export function extendDialog(
  info: StudioInfo,
  submit: (message: MessageView, prompt: string, seconds: number | undefined) => void,
) {
  const dialog = byId<HTMLDialogElement>('extend-dialog');
  const prompt = byId<HTMLTextAreaElement>('extend-prompt');
  const seconds = byId<HTMLSelectElement>('extend-seconds');
  fill(seconds, info, 'extend', 'seconds');
  let extending: MessageView | undefined;
  byId<HTMLFormElement>('extend-form').addEventListener('submit', (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== 'extend' || !extending) return;
    submit(extending, prompt.value, seconds.value ? Number(seconds.value) : undefined);
  });
  return {
    open(message: MessageView, card: CardView) {
      extending = message;
      byId('extend-credit').textContent = t('studio.web.extend.credit', { name: card.author.name });
      prompt.value = '';
      seconds.value = '';
      dialog.showModal();
      prompt.focus();
    },
  };
}

/** The Story dialog: one field per shot, added and removed up to STORY_MAX_SHOTS. */
export function storyDialog(info: StudioInfo, submit: (form: Omit<StoryForm, 'channel' | 'member'>) => void) {
  const dialog = byId<HTMLDialogElement>('story-dialog');
  const list = byId<HTMLOListElement>('story-shots');
  const add = byId<HTMLButtonElement>('story-add');
  const selects = ['seconds', 'mode', 'transition', 'model', 'aspect', 'style'] as const;
  for (const name of selects) fill(byId<HTMLSelectElement>(`story-${name}`), info, 'story', name);

  const renumber = () => {
    const items = [...list.querySelectorAll<HTMLLIElement>('li')];
    items.forEach((item, i) => {
      item.querySelector('label')!.textContent = t('studio.web.shot', { number: i + 1 });
      item.querySelector('textarea')!.id = `story-shot-${i + 1}`;
      item.querySelector('label')!.setAttribute('for', `story-shot-${i + 1}`);
      item
        .querySelector<HTMLButtonElement>('button')!
        .setAttribute('aria-label', t('studio.web.shot.remove', { number: i + 1 }));
      item.querySelector<HTMLButtonElement>('button')!.disabled = items.length === 1;
    });
    add.disabled = items.length >= info.storyMaxShots;
  };
  const addShot = () => {
    if (list.children.length >= info.storyMaxShots) return;
    const remove = el('button', { type: 'button', class: 'shot-remove' }, t('studio.web.remove'));
    const item = el(
      'li',
      {},
      el('label', {}),
      el('textarea', { rows: '2', maxlength: '4000', required: true, class: 'shot-field' }),
      remove,
    );
    remove.addEventListener('click', () => {
      item.remove();
      renumber();
    });
    list.append(item);
    renumber();
    item.querySelector('textarea')!.focus();
  };
  add.addEventListener('click', addShot);

  byId<HTMLFormElement>('story-form').addEventListener('submit', (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== 'story') return;
    const value = (name: string) => byId<HTMLSelectElement | HTMLTextAreaElement>(`story-${name}`).value;
    const form: Omit<StoryForm, 'channel' | 'member'> = {
      shots: [...list.querySelectorAll<HTMLTextAreaElement>('textarea')].map((t) => t.value),
    };
    if (value('look').trim()) form.look = value('look');
    if (value('seconds')) form.seconds = Number(value('seconds'));
    for (const name of ['mode', 'transition', 'model', 'aspect', 'style'] as const) {
      if (value(name)) form[name] = value(name);
    }
    submit(form);
  });

  byId('story-open').addEventListener('click', () => {
    if (list.children.length === 0) {
      addShot();
      addShot();
    }
    dialog.showModal();
    list.querySelector('textarea')?.focus();
  });
}

/** Read a file as base64 without building a string byte by byte. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The composer's attach button: one picture, sent with the next command as an attachment whose
 * id an `image:` option may name (a command with one image option takes it without naming it).
 * Never shown back as an image: only its name is, so the page holds no public link to it.
 */
export function attachment(refuse: (message: string) => void) {
  const input = byId<HTMLInputElement>('attach-file');
  const chip = byId('attached');
  const name = byId('attached-name');
  let file: File | undefined;
  const clear = () => {
    file = undefined;
    input.value = '';
    chip.hidden = true;
  };
  byId('attach').addEventListener('click', () => input.click());
  byId('attached-remove').addEventListener('click', clear);
  input.addEventListener('change', () => {
    const picked = input.files?.[0];
    if (!picked) return clear();
    if (picked.size > PICTURE_MAX_BYTES) {
      clear();
      refuse(t('studio.web.picture.tooLarge', { size: Math.round((picked.size / 1024 / 1024) * 10) / 10 }));
      return;
    }
    file = picked;
    name.textContent = t('studio.web.attached', { name: picked.name });
    chip.hidden = false;
  });
  return {
    /** The attachment for a command, or nothing when none is attached. */
    async take(): Promise<AttachmentBody[] | undefined> {
      if (!file) return undefined;
      return [
        {
          id: 'a1',
          filename: file.name,
          ...(file.type ? { content_type: file.type } : {}),
          size: file.size,
          data: await base64Of(file),
        },
      ];
    },
    clear,
  };
}
