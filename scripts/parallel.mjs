#!/usr/bin/env node
// Runs npm scripts at the same time and fails when any of them fails; each script's output is printed whole
// when it ends, so the logs do not interleave. Used by `npm test` for lint and typecheck (independent,
// single-threaded steps: on two cores together they take about the time of the longer one).
//
//   node scripts/parallel.mjs lint typecheck
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/parallel.mjs <npm script> [<npm script> …]');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const runs = scripts.map(
  (name) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code, signal) => {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const status = code === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`;
        process.stdout.write(`\n== npm run ${name}: ${status} in ${seconds} s\n`);
        process.stdout.write(Buffer.concat(output));
        resolve(code === 0);
      });
    }),
);
const results = await Promise.all(runs);
process.exit(results.every(Boolean) ? 0 : 1);
