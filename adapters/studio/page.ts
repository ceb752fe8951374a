import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  LANGUAGES,
  type Locale,
  matchLocale,
  negotiateLocale,
  PSEUDO_LOCALE,
} from '../../src/core/i18n/locales.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import { languageName } from '../../src/core/workspace/settings.ts';
import { SECURITY_HEADERS } from './http.ts';
import { pageTextsJson } from './page-texts.ts';

/**
 * No inline script or style anywhere, so the policy can forbid both: even if some text slipped
 * into the page as markup, it could not run.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The cookie that remembers the member's pick of language (set by the page, web/app.ts). */
export const LOCALE_COOKIE = 'reelbot-studio-locale';

/** The locale a request's cookie names, if it names one of ours. */
export function cookieLocale(req: IncomingMessage): Locale | undefined {
  const cookies = (req.headers.cookie ?? '').slice(0, 4096).split(';');
  const value = cookies.map((c) => c.trim().split('=')).find(([name]) => name === LOCALE_COOKIE)?.[1];
  return matchLocale(value);
}

/**
 * The member's language for a page or API request: their pick (the cookie), else the browser's
 * (Accept-Language, which the browser builds from its navigator.languages), else English.
 */
export function requestLocale(req: IncomingMessage): Locale {
  return cookieLocale(req) ?? negotiateLocale(req.headers['accept-language']);
}

/** HTML text: the catalogs hold no markup, and a channel name is checked, but nothing is assumed. */
const htmlText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The language picker's options: each language named in itself (an English reader who landed on a
 * Japanese page still finds "English"). The pseudo-locale is for checking the surface, not for
 * members: offered only when asked for (`?pseudo`), when the workspace speaks it, or when it is on.
 */
function languageOptions(locale: Locale, pseudo: boolean): string {
  const locales: Locale[] = [
    ...LANGUAGES,
    ...(pseudo || locale === PSEUDO_LOCALE ? [PSEUDO_LOCALE as Locale] : []),
  ];
  return locales
    .map((l) => {
      const name = l === PSEUDO_LOCALE ? 'Pseudo (en-XA)' : languageName(l, l);
      return `<option value="${l}" lang="${l}"${l === locale ? ' selected' : ''}>${htmlText(name)}</option>`;
    })
    .join('');
}

export interface PageOptions {
  /** The member's language: the page's words, and the texts handed to its code. */
  locale: Locale;
  /** Offer the pseudo-locale in the picker. */
  pseudo?: boolean;
}

/**
 * The studio's one page: a channel with its messages and a composer. Everything in it is drawn
 * by web/app.ts from the API; the markup here is the fixed frame, in the member's language, with
 * the words the page's code draws as JSON data (page-texts.ts; a data block, never run, so the
 * policy's ban on inline script holds). The sidebar lists the studio's views; contests and
 * leaderboards join it as views of their own when they exist.
 */
export function pageHtml(
  channel: string,
  commandName: string,
  options: PageOptions = { locale: 'en' },
): string {
  // Both come from fixed lists or config checked to [a-z0-9_-], never from a request.
  const t: Translate = translator(options.locale);
  const w = (key: Parameters<Translate>[0], values?: Parameters<Translate>[1]) => htmlText(t(key, values));
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w('studio.page.title', { channel })}</title>
<link rel="icon" href="/studio/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/studio/assets/studio.css">
<link rel="stylesheet" href="/studio/assets/board.css">
<script type="application/json" id="studio-texts">${pageTextsJson(options.locale)}</script>
<script type="module" src="/studio/assets/app.ts"></script>
</head>
<body>
<a class="skip" href="#composer">${w('studio.page.skip')}</a>
<header class="masthead">
  <h1 class="brand">reelbot <span>studio</span></h1>
  <p id="setup" class="setup"></p>
  <label class="language">${w('studio.page.language')}
    <select id="language">${languageOptions(options.locale, options.pseudo === true)}</select>
  </label>
  <label class="member">${w('studio.page.actingAs')}
    <select id="member"></select>
  </label>
</header>
<div class="layout">
  <nav class="sidebar" aria-label="${w('studio.page.sidebar')}">
    <h2>${w('studio.page.channels')}</h2>
    <ul>
      <li><a href="/" aria-current="page">#${channel}</a></li>
    </ul>
  </nav>
  <main class="channel" id="main" data-channel="${channel}">
    <header class="channel-head">
      <h2>#${channel}</h2>
      <p>${w('studio.page.intro')}</p>
    </header>
    <ol id="messages" class="messages" aria-label="${w('studio.page.messages', { channel })}"></ol>
    <section class="compose" aria-label="${w('studio.page.compose')}">
      <div id="notice" class="notice" role="status" aria-live="polite" hidden></div>
      <div id="error" class="error" role="alert" hidden></div>
      <form id="composer-form" class="composer" autocomplete="off">
        <ul id="hints" class="hints" role="listbox" aria-label="${w('studio.page.suggestions')}" hidden></ul>
        <label for="composer" class="visually-hidden">${w('studio.page.messageBox', { channel })}</label>
        <div class="composer-row">
          <textarea id="composer" name="text" rows="1" role="combobox" aria-autocomplete="list"
            aria-expanded="false" aria-controls="hints" aria-describedby="hint-help composer-keys"
            spellcheck="false"
            placeholder="/${commandName} generate prompt:…"></textarea>
          <input type="file" id="attach-file" class="visually-hidden" accept="image/jpeg,image/png,image/webp">
          <button type="button" id="attach" aria-controls="attach-file">${w('studio.page.attach')}</button>
          <button type="button" id="story-open">${w('studio.page.story')}</button>
          <button type="submit" class="primary">${w('studio.page.send')}</button>
        </div>
        <p id="attached" class="attached" hidden><span id="attached-name"></span>
          <button type="button" id="attached-remove">${w('studio.page.remove')}</button></p>
        <div class="composer-foot">
          <p id="hint-help" class="hint-help"></p>
          <p id="composer-keys" class="composer-keys">${w('studio.page.keys')}</p>
        </div>
      </form>
    </section>
  </main>
</div>
<dialog id="remix-dialog" aria-labelledby="remix-title">
  <form method="dialog" id="remix-form">
    <h2 id="remix-title" class="dialog-title">${w('studio.page.remix.title')}</h2>
    <p id="remix-credit" class="muted"></p>
    <figure id="remix-original" class="original" hidden>
      <figcaption>${w('studio.page.remix.original')}</figcaption>
      <blockquote id="remix-original-text"></blockquote>
    </figure>
    <label for="remix-prompt" id="remix-label">${w('studio.page.remix.prompt')}</label>
    <textarea id="remix-prompt" rows="5" maxlength="4000" required></textarea>
    <div class="dialog-buttons">
      <button type="submit" value="cancel" formnovalidate>${w('studio.page.cancel')}</button>
      <button type="submit" value="remix" class="primary" id="remix-submit">${w('studio.page.remix.submit')}</button>
    </div>
  </form>
</dialog>
<dialog id="extend-dialog" aria-labelledby="extend-title">
  <form method="dialog" id="extend-form">
    <h2 id="extend-title" class="dialog-title">${w('studio.page.extend.title')}</h2>
    <p id="extend-credit" class="muted"></p>
    <label for="extend-prompt">${w('studio.page.extend.prompt')}</label>
    <textarea id="extend-prompt" rows="4" maxlength="4000" required></textarea>
    <label for="extend-seconds">${w('studio.page.extend.seconds')}</label>
    <select id="extend-seconds"></select>
    <div class="dialog-buttons">
      <button type="submit" value="cancel" formnovalidate>${w('studio.page.cancel')}</button>
      <button type="submit" value="extend" class="primary">${w('studio.page.extend.submit')}</button>
    </div>
  </form>
</dialog>
<dialog id="story-dialog" aria-labelledby="story-title">
  <form method="dialog" id="story-form">
    <h2 id="story-title" class="dialog-title">${w('studio.page.story.title')}</h2>
    <p class="muted">${w('studio.page.story.intro')}</p>
    <ol id="story-shots" class="story-shots"></ol>
    <button type="button" id="story-add">${w('studio.page.story.add')}</button>
    <label for="story-look">${w('studio.page.story.look')}</label>
    <textarea id="story-look" rows="2" maxlength="4000"></textarea>
    <div class="story-options">
      <div><label for="story-seconds">${w('studio.page.story.seconds')}</label> <select id="story-seconds"></select></div>
      <div><label for="story-mode">${w('studio.page.story.mode')}</label> <select id="story-mode"></select></div>
      <div><label for="story-transition">${w('studio.page.story.transition')}</label> <select id="story-transition"></select></div>
      <div><label for="story-model">${w('studio.page.story.model')}</label> <select id="story-model"></select></div>
      <div><label for="story-aspect">${w('studio.page.story.aspect')}</label> <select id="story-aspect"></select></div>
      <div><label for="story-style">${w('studio.page.story.style')}</label> <select id="story-style"></select></div>
    </div>
    <div class="dialog-buttons">
      <button type="submit" value="cancel" formnovalidate>${w('studio.page.cancel')}</button>
      <button type="submit" value="story" class="primary">${w('studio.page.story.submit')}</button>
    </div>
  </form>
</dialog>
<noscript><p class="error">${w('studio.page.noscript')}</p></noscript>
</body>
</html>
`;
}

export function servePage(
  res: ServerResponse,
  channel: string,
  commandName: string,
  options: PageOptions,
): void {
  const html = pageHtml(channel, commandName, options);
  res
    .writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-cache',
      // The page's language follows the cookie and Accept-Language: a cache must key on both.
      vary: 'Accept-Language, Cookie',
    })
    .end(html);
}
