import { describe, expect, it } from 'vitest';
import { storyPart, storyText } from '../../src/core/card/story-card.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import type { Story } from '../../src/core/story/story.ts';
import { sampleClip } from '../contract/store-contract.ts';

const NOW = 1_000_000;
const options = { model: 'sora-2', durationS: 4, size: '1280x720' };
const story = (mode: Story['mode']): Story => ({
  id: 'st1',
  kind: 'story',
  place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
  author: { id: 'u1', name: 'Ada' },
  mode,
  transition: 'cut',
  shots: ['a door opens', 'a hall', 'a window'].map((prompt, i) => ({
    clipId: `st1-s${i}`,
    own: true,
    prompt,
    render: { prompt, options, estimatedCostUsd: 0.4 },
  })),
  createdAt: 0,
});
const made = sampleClip({
  id: 'st1-s0',
  state: 'posted',
  submittedAt: NOW - 100_000,
  renderedAt: NOW - 40_000,
});
const rendering = (remainingMs: number, id = 'st1-s1'): Clip =>
  sampleClip({
    id,
    state: 'rendering',
    progress: 30,
    reading: { at: NOW - 10_000, progress: 30, remainingMs, pollAt: NOW, wakeAt: NOW },
  });

describe('the story card part', () => {
  it('in flow: the shot in flight plus, per shot not started, as long as a made shot took', () => {
    const part = storyPart(
      story('flow'),
      { estimatedCostUsd: 1.2, state: 'rendering' },
      [made, rendering(40_000), undefined],
      NOW,
    );
    expect(part.rows.map((r) => [r.state, r.progress])).toEqual([
      ['done', 100],
      ['rendering', 30],
      ['queued', 0],
    ]);
    // 30 s left on shot 2 (40 s read 10 s ago) + 60 s for shot 3 (shot 1 took 60 s).
    expect(part.etaS).toBe(90);
    expect(storyText(part)).toBe(
      [
        'Shot 1: a door opens (done)',
        'Shot 2: a hall (▰▰▰▱▱▱▱▱▱▱ 30%)',
        'Shot 3: a window (queued)',
        '3 shots, flow · about 90 s left · est. $1.20 for the whole story',
      ].join('\n'),
    );
  });

  it('in cut: the slowest shot in flight; a failed story says what it was charged', () => {
    const cut = storyPart(
      story('cut'),
      { estimatedCostUsd: 1.2, state: 'rendering' },
      [rendering(20_000, 'st1-s0'), rendering(50_000), rendering(5_000, 'st1-s2')],
      NOW,
    );
    expect(cut.etaS).toBe(40);
    const failed = storyPart(
      story('cut'),
      { estimatedCostUsd: 1.2, state: 'failed' },
      [made, sampleClip({ id: 'st1-s1', state: 'failed' }), undefined],
      NOW,
      40,
    );
    expect(failed.rows.map((r) => r.state)).toEqual(['done', 'failed', 'queued']);
    expect(failed.etaS).toBeUndefined();
    expect(storyText(failed).split('\n').at(-1)).toBe('3 shots, cut · charged $0.40 for the shots made');
  });
});
