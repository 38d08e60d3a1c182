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
    // Two files at a time (Vitest's default on 2 cores is one): much of their time is start-up and waiting on
    // the database. Integration tests share one PostgreSQL server: each worker has its own database, made and
    // dropped by the global set-up (packages/server/test/support/postgres-global.ts), and each file its own
    // schema in it. A test that takes a second alone can take ten on a busy machine: generous time limits.
    maxWorkers: 2,
    globalSetup: ['packages/server/test/support/postgres-global.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
