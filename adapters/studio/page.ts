import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './http.ts';

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

/**
 * The studio's one page: a channel with its messages and a composer. Everything in it is drawn
 * by web/app.ts from the API; the markup here is the fixed frame. The sidebar lists the studio's
 * views; contests and leaderboards join it as views of their own when they exist.
 */
export function pageHtml(channel: string, commandName: string): string {
  // Both come from fixed lists or config checked to [a-z0-9_-], never from a request.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>#${channel} · reelbot studio</title>
<link rel="icon" href="/studio/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/studio/assets/studio.css">
<link rel="stylesheet" href="/studio/assets/board.css">
<script type="module" src="/studio/assets/app.ts"></script>
</head>
<body>
<a class="skip" href="#composer">Skip to the message box</a>
<header class="masthead">
  <h1 class="brand">reelbot <span>studio</span></h1>
  <p id="setup" class="setup"></p>
  <label class="member">Acting as
    <select id="member"></select>
  </label>
</header>
<div class="layout">
  <nav class="sidebar" aria-label="Studio">
    <h2>Channels</h2>
    <ul>
      <li><a href="/" aria-current="page">#${channel}</a></li>
    </ul>
  </nav>
  <main class="channel" id="main" data-channel="${channel}">
    <header class="channel-head">
      <h2>#${channel}</h2>
      <p>Make clips with a command, vote with a reaction, remix each other's prompts.</p>
    </header>
    <ol id="messages" class="messages" aria-label="Messages in #${channel}"></ol>
    <section class="compose" aria-label="Send a command">
      <div id="notice" class="notice" role="status" aria-live="polite" hidden></div>
      <div id="error" class="error" role="alert" hidden></div>
      <form id="composer-form" class="composer" autocomplete="off">
        <ul id="hints" class="hints" role="listbox" aria-label="Suggestions" hidden></ul>
        <label for="composer" class="visually-hidden">Message #${channel}</label>
        <div class="composer-row">
          <textarea id="composer" name="text" rows="1" role="combobox" aria-autocomplete="list"
            aria-expanded="false" aria-controls="hints" aria-describedby="hint-help composer-keys"
            spellcheck="false"
            placeholder="/${commandName} generate prompt:…"></textarea>
          <input type="file" id="attach-file" class="visually-hidden" accept="image/jpeg,image/png,image/webp">
          <button type="button" id="attach" aria-controls="attach-file">Attach</button>
          <button type="button" id="story-open">Story</button>
          <button type="submit" class="primary">Send</button>
        </div>
        <p id="attached" class="attached" hidden><span id="attached-name"></span>
          <button type="button" id="attached-remove">Remove</button></p>
        <div class="composer-foot">
          <p id="hint-help" class="hint-help"></p>
          <p id="composer-keys" class="composer-keys">Enter sends · Shift+Enter for a new line</p>
        </div>
      </form>
    </section>
  </main>
</div>
<dialog id="remix-dialog" aria-labelledby="remix-title">
  <form method="dialog" id="remix-form">
    <h2 id="remix-title" class="dialog-title">Remix</h2>
    <p id="remix-credit" class="muted"></p>
    <figure id="remix-original" class="original" hidden>
      <figcaption>Original prompt</figcaption>
      <blockquote id="remix-original-text"></blockquote>
    </figure>
    <label for="remix-prompt" id="remix-label">Prompt</label>
    <textarea id="remix-prompt" rows="5" maxlength="4000" required></textarea>
    <div class="dialog-buttons">
      <button type="submit" value="cancel" formnovalidate>Cancel</button>
      <button type="submit" value="remix" class="primary" id="remix-submit">Remix</button>
    </div>
  </form>
</dialog>
<dialog id="extend-dialog" aria-labelledby="extend-title">
  <form method="dialog" id="extend-form">
    <h2 id="extend-title" class="dialog-title">Extend</h2>
    <p id="extend-credit" class="muted"></p>
    <label for="extend-prompt">What happens next</label>
    <textarea id="extend-prompt" rows="4" maxlength="4000" required></textarea>
    <label for="extend-seconds">Seconds</label>
    <select id="extend-seconds"></select>
    <div class="dialog-buttons">
      <button type="submit" value="cancel" formnovalidate>Cancel</button>
      <button type="submit" value="extend" class="primary">Extend</button>
    </div>
  </form>
</dialog>
<dialog id="story-dialog" aria-labelledby="story-title">
  <form method="dialog" id="story-form">
    <h2 id="story-title" class="dialog-title">Story</h2>
    <p class="muted">One field per shot; they are posted as one video.</p>
    <ol id="story-shots" class="story-shots"></ol>
    <button type="button" id="story-add">Add a shot</button>
    <label for="story-look">Look (what stays the same)</label>
    <textarea id="story-look" rows="2" maxlength="4000"></textarea>
    <div class="story-options">
      <div><label for="story-seconds">Seconds per shot</label> <select id="story-seconds"></select></div>
      <div><label for="story-mode">Mode</label> <select id="story-mode"></select></div>
      <div><label for="story-transition">Transition</label> <select id="story-transition"></select></div>
      <div><label for="story-model">Model</label> <select id="story-model"></select></div>
      <div><label for="story-aspect">Aspect</label> <select id="story-aspect"></select></div>
      <div><label for="story-style">Style</label> <select id="story-style"></select></div>
    </div>
    <div class="dialog-buttons">
      <button type="submit" value="cancel" formnovalidate>Cancel</button>
      <button type="submit" value="story" class="primary">Tell the story</button>
    </div>
  </form>
</dialog>
<noscript><p class="error">The studio needs JavaScript to run.</p></noscript>
</body>
</html>
`;
}

export function servePage(res: ServerResponse, channel: string, commandName: string): void {
  const html = pageHtml(channel, commandName);
  res
    .writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-cache',
    })
    .end(html);
}
