import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLocale } from '../src/i18n/locales.js';
import { checkOffer } from '../src/offer-check/all.js';
import {
  CORPUS_LANGS,
  evaluateOfferCheck,
  OFFER_CHECK_TARGETS,
  parseCorpusJsonl,
  validateCorpusItem,
} from '../src/offer-check/evaluate.js';
import type { CorpusItem, Evaluation, OfferChecker } from '../src/offer-check/evaluate.js';
import { INDICATOR_IDS } from '../src/offer-check/indicator-ids.js';

const SPLITS = ['dev', 'heldout'] as const;
type Split = (typeof SPLITS)[number];
const MAIN_LANGS = ['sr-Latn', 'sr-Cyrl', 'en', 'uk'] as const;

const corpusDir = fileURLToPath(new URL('../corpus/offers/', import.meta.url));
/**
 * heldout.jsonl may be missing or empty while a new blind split is being written (see corpus/offers/README.md):
 * the held-out tests are then reported as pending (`it.todo`), never as passed.
 */
const readSplit = (split: Split) =>
  split === 'heldout' && !existsSync(`${corpusDir}${split}.jsonl`)
    ? ''
    : readFileSync(`${corpusDir}${split}.jsonl`, 'utf8');
const raw: Record<Split, string> = { dev: readSplit('dev'), heldout: readSplit('heldout') };

/** Every problem of every line, so one run shows all of them. */
function lineProblems(split: Split): string[] {
  const problems: string[] = [];
  raw[split].split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${split}.jsonl:${index + 1}: not valid JSON`);
      return;
    }
    const result = validateCorpusItem(value);
    for (const problem of result.problems) problems.push(`${split}.jsonl:${index + 1}: ${problem}`);
  });
  return problems;
}

function load(split: Split): CorpusItem[] {
  try {
    return parseCorpusJsonl(raw[split], `${split}.jsonl`);
  } catch {
    return [];
  }
}

const corpus: Record<Split, CorpusItem[]> = { dev: load('dev'), heldout: load('heldout') };
const all = [...corpus.dev, ...corpus.heldout];
/** No held-out items yet: every held-out measurement is pending. */
const heldoutPending = raw.heldout.trim() === '';
/** The splits that hold items. */
const FILLED: readonly Split[] = heldoutPending ? ['dev'] : SPLITS;
const HELDOUT_PENDING = 'pending: heldout.jsonl holds no items until a new blind split is written';

const count = (items: readonly CorpusItem[], predicate: (item: CorpusItem) => boolean) =>
  items.filter(predicate).length;

describe('the job-offer corpus', () => {
  it.each(FILLED)('%s.jsonl has one well-formed item on every line', (split) => {
    expect(lineProblems(split)).toEqual([]);
    expect(corpus[split].length).toBeGreaterThan(0);
  });

  it('uses each id once across both files', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const split of SPLITS) {
      for (const item of corpus[split]) {
        const other = seen.get(item.id);
        if (other) repeated.push(`${item.id} in ${other} and ${split}`);
        seen.set(item.id, split);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('has no text twice, so the held-out split shares nothing with dev', () => {
    const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const item of all) {
      const key = normalize(item.text);
      const other = seen.get(key);
      if (other) repeated.push(`${other} = ${item.id}`);
      seen.set(key, item.id);
    }
    expect(repeated).toEqual([]);
  });

  it('labels with known indicator ids only, and legitimate items with none', () => {
    const known = new Set<string>(INDICATOR_IDS);
    expect(all.flatMap((item) => item.expected.filter((id) => !known.has(id)))).toEqual([]);
    expect(all.filter((item) => item.label === 'legitimate' && item.expected.length > 0)).toEqual([]);
    expect(all.filter((item) => item.label === 'risky' && item.expected.length === 0)).toEqual([]);
  });

  if (heldoutPending) it.todo(`heldout.jsonl has one well-formed item on every line (${HELDOUT_PENDING})`);

  it('is big enough: at least 300 items, every language in each filled split, 60 or more in each app language', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const split of FILLED) {
      for (const lang of CORPUS_LANGS) {
        expect(
          count(corpus[split], (item) => item.lang === lang),
          `${lang} in ${split}`,
        ).toBeGreaterThan(0);
      }
    }
    for (const lang of MAIN_LANGS) {
      expect(
        count(all, (item) => item.lang === lang),
        lang,
      ).toBeGreaterThanOrEqual(60);
    }
    for (const lang of ['ru', 'de'] as const) {
      expect(
        count(all, (item) => item.lang === lang),
        lang,
      ).toBeGreaterThanOrEqual(10);
    }
  });

  if (heldoutPending) {
    it.todo(`keeps a held-out split of at least 200 items (${HELDOUT_PENDING})`);
  } else {
    it('keeps a held-out split of at least 200 items, written in blind rounds and never read for tuning', () => {
      // Held-out splits are written in rounds: a read one joins dev, so dev grows and the held-out share falls;
      // what matters is its size and that it is unread. Each item belongs to a blind round (ids blindN-…).
      expect(corpus.heldout.length).toBeGreaterThanOrEqual(200);
      expect(corpus.heldout.length / all.length).toBeGreaterThanOrEqual(0.05);
      const prefixes = new Set(corpus.heldout.map((item) => item.id.replace(/-.*$/, '')));
      expect(
        [...prefixes].filter((prefix) => !/^blind\d+$/.test(prefix)),
        'blind rounds only',
      ).toEqual([]);
    });
  }

  it('is roughly balanced between risky and legitimate, overall, per split and per app language', () => {
    const riskyShare = (items: readonly CorpusItem[]) =>
      count(items, (item) => item.label === 'risky') / items.length;
    expect(riskyShare(all)).toBeGreaterThanOrEqual(0.4);
    expect(riskyShare(all)).toBeLessThanOrEqual(0.6);
    for (const split of FILLED) {
      expect(riskyShare(corpus[split]), split).toBeGreaterThanOrEqual(0.35);
      expect(riskyShare(corpus[split]), split).toBeLessThanOrEqual(0.65);
    }
    for (const lang of MAIN_LANGS) {
      const items = all.filter((item) => item.lang === lang);
      expect(riskyShare(items), lang).toBeGreaterThanOrEqual(0.35);
      expect(riskyShare(items), lang).toBeLessThanOrEqual(0.65);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// The real engine on the corpus. Russian and German texts are checked with every locale's rules.

const realChecker: OfferChecker = (item) => {
  const result = isLocale(item.lang)
    ? checkOffer({ text: item.text, lang: item.lang })
    : checkOffer({ text: item.text });
  return { risk: result.risk, indicatorIds: result.findings.map((finding) => finding.id) };
};

/** For the held-out split: the figures only (printing its misses would make it dev data, see the README). */
function explainSummary(split: Split, evaluation: Evaluation): string {
  const lines = [`${split}: targets not met (items not shown: reading them turns the split into dev data)`];
  for (const target of evaluation.targets) {
    lines.push(
      `  ${target.pass ? 'PASS' : 'FAIL'} ${target.description}: ${target.value} (limit ${target.limit})`,
    );
  }
  return lines.join('\n');
}

function explain(split: Split, evaluation: Evaluation): string {
  const lines = [`${split}: targets not met`];
  for (const target of evaluation.targets) {
    lines.push(
      `  ${target.pass ? 'PASS' : 'FAIL'} ${target.description}: ${target.value} (limit ${target.limit})`,
    );
  }
  for (const miss of evaluation.misses) lines.push(`  miss ${miss.id} [${miss.risk}] ${miss.excerpt}`);
  for (const alarm of evaluation.falseAlarms) {
    lines.push(`  false alarm ${alarm.id} [${alarm.risk}] ${alarm.found.join(', ')}: ${alarm.excerpt}`);
  }
  return lines.join('\n');
}

describe('the offer check on the corpus', () => {
  const evaluations: Record<Split, Evaluation> = {
    dev: evaluateOfferCheck(corpus.dev, realChecker),
    heldout: evaluateOfferCheck(corpus.heldout, realChecker),
  };

  const meetsTargets = (split: Split) => {
    const evaluation = evaluations[split];
    expect(evaluation.summary.items).toBe(corpus[split].length);
    expect(OFFER_CHECK_TARGETS).toEqual({
      minRiskyRecall: 0.97,
      maxLegitimateHigh: 0.03,
      maxLegitimateMediumOrHigh: 0.1,
    });
    const failed = evaluation.targets.filter((target) => !target.pass);
    expect(
      failed,
      split === 'heldout' ? explainSummary(split, evaluation) : explain(split, evaluation),
    ).toEqual([]);
  };

  it('meets the targets on dev: recall ≥ 0.97, legitimate high ≤ 0.03, legitimate medium or high ≤ 0.10', () =>
    meetsTargets('dev'));

  // Held-out history (see corpus/offers/README.md): eleven earlier splits were measured once each, then read for
  // tuning or training and moved into dev.jsonl (ids <lang>-hNNN, fresh-*, blind-*, blind4-* … blind9-*, blind11-*,
  // blind12-*). The held-out split holds two blind rounds that were never read: the tenth (blind10-*, written on
  // 2026-11-28) and the thirteenth (blind13-*, written on 2026-11-29 and measured once, catalogue 2026.11-14:
  // recall 103/110, legitimate high 1/110, legitimate medium or high 14/110). On the 440 items together, first
  // measured: recall 213/220, legitimate high 2/220, legitimate medium or high 23/220 = 10.5 %. Each later dev
  // batch (blind14-* to blind20-*) was read for tuning and the model retrained by its own rule; measured again
  // after the last (catalogue 2026.11-21, model threshold 0.62): recall 214/220 = 97.3 %, legitimate high 2/220 =
  // 0.9 %, legitimate medium or high 19/220 = 8.6 %: all three targets met. Between tuning rounds the figures
  // have moved between 213 and 214 risky items found and 19 and 24 legitimate ones flagged, so the measured
  // figures are also floors the engine may not fall below. Do not tune rules or train on this split: once read
  // for either it becomes dev data.
  if (heldoutPending) it.todo(`meets the targets on heldout (${HELDOUT_PENDING})`);
  else {
    it('meets the targets on heldout: recall ≥ 0.97, legitimate high ≤ 0.03, legitimate medium or high ≤ 0.10', () =>
      meetsTargets('heldout'));
    it('holds the measured held-out floors: recall ≥ 214/220, legitimate medium or high ≤ 19/220', () => {
      const { summary } = evaluations.heldout;
      expect(summary.risky).toBe(220);
      expect(summary.legitimate).toBe(220);
      expect(summary.riskyFlagged).toBeGreaterThanOrEqual(214);
      expect(summary.legitimateFlagged).toBeLessThanOrEqual(19);
      expect(summary.legitimateHigh).toBeLessThanOrEqual(2);
    });
  }

  it('reports only indicator ids of the catalogue', () => {
    for (const split of FILLED) {
      expect(
        evaluations[split].byIndicator.filter((row) => !row.known).map((row) => row.indicatorId),
      ).toEqual([]);
    }
  });
});
