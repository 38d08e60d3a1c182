#!/usr/bin/env node
// Evaluates person-name matching (compareNames in @putokaz/core) against the labelled pairs in
// packages/core/corpus/names/pairs.jsonl and prints precision, recall, F1 and every false positive and
// false negative with its score.
//
//   npx tsc -b packages/core && node scripts/eval-names.mjs   builds, then prints the report
//   node scripts/eval-names.mjs                               uses what is built in packages/core/dist
//   ... --json                                                prints the metrics and errors as JSON instead
//
// It is a report, not a gate (the unit test packages/core/test/names.test.ts holds the targets): the exit
// code is 0 whatever the figures are. It is 1 when a corpus line is malformed (the message names the line)
// or when the built module is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusPath = join(root, 'packages/core/corpus/names/pairs.jsonl');
const distPath = join(root, 'packages/core/dist/index.js');
const TARGETS = { precision: 0.97, recall: 0.93 };

function fail(message) {
  console.error(`eval-names: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { json: false };
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/eval-names.mjs [--json]');
      process.exit(0);
    } else fail(`unknown argument ${arg} (try --help)`);
  }
  return options;
}

function readPairs() {
  const text = readFileSync(corpusPath, 'utf8');
  const pairs = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${relative(root, corpusPath)}:${index + 1}`;
    let item;
    try {
      item = JSON.parse(line);
    } catch (error) {
      fail(`${where}: not JSON (${error.message})`);
    }
    if (typeof item?.a !== 'string' || typeof item.b !== 'string' || typeof item.match !== 'boolean') {
      fail(`${where}: expected {"a": string, "b": string, "match": boolean, "note": string}`);
    }
    pairs.push({ line: index + 1, a: item.a, b: item.b, match: item.match, note: item.note ?? '' });
  });
  return pairs;
}

const ratio = (num, den) => (den === 0 ? 1 : num / den);
const pct = (value) => `${(100 * value).toFixed(1)} %`;

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(distPath)) {
    fail(`${relative(root, distPath)} not found: @putokaz/core is not built (run npx tsc -b packages/core)`);
  }
  const { compareNames, NAME_MATCH_THRESHOLD } = await import(pathToFileURL(distPath).href);
  const pairs = readPairs();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const falsePositives = [];
  const falseNegatives = [];
  for (const pair of pairs) {
    const { score, match } = compareNames(pair.a, pair.b);
    const row = { line: pair.line, a: pair.a, b: pair.b, score: Number(score.toFixed(3)), note: pair.note };
    if (match && pair.match) tp++;
    else if (match) {
      fp++;
      falsePositives.push(row);
    } else if (pair.match) {
      fn++;
      falseNegatives.push(row);
    } else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const report = {
    pairs: pairs.length,
    matches: tp + fn,
    nonMatches: fp + tn,
    threshold: NAME_MATCH_THRESHOLD,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: Number(precision.toFixed(4)),
    recall: Number(recall.toFixed(4)),
    f1: Number(f1.toFixed(4)),
    targets: TARGETS,
    meetsTargets: precision >= TARGETS.precision && recall >= TARGETS.recall,
    falsePositiveList: falsePositives,
    falseNegativeList: falseNegatives,
  };
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`Name matching: ${relative(root, corpusPath)}`);
  const counts = `${report.matches} same person, ${report.nonMatches} different`;
  console.log(`${report.pairs} pairs (${counts}), threshold ${NAME_MATCH_THRESHOLD}`);
  console.log(`  precision ${pct(precision)}  (target ≥ ${pct(TARGETS.precision)})`);
  console.log(`  recall    ${pct(recall)}  (target ≥ ${pct(TARGETS.recall)})`);
  console.log(`  F1        ${pct(f1)}`);
  console.log(`  TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`);
  const list = (title, rows) => {
    console.log(`\n${title} (${rows.length})`);
    for (const r of rows)
      console.log(`  line ${r.line}  ${r.score.toFixed(3)}  ${r.a}  |  ${r.b}  (${r.note})`);
  };
  list('False positives: different people matched', falsePositives);
  list('False negatives: same person missed', falseNegatives);
  console.log(`\n${report.meetsTargets ? 'Targets met.' : 'Targets NOT met.'}`);
}

await main();
