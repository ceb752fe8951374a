import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { webApi } from '@slack/bolt';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { OutgoingFile } from '../../src/core/ports/messenger.ts';
import { fromSlackError } from './errors.ts';
import type { UploadLedger } from './upload-ledger.ts';

/**
 * Slack accepts files up to 1 GB (a Slack maintainer in slackapi/bolt-python#1059; the
 * per-workspace storage quota depends on the plan). We read "1 GB" as 10^9 bytes, the smaller
 * of the two readings, so a clip we let through is never refused for size.
 */
export const SLACK_UPLOAD_LIMIT = 1_000_000_000;

/** How long to wait for the bytes to reach Slack's upload URL. */
const UPLOAD_TIMEOUT_MS = 10 * 60_000;
/**
 * files.completeUploadExternal answers with the file, not the message it landed in; that
 * message's ts appears in the file's `shares` once Slack has shared it, usually at once but
 * sometimes a moment later (node-slack-sdk #1865). We look a few times, briefly.
 */
const SHARE_LOOKUPS_MS = [0, 500, 1500];

export interface ThreadUpload {
  channel: string;
  threadTs?: string;
  file: OutgoingFile;
  title: string;
  comment: string;
  /** The same on every retry of one delivery. */
  key: string;
}

/** Where the video landed: its file id, and the ts of the message showing it when Slack told us. */
export interface UploadedFile {
  fileId: string;
  ts?: string;
}

/**
 * Post a video into a thread with Slack's three-step external upload
 * (https://docs.slack.dev/messaging/working-with-files#uploading_files):
 * files.getUploadURLExternal (filename + length), POST the bytes to the returned upload_url,
 * files.completeUploadExternal (channel_id + thread_ts). The WebClient's files.uploadV2 does the
 * same but reads the whole file into memory and gives us no point to record progress.
 *
 * Dedupe: the ledger records the file id as soon as Slack issues it and marks it shared right
 * after complete. A retry that finds "shared" returns the first message. A retry that finds
 * "started" (or "failed" with a file id) asks files.info whether that file reached the channel
 * (the worker died during or just after complete) and, if so, adopts it. Each upload attempt is
 * claimed atomically first, so of two deliveries running at once (a lapsed job lock) one uploads
 * and the other waits for its record; an attempt still claimed by a live delivery is waited for,
 * never repeated. A claim whose holder died lapses after CLAIM_MS, and the next retry uploads.
 * The one window left: complete succeeded and both the ledger write and files.info fail; then the
 * retry uploads again and the video shows twice.
 */
export async function uploadToThread(
  client: webApi.WebClient,
  ledger: UploadLedger,
  upload: ThreadUpload,
  logger: Logger,
): Promise<UploadedFile> {
  const earlier = await ledger.get(upload.key);
  if (earlier?.state === 'shared') {
    return { fileId: earlier.fileId, ...(earlier.ts ? { ts: earlier.ts } : {}) };
  }
  if (earlier?.fileId) {
    const share = await findShare(client, earlier.fileId, upload.channel, [0]);
    if (share.shared) {
      logger.info({ fileId: earlier.fileId }, 'slack upload had completed before a retry; not posting again');
      await ledger.set(upload.key, { state: 'shared', fileId: earlier.fileId, ...tsOf(share.ts) });
      return { fileId: earlier.fileId, ...tsOf(share.ts) };
    }
  }
  const last = earlier ? (earlier.attempt ?? 1) : 0;
  const busy = earlier?.state === 'started' && (await ledger.attemptLive(upload.key, last));
  const attempt = last + 1;
  if (busy || !(await ledger.claimAttempt(upload.key, attempt, CLAIM_MS))) {
    return awaitOtherDelivery(ledger, upload.key, logger);
  }
  try {
    return await uploadAttempt(client, ledger, upload, attempt, logger);
  } catch (error) {
    // Free the next attempt at once: this one is over, and Slack did not confirm it.
    const started = await ledger.get(upload.key).catch(() => undefined);
    const fileId = started?.state === 'started' ? started.fileId : undefined;
    if (started?.state !== 'shared') {
      await ledger
        .set(upload.key, { state: 'failed', attempt, ...(fileId ? { fileId } : {}) })
        .catch(() => undefined);
    }
    throw error;
  }
}

/** The longest an attempt's holder can still be uploading: the bytes' timeout, then completion. */
const CLAIM_MS = 10 * 60_000 + 60_000;
/** How long a second delivery waits for the first one's record before the job retries later. */
const OTHER_DELIVERY_WAIT_MS = 60_000;
const OTHER_DELIVERY_POLL_MS = 250;

/** Another delivery holds this upload: take its message when it lands, else retry later. */
async function awaitOtherDelivery(ledger: UploadLedger, key: string, logger: Logger): Promise<UploadedFile> {
  logger.info({ key }, 'another delivery is uploading this video; waiting for it');
  const deadline = Date.now() + OTHER_DELIVERY_WAIT_MS;
  while (Date.now() < deadline) {
    const record = await ledger.get(key);
    if (record?.state === 'shared') return { fileId: record.fileId, ...tsOf(record.ts) };
    if (record?.state === 'failed') break;
    await new Promise((resolve) => setTimeout(resolve, OTHER_DELIVERY_POLL_MS));
  }
  throw new ReelbotError(ErrorCode.DeliveryFailed, msg('surface.slack.uploadPending'), {
    retryable: true,
    message: 'slack upload: another delivery holds this upload',
  });
}

/** One claimed attempt: the three-step upload, recording the file id as soon as Slack gives it. */
async function uploadAttempt(
  client: webApi.WebClient,
  ledger: UploadLedger,
  upload: ThreadUpload,
  attempt: number,
  logger: Logger,
): Promise<UploadedFile> {
  const { file } = upload;
  const ticket = await call('files.getUploadURLExternal', () =>
    client.files.getUploadURLExternal({ filename: file.name, length: file.bytes }),
  );
  if (!ticket.upload_url || !ticket.file_id) {
    throw new ReelbotError(ErrorCode.DeliveryFailed, msg('surface.slack.uploadRefused'), {
      retryable: true,
      message: 'files.getUploadURLExternal returned no upload_url or file_id',
    });
  }
  const fileId = ticket.file_id;
  await ledger.set(upload.key, { state: 'started', fileId, attempt });
  await postBytes(ticket.upload_url, file);

  const completion = await call('files.completeUploadExternal', () =>
    client.files.completeUploadExternal({
      files: [{ id: fileId, title: upload.title }],
      channel_id: upload.channel,
      ...(upload.threadTs ? { thread_ts: upload.threadTs } : {}),
      initial_comment: upload.comment,
    }),
  );
  await ledger.set(upload.key, { state: 'shared', fileId });

  const fromCompletion = shareTs(completion.files?.[0], upload.channel);
  const ts = fromCompletion ?? (await findShare(client, fileId, upload.channel, SHARE_LOOKUPS_MS)).ts;
  if (ts) await ledger.set(upload.key, { state: 'shared', fileId, ts });
  else
    logger.warn(
      { fileId },
      'slack did not say which message shows the video; votes count on the status message',
    );
  return { fileId, ...tsOf(ts) };
}

/** Stream the file to Slack's upload URL; Slack answers 200 when it has the bytes. */
async function postBytes(url: string, file: OutgoingFile): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(file.bytes) },
      body: Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>,
      duplex: 'half',
      redirect: 'error',
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    } as RequestInit);
  } catch (error) {
    throw new ReelbotError(ErrorCode.DeliveryFailed, msg('surface.slack.uploadFailed'), {
      cause: error,
      retryable: true,
      message: `slack upload: ${(error as Error).message}`,
    });
  }
  await response.body?.cancel();
  if (response.status !== 200) {
    throw new ReelbotError(ErrorCode.DeliveryFailed, msg('surface.slack.videoRefused'), {
      retryable: true,
      message: `slack upload answered HTTP ${response.status}`,
    });
  }
}

type SlackFile = { shares?: Record<string, Record<string, { ts?: string }[] | undefined> | undefined> };

/** The ts of the message that shows the file in `channel`, from the file's `shares`. */
function shareTs(file: unknown, channel: string): string | undefined {
  const shares = (file as SlackFile | undefined)?.shares;
  for (const scope of [shares?.public, shares?.private]) {
    const ts = scope?.[channel]?.[0]?.ts;
    if (ts) return ts;
  }
  return undefined;
}

async function findShare(
  client: webApi.WebClient,
  fileId: string,
  channel: string,
  delaysMs: readonly number[],
): Promise<{ shared: boolean; ts?: string }> {
  for (const delay of delaysMs) {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      const info = await client.files.info({ file: fileId });
      const ts = shareTs(info.file, channel);
      const shares = (info.file as SlackFile | undefined)?.shares;
      const inChannel = Boolean(shares?.public?.[channel] ?? shares?.private?.[channel]);
      if (ts || inChannel) return { shared: true, ...tsOf(ts) };
    } catch {
      // file_not_found: the upload never completed. Anything else: treat as not known.
      return { shared: false };
    }
  }
  return { shared: false };
}

const tsOf = (ts: string | undefined) => (ts ? { ts } : {});

async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw fromSlackError(error, what);
  }
}
