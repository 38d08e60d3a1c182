#!/usr/bin/env node
// Evaluates the job-offer check against the labelled corpus in packages/core/corpus/offers and prints a report
// for the dev and held-out splits separately: counts, recall on risky offers, legitimate offers rated high and
// rated medium or high, per language, per indicator, the misses and false alarms, and the targets.
//
//   npm run eval:offers            builds, then prints the report
//   node scripts/eval-offers.mjs   uses what is already built in packages/core/dist
//   ... --json                     prints the metrics as JSON instead
//   ... --split heldout            only one split (dev or heldout)
//   ... --reveal-heldout           also prints the held-out split's per-indicator table, misses and false
//                                  alarms (by default only its figures: reading its items turns it into dev
//                                  data, see packages/core/corpus/offers/README.md)
//   ... --browser                  reads each item as the browser would: with the vocabulary that
//                                  loadOfferChecker(app language, text) loads (a language pack, or the
//                                  vocabulary it was cut from when the text holds a word it leaves out; see
//                                  vocabulary.ts)
//
// It is a report, not a gate: the exit code is 0 whatever the figures are. It is 1 when a corpus line is
// malformed (the message names the file and the line) or when the built modules are missing.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, 'packages/core/corpus/offers');
const distDir = join(root, 'packages/core/dist/offer-check');
const SPLITS = ['dev', 'heldout'];
/** The locales the engine speaks; items in other languages (ru, de) are checked with every locale's rules. */
const ENGINE_LOCALES = new Set(['sr-Latn', 'sr-Cyrl', 'en', 'uk']);

function fail(message) {
  console.error(`eval-offers: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { json: false, splits: SPLITS, browser: false, revealHeldout: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--browser') options.browser = true;
    else if (arg === '--reveal-heldout') options.revealHeldout = true;
    else if (arg === '--split') {
      const split = argv[++i];
      if (!SPLITS.includes(split)) fail(`--split takes one of ${SPLITS.join(', ')}`);
      options.splits = [split];
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        'usage: node scripts/eval-offers.mjs [--json] [--browser] [--split dev|heldout] [--reveal-heldout]',
      );
      process.exit(0);
    } else fail(`unknown argument ${arg} (try --help)`);
  }
  return options;
}

async function importBuilt(file, what) {
  const path = join(distDir, file);
  if (!existsSync(path)) {
    fail(
      `${relative(root, path)} not found: ${what} is not built (run npm run eval:offers, or npx tsc -b packages/core)`,
    );
  }
  return import(pathToFileURL(path).href);
}

/** The indicator id of one finding, whatever the engine calls the field. */
function findingIndicatorId(finding) {
  if (typeof finding === 'string') return finding;
  const candidate = finding?.indicatorId ?? finding?.indicator ?? finding?.id;
  if (typeof candidate === 'string') return candidate;
  if (typeof candidate?.id === 'string') return candidate.id;
  return undefined;
}

function makeChecker(checkOffer) {
  return (item) => {
    const input = ENGINE_LOCALES.has(item.lang) ? { text: item.text, lang: item.lang } : { text: item.text };
    const result = checkOffer(input);
    const indicatorIds = (result.findings ?? []).map(findingIndicatorId).filter((id) => id !== undefined);
    return { risk: result.risk, indicatorIds };
  };
}

// ---------------------------------------------------------------------------------------------------------
// Formatting

const percent = (value) => (value === null || value === undefined ? '–' : `${(value * 100).toFixed(1)} %`);
const fraction = (part, whole, rate) => `${part}/${whole} = ${percent(rate)}`;
const padEnd = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);

function table(headers, rows, align) {
  const widths = headers.map((header, col) =>
    Math.max(header.length, ...rows.map((row) => String(row[col]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, col) => (align[col] === 'left' ? padEnd(cell, widths[col]) : padStart(cell, widths[col])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function caseLines(cases, what) {
  if (cases.length === 0) return ['  (none)'];
  return cases.map((entry) => {
    const detail =
      what === 'misses'
        ? `missing: ${entry.missing.join(', ') || '–'}${entry.found.length ? `; found: ${entry.found.join(', ')}` : ''}`
        : `fired: ${entry.found.join(', ') || '–'}`;
    return `  ${padEnd(entry.id, 14)} ${padEnd(entry.lang, 7)} ${padEnd(entry.risk, 6)} ${detail}\n      “${entry.excerpt}”`;
  });
}

function targetLine(target) {
  const sign = target.comparison === 'at-least' ? '≥' : '≤';
  const limit = `${(target.limit * 100).toFixed(0)} %`;
  return `  ${target.pass ? 'PASS' : 'FAIL'}  ${padEnd(`${target.description} ${sign} ${limit}`, 48)} ${percent(target.value)}`;
}

function report(split, file, evaluation) {
  const { summary } = evaluation;
  const out = [];
  out.push(`== ${split}: ${relative(root, file)} ==`);
  out.push('');
  out.push(`items ${summary.items}: risky ${summary.risky}, legitimate ${summary.legitimate}`);
  out.push(
    `rated low ${summary.riskCounts.low}, medium ${summary.riskCounts.medium}, high ${summary.riskCounts.high}`,
  );
  out.push(
    `recall on risky (medium or high):  ${fraction(summary.riskyFlagged, summary.risky, summary.recall)}`,
  );
  out.push(
    `legitimate rated high:             ${fraction(summary.legitimateHigh, summary.legitimate, summary.legitimateHighRate)}`,
  );
  out.push(
    `legitimate rated medium or high:   ${fraction(summary.legitimateFlagged, summary.legitimate, summary.legitimateFlaggedRate)}`,
  );
  out.push('');
  out.push('Per language');
  out.push(
    table(
      ['lang', 'items', 'risky', 'flagged', 'recall', 'legit', 'high', 'high %', 'med+', 'med+ %'],
      evaluation.byLanguage.map((row) => [
        row.lang,
        row.items,
        row.risky,
        row.riskyFlagged,
        percent(row.recall),
        row.legitimate,
        row.legitimateHigh,
        percent(row.legitimateHighRate),
        row.legitimateFlagged,
        percent(row.legitimateFlaggedRate),
      ]),
      ['left'],
    ),
  );
  out.push('');
  if (split === 'heldout' && !options.revealHeldout) {
    out.push(
      'Per indicator, misses and false alarms: not shown for the held-out split (--reveal-heldout shows them; reading them makes it dev data)',
    );
    out.push('');
    out.push('Targets');
    out.push(...evaluation.targets.map(targetLine));
    return out.join('\n');
  }
  out.push('Per indicator (expected = risky items naming it; on legit = legitimate items where it fired)');
  out.push(
    table(
      ['indicator', 'expected', 'found', 'recall', 'unexpected', 'on legit', 'on legit %'],
      evaluation.byIndicator.map((row) => [
        row.known ? row.indicatorId : `${row.indicatorId} (not in INDICATOR_IDS)`,
        row.expected,
        row.found,
        percent(row.recall),
        row.unexpectedOnRisky,
        row.firedOnLegitimate,
        percent(row.firedOnLegitimateRate),
      ]),
      ['left'],
    ),
  );
  out.push('');
  out.push(`Misses: risky offers rated low (${evaluation.misses.length})`);
  out.push(...caseLines(evaluation.misses, 'misses'));
  out.push('');
  out.push(`False alarms: legitimate offers rated medium or high (${evaluation.falseAlarms.length})`);
  out.push(...caseLines(evaluation.falseAlarms, 'falseAlarms'));
  out.push('');
  out.push('Targets');
  out.push(...evaluation.targets.map(targetLine));
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------

const options = parseArgs(process.argv.slice(2));
const { parseCorpusJsonl, evaluateOfferCheck, CorpusFormatError } = await importBuilt(
  'evaluate.js',
  'the evaluation module',
);

// Read and validate every split first (ids must be unique across splits), then load the engine. dev.jsonl must
// exist and hold items. heldout.jsonl may be missing or hold no items while a new blind split is being written:
// the report then says that the held-out measurement is pending instead of printing figures.
const corpora = [];
const idSource = new Map();
/** Held-out splits with nothing to measure: split -> why. */
const pending = new Map();
for (const split of SPLITS) {
  const file = join(corpusDir, `${split}.jsonl`);
  const name = relative(root, file);
  if (!existsSync(file)) {
    if (split === 'dev') fail(`${name} not found`);
    pending.set(split, `${name} not found`);
    continue;
  }
  let items;
  try {
    items = parseCorpusJsonl(readFileSync(file, 'utf8'), name);
  } catch (error) {
    if (error instanceof CorpusFormatError) fail(`malformed corpus line: ${error.message}`);
    throw error;
  }
  for (const item of items) {
    const other = idSource.get(item.id);
    if (other) fail(`${name}: id "${item.id}" is also used in ${other}`);
    idSource.set(item.id, name);
  }
  if (items.length === 0) {
    if (split === 'dev') fail(`${name} holds no items`);
    pending.set(split, `${name} holds no items`);
    continue;
  }
  corpora.push({ split, file, items });
}

const engine = await importBuilt('all.js', 'the offer-check engine');
if (typeof engine.checkOffer !== 'function')
  fail('packages/core/dist/offer-check/all.js exports no checkOffer()');
let check = makeChecker(engine.checkOffer);
let vocabularyNote = '';
if (options.browser) {
  // The same choice as loadOfferChecker(app language, text) in load.ts, with every vocabulary loaded
  const { checkOfferWith, matchingText } = await importBuilt('engine.js', 'the offer-check engine');
  const { firstVocabulary, largerVocabulary } = await importBuilt('load.js', 'the loader');
  const { packFits } = await importBuilt('vocabulary.js', 'the vocabularies');
  const vocabularies = {
    full: (await importBuilt('packs/full.js', 'the full pack')).FULL_PACK,
    latin: (await importBuilt('packs/latin.js', 'the Latin vocabulary')).LATIN_VOCABULARY,
    sr: (await importBuilt('packs/sr.js', 'the Serbian pack')).SR_VOCABULARY,
    en: (await importBuilt('packs/en.js', 'the English pack')).EN_VOCABULARY,
    uk: (await importBuilt('packs/uk.js', 'the Ukrainian pack')).UK_VOCABULARY,
  };
  const used = {};
  check = makeChecker((input) => {
    const locale = input.lang ?? 'sr-Latn';
    let name = firstVocabulary(locale, input.text);
    if (!packFits(vocabularies[name], matchingText(input.text))) name = largerVocabulary(name);
    used[name] = (used[name] ?? 0) + 1;
    return checkOfferWith(engine.OFFER_TEXTS[locale], input, vocabularies[name]);
  });
  vocabularyNote = () =>
    ` (as the browser reads them, checks per vocabulary: ${Object.entries(used)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')})`;
}

const results = {};
let catalogVersion;
for (const { split, file, items } of corpora) {
  if (!options.splits.includes(split)) continue;
  if (catalogVersion === undefined && items.length > 0) {
    catalogVersion = engine.checkOffer({ text: items[0].text }).catalogVersion;
  }
  results[split] = { file: relative(root, file), evaluation: evaluateOfferCheck(items, check) };
}

const pendingNote = (split) =>
  `held-out measurement pending: ${pending.get(split)} (a new blind split has not been written yet; no figures)`;

if (options.json) {
  const splits = Object.fromEntries(
    Object.entries(results).map(([split, { file, evaluation }]) => {
      if (split !== 'heldout' || options.revealHeldout) return [split, { file, ...evaluation }];
      const { summary, byLanguage, targets } = evaluation;
      return [split, { file, summary, byLanguage, targets }];
    }),
  );
  for (const split of options.splits) {
    if (pending.has(split)) splits[split] = { pending: true, reason: pendingNote(split) };
  }
  console.log(JSON.stringify({ catalogVersion: catalogVersion ?? null, splits }, null, 2));
} else {
  console.log(
    `Job-offer check evaluation${catalogVersion ? ` (catalogue ${catalogVersion})` : ''}${vocabularyNote ? vocabularyNote() : ''}`,
  );
  for (const [split, { file, evaluation }] of Object.entries(results)) {
    console.log('');
    console.log(report(split, join(root, file), evaluation));
  }
  for (const split of options.splits) {
    if (!pending.has(split)) continue;
    console.log('');
    console.log(`== ${split}: ${pendingNote(split)} ==`);
  }
}
