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
    // Integration tests share one PostgreSQL server; each file has its own schema. One file at a time (Vitest's
    // default on 2 cores): with two, a file dropping its schema can break another's catalog introspection, and
    // the CLI-spawning tests time out.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
