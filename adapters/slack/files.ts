import { ValidationError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { IMAGE_MAX_BYTES } from '../../src/media/image.ts';

/** How long reading one member's picture from Slack may take. */
const DOWNLOAD_TIMEOUT_MS = 30_000;

/**
 * Where Slack serves private files: files.slack.com, and slack.com in older file objects
 * (https://medium.com/slack-developer-blog/important-changes-to-files-in-the-web-api-eb38f2a9c1e7).
 */
export const SLACK_FILE_ORIGINS = ['https://files.slack.com', 'https://slack.com'];

const tooBig = (bytes: number) =>
  new ValidationError(
    msg('surface.slack.pictureTooBig', { size: Math.round(bytes / 1024 / 102.4) / 10 }),
    'image',
  );
const unreadable = () => new ValidationError(msg('surface.slack.pictureUnreadable'), 'image');

/**
 * One file from a file_input's view_submission (its file object), read as bytes. Slack serves
 * `url_private_download` only with `Authorization: Bearer <token>` (files:read; the Slack post
 * above), and anything else gets its HTML sign-in page instead of the file
 * (https://gist.github.com/ErikKalkoken/f3ab28617d5099531ded865d111dbac1, comments). The
 * token goes only to Slack's own hosts (`origins`), never to a URL a payload could point anywhere.
 * The declared `size` is checked before reading, and the read stops past 10 MiB whatever the
 * size said; the core then checks what the bytes are.
 */
export async function downloadPicture(
  file: unknown,
  botToken: string,
  origins: readonly string[],
  /** Told why Slack did not hand the file over (a missing files:read scope shows here), never the token. */
  warn: (message: string, detail: Record<string, unknown>) => void = () => {},
): Promise<Uint8Array> {
  const f = (typeof file === 'object' && file !== null ? file : {}) as {
    size?: unknown;
    url_private_download?: unknown;
    url_private?: unknown;
  };
  if (typeof f.size === 'number' && f.size > IMAGE_MAX_BYTES) throw tooBig(f.size);
  const link = typeof f.url_private_download === 'string' ? f.url_private_download : f.url_private;
  let url: URL;
  try {
    url = new URL(String(link));
  } catch {
    throw unreadable();
  }
  if (!origins.includes(url.origin)) {
    warn('slack file not on a Slack file host; not read', { origin: url.origin });
    throw unreadable();
  }
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { authorization: `Bearer ${botToken}` },
      // A redirect is Slack's sign-in page: the token was not taken; never follow it with the token.
      redirect: 'manual',
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
  } catch (error) {
    warn('slack file download failed', { err: (error as Error).message });
    throw unreadable();
  }
  if (res.status !== 200 || !res.body) {
    warn('slack file download refused', { status: res.status });
    await res.body?.cancel().catch(() => {});
    throw unreadable();
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > IMAGE_MAX_BYTES) {
    await res.body.cancel().catch(() => {});
    throw tooBig(declared);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > IMAGE_MAX_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooBig(total);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
