import { describe, expect, it } from 'vitest';
import { boardMessage } from '../../adapters/discord/board.ts';
import { announcementMessage } from '../../adapters/discord/render.ts';
import { renderBoard } from '../../adapters/slack/board.ts';
import type { SlackMessage } from '../../adapters/slack/render.ts';
import { fitEscaped } from '../../adapters/slack/text.ts';
import type { Board } from '../../src/core/board/board.ts';
import type { BoardDeps } from '../../src/core/board/board-entries.ts';
import { codePoints } from '../../src/core/card/text-cut.ts';
import type { Clip, Member } from '../../src/core/clip/clip.ts';
import type { Contest, ContestEntry, RankedEntry } from '../../src/core/contest/contest.ts';
import {
  entriesBoard,
  resultsBoard,
  standingsBoard,
  startBoard,
  statusBoard,
  votingBoard,
} from '../../src/core/contest/contest-boards.ts';
import {
  ContestService,
  MAX_ENTRIES,
  MAX_VOTER_AGE_DAYS,
  THEME_MAX,
} from '../../src/core/contest/contest-service.ts';
import {
  entriesText,
  entryLine,
  formatTime,
  momentsOf,
  resultText,
  standingsText,
  startText,
  statusText,
  votingText,
} from '../../src/core/contest/contest-text.ts';
import { ReelbotError, sentenceFor } from '../../src/core/errors.ts';
import { LOCALES, type Locale } from '../../src/core/i18n/locales.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { messageProblems } from '../fakes/discord/validate.ts';
import { messageBlockProblems } from '../fakes/slack/block-kit.ts';
import { ada, bob, cy, old, place } from '../helpers/contest-life.ts';
import { setup } from '../helpers/core-harness.ts';
import { hostileName, hostilePrompts, LONE_SURROGATE, stringsIn } from '../helpers/hostile-text.ts';

const HOUR = 3_600_000;

async function enter(t: ReturnType<typeof setup>, author: Member, prompt: string) {
  const clip = await t.service.request({ prompt, options: { durationS: 4 }, author, place, contest: 'yes' });
  await t.run(clip.id);
  return (await t.store.clips.get(clip.id))!;
}

describe('a contest in a Spanish channel', () => {
  it('announces its start, voting and results in Spanish, and refuses in Spanish', async () => {
    const t = setup();
    const contest = await t.contests.start(cy, place, {
      theme: 'fantasmas en la máquina',
      submitMs: HOUR,
      voteMs: HOUR,
      entriesPerMember: 1,
      minVoterAgeDays: 7,
      locale: 'es',
    });
    expect(contest.locale).toBe('es');
    expect((await t.store.contests.get(contest.id))!.locale).toBe('es');
    const start = t.messenger.said.at(-1)!.text.split('\n');
    expect(start).toEqual([
      `Cy inició un concurso: «fantasmas en la máquina» (concurso ${contest.id}).`,
      expect.stringMatching(
        /^Participa con \/sora generate y contest: yes, como máximo 1 participación por persona, hasta el .+ UTC \(en 1 h\)\.$/,
      ),
      expect.stringMatching(
        /^Después vota con 👍 en las participaciones que te gusten, hasta el .+ \(en 2 h\); tu propia participación y los bots no cuentan\. Solo cuentan los votos de miembros con al menos 7 días de antigüedad\.$/,
      ),
    ]);
    expect(t.messenger.boards.at(-1)).toMatchObject({
      kind: 'contest-start',
      locale: 'es',
      title: 'Cy inició un concurso: «fantasmas en la máquina»',
      notes: [`Id del concurso: ${contest.id}.`],
    });

    const a1 = await enter(t, ada, 'un fantasma en un rack de servidores');
    t.advance(1000);
    const b1 = await enter(t, bob, 'un fantasma en un teclado');
    // Ada's second entry is over her limit: the refusal is a message, drawn in the reader's language.
    const refusal = await t.service
      .request({ prompt: 'otro fantasma', options: { durationS: 4 }, author: ada, place, contest: 'yes' })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ReelbotError);
    expect(sentenceFor(refusal as ReelbotError, translator('es'))).toBe(
      'Ya tienes 1 participación en el concurso «fantasmas en la máquina», el máximo permitido. No se cobró nada.',
    );
    // Logs and older callers keep the English.
    expect((refusal as ReelbotError).userMessage).toBe(
      'You already have 1 entry in contest “fantasmas en la máquina”, the most allowed. Nothing was charged.',
    );
    expect(await t.contests.leaderboard(place)).toMatch(
      /^Concurso «fantasmas en la máquina»: 2 participaciones hasta ahora; los votos cuentan cuando se abra la votación, el .+\n1\. clip \S+ de Ada\n2\. clip \S+ de Bob$/,
    );

    t.advance(HOUR);
    expect(await t.contests.runPhase(contest.id, 'voting')).toEqual({ kind: 'done' });
    expect(t.messenger.said.at(-1)!.text).toMatch(
      /^Concurso «fantasmas en la máquina»: el plazo de participación terminó con 2 participaciones\. La votación está abierta hasta el .+ UTC \(en .+\): reacciona con 👍 en las participaciones que te gusten\. Las reacciones puestas antes de ahora no cuentan; quítala y vuelve a ponerla para votar\.$/,
    );
    const voting = t.messenger.boards.at(-1)!;
    expect(voting).toMatchObject({
      kind: 'contest-voting',
      locale: 'es',
      title: 'Concurso «fantasmas en la máquina»: la votación está abierta',
    });
    expect(voting.intro[0]).toMatch(/^El plazo de participación terminó con 2 participaciones\./);

    // Two votes for Ada's entry, one for Bob's, one self-vote that does not count.
    const vote = async (clip: Clip, member: Member) => {
      await t.service.vote(clip.id, member);
      t.messenger.react(clip.delivery!, '👍', member);
    };
    t.advance(60_000);
    await vote(a1, bob);
    await vote(a1, old('kim', 'Kim'));
    await vote(b1, old('lee', 'Lee'));
    await vote(b1, bob);
    expect(await t.contests.leaderboard(place)).toMatch(
      /^Concurso «fantasmas en la máquina», clasificación provisional \(la votación cierra el .+\):\n1\.º: clip \S+ de Ada, 2 votos\n2\.º: clip \S+ de Bob, 1 voto$/,
    );

    t.advance(HOUR);
    expect(await t.contests.runPhase(contest.id, 'close')).toEqual({ kind: 'done' });
    const results = t.messenger.said.at(-1)!;
    expect(results.text).toBe(
      [
        'El concurso «fantasmas en la máquina» terminó. 2 participaciones; los mejores:',
        `1.º: clip ${a1.id} de Ada, 2 votos https://chat.test/test/${a1.delivery!.id}`,
        `2.º: clip ${b1.id} de Bob, 1 voto https://chat.test/test/${b1.delivery!.id}`,
        'Cómo se contaron los votos: 3 votos contados; 1 voto propio sin contar; 0 votos encontrados en la plataforma al cierre. En caso de empate, gana la participación más temprana.',
      ].join('\n'),
    );
    expect(results.notify.map((m) => m.id)).toEqual(['ada', 'bob']);
    const board = t.messenger.boards.at(-1)!;
    expect(board).toMatchObject({
      kind: 'contest-results',
      locale: 'es',
      title: 'El concurso «fantasmas en la máquina» terminó',
      intro: ['2 participaciones; los mejores:'],
      notes: [results.text.split('\n').at(-1)],
    });
    // Each surface draws the board's own words in its language too.
    const discord = await boardMessage(board, async () => undefined);
    expect(discord.embeds.map((e) => [e.title, e.footer?.text])).toEqual([
      ['1. 2 votos', `clip ${a1.id}`],
      ['2. 1 voto', `clip ${b1.id}`],
    ]);
    const slack = renderBoard(board, results.text);
    expect(JSON.stringify(slack.blocks)).toContain('de Ada · 2 votos');
    expect(await t.contests.status(place)).toMatch(
      new RegExp(
        `^Concurso «fantasmas en la máquina» \\(concurso ${contest.id}\\) de Cy: cerrado el .+ UTC\\. Ganador: clip ${a1.id} de Ada con 2 votos\\.$`,
      ),
    );
    // Nothing the channel read was left in English.
    for (const { text } of t.messenger.said)
      expect(text).not.toMatch(/\b(Contest|entries|votes|Voting|until)\b/);
  });

  it('takes the workspace’s language when the request names none, and English for old contests', async () => {
    const t = setup();
    const contests = new ContestService({
      store: t.store,
      queue: t.queue,
      clock: t.clock,
      logger: silentLogger,
      messengers: { get: () => t.messenger },
      voteEmojiFor: async () => '👍',
      languageFor: async () => 'de',
      commandName: 'sora',
      minWindowMs: 60_000,
    });
    const contest = await contests.start(cy, place, {
      theme: 'Geister',
      submitMs: HOUR,
      voteMs: HOUR,
      entriesPerMember: 2,
    });
    expect(contest.locale).toBe('de');
    expect(t.messenger.said.at(-1)!.text).toMatch(/^Cy hat einen Wettbewerb gestartet: „Geister“/);
    await contests.cancel(cy, place);
    expect(t.messenger.said.at(-1)!.text).toBe(
      'Cy hat den Wettbewerb „Geister“ abgebrochen. Es gibt keine Ergebnisse.',
    );
    // A contest stored before languages has no locale: its words are English.
    const { locale: _, ...older } = contest;
    expect(statusText({ ...older, state: 'cancelled', cancelledBy: cy }, 0, t.clock.now())).toBe(
      `Contest “Geister” (contest ${contest.id}) by Cy: cancelled by Cy.`,
    );
  });
});

/** No half of a surrogate pair, no escape cut from what it escapes, no half a Slack entity. */
function expectWellCut(value: unknown) {
  for (const text of stringsIn(value)) {
    expect(text).not.toMatch(LONE_SURROGATE);
    expect(text).not.toMatch(/(?<!\\)(\\\\)*\\…/);
  }
}

function expectDiscordWithin(body: object) {
  expect(messageProblems(body as Record<string, unknown>)).toEqual([]);
  expectWellCut(body);
}

function expectSlackWithin(message: SlackMessage) {
  expect(messageBlockProblems(message.blocks)).toEqual([]);
  expect(codePoints(message.text)).toBeLessThanOrEqual(3000);
  expectWellCut(message);
  for (const text of stringsIn(message)) expect(text.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
}

describe.each(LOCALES)('a contest drawn in %s', (locale: Locale) => {
  // As long and hostile as members can make it: the longest theme, names far over any platform's,
  // every entry slot of three members taken (more than a board lists), every count non-zero.
  const [, prompt] = hostilePrompts()[1]!;
  const theme = hostileName.slice(0, THEME_MAX);
  const member = (i: number): Member => ({ id: `${10n ** 17n + BigInt(i)}`, name: hostileName });
  const now = 1_000_000;
  const contest = (state: Contest['state']): Contest => ({
    id: 'k0123456789abcdefghij',
    theme,
    place: { surface: 'discord', workspaceId: '1', channelId: '2' },
    state,
    createdBy: member(0),
    createdAt: now,
    votingOpensAt: now + 29 * 86_400_000 + 3_599_000,
    votingClosesAt: now + 59 * 86_400_000 + 7_199_000,
    entriesPerMember: MAX_ENTRIES,
    minVoterAgeDays: MAX_VOTER_AGE_DAYS,
    voteEmoji: 'a_very_long_custom_reaction_name_for_votes',
    locale,
    closedAt: now + 59 * 86_400_000 + 7_199_000,
    cancelledBy: member(1),
    result: { ranking, accounting },
  });
  const entries: ContestEntry[] = Array.from({ length: 3 * MAX_ENTRIES }, (_, i) => ({
    clipId: `r${i}`,
    author: member(i % 3),
    enteredAt: now + i,
  }));
  const ranking: RankedEntry[] = entries.map((e, i) => ({ ...e, votes: 1_000_000 - i }));
  const accounting = {
    counted: 123_456,
    self: 1001,
    bots: 2002,
    outsideWindow: 3003,
    tooYoung: 4004,
    ageUnknown: 5005,
    foundAtClose: 6006,
    retracted: 7007,
    reconciled: true,
  };
  const clipOf = (id: string): Clip =>
    ({
      id,
      prompt,
      author: member(Number(id.slice(1)) % 3),
      place: { surface: 'discord', workspaceId: '1', channelId: '2' },
      state: 'posted',
      delivery: { kind: 'channel', channelId: '2', messageId: id },
    }) as unknown as Clip;
  const deps = {
    store: { clips: { get: async (id: string) => clipOf(id) }, thumbnails: { has: async () => true } },
    messengers: { get: () => ({ link: async () => 'https://discord.com/channels/1/2/123456789012345678' }) },
  } as unknown as BoardDeps;
  const link = 'https://discord.com/channels/1/2/123456789012345678';
  const notify = ranking.slice(0, 3).map((e) => e.author.id);

  it('keeps every announcement, result and board within Discord’s and Slack’s limits', async () => {
    const voting = contest('voting');
    const closed = contest('closed');
    const lines = ranking.slice(0, 3).map((e, i) => entryLine(e, i, link, locale));
    const said: [string, Board | undefined][] = [
      [startText(contest('submissions'), 'sora', now), startBoard(contest('submissions'), 'sora', now)],
      [votingText(voting, entries.length, now), await votingBoard(deps, voting, entries, now)],
      [resultText(closed, lines, ranking.length), await resultsBoard(deps, closed)],
      [
        entriesText(contest('submissions'), entries, now),
        await entriesBoard(deps, contest('submissions'), entries, now),
      ],
      [standingsText(voting, voting.result!, now), await standingsBoard(deps, voting, voting.result!, now)],
      [standingsText(closed, closed.result!, now), await standingsBoard(deps, closed, closed.result!, now)],
      [statusText(closed, entries.length, now), await statusBoard(deps, closed, now)],
      [statusText(contest('cancelled'), entries.length, now), undefined],
    ];
    // Discord draws each moment the text names as its own timestamp.
    const moments = momentsOf(closed);
    for (const [text, board] of said) {
      if (locale === 'en-XA') expect(text).toContain('⟦');
      expectDiscordWithin(announcementMessage(text, notify, moments));
      expectSlackWithin({ text: fitEscaped(text, 3000), blocks: [] });
      if (!board) continue;
      expect(board.locale).toBe(locale);
      const drawn = await boardMessage(board, async () => new Uint8Array([0xff, 0xd8, 0xff]));
      expectDiscordWithin({ ...announcementMessage(drawn.text, notify, moments), embeds: drawn.embeds });
      const thumbnails = new Map(board.entries.map((e) => [e.clipId, `F${e.clipId}`]));
      expectSlackWithin(renderBoard(board, fitEscaped(text, 3000), thumbnails, ['U_ADA', 'U_BOB']));
    }
    const start = announcementMessage(said[0]![0], [], moments).content;
    expect(start).toContain(`<t:${Math.floor(closed.votingOpensAt / 1000)}:f>`);
    expect(start).not.toContain(formatTime(closed.votingOpensAt, locale));
    // Boards list at most ten entries, and say how many more there are, in the contest's language.
    const listed = said[1]![1]!;
    expect(listed.entries).toHaveLength(10);
    expect(listed.notes).toEqual([translator(locale)('contest.more', { count: 20 })]);
  });
});

describe('moments in a Discord announcement', () => {
  it('become Discord timestamps only where the core wrote them, never from member text', () => {
    const at = Date.UTC(2026, 10, 25, 14);
    const written = formatTime(at, 'es');
    const text = `Concurso «<t:1:R> ${written}»: hasta el ${written}.`;
    const { content } = announcementMessage(text, [], [{ at, text: written }]);
    // The theme's own markup stays literal; each moment the core wrote is drawn by Discord.
    expect(content).toBe(`Concurso «\\<t:1:R> <t:${at / 1000}:f>»: hasta el <t:${at / 1000}:f>.`);
  });
});
