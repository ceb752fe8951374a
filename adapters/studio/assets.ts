import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import { extname } from 'node:path';
import { SECURITY_HEADERS } from './http.ts';

const WEB_DIR = new URL('./web/', import.meta.url);

const TYPES: Record<string, string> = {
  '.ts': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/**
 * The page's code, served from adapters/studio/web with no bundler: TypeScript is stripped of its
 * types on first request by Node's own `module.stripTypeScriptTypes` (Node >= 22.13) and kept.
 * Browsers run ES modules by MIME type, not file name, so `./hints.ts` imports resolve as they
 * are. Only files that exist in web/ at start-up are served: no path from a URL reaches the disk.
 */
export class StudioAssets {
  readonly #names = new Set<string>();
  readonly #cache = new Map<string, Asset>();

  async load(): Promise<void> {
    for (const name of await readdir(WEB_DIR)) {
      if (TYPES[extname(name)] && /^[a-z][a-z0-9-]*\.[a-z]+$/.test(name)) this.#names.add(name);
    }
  }

  async serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const name = url.pathname.slice('/studio/assets/'.length);
    if (!this.#names.has(name)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const asset = await this.#asset(name);
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': asset.type,
      etag: asset.etag,
      // Revalidate every time: a changed file shows on the next reload, unchanged ones cost a 304.
      'cache-control': 'no-cache',
    };
    if (req.headers['if-none-match'] === asset.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': asset.body.length }).end(asset.body);
  }

  async #asset(name: string): Promise<Asset> {
    const cached = this.#cache.get(name);
    if (cached) return cached;
    const source = await readFile(new URL(name, WEB_DIR), 'utf8');
    const text = extname(name) === '.ts' ? strip(source) : source;
    const body = Buffer.from(text);
    const asset = {
      body,
      type: TYPES[extname(name)]!,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`,
    };
    this.#cache.set(name, asset);
    return asset;
  }
}

/**
 * Node marks stripTypeScriptTypes experimental and prints a warning on first use; running the bot
 * itself already relies on the same type stripping, so the warning would only alarm newcomers.
 */
function strip(source: string): string {
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    return stripTypeScriptTypes(source);
  } finally {
    process.emitWarning = emitWarning;
  }
}
