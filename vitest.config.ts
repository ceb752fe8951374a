import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Finds Redis for the run, or starts a redis-server of its own (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // Integration tests start servers and child processes; forks isolate them cleanly.
    pool: 'forks',
    // The machine has 2 cores; more parallel files only adds ffmpeg contention.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
