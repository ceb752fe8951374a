import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from '../../../commands/index.ts';
import { executeCommand } from '../../../commands/pipeline.ts';
import { translator } from '../../../src/core/i18n/translator.ts';
import { launchChromium, SHOTS, type StudioRun, startStudio, studioEnv } from './harness.ts';

/**
 * Issue 18 in the studio, in real Chromium: the page in the browser's language, the picker that
 * switches it and the member's private answers, and the pseudo-locale run that shows what is
 * still plain English or does not fit its box.
 */
let run: StudioRun;
let browser: Browser;

beforeAll(async () => {
  run = await startStudio(
    studioEnv({ SIMULATOR_RENDER_MS: '500', REELBOT_MASTER_KEY: randomBytes(32).toString('base64') }),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await run?.close();
});

/** A fresh browser profile, its language (Accept-Language and navigator.languages) set, as a member. */
async function open(options: { locale?: string; member?: string; path?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1180, height: 860 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await context.addInitScript((who: string) => {
    if (!localStorage.getItem('reelbot-studio-member')) localStorage.setItem('reelbot-studio-member', who);
  }, options.member ?? 'ada');
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${run.url}${options.path ?? '/'}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Pick a language in the page's picker: the page is drawn again in it. */
async function pick(page: Page, locale: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.locator('#language').selectOption(locale)]);
  await page.waitForSelector('body[data-ready="true"]');
}

/** Send a line from the composer (found by id: its name is in the page's language). */
async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('#composer');
  await box.fill(text);
  await box.press('Escape');
  await box.press('Enter');
}

const place = { surface: 'studio', workspaceId: 'local', channelId: 'general' } as const;

describe('the studio in the member’s language', () => {
  it('answers a German browser (Accept-Language: de-DE,de;q=0.9) with a German page', async () => {
    const html = await (await fetch(run.url, { headers: { 'accept-language': 'de-DE,de;q=0.9' } })).text();
    expect(html).toContain('<html lang="de">');
    for (const words of ['Handeln als', '>Senden</button>', 'aria-label="Nachrichten in #general"']) {
      expect(html).toContain(words);
    }
    // The browser code's words come with the page, in the same language.
    expect(html).toContain('"studio.web.form.save":"Speichern"');
    // Nothing usable: English.
    expect(await (await fetch(run.url, { headers: { 'accept-language': 'xx, *' } })).text()).toContain(
      '<html lang="en">',
    );

    const page = await open({ locale: 'de-DE' });
    expect(await page.locator('#composer-form button.primary').textContent()).toBe('Senden');
    expect(await page.locator('#language').inputValue()).toBe('de');
    // The composer's hints describe commands from the commands catalog, in German.
    await page.locator('#composer').pressSequentially('/sora gen');
    await expect
      .poll(() => page.locator('#hints .hint-detail').allTextContents())
      .toEqual(['Erstelle ein kurzes Video aus einem Prompt']);
    await page.context().close();
  });

  it('switches the page and the private answers to Japanese when 日本語 is picked, and remembers it', async () => {
    const page = await open({ locale: 'de-DE' });
    const sent: unknown[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') sent.push(request.postDataJSON());
    });
    await pick(page, 'ja');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('#composer-form button.primary').textContent()).toBe('送信');
    expect(await page.locator('label.member').textContent()).toContain('操作するメンバー');

    // A refusal, in Japanese.
    const ja = translator('ja');
    await send(page, 'hello');
    await expect
      .poll(() => page.locator('#error').textContent())
      .toBe(
        ja('studio.web.parse.start', {
          command: 'sora',
          example: '/sora generate prompt:a paper boat in the rain',
        }),
      );

    // A private answer, as the pipeline answers a member whose language is Japanese.
    const help = await executeCommand(
      findCommand('help')!,
      {},
      {
        services: run.app.services,
        actor: { id: 'ada', name: 'Ada' },
        place,
        commandName: 'sora',
        locales: { member: 'ja' },
      },
    );
    await send(page, '/sora help');
    const notice = page.locator('#notice');
    await expect.poll(() => notice.locator('strong').textContent()).toBe('あなただけに表示されています');
    expect(help.reply.kind).toBe('text');
    expect(await notice.locator('.notice-text').textContent()).toBe(
      help.reply.kind === 'text' ? help.reply.text : '',
    );
    // Each command carried the member's language.
    expect(sent.length).toBe(2);
    for (const body of sent) expect(body).toMatchObject({ locale: 'ja' });

    // Remembered: a new page in the same browser is Japanese, whatever the browser says.
    const again = await page.context().newPage();
    await again.goto(run.url);
    await again.waitForSelector('body[data-ready="true"]');
    expect(await again.locator('html').getAttribute('lang')).toBe('ja');
    await page.screenshot({ path: `${SHOTS}/40-japanese.png` });
    await page.context().close();
  });
});

/**
 * Words that are identifiers, not English: command, group and option names and choice values
 * (the studio's command line is typed in them, whatever the language).
 */
const identifiers = () => [
  'sora',
  ...new Set(
    COMMANDS.flatMap((c) => [
      c.name,
      ...(c.group ? [c.group] : []),
      ...c.options.flatMap((o) => [
        o.name,
        ...(o.choices?.({ providers: run.app.services.providers }) ?? []).map((ch) => String(ch.value)),
      ]),
    ]),
  ),
];

/**
 * Page parts whose words come from the server's other catalogs: cards, refusals, replies, boards,
 * and the key form's title, description and labels (the keys domain's form, drawn as a dialog).
 */
const SERVER_TEXT = [
  '.status-line, .summary, .failure, article .notice, .likeness, .board, .text, .notice-text, #error, video',
  '#key-form-dialog h2, #key-form-dialog p, #key-form-dialog label',
].join(', ');
/** Member input and names: never translated, never counted. */
const MEMBER_TEXT = '.prompt, .shot-text, .entry-prompt, .author, textarea, input';

interface Offender {
  /** `studio` for the page's own words (must be none), `server` for sentences of other domains. */
  owner: 'studio' | 'server';
  where: string;
  text: string;
}

/**
 * Every run of three or more plain ASCII words the member can see or hear (text, labels, titles,
 * placeholders, option texts, the title), outside member input, ids and URLs.
 */
function plainEnglish(page: Page): Promise<Offender[]> {
  return page.evaluate(
    ({ identifiers, serverText, memberText }) => {
      const ids = new Set(identifiers.map((i) => i.toLowerCase()));
      const offenders: { owner: 'studio' | 'server'; where: string; text: string }[] = [];
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
      const runs = (text: string): string[] => {
        const found: string[] = [];
        let current: string[] = [];
        const end = () => {
          if (current.length >= 3) found.push(current.join(' '));
          current = [];
        };
        for (const chunk of text.split(/\s+/)) {
          if (/^(https?:|\/)/.test(chunk)) {
            end();
            continue;
          }
          const word = chunk.replace(/^[("“«„'‘]+|[)"”»,.;:!?'’…]+$/g, '');
          if (/^[A-Za-z][A-Za-z’'-]*$/.test(word) && !ids.has(word.toLowerCase())) current.push(word);
          else end();
        }
        end();
        return found;
      };
      const visible = (el: Element) =>
        el.closest('dialog[open]') !== null || (el as HTMLElement).checkVisibility?.() !== false;
      const check = (el: Element, text: string | null) => {
        if (!text || el.closest(memberText) || el.closest('script, style, noscript, head')) return;
        for (const run of runs(text)) {
          offenders.push({
            owner: el.closest(serverText) ? 'server' : 'studio',
            where: describe(el),
            text: run,
          });
        }
      };
      check(document.documentElement, document.title);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && (visible(parent) || parent.tagName === 'OPTION')) check(parent, node.textContent);
      }
      for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        if (!visible(el)) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) check(el, el.getAttribute(name));
      }
      return offenders;
    },
    { identifiers: identifiers(), serverText: SERVER_TEXT, memberText: MEMBER_TEXT },
  );
}

/** Boxes whose words do not fit: buttons wider inside than out, the header, dialogs past the window. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${el.textContent?.trim().slice(0, 40)}”`;
    for (const button of document.querySelectorAll('button')) {
      if (!button.checkVisibility()) continue;
      if (button.scrollWidth > button.clientWidth + 1) bad.push(`${name(button)} is cut off`);
    }
    for (const box of document.querySelectorAll('.masthead, .composer-row, .dialog-buttons')) {
      if (box.checkVisibility() && box.scrollWidth > box.clientWidth + 1) bad.push(`${name(box)} overflows`);
    }
    for (const dialog of document.querySelectorAll('dialog[open]')) {
      const r = dialog.getBoundingClientRect();
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight)
        bad.push(`${name(dialog)} does not fit the window`);
      if (dialog.scrollWidth > dialog.clientWidth + 1) bad.push(`${name(dialog)} is wider inside than out`);
    }
    return bad;
  });
}

describe('the pseudo-locale through the studio (en-XA page, en-XA room)', () => {
  const seen: Offender[] = [];
  const cutOff: string[] = [];
  const look = async (page: Page, step: string) => {
    for (const offender of await plainEnglish(page)) {
      if (!seen.some((s) => s.where === offender.where && s.text === offender.text))
        seen.push({ ...offender, where: `${step}: ${offender.where}` });
    }
    cutOff.push(...(await overflowing(page)).map((b) => `${step}: ${b}`));
  };

  it('shows no plain-English words of the studio’s own, and every box fits, through generate, a refusal, help, the story and key dialogs', {
    timeout: 120_000,
  }, async () => {
    const room = await fetch(`${run.url}/studio/api/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'general',
        member: 'cy',
        text: '/sora settings setting:language value:en-XA',
      }),
    });
    expect(room.status).toBe(200);

    const page = await open({ member: 'cy', path: '/?pseudo' });
    await pick(page, 'en-XA');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-XA');

    await send(page, '/sora generate prompt:ŵåţéŕƒåļļ åţ ñîĝĥţ duration:4');
    const post = page
      .locator('li.post')
      .filter({ has: page.locator('.prompt') })
      .last();
    await post.locator('video').waitFor({ timeout: 30_000 });
    const clipId = (await post.getAttribute('id'))!.replace(/^clip-/, '');
    await expect
      .poll(async () => (await run.app.store.clips.get(clipId))?.state, { timeout: 30_000 })
      .toBe('posted');
    await look(page, 'posted');

    await send(page, '/sora generate prompt:ŵåţéŕ duration:5');
    await page.locator('#error').waitFor();
    await look(page, 'refusal');

    await send(page, '/sora help');
    await page.locator('#notice').waitFor();
    await look(page, 'help');

    await page.locator('#composer').fill('');
    await page.locator('#composer').pressSequentially('/sora generate prompt:x du');
    await page.locator('#hints').waitFor();
    await look(page, 'hints');
    await page.locator('#composer').fill('');

    await page.locator('#story-open').click();
    await page.locator('#story-dialog[open]').waitFor();
    await look(page, 'story dialog');
    await page.screenshot({ path: `${SHOTS}/41-pseudo-story.png` });
    await page.keyboard.press('Escape');

    await send(page, '/sora keys add provider:openai');
    await page.locator('#key-form-dialog[open]').waitFor();
    await look(page, 'key dialog');
    await page.screenshot({ path: `${SHOTS}/42-pseudo-key.png` });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SHOTS}/43-pseudo.png`, fullPage: true });
    await page.context().close();

    expect(cutOff).toEqual([]);
    expect(seen.filter((o) => o.owner === 'studio')).toEqual([]);
  });

  // Cards, refusals and replies come from the other domains' catalogs (issue 18's other parts):
  // this lists every sentence of theirs still in English, and passes once all are translated.
  it('shows no plain-English words at all: cards, refusals and answers included', () => {
    expect(seen.filter((o) => o.owner === 'server')).toEqual([]);
  });
});
