import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure functions: one worker runs many files and imports a module once,
          // instead of a process started, and compromise, zod and unified imported,
          // for every file. A unit test leaves no state behind (Vitest resets
          // module mocks after each file; anything else is the test's to undo).
          isolate: false,
          // A guard against a hang, not a check of speed: on a machine busy with
          // other jobs, Vitest's 5 s default failed tests that pass in a fraction of it.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Real builds: each takes seconds, more on a busy machine, and one
          // checkout builds one archive at a time (src/build/build-lock.ts).
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
