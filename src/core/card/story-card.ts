import type { Clip } from '../clip/clip.ts';
import type { Story } from '../story/story.ts';
import { progressBar } from './card.ts';
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

const ROW_WORDS: Record<ShotRowState, string> = {
  queued: 'queued',
  rendering: 'rendering',
  done: 'done',
  failed: 'failed',
};

/** The story part as plain text, a line per shot (surfaces without richer widgets use it). */
export function storyText(part: StoryCardPart, shorten: (text: string) => string = (t) => t): string {
  const lines = part.rows.map((row) => {
    const where = row.state === 'rendering' ? progressBar(row.progress) : ROW_WORDS[row.state];
    return `Shot ${row.number}: ${shorten(row.text)} (${where}${row.reused ? ', kept from the first cut' : ''})`;
  });
  const money = part.chargedUsd
    ? `charged $${part.chargedUsd.toFixed(2)} for the shots made`
    : `est. $${part.totalEstimatedUsd.toFixed(2)} for the whole story`;
  const time = part.etaS !== undefined ? ` · about ${part.etaS} s left` : '';
  return [...lines, `${part.rows.length} shots, ${part.mode}${time} · ${money}`].join('\n');
}
