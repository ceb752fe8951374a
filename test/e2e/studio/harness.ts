import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createStudioAdapter } from '../../../adapters/studio/index.ts';
import type { SurfaceAdapter } from '../../../adapters/types.ts';
import { adapterContext } from '../../../src/adapter-context.ts';
import { type App, type AppParts, createApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { HttpRouter } from '../../../src/http/router.ts';
import { findChromium } from '../../helpers/chromium.ts';
import { tempDir } from '../../helpers/pipeline.ts';

/** Where the browser tests leave their screenshots (gitignored). */
export const SHOTS = 'test-output/studio';

/**
 * Settings for a studio run like `npm start` with nothing configured: the in-process simulator
 * and (without REDIS_URL) the in-memory store and queue; quick renders and frequent card edits.
 */
export function studioEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: '0',
    LOG_LEVEL: 'silent',
    MEDIA_DIR: tempDir('studio-media'),
    SIMULATOR_RENDER_MS: '1500',
    POLL_MIN_MS: '200',
    POLL_MAX_MS: '1000',
    CARD_EDIT_INTERVAL_MS: '0',
    ...extra,
  };
}

export interface StudioRun {
  app: App;
  adapter: SurfaceAdapter;
  http: HttpRouter;
  url: string;
  close(): Promise<void>;
}

/**
 * The app as main.ts builds it for one process: createApp, the studio adapter registered as the
 * worker's messenger, the shared router on a free port. `worker: false` plays ROLE=bot; `parts`
 * replaces configured parts as createApp allows (a fake provider).
 */
export async function startStudio(
  env: Record<string, string>,
  options: { worker?: boolean; parts?: AppParts } = {},
): Promise<StudioRun> {
  const config = loadConfig(env);
  const app = await createApp(config, silentLogger, options.parts);
  const http = new HttpRouter(silentLogger);
  const adapter = createStudioAdapter(adapterContext(app, http), config);
  app.messengers.register(adapter.messenger);
  await adapter.start();
  if (options.worker !== false) await app.startWorker();
  const url = await http.listen(0, '127.0.0.1');
  return {
    app,
    adapter,
    http,
    url,
    async close() {
      await adapter.stop();
      await http.close();
      await app.close();
    },
  };
}

/** A worker-only process (ROLE=worker): the studio's messenger, no routes, no page. */
export async function startWorker(env: Record<string, string>) {
  const config = loadConfig(env);
  const app = await createApp(config, silentLogger);
  const adapter = createStudioAdapter(adapterContext(app, new HttpRouter(silentLogger)), config);
  app.messengers.register(adapter.messenger);
  await app.startWorker();
  return {
    app,
    async close() {
      await app.close();
      await adapter.stop();
    },
  };
}

/** Chromium (findChromium: CHROMIUM_PATH or PATH), headless; playwright-core never downloads one. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * Open the studio as a member. An init script records every status line the page ever shows,
 * per clip, so a test can check the card went through its states without racing them.
 */
export async function openStudio(browser: Browser, url: string, member = 'ada'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1180, height: 860 } });
  await context.addInitScript((who: string) => {
    localStorage.setItem('reelbot-studio-member', who);
    const log: Record<string, string[]> = {};
    (window as unknown as { statusLog: typeof log }).statusLog = log;
    new MutationObserver(() => {
      for (const line of document.querySelectorAll<HTMLElement>('.status-line')) {
        const clip = line.closest('li')?.id ?? '?';
        log[clip] ??= [];
        const seen = log[clip];
        const text = line.textContent ?? '';
        if (seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, member);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Type a command into the composer and send it with Enter. */
export async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Message #general' });
  await box.fill(text);
  await box.press('Escape');
  await box.press('Enter');
}

/** Act as another member through the picker. */
export async function actAs(page: Page, name: 'Ada' | 'Bob' | 'Cy (admin)'): Promise<void> {
  await page.getByLabel('Acting as').selectOption({ label: name });
}

/** The status lines one clip's post showed, in order. */
export async function statusLog(page: Page, clipId: string): Promise<string[]> {
  return page.evaluate(
    (id) => (window as unknown as { statusLog: Record<string, string[]> }).statusLog[`clip-${id}`] ?? [],
    clipId,
  );
}
