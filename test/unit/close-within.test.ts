import { describe, expect, it } from 'vitest';
import { closeWithin } from '../../src/queue/close-within.ts';

const never = () => new Promise<void>(() => {});

describe('closeWithin', () => {
  it('closes gracefully when it can, and never drops', async () => {
    let dropped = false;
    await closeWithin(
      1000,
      async () => {},
      async () => {
        dropped = true;
      },
    );
    expect(dropped).toBe(false);
  });

  it('drops a connection whose close fails or hangs', async () => {
    const drops: string[] = [];
    await closeWithin(
      1000,
      () => Promise.reject(new Error('Connection is closed.')),
      async () => {
        drops.push('failed');
      },
    );
    await closeWithin(20, never, async () => {
      drops.push('hung');
    });
    expect(drops).toEqual(['failed', 'hung']);
  });

  it('returns even when the drop hangs too, as a client stuck reconnecting does', async () => {
    let dropStarted = false;
    const done = closeWithin(20, never, () => {
      dropStarted = true;
      return never();
    });
    await expect(done).resolves.toBeUndefined();
    expect(dropStarted).toBe(true);
  });
});
