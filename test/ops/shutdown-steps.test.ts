import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { runShutdown } from '../../src/ops/shutdown.ts';

describe('runShutdown', () => {
  it('runs every step in order and reports a clean stop', async () => {
    const ran: string[] = [];
    const step = (name: string) => ({ name, run: async () => void ran.push(name) });
    const result = await runShutdown([step('adapters'), step('http'), step('worker')], {
      timeoutMs: 1000,
      logger: silentLogger,
    });
    expect(ran).toEqual(['adapters', 'http', 'worker']);
    expect(result).toEqual({ inTime: true, failed: [] });
  });

  it('keeps closing after a step throws, and names it', async () => {
    const ran: string[] = [];
    const result = await runShutdown(
      [
        {
          name: 'adapters',
          run: async () => {
            throw new Error('gateway already gone');
          },
        },
        { name: 'worker', run: async () => void ran.push('worker') },
      ],
      { timeoutMs: 1000, logger: silentLogger },
    );
    expect(ran).toEqual(['worker']);
    expect(result).toEqual({ inTime: true, failed: ['adapters'] });
  });

  it('gives up on a step that hangs past the deadline and says which', async () => {
    const ran: string[] = [];
    const result = await runShutdown(
      [
        { name: 'worker', run: () => new Promise<void>(() => {}) },
        { name: 'after', run: async () => void ran.push('after') },
      ],
      { timeoutMs: 50, logger: silentLogger },
    );
    expect(result).toEqual({ inTime: false, failed: [], pending: 'worker' });
    expect(ran).toEqual([]);
  });
});
