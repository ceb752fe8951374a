import type { Clip } from '../clip/clip.ts';
import { type Locale, SOURCE_LOCALE } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import type { Story } from '../story/story.ts';
import { moneyText, progressBar } from './card.ts';
import type { ShotRow, ShotRowState, StoryCardPart } from './story-rows.ts';

export type { ShotRow, ShotRowState, StoryCardPart } from './story-rows.ts';

function rowState(shot: Clip | undefined): ShotRowState {
  switch (shot?.state) {
    case undefined:
    case 'queued':
      return 'queued';
    case 'posted':
      return 'done';
    case 'failed':
    case 'cancelled':
      return 'failed';
    default:
      return 'rendering';
  }
}

/** Time left for a shot in flight from its last reading, in ms; undefined when not known. */
function leftMs(shot: Clip, now: number): number | undefined {
  if (!shot.reading) return undefined;
  return Math.max(0, shot.reading.remainingMs - (now - shot.reading.at));
}

/**
 * The story part of the card, from the story and its shots' clips (in story order; undefined for
 * a shot not started yet). Time left: in cut the slowest shot in flight; in flow the shot in
 * flight plus, for each shot not started, as long as a made shot took (or the one in flight).
 */
export function storyPart(
  story: Story,
  storyClip: Pick<Clip, 'estimatedCostUsd' | 'state'>,
  shots: readonly (Clip | undefined)[],
  now: number,
  chargedCents?: number,
): StoryCardPart {
  const rows: ShotRow[] = story.shots.map((s, i) => {
    const shot = shots[i];
    const state = s.own ? rowState(shot) : 'done';
    const row: ShotRow = {
      number: i + 1,
      text: s.prompt ?? shot?.prompt ?? '',
      state,
      progress: state === 'done' ? 100 : (shot?.progress ?? 0),
    };
    if (shot) row.clipId = shot.id;
    if (!s.own) row.reused = true;
    return row;
  });
  const part: StoryCardPart = {
    mode: story.mode,
    transition: story.transition,
    rows,
    totalEstimatedUsd: storyClip.estimatedCostUsd,
  };
  const live = shots.filter(
    (s, i): s is Clip => !!s && story.shots[i]!.own && rows[i]!.state === 'rendering',
  );
  const lefts = live.map((s) => leftMs(s, now)).filter((ms): ms is number => ms !== undefined);
  if (lefts.length > 0) {
    let ms = Math.max(...lefts);
    if (story.mode === 'flow') {
      const took = shots
        .filter(
          (s): s is Clip =>
            s?.state === 'posted' && s.submittedAt !== undefined && s.renderedAt !== undefined,
        )
        .map((s) => s.renderedAt! - s.submittedAt!);
      const perShot = took.length > 0 ? took.reduce((a, b) => a + b, 0) / took.length : ms;
      const pending = story.shots.filter((s, i) => s.own && shots[i] === undefined).length;
      ms += pending * perShot;
    }
    part.etaS = Math.ceil(ms / 1000);
  }
  if (chargedCents !== undefined && chargedCents > 0) part.chargedUsd = chargedCents / 100;
  return part;
}

/** The story part as plain text in `locale`, a line per shot (surfaces without richer widgets use it). */
export function storyText(
  part: StoryCardPart,
  shorten: (text: string) => string = (t) => t,
  locale: Locale = SOURCE_LOCALE,
): string {
  const t = translator(locale);
  const lines = part.rows.map((row) => {
    const where = row.state === 'rendering' ? progressBar(row.progress) : t(`card.story.row.${row.state}`);
    const values = { number: row.number, text: shorten(row.text), where };
    return t(row.reused ? 'card.story.lineKept' : 'card.story.line', values);
  });
  const money = part.chargedUsd
    ? t('card.cost.charged', { amount: moneyText(locale, part.chargedUsd) })
    : t('card.story.estimate', { amount: moneyText(locale, part.totalEstimatedUsd) });
  const shots = t('card.story.shots', { count: part.rows.length });
  const mode = t(`card.story.mode.${part.mode}`);
  const summary =
    part.etaS !== undefined
      ? t('card.story.summaryTime', {
          shots,
          mode,
          money,
          time: t('card.story.timeLeft', { seconds: part.etaS }),
        })
      : t('card.story.summary', { shots, mode, money });
  return [...lines, summary].join('\n');
}
