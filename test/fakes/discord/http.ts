import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FormProblem, formErrors } from './form-errors.ts';

/** A file part of a multipart request (`files[n]`). */
export interface UploadedPart {
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

/** A request body as Discord reads it: JSON, or multipart with `payload_json` and `files[n]`. */
export interface RequestBody {
  json: Record<string, unknown> | undefined;
  files: UploadedPart[];
  /** Size of the raw body in bytes. */
  bytes: number;
}

export async function readBody(req: IncomingMessage): Promise<RequestBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { json: undefined, files: [], bytes: 0 };
  if (type.startsWith('multipart/form-data')) {
    // Node's fetch Request parses multipart the way Discord's docs describe the format.
    const form = await new Request('http://fake/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    const files: UploadedPart[] = [];
    let json: Record<string, unknown> | undefined;
    for (const [field, value] of form.entries()) {
      if (field === 'payload_json' && typeof value === 'string') json = JSON.parse(value);
      else if (typeof value !== 'string') {
        files.push({
          field,
          name: value.name,
          contentType: value.type,
          data: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { json, files, bytes: raw.length };
  }
  return { json: JSON.parse(raw.toString('utf8')), files: [], bytes: raw.length };
}

/** A JSON answer; Discord always says `application/json` (@discordjs/rest parses nothing else). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

export function sendEmpty(res: ServerResponse) {
  res.writeHead(204).end();
}

/** Discord's error shape: `{ message, code }` plus `errors` for form problems. */
export class DiscordFailure extends Error {
  readonly status: number;
  readonly code: number;
  readonly errors: unknown;
  constructor(status: number, code: number, message: string, errors?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

export const fail = {
  unknownInteraction: () => new DiscordFailure(404, 10062, 'Unknown interaction'),
  alreadyAcknowledged: () => new DiscordFailure(400, 40060, 'Interaction has already been acknowledged.'),
  invalidWebhookToken: () => new DiscordFailure(401, 50027, 'Invalid Webhook Token'),
  unknownMessage: () => new DiscordFailure(404, 10008, 'Unknown Message'),
  unknownChannel: () => new DiscordFailure(404, 10003, 'Unknown Channel'),
  unauthorized: () => new DiscordFailure(401, 0, '401: Unauthorized'),
  tooLarge: () => new DiscordFailure(413, 40005, 'Request entity too large'),
  notAuthor: () => new DiscordFailure(403, 50005, 'Cannot edit a message authored by another user'),
  emptyMessage: () => new DiscordFailure(400, 50006, 'Cannot send an empty message'),
  /** 50035 with Discord's nested `errors`; a bare sentence is reported on the request as a whole. */
  invalidForm: (problems: readonly (FormProblem | string)[]) =>
    new DiscordFailure(
      400,
      50035,
      'Invalid Form Body',
      formErrors(
        problems.map((p) =>
          typeof p === 'string' ? { path: [], code: 'BASE_TYPE_INVALID', message: p } : p,
        ),
      ),
    ),
  notFound: () => new DiscordFailure(404, 0, '404: Not Found'),
};
