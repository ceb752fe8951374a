import { ApiError } from './http.ts';

/** A file part of a multipart body (its bytes kept: an uploaded first frame is drawn into the video). */
export interface UploadedFile {
  kind: 'file';
  filename: string;
  contentType: string;
  size: number;
  bytes: Uint8Array;
}

export type BodyValue = string | number | boolean | null | UploadedFile | BodyValue[] | BodyObject;
export interface BodyObject {
  [key: string]: BodyValue;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'file';
}

export function isBodyObject(value: unknown): value is BodyObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUploadedFile(value);
}

const JSON_PARSE_ERROR =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)";

/**
 * A POST body as a plain object, whatever the encoding. The openai SDK always sends multipart for
 * create/edit/extend and JSON for remix (openai-node videos.ts); curl and Batch send JSON everywhere, so
 * every POST route accepts both, plus urlencoded forms.
 */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<BodyObject> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (raw.length === 0) return {};
  if (type === 'multipart/form-data') return parseMultipart(raw, contentType!);
  if (type === 'application/x-www-form-urlencoded') {
    const out: BodyObject = {};
    for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) setBracketed(out, key, value);
    return out;
  }
  // JSON is the default, as for the real API: a client that forgets the header still gets parsed.
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ApiError(400, JSON_PARSE_ERROR);
  }
  if (!isBodyObject(parsed)) throw new ApiError(400, JSON_PARSE_ERROR);
  return parsed;
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<BodyObject> {
  let form: FormData;
  try {
    // undici's multipart parser (the one behind fetch) is stricter and better tested than a hand-rolled one.
    form = await new Request('http://simulator.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(raw),
    }).formData();
  } catch {
    throw new ApiError(400, 'Could not parse the multipart/form-data body of your request.');
  }
  const out: BodyObject = {};
  for (const [key, value] of form) {
    const part: BodyValue =
      typeof value === 'string'
        ? value
        : {
            kind: 'file',
            filename: value.name,
            contentType: value.type,
            size: value.size,
            bytes: new Uint8Array(await value.arrayBuffer()),
          };
    setBracketed(out, key, part);
  }
  return out;
}

/**
 * Set `input_reference[image_url]`, `video[id]`, `tags[]` and `characters[][id]` the way the SDK's
 * `addFormValue` encodes nested values: brackets for object keys, `[]` for array items.
 */
export function setBracketed(target: BodyObject, key: string, value: BodyValue): void {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) {
    target[key] = value;
    return;
  }
  const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
  let node: BodyObject | BodyValue[] = target;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    const nextIsArray = !last && path[i + 1] === '';
    if (Array.isArray(node)) {
      // `[]` segment: append, or fill the last item while it lacks the next key (characters[][id]).
      if (last) {
        node.push(value);
        return;
      }
      const nextKey = path[i + 1]!;
      const tail: BodyValue | undefined = node[node.length - 1];
      if (isBodyObject(tail) && !(nextKey in tail)) {
        node = tail;
      } else {
        const fresh: BodyObject = {};
        node.push(fresh);
        node = fresh;
      }
      continue;
    }
    if (last) {
      node[segment] = value;
      return;
    }
    const existing: BodyValue | undefined = node[segment];
    if (nextIsArray ? Array.isArray(existing) : isBodyObject(existing)) {
      node = existing as BodyObject | BodyValue[];
    } else {
      const fresh: BodyObject | BodyValue[] = nextIsArray ? [] : {};
      node[segment] = fresh;
      node = fresh;
    }
  }
}
