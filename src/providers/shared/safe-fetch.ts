import { type LookupAddress, lookup } from 'node:dns';
import { lookup as lookupAll } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { ErrorCode, ProviderError, ValidationError } from '../../core/errors.ts';
import { msg } from '../../core/i18n/message.ts';
import { classifyAddress } from './addresses.ts';
import { type AnswerLimits, boundAnswer, isBoundedAnswer } from './bounded-answer.ts';
import { PROVIDER_MESSAGES } from './messages.ts';
import { pinnedFetch } from './pinned-fetch.ts';

/**
 * The one guard between reelbot and a URL someone else chose (a provider's output URL, a
 * redirect, a member's image link), so a hostile provider cannot make the bot reach this
 * machine or its network (server-side request forgery): http(s) only; every address the host
 * resolves to must be public (addresses.ts); the connection goes to the address that was
 * checked, never to a second DNS answer (no rebinding between check and connect); redirects are
 * followed by hand, each hop checked again, at most MAX_REDIRECTS. The configured provider's own
 * origin is trusted as it is (it may be the simulator on 127.0.0.1 in development). Every answer
 * that is not a video is bounded in size and time (bounded-answer.ts).
 */

/** Redirects followed per request (the bound; fetch itself would follow 20). */
export const MAX_REDIRECTS = 3;

/** A URL reelbot will not fetch or hand on; `reason` is safe to log (no query strings). */
export class UnsafeUrlError extends Error {
  override readonly name = 'UnsafeUrlError';
}

export interface GuardOptions extends AnswerLimits {
  /** Origins (or URLs, reduced to their origin) of the configured provider: trusted as they are. */
  trustedOrigins?: readonly string[];
  /** Redirects to follow, each re-checked (default MAX_REDIRECTS). */
  maxRedirects?: number;
}

/** Host and port of a URL, never its path or query (signed URLs carry secrets there). */
const where = (url: URL) => url.host;

function originsOf(options: GuardOptions): Set<string> {
  const origins = new Set<string>();
  for (const value of options.trustedOrigins ?? []) {
    if (URL.canParse(value)) origins.add(new URL(value).origin);
  }
  return origins;
}

function parse(raw: string | URL): URL {
  if (!URL.canParse(String(raw))) throw new UnsafeUrlError('not a valid URL');
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UnsafeUrlError(`${url.protocol} URLs are never fetched, only http(s)`);
  }
  return url;
}

/** The host of a URL as an IP literal, when it is one (`[::1]` becomes `::1`). */
const literalOf = (url: URL) => {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) ? host : undefined;
};

function refuseAddress(host: string, address: string): void {
  const kind = classifyAddress(address);
  if (kind !== 'public') throw new UnsafeUrlError(`${host} is a ${kind} address (${address})`);
}

const familyOf = (family: number | string | undefined) =>
  family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : typeof family === 'number' ? family : 0;

/** How checkedLookup resolves a name: every address of it (dns.lookup with `all`). */
export type ResolveAll = (
  hostname: string,
  options: { all: true; family: number; hints: number },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * A `dns.lookup` for sockets that answers only when every address of the host is public, so the
 * socket connects to an address that was checked, not to a second DNS answer. A host with one
 * private answer among public ones is refused: that mix is how rebinding attacks look.
 */
export function checkedLookup(resolve: ResolveAll = lookup as unknown as ResolveAll): LookupFunction {
  return (hostname, options, callback) => {
    resolve(
      hostname,
      { all: true, family: familyOf(options.family), hints: options.hints ?? 0 },
      (error, found) => {
        if (error) return callback(error, '', 0);
        try {
          if (found.length === 0) throw new UnsafeUrlError(`${hostname} has no address`);
          for (const { address } of found) refuseAddress(hostname, address);
        } catch (refusal) {
          return callback(refusal as Error, '', 0);
        }
        if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, found);
        callback(null, found[0]!.address, found[0]!.family);
      },
    );
  };
}

/** Connections to hosts we did not configure: each one through checkedLookup. */
const guardedLookup = checkedLookup();

/**
 * Refuse a URL unless it is http(s) and its host is (or resolves only to) public addresses, or it
 * is on a trusted origin. For links reelbot hands on to a provider without fetching them itself
 * (a member's image): the provider connects later, so this is the check we can make. A name that
 * does not resolve here leads nowhere through our resolver, so it is left to the provider to
 * report; only an answer that names a non-public address is refused.
 */
export async function checkPublicUrl(raw: string, options: GuardOptions = {}): Promise<void> {
  const url = parse(raw);
  if (originsOf(options).has(url.origin)) return;
  const literal = literalOf(url);
  if (literal) return refuseAddress(where(url), literal);
  const addresses = await lookupAll(url.hostname, { all: true }).catch(() => [] as LookupAddress[]);
  for (const { address } of addresses) refuseAddress(url.hostname, address);
}

/** The UnsafeUrlError somewhere in an error's cause chain (fetch wraps it in a TypeError). */
export function unsafeUrlIn(error: unknown): UnsafeUrlError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof UnsafeUrlError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers that may go to another origin after a redirect: nothing that identifies us. */
const CROSS_ORIGIN_HEADERS = new Set(['accept', 'user-agent']);

/**
 * A `fetch` for an SDK or a download: requests to a trusted origin go out as before; anything
 * else (a redirect elsewhere, an output URL) goes through the checked connection. A redirect of
 * a GET or HEAD is followed after re-checking it, dropping our credentials when it leaves the
 * origin; a redirect of any other method comes back to the caller as the 3xx it is.
 */
export function createGuardedFetch(options: GuardOptions = {}): typeof fetch {
  const trusted = originsOf(options);
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  return async (input, init = {}) => {
    // The SDKs pass a URL and an init; a Request would carry a body this could not replay.
    if (input instanceof Request) throw new TypeError('guarded fetch takes a URL, not a Request');
    let url = parse(input);
    let method = (init.method ?? 'GET').toUpperCase();
    let headers = new Headers(init.headers);
    let body = init.body;
    const origin = url.origin;
    for (let redirects = 0; ; redirects++) {
      const hop: RequestInit = { ...init, method, headers, body, redirect: 'manual' };
      let response: Response;
      if (trusted.has(url.origin)) {
        response = await fetch(url, hop);
      } else {
        const literal = literalOf(url);
        if (literal) refuseAddress(where(url), literal);
        try {
          response = await pinnedFetch(url, hop, guardedLookup);
        } catch (error) {
          throw unsafeUrlIn(error) ?? error;
        }
      }
      const location = response.headers.get('location');
      if (!REDIRECTS.has(response.status) || !location) {
        // Every API answer (status, create, result, error) is capped in size and time here, the
        // one fetch all three SDKs are given; video bodies are capped where they are read.
        return isBoundedAnswer(headers, response.headers)
          ? boundAnswer(response, where(url), options)
          : response;
      }
      const follows = method === 'GET' || method === 'HEAD' || response.status === 303;
      if (!follows) return response;
      await response.body?.cancel().catch(() => {});
      if (redirects >= maxRedirects) {
        throw new UnsafeUrlError(`more than ${maxRedirects} redirects (last to ${where(url)})`);
      }
      if (!URL.canParse(location, url.href))
        throw new UnsafeUrlError(`${where(url)} redirected to a bad URL`);
      url = parse(new URL(location, url));
      if (response.status === 303 && method !== 'HEAD') method = 'GET';
      if (method === 'GET' || method === 'HEAD') body = undefined;
      if (url.origin !== origin) {
        headers = new Headers([...headers].filter(([name]) => CROSS_ORIGIN_HEADERS.has(name)));
      }
    }
  };
}

/**
 * A refused URL as the provider failure it is: not retried (the provider would hand out the same
 * address again), DOWNLOAD_FAILED while downloading, PROVIDER_REJECTED for any other call.
 */
export function unsafeUrlFailure(error: UnsafeUrlError, label: string, downloading: boolean): ProviderError {
  return new ProviderError(
    downloading ? ErrorCode.DownloadFailed : ErrorCode.ProviderRejected,
    PROVIDER_MESSAGES.unsafeUrl,
    { message: `${label} refused: ${error.message}`, cause: error },
  );
}

/**
 * A member's image link, checked before it is handed to a provider (which fetches it from its own
 * network, and may share ours when it is a self-hosted gateway): INVALID_INPUT unless public.
 */
export async function checkImageUrl(url: string, options: GuardOptions): Promise<void> {
  try {
    await checkPublicUrl(url, options);
  } catch (error) {
    if (!(error instanceof UnsafeUrlError)) throw error;
    throw new ValidationError(msg('error.provider.privateImageLink'), 'image');
  }
}
