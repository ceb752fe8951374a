import { pageLocale, t } from './i18n.ts';
import type {
  ActionResult,
  AttachmentBody,
  CommandResult,
  ErrorBody,
  FormView,
  MessageView,
  StoryForm,
  StudioInfo,
} from './types.ts';

/** An answer the member should read: the server's sentence, with its stable code. */
export class StudioApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** A fresh id per submission: a repeated POST (double click, retry) makes the clip only once. */
export function newNonce(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new StudioApiError('NETWORK', t('studio.web.error.network'));
  }
  const body = (await response.json().catch(() => undefined)) as T | ErrorBody | undefined;
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new StudioApiError(
      error?.code ?? 'INTERNAL',
      error?.message ?? t('studio.web.error.status', { status: String(response.status) }),
    );
  }
  return body as T;
}

/**
 * Every request carries the member's language (the page's, as picked), so private answers and
 * refusals come in it (`context.locales.member` on the server).
 */
const post = <T>(path: string, body: object) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, locale: pageLocale }),
  });

export const api = {
  info: () => call<StudioInfo>(`/studio/api/info?locale=${encodeURIComponent(pageLocale)}`),
  messages: (channel: string) =>
    call<{ messages: MessageView[] }>(`/studio/api/messages?channel=${encodeURIComponent(channel)}`),
  command: (body: {
    channel: string;
    member: string;
    text: string;
    nonce: string;
    attachments?: AttachmentBody[];
  }) => post<CommandResult>('/studio/api/commands', body),
  story: (body: StoryForm) => post<CommandResult>('/studio/api/story', body),
  form: (body: {
    channel: string;
    member: string;
    submit: FormView['submit'];
    fields: Record<string, string>;
  }) => post<CommandResult>('/studio/api/forms', body),
  act: (body: {
    member: string;
    message: string;
    action: string;
    prompt?: string;
    seconds?: number;
    on?: boolean;
    nonce?: string;
  }) => post<ActionResult>('/studio/api/actions', body),
};
