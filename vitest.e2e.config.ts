import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SlowestFirstSequencer } from './test/e2e/slow-first.js';

const coreSrc = fileURLToPath(new URL('./packages/core/src/', import.meta.url));

/**
 * Browser tests: the built server and web app in the system Chromium (test/e2e/harness.ts). Each file starts its
 * own server (free port, temporary data directory) and browser, so two files run at once (two cores: one waits on
 * the browser while the other works), with generous timeouts.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@putokaz\/core$/, replacement: `${coreSrc}index.ts` },
      { find: /^@putokaz\/core\/(.*)$/, replacement: `${coreSrc}$1` },
    ],
  },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // the slowest files start first, so that no worker waits alone at the end (test/e2e/slow-first.ts)
    sequence: { sequencer: SlowestFirstSequencer },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
