/**
 * Evaluation of the job-offer check against the labelled corpus (`packages/core/corpus/offers/*.jsonl`).
 *
 * The corpus holds realistic, synthetic job offers in six languages, each labelled `risky` or `legitimate` by
 * what a careful hotline worker would say, and, for risky offers, the indicators that worker would name. This
 * module parses and validates corpus lines and computes the figures the project tracks: recall on risky offers
 * (rated medium or high), the share of legitimate offers rated high and rated medium or high, the same per
 * language, per-indicator recall and firing on legitimate offers, and the list of misses and false alarms.
 *
 * Pure TypeScript: it runs in the browser and in Node. Reading files is the caller's business.
 */
import { INDICATOR_IDS } from './indicator-ids.js';
import type { IndicatorId } from './indicator-ids.js';

/** Languages of the corpus: the four app locales, and Russian and German as texts people receive. */
export const CORPUS_LANGS = ['sr-Latn', 'sr-Cyrl', 'en', 'uk', 'ru', 'de'] as const;
export type CorpusLang = (typeof CORPUS_LANGS)[number];

export const CORPUS_LABELS = ['risky', 'legitimate'] as const;
export type CorpusLabel = (typeof CORPUS_LABELS)[number];

/** One labelled offer. `expected` is empty for legitimate offers. */
export interface CorpusItem {
  id: string;
  lang: CorpusLang;
  label: CorpusLabel;
  text: string;
  expected: IndicatorId[];
  note: string;
}

export type RiskLevel = 'low' | 'medium' | 'high';
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];

/** What the evaluation needs from one run of the checker: the risk and the ids of the indicators found. */
export interface CheckOutcome {
  risk: RiskLevel;
  indicatorIds: readonly string[];
}

export type OfferChecker = (item: CorpusItem) => CheckOutcome;

/** The targets the offer check is held to. */
export interface OfferCheckTargets {
  /** Share of risky offers rated medium or high, at least. */
  minRiskyRecall: number;
  /** Share of legitimate offers rated high, at most. */
  maxLegitimateHigh: number;
  /** Share of legitimate offers rated medium or high, at most. */
  maxLegitimateMediumOrHigh: number;
}

export const OFFER_CHECK_TARGETS: Readonly<OfferCheckTargets> = Object.freeze({
  minRiskyRecall: 0.97,
  maxLegitimateHigh: 0.03,
  maxLegitimateMediumOrHigh: 0.1,
});

// ---------------------------------------------------------------------------------------------------------
// Parsing and validation

const ITEM_KEYS = ['id', 'lang', 'label', 'text', 'expected', 'note'] as const;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_INDICATORS: ReadonlySet<string> = new Set(INDICATOR_IDS);

/** A malformed corpus line; the message names the source and the 1-based line number. */
export class CorpusFormatError extends Error {
  readonly source: string;
  readonly line: number;
  readonly reason: string;

  constructor(source: string, line: number, reason: string) {
    super(`${source}:${line}: ${reason}`);
    this.name = 'CorpusFormatError';
    this.source = source;
    this.line = line;
    this.reason = reason;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the shape of one corpus item and returns it typed, or the list of problems found. Rules: every
 * field present and no other; `id` in lower-case kebab form; a known language and label; non-empty text and
 * note; `expected` a list of known indicator ids without repeats, empty for legitimate offers and not empty
 * for risky ones.
 */
export function validateCorpusItem(
  value: unknown,
): { item: CorpusItem; problems: [] } | { problems: string[] } {
  if (!isRecord(value)) return { problems: ['not a JSON object'] };
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!(ITEM_KEYS as readonly string[]).includes(key)) problems.push(`unknown field "${key}"`);
  }
  for (const key of ITEM_KEYS) {
    if (!(key in value)) problems.push(`missing field "${key}"`);
  }
  const { id, lang, label, text, expected, note } = value;
  if ('id' in value && (typeof id !== 'string' || !ID_PATTERN.test(id))) {
    problems.push('"id" must be lower-case letters, digits and single dashes');
  }
  if ('lang' in value && !(CORPUS_LANGS as readonly unknown[]).includes(lang)) {
    problems.push(`"lang" must be one of ${CORPUS_LANGS.join(', ')}`);
  }
  if ('label' in value && !(CORPUS_LABELS as readonly unknown[]).includes(label)) {
    problems.push(`"label" must be one of ${CORPUS_LABELS.join(', ')}`);
  }
  if ('text' in value && (typeof text !== 'string' || text.trim() === '')) {
    problems.push('"text" must be a non-empty string');
  }
  if ('note' in value && (typeof note !== 'string' || note.trim() === '')) {
    problems.push('"note" must be a non-empty string');
  }
  if ('expected' in value) {
    if (!Array.isArray(expected)) {
      problems.push('"expected" must be an array of indicator ids');
    } else {
      const seen = new Set<unknown>();
      for (const entry of expected) {
        if (typeof entry !== 'string' || !KNOWN_INDICATORS.has(entry)) {
          problems.push(`unknown indicator id ${JSON.stringify(entry)} in "expected"`);
        } else if (seen.has(entry)) {
          problems.push(`indicator id "${entry}" repeated in "expected"`);
        }
        seen.add(entry);
      }
      if (label === 'legitimate' && expected.length > 0) {
        problems.push('a legitimate item must have an empty "expected"');
      }
      if (label === 'risky' && expected.length === 0) {
        problems.push('a risky item must name at least one expected indicator');
      }
    }
  }
  if (problems.length > 0) return { problems };
  return {
    item: {
      id: id as string,
      lang: lang as CorpusLang,
      label: label as CorpusLabel,
      text: text as string,
      expected: [...(expected as IndicatorId[])],
      note: note as string,
    },
    problems: [],
  };
}

/**
 * Parses a JSON Lines corpus file: one item per line, blank lines ignored. Throws a `CorpusFormatError`
 * naming `source` and the line for the first malformed line or for an id repeated within the file.
 */
export function parseCorpusJsonl(content: string, source: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  const firstLineOfId = new Map<string, number>();
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CorpusFormatError(source, lineNumber, `not valid JSON (${detail})`);
    }
    const result = validateCorpusItem(value);
    if (!('item' in result)) {
      throw new CorpusFormatError(source, lineNumber, result.problems.join('; '));
    }
    const earlier = firstLineOfId.get(result.item.id);
    if (earlier !== undefined) {
      throw new CorpusFormatError(
        source,
        lineNumber,
        `id "${result.item.id}" already used on line ${earlier}`,
      );
    }
    firstLineOfId.set(result.item.id, lineNumber);
    items.push(result.item);
  });
  return items;
}

// ---------------------------------------------------------------------------------------------------------
// Metrics

/** Counts and rates over a set of items. Rates are null when their denominator is zero. */
export interface RateSummary {
  items: number;
  risky: number;
  legitimate: number;
  /** Risky items rated medium or high. */
  riskyFlagged: number;
  /** riskyFlagged / risky. */
  recall: number | null;
  legitimateHigh: number;
  /** legitimateHigh / legitimate. */
  legitimateHighRate: number | null;
  /** Legitimate items rated medium or high. */
  legitimateFlagged: number;
  /** legitimateFlagged / legitimate. */
  legitimateFlaggedRate: number | null;
  /** How many items (risky and legitimate together) got each risk level. */
  riskCounts: Record<RiskLevel, number>;
}

export interface LanguageSummary extends RateSummary {
  lang: string;
}

export interface IndicatorSummary {
  indicatorId: string;
  /** False for an id the checker reported that is not in INDICATOR_IDS. */
  known: boolean;
  /** Risky items that expect this indicator. */
  expected: number;
  /** Of those, items where the checker found it. */
  found: number;
  /** found / expected. */
  recall: number | null;
  /** Risky items where the checker found it although it was not expected. */
  unexpectedOnRisky: number;
  /** Legitimate items where the checker found it. */
  firedOnLegitimate: number;
  /** firedOnLegitimate / legitimate items. */
  firedOnLegitimateRate: number | null;
}

/** One item in the list of misses (risky rated low) or false alarms (legitimate rated medium or high). */
export interface CaseReport {
  id: string;
  lang: string;
  label: CorpusLabel;
  risk: RiskLevel;
  expected: string[];
  found: string[];
  /** Expected indicators the checker did not find. */
  missing: string[];
  /** Indicators the checker found that were not expected. */
  extra: string[];
  excerpt: string;
}

export type TargetId = 'risky-recall' | 'legitimate-high' | 'legitimate-medium-or-high';

export interface TargetResult {
  id: TargetId;
  description: string;
  value: number | null;
  limit: number;
  comparison: 'at-least' | 'at-most';
  /** False when the value is null (nothing to measure). */
  pass: boolean;
}

export interface Evaluation {
  summary: RateSummary;
  byLanguage: LanguageSummary[];
  byIndicator: IndicatorSummary[];
  misses: CaseReport[];
  falseAlarms: CaseReport[];
  targets: TargetResult[];
}

export interface EvaluateOptions {
  targets?: OfferCheckTargets;
  /** Maximum length of the text excerpt in case reports, in characters; 100 by default. */
  excerptLength?: number;
}

/** The text on one line, whitespace collapsed, cut at `max` characters with an ellipsis. */
export function textExcerpt(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

interface Scored {
  item: CorpusItem;
  risk: RiskLevel;
  found: string[];
}

function summarize(scored: readonly Scored[]): RateSummary {
  const riskCounts: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0 };
  let risky = 0;
  let riskyFlagged = 0;
  let legitimate = 0;
  let legitimateHigh = 0;
  let legitimateFlagged = 0;
  for (const { item, risk } of scored) {
    riskCounts[risk] += 1;
    const flagged = risk !== 'low';
    if (item.label === 'risky') {
      risky += 1;
      if (flagged) riskyFlagged += 1;
    } else {
      legitimate += 1;
      if (risk === 'high') legitimateHigh += 1;
      if (flagged) legitimateFlagged += 1;
    }
  }
  return {
    items: scored.length,
    risky,
    legitimate,
    riskyFlagged,
    recall: ratio(riskyFlagged, risky),
    legitimateHigh,
    legitimateHighRate: ratio(legitimateHigh, legitimate),
    legitimateFlagged,
    legitimateFlaggedRate: ratio(legitimateFlagged, legitimate),
    riskCounts,
  };
}

function caseReport(entry: Scored, excerptLength: number): CaseReport {
  const expected: string[] = [...entry.item.expected];
  return {
    id: entry.item.id,
    lang: entry.item.lang,
    label: entry.item.label,
    risk: entry.risk,
    expected,
    found: [...entry.found],
    missing: expected.filter((id) => !entry.found.includes(id)),
    extra: entry.found.filter((id) => !expected.includes(id)),
    excerpt: textExcerpt(entry.item.text, excerptLength),
  };
}

function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function checkTargets(summary: RateSummary, targets: OfferCheckTargets): TargetResult[] {
  const atLeast = (value: number | null, limit: number) => value !== null && value >= limit;
  const atMost = (value: number | null, limit: number) => value !== null && value <= limit;
  return [
    {
      id: 'risky-recall',
      description: 'risky offers rated medium or high',
      value: summary.recall,
      limit: targets.minRiskyRecall,
      comparison: 'at-least',
      pass: atLeast(summary.recall, targets.minRiskyRecall),
    },
    {
      id: 'legitimate-high',
      description: 'legitimate offers rated high',
      value: summary.legitimateHighRate,
      limit: targets.maxLegitimateHigh,
      comparison: 'at-most',
      pass: atMost(summary.legitimateHighRate, targets.maxLegitimateHigh),
    },
    {
      id: 'legitimate-medium-or-high',
      description: 'legitimate offers rated medium or high',
      value: summary.legitimateFlaggedRate,
      limit: targets.maxLegitimateMediumOrHigh,
      comparison: 'at-most',
      pass: atMost(summary.legitimateFlaggedRate, targets.maxLegitimateMediumOrHigh),
    },
  ];
}

/** Runs `check` on every item and computes the evaluation. */
export function evaluateOfferCheck(
  items: readonly CorpusItem[],
  check: OfferChecker,
  options: EvaluateOptions = {},
): Evaluation {
  const targets = options.targets ?? OFFER_CHECK_TARGETS;
  const excerptLength = options.excerptLength ?? 100;

  const scored: Scored[] = items.map((item) => {
    const outcome = check(item);
    if (!RISK_LEVELS.includes(outcome.risk)) {
      throw new Error(`checker returned unknown risk ${JSON.stringify(outcome.risk)} for item ${item.id}`);
    }
    return { item, risk: outcome.risk, found: [...new Set(outcome.indicatorIds)] };
  });

  const summary = summarize(scored);

  const languages: string[] = [...CORPUS_LANGS];
  for (const { item } of scored) if (!languages.includes(item.lang)) languages.push(item.lang);
  const byLanguage: LanguageSummary[] = [];
  for (const lang of languages) {
    const subset = scored.filter((entry) => entry.item.lang === lang);
    if (subset.length > 0) byLanguage.push({ lang, ...summarize(subset) });
  }

  const indicatorIds: string[] = [...INDICATOR_IDS];
  for (const entry of scored) {
    for (const id of entry.found) if (!indicatorIds.includes(id)) indicatorIds.push(id);
  }
  const byIndicator: IndicatorSummary[] = indicatorIds.map((indicatorId) => {
    let expected = 0;
    let found = 0;
    let unexpectedOnRisky = 0;
    let firedOnLegitimate = 0;
    for (const entry of scored) {
      const fired = entry.found.includes(indicatorId);
      if (entry.item.label === 'risky') {
        const wanted = (entry.item.expected as readonly string[]).includes(indicatorId);
        if (wanted) {
          expected += 1;
          if (fired) found += 1;
        } else if (fired) {
          unexpectedOnRisky += 1;
        }
      } else if (fired) {
        firedOnLegitimate += 1;
      }
    }
    return {
      indicatorId,
      known: KNOWN_INDICATORS.has(indicatorId),
      expected,
      found,
      recall: ratio(found, expected),
      unexpectedOnRisky,
      firedOnLegitimate,
      firedOnLegitimateRate: ratio(firedOnLegitimate, summary.legitimate),
    };
  });

  const misses = scored
    .filter((entry) => entry.item.label === 'risky' && entry.risk === 'low')
    .map((entry) => caseReport(entry, excerptLength))
    .sort(compareIds);
  const falseAlarms = scored
    .filter((entry) => entry.item.label === 'legitimate' && entry.risk !== 'low')
    .map((entry) => caseReport(entry, excerptLength))
    .sort(compareIds);

  return {
    summary,
    byLanguage,
    byIndicator,
    misses,
    falseAlarms,
    targets: checkTargets(summary, targets),
  };
}
