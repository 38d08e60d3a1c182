import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const coreSrc = fileURLToPath(new URL('./packages/core/src/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@putokaz\/core$/, replacement: `${coreSrc}index.ts` },
      { find: /^@putokaz\/core\/(.*)$/, replacement: `${coreSrc}$1` },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/e2e/**'],
    // Integration tests share one PostgreSQL server; files run in parallel, each in its own schema. Two at a
    // time (Vitest's default on a 2-core machine is one): much of their time is spent waiting on the database.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
