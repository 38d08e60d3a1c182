#!/usr/bin/env node
// Micro-benchmark of person-name comparison (compareNames in @putokaz/core, built dist). A staff search ranks
// a few dozen decrypted candidates; the target is more than 100,000 comparisons per second on one core.
// Times are CPU time of this process, so other load on the machine changes the figures little.
// Prints plain figures, no assertions.
//
//   npx tsc -b packages/core && node scripts/bench/names.mjs
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distPath = join(root, 'packages/core/dist/index.js');
const corpusPath = join(root, 'packages/core/corpus/names/pairs.jsonl');
const TARGET = 100_000;
const SECONDS = 1;

if (!existsSync(distPath)) {
  console.error(`bench names: ${relative(root, distPath)} not found (run npx tsc -b packages/core)`);
  process.exit(1);
}
const { compareNames, prepareName } = await import(pathToFileURL(distPath).href);

const pairs = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
const names = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
const prepared = names.map((n) => prepareName(n));

/** CPU seconds used by this process so far (the figure per core, whatever else the machine runs). */
function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Runs `step(i)` for about SECONDS of CPU time and returns calls per CPU second. */
function measure(step) {
  for (let i = 0; i < 20_000; i++) step(i); // warm-up
  let calls = 0;
  const start = cpuSeconds();
  let elapsed = 0;
  while (elapsed < SECONDS) {
    for (let k = 0; k < 1000; k++) step(calls++);
    elapsed = cpuSeconds() - start;
  }
  return calls / elapsed;
}

let sink = 0;
const n = names.length;
// What a search does: one prepared query against the decrypted candidates (strings), a few dozen per search.
const search = measure((i) => {
  sink += compareNames(prepared[i % n], names[(i * 7 + 3) % n]).score;
});
const labelled = measure((i) => {
  const p = pairs[i % pairs.length];
  sink += compareNames(p.a, p.b).score;
});
const strings = measure((i) => {
  sink += compareNames(names[i % n], names[(i * 7 + 3) % n]).score;
});
const pre = measure((i) => {
  sink += compareNames(prepared[i % n], prepared[(i * 7 + 3) % n]).score;
});
const fold = measure((i) => {
  sink += prepareName(names[i % n]).tokens.length;
});

const fmt = (x) => Math.round(x).toLocaleString('en-US').padStart(9);
console.log(`name matching: ${n} distinct names from the labelled pairs, per CPU second of one core`);
console.log(`  compareNames, prepared query vs candidate string   ${fmt(search)} /s`);
console.log(`  compareNames, labelled pairs (two strings)         ${fmt(labelled)} /s`);
console.log(`  compareNames, any two names (two strings)          ${fmt(strings)} /s`);
console.log(`  compareNames, two prepared names                   ${fmt(pre)} /s`);
console.log(`  prepareName (fold one name)                        ${fmt(fold)} /s`);
console.log(`  target: more than ${fmt(TARGET).trim()} comparisons/s${sink < 0 ? ' ' : ''}`);
