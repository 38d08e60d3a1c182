import { describe, expect, it } from 'vitest';
import {
  CorpusFormatError,
  evaluateOfferCheck,
  OFFER_CHECK_TARGETS,
  parseCorpusJsonl,
  textExcerpt,
  validateCorpusItem,
} from '../src/offer-check/evaluate.js';
import type { CheckOutcome, CorpusItem, OfferChecker } from '../src/offer-check/evaluate.js';
import type { IndicatorId } from '../src/offer-check/indicator-ids.js';

function risky(id: string, lang: CorpusItem['lang'], expected: IndicatorId[], text = `risky offer ${id}`) {
  return { id, lang, label: 'risky', text, expected, note: 'test' } satisfies CorpusItem;
}

function legit(id: string, lang: CorpusItem['lang'], text = `legitimate offer ${id}`) {
  return { id, lang, label: 'legitimate', text, expected: [], note: 'test' } satisfies CorpusItem;
}

/** A checker that answers from a table keyed by item id. */
function fakeChecker(table: Record<string, CheckOutcome>): OfferChecker {
  return (item) => {
    const outcome = table[item.id];
    if (!outcome) throw new Error(`no fake outcome for ${item.id}`);
    return outcome;
  };
}

// Five risky and five legitimate items in two languages.
const ITEMS: CorpusItem[] = [
  risky('r1', 'sr-Latn', ['recruitment-fee', 'anonymous-recruiter']),
  risky('r2', 'sr-Latn', ['documents-retained']),
  risky('r3', 'en', ['recruitment-fee']),
  risky('r4', 'en', ['permit-after-arrival', 'no-written-contract']),
  risky('r5', 'en', ['sexual-exploitation-lure'], 'Girls   18-25\nfor a club,\teverything paid'),
  legit('l1', 'sr-Latn'),
  legit('l2', 'sr-Latn'),
  legit('l3', 'en'),
  legit('l4', 'en', 'Accommodation is provided free by the employer.'),
  legit('l5', 'en'),
];

const OUTCOMES: Record<string, CheckOutcome> = {
  // found both, and once more the same id (must count once)
  r1: { risk: 'high', indicatorIds: ['recruitment-fee', 'anonymous-recruiter', 'recruitment-fee'] },
  // found something else than expected
  r2: { risk: 'medium', indicatorIds: ['urgency-pressure'] },
  // missed: rated low, nothing found
  r3: { risk: 'low', indicatorIds: [] },
  // one of two found
  r4: { risk: 'high', indicatorIds: ['permit-after-arrival'] },
  // missed although the indicator was found (weak score)
  r5: { risk: 'low', indicatorIds: ['sexual-exploitation-lure'] },
  l1: { risk: 'low', indicatorIds: [] },
  // fired but stayed low: not a false alarm
  l2: { risk: 'low', indicatorIds: ['urgency-pressure'] },
  l3: { risk: 'low', indicatorIds: [] },
  // false alarm, medium
  l4: { risk: 'medium', indicatorIds: ['living-costs-deducted'] },
  // false alarm, high, with an id that is not in the catalogue
  l5: { risk: 'high', indicatorIds: ['living-costs-deducted', 'made-up-indicator'] },
};

describe('evaluateOfferCheck', () => {
  const evaluation = evaluateOfferCheck(ITEMS, fakeChecker(OUTCOMES));

  it('computes recall on risky items and the rates on legitimate items', () => {
    expect(evaluation.summary).toEqual({
      items: 10,
      risky: 5,
      legitimate: 5,
      riskyFlagged: 3,
      recall: 3 / 5,
      legitimateHigh: 1,
      legitimateHighRate: 1 / 5,
      legitimateFlagged: 2,
      legitimateFlaggedRate: 2 / 5,
      riskCounts: { low: 5, medium: 2, high: 3 },
    });
  });

  it('breaks the figures down per language, in corpus language order', () => {
    expect(evaluation.byLanguage.map((row) => row.lang)).toEqual(['sr-Latn', 'en']);
    const [srLatn, en] = evaluation.byLanguage;
    expect(srLatn).toMatchObject({
      lang: 'sr-Latn',
      items: 4,
      risky: 2,
      riskyFlagged: 2,
      recall: 1,
      legitimate: 2,
      legitimateHigh: 0,
      legitimateHighRate: 0,
      legitimateFlagged: 0,
      legitimateFlaggedRate: 0,
    });
    expect(en).toMatchObject({
      lang: 'en',
      items: 6,
      risky: 3,
      riskyFlagged: 1,
      recall: 1 / 3,
      legitimate: 3,
      legitimateHigh: 1,
      legitimateHighRate: 1 / 3,
      legitimateFlagged: 2,
      legitimateFlaggedRate: 2 / 3,
    });
  });

  it('computes per-indicator recall and how often each indicator fires on legitimate items', () => {
    const row = (id: string) => evaluation.byIndicator.find((entry) => entry.indicatorId === id);
    expect(row('recruitment-fee')).toEqual({
      indicatorId: 'recruitment-fee',
      known: true,
      expected: 2,
      found: 1,
      recall: 0.5,
      unexpectedOnRisky: 0,
      firedOnLegitimate: 0,
      firedOnLegitimateRate: 0,
    });
    expect(row('anonymous-recruiter')).toMatchObject({ expected: 1, found: 1, recall: 1 });
    expect(row('documents-retained')).toMatchObject({ expected: 1, found: 0, recall: 0 });
    expect(row('permit-after-arrival')).toMatchObject({ expected: 1, found: 1, recall: 1 });
    expect(row('no-written-contract')).toMatchObject({ expected: 1, found: 0, recall: 0 });
    expect(row('sexual-exploitation-lure')).toMatchObject({ expected: 1, found: 1, recall: 1 });
    expect(row('urgency-pressure')).toEqual({
      indicatorId: 'urgency-pressure',
      known: true,
      expected: 0,
      found: 0,
      recall: null,
      unexpectedOnRisky: 1,
      firedOnLegitimate: 1,
      firedOnLegitimateRate: 1 / 5,
    });
    expect(row('living-costs-deducted')).toMatchObject({
      expected: 0,
      firedOnLegitimate: 2,
      firedOnLegitimateRate: 2 / 5,
    });
    expect(row('debt-bondage')).toMatchObject({ expected: 0, found: 0, recall: null, firedOnLegitimate: 0 });
  });

  it('lists every catalogue indicator, then ids the checker reported that are not in the catalogue', () => {
    const last = evaluation.byIndicator.at(-1);
    expect(last).toMatchObject({ indicatorId: 'made-up-indicator', known: false, firedOnLegitimate: 1 });
    expect(evaluation.byIndicator.filter((entry) => !entry.known)).toHaveLength(1);
    expect(evaluation.byIndicator[0]?.indicatorId).toBe('recruitment-fee');
  });

  it('lists the misses (risky rated low) with what was missing, sorted by id', () => {
    expect(evaluation.misses).toEqual([
      {
        id: 'r3',
        lang: 'en',
        label: 'risky',
        risk: 'low',
        expected: ['recruitment-fee'],
        found: [],
        missing: ['recruitment-fee'],
        extra: [],
        excerpt: 'risky offer r3',
      },
      {
        id: 'r5',
        lang: 'en',
        label: 'risky',
        risk: 'low',
        expected: ['sexual-exploitation-lure'],
        found: ['sexual-exploitation-lure'],
        missing: [],
        extra: [],
        excerpt: 'Girls 18-25 for a club, everything paid',
      },
    ]);
  });

  it('lists the false alarms (legitimate rated medium or high) with the indicators that fired', () => {
    expect(evaluation.falseAlarms.map((entry) => [entry.id, entry.risk, entry.extra])).toEqual([
      ['l4', 'medium', ['living-costs-deducted']],
      ['l5', 'high', ['living-costs-deducted', 'made-up-indicator']],
    ]);
    expect(evaluation.falseAlarms[0]?.excerpt).toBe('Accommodation is provided free by the employer.');
  });

  it('checks the targets: recall at least 0.97, legitimate high at most 3 %, medium or high at most 10 %', () => {
    expect(OFFER_CHECK_TARGETS).toEqual({
      minRiskyRecall: 0.97,
      maxLegitimateHigh: 0.03,
      maxLegitimateMediumOrHigh: 0.1,
    });
    expect(evaluation.targets).toEqual([
      {
        id: 'risky-recall',
        description: 'risky offers rated medium or high',
        value: 0.6,
        limit: 0.97,
        comparison: 'at-least',
        pass: false,
      },
      {
        id: 'legitimate-high',
        description: 'legitimate offers rated high',
        value: 0.2,
        limit: 0.03,
        comparison: 'at-most',
        pass: false,
      },
      {
        id: 'legitimate-medium-or-high',
        description: 'legitimate offers rated medium or high',
        value: 0.4,
        limit: 0.1,
        comparison: 'at-most',
        pass: false,
      },
    ]);
  });

  it('passes a target that is met exactly', () => {
    const exact = evaluateOfferCheck(ITEMS, fakeChecker(OUTCOMES), {
      targets: { minRiskyRecall: 0.6, maxLegitimateHigh: 0.2, maxLegitimateMediumOrHigh: 0.4 },
    });
    expect(exact.targets.map((target) => target.pass)).toEqual([true, true, true]);
  });

  it('passes all targets for a perfect checker and reports no misses or false alarms', () => {
    const perfect = evaluateOfferCheck(ITEMS, (item) => ({
      risk: item.label === 'risky' ? 'high' : 'low',
      indicatorIds: item.expected,
    }));
    expect(perfect.summary.recall).toBe(1);
    expect(perfect.summary.legitimateFlaggedRate).toBe(0);
    expect(perfect.misses).toEqual([]);
    expect(perfect.falseAlarms).toEqual([]);
    expect(perfect.targets.every((target) => target.pass)).toBe(true);
    expect(
      perfect.byIndicator.filter((entry) => entry.expected > 0).every((entry) => entry.recall === 1),
    ).toBe(true);
  });

  it('gives null rates and failing targets when there is nothing to measure', () => {
    const onlyRisky = evaluateOfferCheck([risky('r1', 'uk', ['debt-bondage'])], () => ({
      risk: 'medium',
      indicatorIds: [],
    }));
    expect(onlyRisky.summary.recall).toBe(1);
    expect(onlyRisky.summary.legitimateHighRate).toBeNull();
    expect(onlyRisky.summary.legitimateFlaggedRate).toBeNull();
    expect(onlyRisky.targets.map((target) => [target.id, target.value, target.pass])).toEqual([
      ['risky-recall', 1, true],
      ['legitimate-high', null, false],
      ['legitimate-medium-or-high', null, false],
    ]);
    expect(onlyRisky.byIndicator.find((entry) => entry.indicatorId === 'debt-bondage')).toMatchObject({
      expected: 1,
      found: 0,
      firedOnLegitimateRate: null,
    });

    const empty = evaluateOfferCheck([], () => ({ risk: 'low', indicatorIds: [] }));
    expect(empty.summary.items).toBe(0);
    expect(empty.summary.recall).toBeNull();
    expect(empty.byLanguage).toEqual([]);
  });

  it('rejects a checker that returns an unknown risk level', () => {
    const broken = (() => ({ risk: 'severe', indicatorIds: [] })) as unknown as OfferChecker;
    expect(() => evaluateOfferCheck([legit('l1', 'de')], broken)).toThrow(
      /unknown risk "severe" for item l1/,
    );
  });

  it('passes each item to the checker once, with its text and language', () => {
    const seen: string[] = [];
    evaluateOfferCheck(ITEMS, (item) => {
      seen.push(`${item.id}:${item.lang}`);
      return { risk: 'low', indicatorIds: [] };
    });
    expect(seen).toEqual(ITEMS.map((item) => `${item.id}:${item.lang}`));
  });
});

describe('textExcerpt', () => {
  it('collapses whitespace and keeps short texts whole', () => {
    expect(textExcerpt('  Posao  u\nNemačkoj\t!  ')).toBe('Posao u Nemačkoj !');
  });

  it('cuts long texts at the limit with an ellipsis, counting characters not UTF-16 units', () => {
    expect(textExcerpt('abcdefghij', 5)).toBe('abcd…');
    expect(textExcerpt('ПОСАО У НЕМАЧКОЈ', 8)).toBe('ПОСАО У…');
    expect(textExcerpt('🔥🔥🔥🔥🔥🔥', 4)).toBe('🔥🔥🔥…');
    expect(Array.from(textExcerpt('x'.repeat(500))).length).toBe(100);
  });
});

describe('parseCorpusJsonl', () => {
  const line = (fields: Record<string, unknown>) =>
    JSON.stringify({
      id: 'sr-latn-001',
      lang: 'sr-Latn',
      label: 'risky',
      text: 'Depozit 200 € unapred',
      expected: ['recruitment-fee'],
      note: 'fee',
      ...fields,
    });

  it('parses one item per line and skips blank lines and a byte-order mark', () => {
    const content = `\uFEFF${line({})}\n\n${line({ id: 'en-001', lang: 'en', label: 'legitimate', expected: [] })}\r\n`;
    const items = parseCorpusJsonl(content, 'dev.jsonl');
    expect(items).toEqual([
      {
        id: 'sr-latn-001',
        lang: 'sr-Latn',
        label: 'risky',
        text: 'Depozit 200 € unapred',
        expected: ['recruitment-fee'],
        note: 'fee',
      },
      {
        id: 'en-001',
        lang: 'en',
        label: 'legitimate',
        text: 'Depozit 200 € unapred',
        expected: [],
        note: 'fee',
      },
    ]);
  });

  const cases: [string, string, RegExp][] = [
    ['invalid JSON', '{"id": "x",', /^dev\.jsonl:3: not valid JSON/],
    ['an array', '[1, 2]', /^dev\.jsonl:3: not a JSON object$/],
    [
      'an unknown language',
      line({ lang: 'hr' }),
      /^dev\.jsonl:3: "lang" must be one of sr-Latn, sr-Cyrl, en, uk, ru, de$/,
    ],
    ['an unknown label', line({ label: 'scam' }), /"label" must be one of risky, legitimate/],
    ['an unknown indicator', line({ expected: ['passport-kept'] }), /unknown indicator id "passport-kept"/],
    ['a repeated indicator', line({ expected: ['debt-bondage', 'debt-bondage'] }), /"debt-bondage" repeated/],
    [
      'a legitimate item with indicators',
      line({ label: 'legitimate' }),
      /legitimate item must have an empty "expected"/,
    ],
    ['a risky item without indicators', line({ expected: [] }), /risky item must name at least one/],
    ['an empty text', line({ text: '   ' }), /"text" must be a non-empty string/],
    ['an id with capitals', line({ id: 'SR-001' }), /"id" must be lower-case/],
    ['an unknown field', line({ expceted: [] }), /unknown field "expceted"/],
    [
      'a missing field',
      JSON.stringify({ id: 'x-1', lang: 'en', label: 'legitimate', text: 't', expected: [] }),
      /missing field "note"/,
    ],
    ['a repeated id', line({}), /^dev\.jsonl:3: id "sr-latn-001" already used on line 1$/],
  ];

  it.each(cases)('names the file and line for %s', (_name, bad, message) => {
    const content = `${line({})}\n${line({ id: 'en-002', lang: 'en' })}\n${bad}\n${line({ id: 'uk-003', lang: 'uk' })}\n`;
    expect(() => parseCorpusJsonl(content, 'dev.jsonl')).toThrow(CorpusFormatError);
    expect(() => parseCorpusJsonl(content, 'dev.jsonl')).toThrow(message);
    try {
      parseCorpusJsonl(content, 'dev.jsonl');
    } catch (error) {
      expect(error).toMatchObject({ source: 'dev.jsonl', line: 3 });
    }
  });

  it('reports every problem of an item at once', () => {
    const result = validateCorpusItem({
      id: 'x',
      lang: 'xx',
      label: 'risky',
      text: '',
      expected: [],
      note: 'n',
    });
    expect(result.problems).toEqual([
      '"lang" must be one of sr-Latn, sr-Cyrl, en, uk, ru, de',
      '"text" must be a non-empty string',
      'a risky item must name at least one expected indicator',
    ]);
  });
});
