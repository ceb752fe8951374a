import { describe, expect, it } from 'vitest';
import { EditPacer } from '../../../adapters/discord/edit-pacer.ts';
import { systemClock } from '../../../src/core/ports/clock.ts';

function pacer(intervalMs: number) {
  const marks = new Map<string, number>();
  return new EditPacer({
    intervalMs,
    clock: systemClock,
    marks: {
      lastEdit: async (key) => marks.get(key),
      setLastEdit: async (key, at) => {
        marks.set(key, at);
      },
    },
  });
}

describe('EditPacer', () => {
  it('sends an edit at once, then only the newest of those that queued behind it', async () => {
    const p = pacer(150);
    const sent: string[] = [];
    const send = (label: string) => () => {
      sent.push(label);
      return Promise.resolve();
    };
    await p.run('m1', send('a'));
    await Promise.all([p.run('m1', send('b')), p.run('m1', send('c'))]);
    expect(sent).toEqual(['a', 'c']);
  });

  it('coalesces edits that arrive together into the newest', async () => {
    const p = pacer(150);
    const sent: string[] = [];
    await Promise.all(['a', 'b', 'c'].map((label) => p.run('m1', async () => void sent.push(label))));
    expect(sent).toEqual(['c']);
  });

  it('paces each message on its own', async () => {
    const p = pacer(10_000);
    const sent: string[] = [];
    await p.run('m1', async () => void sent.push('m1'));
    await p.run('m2', async () => void sent.push('m2'));
    expect(sent).toEqual(['m1', 'm2']);
  });

  it('drops what is waiting when the message is deleted, and a failed send still counts', async () => {
    const p = pacer(150);
    const sent: string[] = [];
    await expect(p.run('m1', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const waiting = p.run('m1', async () => void sent.push('late'));
    p.cancel('m1');
    await waiting;
    expect(sent).toEqual([]);
  });
});
