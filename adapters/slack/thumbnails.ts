import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { UploadLedger } from './upload-ledger.ts';

/** How long to wait for a thumbnail's bytes to reach Slack (they are a few kilobytes). */
const UPLOAD_TIMEOUT_MS = 30_000;

/**
 * A clip's thumbnail as a Slack file, for the leaderboard's image accessories. Block Kit shows
 * an image from a public URL or from a Slack file the poster can see (`slack_file`, "png, jpg,
 * jpeg and gif", Slack file object reference); the bot has no public URL, so it uploads the JPEG
 * once, unshared (files.completeUploadExternal without a channel), and remembers the file id in
 * the upload ledger so every later board and every worker reuses it. Undefined on any failure:
 * a board without a picture is still a board.
 */
export async function thumbnailFile(
  client: webApi.WebClient,
  ledger: UploadLedger,
  clipId: string,
  jpeg: Uint8Array,
  logger: Logger,
): Promise<string | undefined> {
  const key = `thumbnail-${clipId}`;
  const known = await ledger.get(key);
  if (known?.state === 'shared') return known.fileId;
  try {
    const ticket = await client.files.getUploadURLExternal({
      filename: `clip-${clipId}.jpg`,
      length: jpeg.byteLength,
    });
    if (!ticket.upload_url || !ticket.file_id) return undefined;
    const sent = await fetch(ticket.upload_url, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg' },
      body: new Uint8Array(jpeg),
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
    if (!sent.ok) throw new Error(`upload answered HTTP ${sent.status}`);
    await client.files.completeUploadExternal({ files: [{ id: ticket.file_id, title: `clip ${clipId}` }] });
    await ledger.set(key, { state: 'shared', fileId: ticket.file_id });
    return ticket.file_id;
  } catch (error) {
    logger.warn({ clipId, err: (error as Error).message }, 'slack thumbnail upload failed');
    return undefined;
  }
}
