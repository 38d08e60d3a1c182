#!/usr/bin/env node
// Builds what is not built yet: core and server with `tsc -b` (incremental), then the web app with Vite when
// its sources (or core's) are newer than the last web build. `--force` rebuilds everything.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const force = process.argv.includes('--force');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

run(process.execPath, [
  join(root, 'node_modules/typescript/bin/tsc'),
  '-b',
  'packages/core',
  'packages/server',
  ...(force ? ['--force'] : []),
]);

const stamp = join(root, 'packages/web/dist/index.html');
const webInputs = Math.max(
  newest(join(root, 'packages/web/src')),
  newest(join(root, 'packages/web/public')),
  newest(join(root, 'packages/core/src')),
  // The informational pages are prerendered from the repository's content/pages/ files (docs/content.md).
  newest(join(root, 'content/pages')),
  statSync(join(root, 'packages/server/src/features/content/page-files.ts')).mtimeMs,
  ...['vite.config.ts', 'index.html', 'console/index.html'].map(
    (f) => statSync(join(root, 'packages/web', f)).mtimeMs,
  ),
);
if (force || !existsSync(stamp) || statSync(stamp).mtimeMs < webInputs) {
  run(process.execPath, [
    join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'packages/web/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
} else {
  console.log('build: web is up to date');
}
