import { readFileSync } from 'node:fs';
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
const raw: Record<Split, string> = {
  dev: readFileSync(`${corpusDir}dev.jsonl`, 'utf8'),
  heldout: readFileSync(`${corpusDir}heldout.jsonl`, 'utf8'),
};

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

const count = (items: readonly CorpusItem[], predicate: (item: CorpusItem) => boolean) =>
  items.filter(predicate).length;

describe('the job-offer corpus', () => {
  it.each(SPLITS)('%s.jsonl has one well-formed item on every line', (split) => {
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

  it('is big enough: at least 300 items, every language in both splits, 60 or more in each app language', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const split of SPLITS) {
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

  it('keeps about 70 % of the items in dev and 30 % held out', () => {
    const devShare = corpus.dev.length / all.length;
    expect(devShare).toBeGreaterThanOrEqual(0.6);
    expect(devShare).toBeLessThanOrEqual(0.8);
  });

  it('is roughly balanced between risky and legitimate, overall, per split and per app language', () => {
    const riskyShare = (items: readonly CorpusItem[]) =>
      count(items, (item) => item.label === 'risky') / items.length;
    expect(riskyShare(all)).toBeGreaterThanOrEqual(0.4);
    expect(riskyShare(all)).toBeLessThanOrEqual(0.6);
    for (const split of SPLITS) {
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
    expect(failed, explain(split, evaluation)).toEqual([]);
  };

  it('meets the targets on dev: recall ≥ 0.97, legitimate high ≤ 0.03, legitimate medium or high ≤ 0.10', () =>
    meetsTargets('dev'));

  // The first held-out split was read while tuning (52/59 before, 59/59 after) and is now part of dev.jsonl.
  // heldout.jsonl is a fresh split written on 2026-11-28 by someone who never saw the rules, measured once:
  // 92/106 = 0.868 recall, legitimate high 2.0 %, medium or high 9.9 %. Recall is under the 0.97 target, so
  // `it.fails` keeps the gap visible: this test starts failing the day the target is met, and must then become
  // a plain `it`. Do not tune rules on heldout.jsonl's misses (see corpus/offers/README.md).
  it.fails('meets the targets on heldout (not yet: recall 0.868 < 0.97)', () => meetsTargets('heldout'));

  it('does not cry wolf on heldout, and its recall does not fall below the measured 92/106', () => {
    const evaluation = evaluations.heldout;
    const byId = new Map(evaluation.targets.map((target) => [target.id, target]));
    expect(byId.get('legitimate-high')?.pass, explain('heldout', evaluation)).toBe(true);
    expect(byId.get('legitimate-medium-or-high')?.pass, explain('heldout', evaluation)).toBe(true);
    expect(evaluation.summary.recall ?? 0, explain('heldout', evaluation)).toBeGreaterThanOrEqual(92 / 106);
  });

  it('reports only indicator ids of the catalogue', () => {
    for (const split of SPLITS) {
      expect(
        evaluations[split].byIndicator.filter((row) => !row.known).map((row) => row.indicatorId),
      ).toEqual([]);
    }
  });
});
