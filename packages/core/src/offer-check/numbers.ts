/**
 * Reads the numbers of an offer from its folded text: pay amounts with currency and period, hours per day
 * or week, days per week. Positions are offsets into the folded text; the engine maps them back. The words
 * it reads come with the vocabulary (`NumberWords`), so the browser's language packs carry only theirs.
 */
import { foldPattern } from './pattern.js';
import { matchEnd, matchFrom } from './prefilter.js';

export const CURRENCIES = [
  'EUR',
  'RSD',
  'UAH',
  'CHF',
  'USD',
  'GBP',
  'PLN',
  'CZK',
  'HUF',
  'RUB',
  'SEK',
  'NOK',
  'DKK',
  'BAM',
  'MKD',
  'AED',
  'AZN',
] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * Approximate value of one unit in euro (rounded mid-2025 market rates). Only used to compare an offer with
 * wage ranges, where a few per cent do not matter; review once a year with the wage table.
 */
export const EUR_PER_UNIT: Readonly<Record<Currency, number>> = {
  EUR: 1,
  RSD: 1 / 117,
  UAH: 1 / 48,
  CHF: 1.06,
  USD: 0.87,
  GBP: 1.16,
  PLN: 0.235,
  CZK: 0.04,
  HUF: 0.0025,
  RUB: 0.011,
  SEK: 0.09,
  NOK: 0.085,
  DKK: 0.134,
  BAM: 0.511,
  MKD: 0.0163,
  AED: 0.235,
  AZN: 0.51,
};

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * The words the number reader reads (natural script, folded as `foldPattern` folds them): currencies, periods,
 * hours and days, and the cues that tell pay from a cost. They travel with the vocabulary (`Vocabulary.numbers`),
 * so a language pack carries only its languages' words; Node reads `NUMBER_WORDS` (`number-words.ts`).
 */
export interface NumberWords {
  readonly currencies: readonly (readonly [Currency, string])[];
  readonly periods: readonly (readonly [PayPeriod, string])[];
  readonly multiplier: string;
  readonly rangeJoin: string;
  readonly bareWage: string;
  readonly ukHour: string;
  readonly prePeriodHour: string;
  readonly prePeriodDay: string;
  readonly gross: string;
  readonly net: string;
  readonly free: string;
  readonly upTo: string;
  readonly cost: string;
  readonly paying: string;
  readonly purpose: string;
  readonly wage: string;
  readonly wageAfter: string;
  readonly costAfter: string;
  /** Right after an amount: a premium or an allowance on top of the pay ("£1.50/hr night premium"). */
  readonly supplement: string;
  readonly hourUnit: string;
  readonly perDay: string;
  readonly perWeek: string;
  readonly clockBefore: string;
  readonly workContext: string;
  readonly timeRange: string;
  readonly days: string;
  /** "6 dana po 11 sati", "5 Tage à 10 Stunden": days a week and hours a day together (1 and 2). */
  readonly daysByHours: string;
  readonly weekdayRange: string;
  readonly noDayOff: string;
  readonly oneDayOff: string;
}

export interface MoneyMention {
  readonly start: number;
  readonly end: number;
  readonly low: number;
  readonly high: number;
  readonly currency: Currency | undefined;
  readonly period: PayPeriod | undefined;
  readonly gross: boolean;
  /** "neto", "net", "на руки": stated as take-home pay. */
  readonly net: boolean;
  /** "up to 4,000": the figure is a ceiling, not what you can count on. */
  readonly upTo: boolean;
  /** Pay for work (not a fee, a price or a cost). */
  readonly wage: boolean;
}

export interface HoursMention {
  readonly start: number;
  readonly end: number;
  readonly perDay?: number;
  readonly perWeek?: number;
}

export interface DaysMention {
  readonly start: number;
  readonly end: number;
  readonly perWeek: number;
}

export interface OfferNumbers {
  readonly money: readonly MoneyMention[];
  readonly hours: readonly HoursMention[];
  readonly days: readonly DaysMention[];
}

const re = (source: string, flags = 'g') => new RegExp(foldPattern(source), flags);
/** Like `re`, anchored at the start of a word. */
const word = (source: string) => new RegExp(`(?<![a-z0-9])(?:${foldPattern(source)})`);

const NUMBER = String.raw`\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

/** The expressions of the number reader, built from one vocabulary's number words. */
function compile(w: NumberWords) {
  const CURRENCY_WORDS = w.currencies;
  const CURRENCY_RE = CURRENCY_WORDS.map(
    ([code, source]) => [code, new RegExp(`^(?:${foldPattern(source)})`)] as const,
  );
  const CURRENCY_ANY = CURRENCY_WORDS.map(([, source]) => foldPattern(source)).join('|');

  const MULTIPLIER = foldPattern(w.multiplier);
  const RANGE_JOIN = foldPattern(w.rangeJoin);

  /** A number, a range and a multiplier, read at a digit: "1.500", "2.000–2.500", "3-5 hiljada". */
  const AMOUNT_RE = new RegExp(
    String.raw`(${NUMBER})(?: ?(${MULTIPLIER}))?(?:${RANGE_JOIN}(${NUMBER})(?: ?(${MULTIPLIER}))?)?`,
    'y',
  );
  /** A currency right after an amount. */
  const CURRENCY_AFTER_RE = new RegExp(String.raw` ?-?(${CURRENCY_ANY})(?![a-z])`, 'y');
  /** A currency right before an amount ("€ 1.500" folds to "eur 1.500"). */
  const CURRENCY_BEFORE_RE = new RegExp(String.raw`(?<![a-z])(${CURRENCY_ANY}) ?$`);
  const DIGIT_START_RE = /(?<![\w.,])\d/g;

  /** A number with a wage word just before it and no currency ("plata 2000", "зарплата 45 000"). */
  const BARE_WAGE_RE = re(w.bareWage);

  const PERIOD_WORDS = w.periods;
  const PERIOD_RE = PERIOD_WORDS.map(
    ([period, source]) => [period, new RegExp(`^(?:${foldPattern(source)})`)] as const,
  );
  /** In Ukrainian "година" is an hour; in Serbian "godina" is a year. */
  const UK_HOUR_RE = new RegExp(`^(?:${foldPattern(w.ukHour)})`);
  const PRE_PERIOD_RE = [
    ['hour', re(w.prePeriodHour, '')],
    ['day', re(w.prePeriodDay, '')],
  ] as const;

  const GROSS_RE = word(w.gross);
  const NET_RE = word(w.net);
  const FREE_RE = word(w.free);
  const UP_TO_RE = re(w.upTo, '');

  /** Words before an amount that make it a price or a fee rather than pay. */
  const COST_RE = word(w.cost);
  /** A paying verb right before an amount: the money goes from the worker. */
  const PAYING_RE = word(w.paying);
  /** A purpose right after an amount: "… for the visa", "… za prijavu". */
  const PURPOSE_RE = re(w.purpose, '');
  const WAGE_RE = word(w.wage);

  const WAGE_AFTER_RE = re(w.wageAfter, '');
  const SUPPLEMENT_RE = re(w.supplement, '');
  const COST_AFTER_RE = re(w.costAfter, '');

  const HOUR_UNIT = foldPattern(w.hourUnit);
  const PER_DAY = foldPattern(w.perDay);
  const PER_WEEK = foldPattern(w.perWeek);
  const PER_WEEK_RE = new RegExp(`^(?:${PER_WEEK})`);
  const CLOCK_BEFORE = new RegExp(`(?:^|[^a-z0-9])(?:${foldPattern(w.clockBefore)}) $`);
  const WORK_CONTEXT = re(w.workContext, '');

  const HOURS_RE = new RegExp(
    String.raw`(?<![\w.,:])(\d{1,2})(?:[.,]5)?(?: ?(?:-|–|do|to|bis|до|i|or|ili|або|или) ?(\d{1,2}))?(?:\+)? ?-? ?(?:${HOUR_UNIT})(?:(?:${'[^\\w.!?;\\n]'}+)(${PER_DAY}|${PER_WEEK}))?`,
    'g',
  );
  const TIME_RANGE_RE = new RegExp(foldPattern(w.timeRange), 'g');

  const AMPM_RANGE_RE =
    /(?<![\w.,:])(\d{1,2})(?:[:.]\d\d)? ?(am|pm) ?(?:-|to|until|till) ?(\d{1,2})(?:[:.]\d\d)? ?(am|pm)(?![a-z])/g;

  const DAYS_RE = new RegExp(foldPattern(w.days), 'g');
  const DAYS_BY_HOURS_RE = new RegExp(foldPattern(w.daysByHours), 'g');
  const DAYS_SLASH_RE = /(?<![\w.,/])([4-7])\/7(?![\d])/g;
  const WEEKDAY_RANGE_RE = new RegExp(foldPattern(w.weekdayRange), 'g');
  const NO_DAY_OFF_RE = new RegExp(foldPattern(w.noDayOff), 'g');
  const ONE_DAY_OFF_RE = new RegExp(foldPattern(w.oneDayOff), 'g');

  return {
    CURRENCY_WORDS,
    CURRENCY_RE,
    CURRENCY_ANY,
    MULTIPLIER,
    RANGE_JOIN,
    AMOUNT_RE,
    CURRENCY_AFTER_RE,
    CURRENCY_BEFORE_RE,
    DIGIT_START_RE,
    BARE_WAGE_RE,
    PERIOD_WORDS,
    PERIOD_RE,
    UK_HOUR_RE,
    PRE_PERIOD_RE,
    GROSS_RE,
    NET_RE,
    FREE_RE,
    UP_TO_RE,
    COST_RE,
    PAYING_RE,
    PURPOSE_RE,
    WAGE_RE,
    WAGE_AFTER_RE,
    SUPPLEMENT_RE,
    COST_AFTER_RE,
    HOUR_UNIT,
    PER_DAY,
    PER_WEEK,
    PER_WEEK_RE,
    CLOCK_BEFORE,
    WORK_CONTEXT,
    HOURS_RE,
    TIME_RANGE_RE,
    AMPM_RANGE_RE,
    DAYS_RE,
    DAYS_BY_HOURS_RE,
    DAYS_SLASH_RE,
    WEEKDAY_RANGE_RE,
    NO_DAY_OFF_RE,
    ONE_DAY_OFF_RE,
  };
}

const COMPILED = new WeakMap<NumberWords, ReturnType<typeof compile>>();
/** The expressions of the vocabulary being read: set by `readNumbers` (synchronous) before anything reads them. */
let R: ReturnType<typeof compile>;
/** The word starts of the text being read, when the caller has them (set by `readNumbers` with `R`). */
let STARTS: Int32Array | undefined;

/**
 * The first match of the global `re` at or after `from` (what `re.exec` gives with `lastIndex = from`).
 * With the text's word starts, an expression whose matches start words is tried only there (`matchFrom`):
 * the same matches without trying the expression at every character.
 */
function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  if (STARTS) return matchFrom(re, text, STARTS, from);
  re.lastIndex = from;
  return re.exec(text);
}

/** Numbers already parsed (the same figures come back in a text and from text to text); bounded. */
const PARSED = new Map<string, number>();

function parseNumber(raw: string): number {
  let value = PARSED.get(raw);
  if (value === undefined) {
    if (PARSED.size >= 4096) PARSED.clear();
    value = parseNumberOnce(raw);
    PARSED.set(raw, value);
  }
  return value;
}

function parseNumberOnce(raw: string): number {
  const compact = raw.replace(/[' ]/g, '');
  const m = /^(\d{1,3}(?:[.,]\d{3})+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (m) {
    const whole = Number((m[1] as string).replace(/[.,]/g, ''));
    return m[2] ? whole + Number(`0.${m[2]}`) : whole;
  }
  return Number(compact.replace(',', '.'));
}

function multiplier(raw: string | undefined): number {
  return raw ? 1000 : 1;
}

function currencyOf(raw: string): Currency | undefined {
  for (const [code, test] of R.CURRENCY_RE) if (test.test(raw)) return code;
  return undefined;
}

/** Short words written with a full stop that does not end the sentence ("approx. CHF 900", "ca. 200 €"), folded. */
const ABBREVIATION =
  /(?:^|[^a-z])(?:aprox|ca|cca|pribl|ok|oko|prim|npr|tj|bzw|vgl|inkl|zzgl|max|min|mon|mj|mes|vul|ul|bul|nr|br|tel|str)$/;

function sentenceBefore(text: string, at: number, limit: number): string {
  let i = at;
  while (i > 0 && at - i < limit) {
    const ch = text[i - 1] as string;
    if (ch === '\n' || ch === ';' || ch === '!' || ch === '?') break;
    if (ch === '.' && /\s/.test(text[i] ?? ' ') && !ABBREVIATION.test(text.slice(Math.max(0, i - 9), i - 1)))
      break;
    i--;
  }
  return text.slice(i, at);
}

/**
 * `sentenceBefore(text, at, limit)` from `sentenceBefore(text, at, longer)` (`longer` ≥ `limit`): the walk
 * back stops at the same break, or `limit` characters back if that comes first.
 */
function shorter(sentence: string, limit: number): string {
  return sentence.length > limit ? sentence.slice(sentence.length - limit) : sentence;
}

/**
 * The part of the sentence before an amount (as `sentenceBefore` gives it) that belongs to the same list item:
 * after its last comma, " i " or " and ".
 */
function phraseIn(sentence: string): string {
  const cut = Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(' i '), sentence.lastIndexOf(' and '));
  return cut >= 0 ? sentence.slice(cut + 1) : sentence;
}

function periodAfter(text: string, at: number, ukrainian: boolean): PayPeriod | undefined {
  const after = text
    .slice(at, at + 40)
    .replace(/^[\s,]*(?:(?:neto|netto|net|bruto|brutto|gross)[\s,]*)?/, '');
  if (ukrainian && R.UK_HOUR_RE.test(after)) return 'hour';
  for (const [period, test] of R.PERIOD_RE) if (test.test(after)) return period;
  return undefined;
}

/** `before` is `sentenceBefore(text, at, 40)`. */
function periodBefore(before: string): PayPeriod | undefined {
  for (const [period, test] of R.PRE_PERIOD_RE) if (test.test(before)) return period;
  return undefined;
}

function readMoney(text: string, ukrainian: boolean): MoneyMention[] {
  const out: MoneyMention[] = [];
  const covered: [number, number][] = [];
  let next = 0;
  for (let d = execFrom(R.DIGIT_START_RE, text, 0); d; d = execFrom(R.DIGIT_START_RE, text, next)) {
    next = matchEnd(d);
    R.AMOUNT_RE.lastIndex = d.index;
    const m = R.AMOUNT_RE.exec(text);
    if (!m) continue;
    let start = d.index;
    let end = d.index + m[0].length;
    let currency: Currency | undefined;
    R.CURRENCY_AFTER_RE.lastIndex = end;
    const after = R.CURRENCY_AFTER_RE.exec(text);
    if (after) {
      currency = currencyOf(after[1] as string);
      end += after[0].length;
    } else {
      const before = R.CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, start - 16), start));
      if (!before) continue;
      currency = currencyOf(before[1] as string);
      start -= before[0].length;
    }
    const first = m[2] ?? m[4];
    const low = parseNumber(m[1] as string) * multiplier(first);
    let high = m[3] !== undefined ? parseNumber(m[3]) * multiplier(m[4] ?? m[2]) : low;
    next = end;
    if (!Number.isFinite(low) || low <= 0) continue;
    if (high < low) high = low;
    covered.push([start, end]);
    out.push(describe(text, start, end, low, high, currency, ukrainian));
  }
  R.BARE_WAGE_RE.lastIndex = 0;
  for (let m = R.BARE_WAGE_RE.exec(text); m; m = R.BARE_WAGE_RE.exec(text)) {
    const raw = m[1] as string;
    const start = m.index + m[0].length - raw.length;
    if (covered.some(([s, e]) => start < e && start + raw.length > s)) continue;
    const value = parseNumber(raw);
    if (!Number.isFinite(value) || value < 100) continue;
    const currency: Currency = value >= 15000 ? (ukrainian ? 'UAH' : 'RSD') : 'EUR';
    out.push(describe(text, start, start + raw.length, value, value, currency, ukrainian));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Index just after the last match of `re` in `text`, or -1. */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function lastEnd(re: RegExp, text: string): number {
  let global = GLOBAL_COPIES.get(re);
  if (!global) {
    global = new RegExp(re.source, 'g');
    GLOBAL_COPIES.set(re, global);
  }
  global.lastIndex = 0;
  let at = -1;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    at = m.index + m[0].length;
    if (m[0].length === 0) global.lastIndex++;
  }
  return at;
}

function describe(
  text: string,
  start: number,
  end: number,
  low: number,
  high: number,
  currency: Currency | undefined,
  ukrainian: boolean,
): MoneyMention {
  const around = text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30));
  // (the shorter looks back are cut from this one: see `shorter`)
  const before = sentenceBefore(text, start, 80);
  const after = text.slice(end, end + 40);
  const period = periodAfter(text, end, ukrainian) ?? periodBefore(shorter(before, 40));
  let wage: boolean;
  // a premium or an allowance on top ("plus £1.50/hr night premium", "+£1.00/hr") is not the pay itself
  if (R.SUPPLEMENT_RE.test(after) || /\+ ?$/.test(text.slice(Math.max(0, start - 2), start))) wage = false;
  // "85,000 RSD net" is pay whatever stands before it ("no experience needed, 85,000 RSD net")
  else if (R.WAGE_AFTER_RE.test(after)) wage = true;
  // an hourly figure is pay unless a price word stands right before it ("smeštaj 10 € po danu" is per day),
  // even after "pay" ("Pay £12.71/h minimum": nobody pays a fee by the hour)
  else if (period === 'hour' && !R.PURPOSE_RE.test(after) && !R.COST_RE.test(phraseIn(shorter(before, 60))))
    wage = true;
  else if (R.PAYING_RE.test(shorter(before, 40)) || R.PURPOSE_RE.test(after)) wage = false;
  else if (R.COST_AFTER_RE.test(after)) wage = false;
  else {
    // the nearest cue before the amount decides: "plata 1.800 €" or "smeštaj 200 €"
    const wageAt = lastEnd(R.WAGE_RE, before);
    let costAt = lastEnd(R.COST_RE, before);
    // "smeštaj besplatan, 1.600 €": the cost word is answered already
    // ... unless a price follows the free period ("smeštaj je besplatan, posle toga 230 € mesečno")
    if (costAt >= 0 && R.FREE_RE.test(before.slice(costAt)) && !AFTER_FREE.test(before.slice(costAt)))
      costAt = -1;
    if (wageAt >= 0 || costAt >= 0) wage = wageAt > costAt;
    else wage = period !== undefined && period !== 'year' && !R.COST_RE.test(phraseIn(before));
  }
  return {
    start,
    end,
    low,
    high,
    currency,
    period,
    gross: R.GROSS_RE.test(around),
    net: R.NET_RE.test(around),
    upTo: R.UP_TO_RE.test(text.slice(Math.max(0, start - 14), start)) && high === low,
    wage,
  };
}

function weekdaySpan(first: string, last: string): number | undefined {
  const start = /^(pon|mon|mo|pn|montag|ponedil|ponedel)/.test(first) ? 1 : undefined;
  if (start === undefined) return undefined;
  if (/^(pet|fri|fr|pt|freitag|pjatnic|pjatnic)/.test(last)) return 5;
  if (/^(sub|sat|sa|sb|samstag)/.test(last)) return 6;
  if (/^(ned|sun|so|nd|vs|sonntag|nedil|voskres)/.test(last)) return 7;
  return undefined;
}

/** A rest period just before a number of hours (folded): "odmor od 24 časa", "Ruhezeit von 11 Stunden". */
const REST_BEFORE =
  /(?:odmor\w*|rest|break|pauz\w*|pause|ruhezeit|vidpocin\w*|otdyh\w*|pereryv\w*)(?:[^.!?;\n]{0,20})$/;

/** A price after a free period (folded): "posle toga", "after that", "далі", "danach". */
const AFTER_FREE = new RegExp(
  `(?<![a-z])(?:${foldPattern(
    'posle toga|poslije toga|nakon toga|potom|zatim|nakon (?:prvog|prva|prvih)|after that|afterwards|thereafter|then|after the first|далі|потім|після цього|після перших|затем|потом|после этого|после первых|danach|anschließend|dann|nach (?:dem ersten|den ersten)',
  )})(?![a-z])`,
);

/** A rest period just after a number of hours (folded): "11 hours' rest", "11 sati odmora", "11 Stunden Ruhezeit". */
const REST_AFTER = /^['’]? ?(?:of )?(?:rest|break|odmor\w*|pauz\w*|ruhezeit|vidpocin\w*|otdyh\w*|pereryv\w*)/;

/** "15 godina" is fifteen years in Serbian; "15 годин" is fifteen hours only in Ukrainian. */
const YEARS_NOT_HOURS = /godin\w*$/;

function readHours(text: string, ukrainian: boolean): HoursMention[] {
  const out: HoursMention[] = [];
  const taken: [number, number][] = [];
  // "6 dana po 11 sati": 11 hours a day (the "po" before it is no time of day)
  for (
    let m = execFrom(R.DAYS_BY_HOURS_RE, text, 0);
    m;
    m = execFrom(R.DAYS_BY_HOURS_RE, text, matchEnd(m))
  ) {
    const hours = Number(m[2]);
    if (hours === 0 || hours > 24) continue;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ start: m.index, end: m.index + m[0].length, perDay: hours });
  }
  for (let m = execFrom(R.TIME_RANGE_RE, text, 0); m; m = execFrom(R.TIME_RANGE_RE, text, matchEnd(m))) {
    const from = Number(m[1] ?? m[3]);
    const to = Number(m[2] ?? m[4]);
    if (from > 24 || to > 24) continue;
    const span = to > from ? to - from : to + 24 - from;
    if (span < 4 || span > 24) continue;
    const context = sentenceBefore(text, m.index, 60) + text.slice(m.index, m.index + m[0].length + 30);
    if (!R.WORK_CONTEXT.test(context)) continue;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ start: m.index, end: m.index + m[0].length, perDay: span });
  }
  for (let m = execFrom(R.HOURS_RE, text, 0); m; m = execFrom(R.HOURS_RE, text, matchEnd(m))) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    if (
      !ukrainian &&
      YEARS_NOT_HOURS.test(m[3] === undefined ? m[0] : m[0].slice(0, m[0].length - m[3].length).trimEnd())
    )
      continue;
    const a = Number(m[1]);
    const b = m[2] !== undefined ? Number(m[2]) : a;
    // "22–06h": a night shift from 22 to 6 o'clock, 8 hours
    if (m[2] !== undefined && b < a && a <= 24) {
      const span = b + 24 - a;
      if (span >= 4 && span <= 16 && R.WORK_CONTEXT.test(sentenceBefore(text, start, 60) + m[0]))
        out.push({ start, end, perDay: span });
      continue;
    }
    // "11-13h" (come in between eleven and one) is a time of day unless a day or a shift follows
    if (
      m[2] !== undefined &&
      b > a &&
      b - a < 4 &&
      b > 12 &&
      m[3] === undefined &&
      /(?:\dh|\d uhr)$/.test(m[0])
    )
      continue;
    // "6-18h" is a time of day, "10-12h" a number of hours
    if (m[2] !== undefined && b - a >= 4 && b > 12) {
      if (R.WORK_CONTEXT.test(sentenceBefore(text, start, 60) + m[0]))
        out.push({ start, end, perDay: b - a });
      continue;
    }
    // "nedeljni odmor od 24 časa", "a rest of 11 hours", "11 hours' rest between shifts": rest, not work
    if (REST_BEFORE.test(sentenceBefore(text, start, 50)) || REST_AFTER.test(text.slice(end, end + 12)))
      continue;
    // "u 7h", "do 15 sati", "bis 18 Uhr": a time of day, not a number of hours
    if (R.CLOCK_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const hours = Math.max(a, b);
    const period = m[3];
    if (period !== undefined && R.PER_WEEK_RE.test(period)) {
      if (hours >= 10) out.push({ start, end, perWeek: hours });
      continue;
    }
    if (hours > 24 || hours === 0) continue;
    const context = sentenceBefore(text, start, 60) + m[0] + text.slice(end, end + 20);
    if (period === undefined && !R.WORK_CONTEXT.test(context)) continue;
    if (period === undefined && hours >= 30) continue;
    out.push({ start, end, perDay: hours });
  }
  R.AMPM_RANGE_RE.lastIndex = 0;
  // (a match needs "am" or "pm": most texts have neither)
  const ampm = text.includes('am') || text.includes('pm');
  for (let m = ampm ? R.AMPM_RANGE_RE.exec(text) : null; m; m = R.AMPM_RANGE_RE.exec(text)) {
    const from = (Number(m[1]) % 12) + (m[2] === 'pm' ? 12 : 0);
    const to = (Number(m[3]) % 12) + (m[4] === 'pm' ? 12 : 0);
    const span = to > from ? to - from : to + 24 - from;
    if (span >= 4 && span <= 24) out.push({ start: m.index, end: m.index + m[0].length, perDay: span });
  }
  return out.sort((x, y) => x.start - y.start);
}

function readDays(text: string): DaysMention[] {
  const out: DaysMention[] = [];
  for (let m = execFrom(R.DAYS_BY_HOURS_RE, text, 0); m; m = execFrom(R.DAYS_BY_HOURS_RE, text, matchEnd(m)))
    out.push({ start: m.index, end: m.index + m[0].length, perWeek: Number(m[1]) });
  for (let m = execFrom(R.DAYS_RE, text, 0); m; m = execFrom(R.DAYS_RE, text, matchEnd(m))) {
    const days = Math.max(Number(m[1]), m[2] !== undefined ? Number(m[2]) : 0);
    out.push({ start: m.index, end: m.index + m[0].length, perWeek: days });
  }
  for (let m = execFrom(R.DAYS_SLASH_RE, text, 0); m; m = execFrom(R.DAYS_SLASH_RE, text, matchEnd(m))) {
    const context = sentenceBefore(text, m.index, 60) + text.slice(m.index, m.index + 30);
    if (R.WORK_CONTEXT.test(context))
      out.push({ start: m.index, end: m.index + m[0].length, perWeek: Number(m[1]) });
  }
  R.WEEKDAY_RANGE_RE.lastIndex = 0;
  for (let m = R.WEEKDAY_RANGE_RE.exec(text); m; m = R.WEEKDAY_RANGE_RE.exec(text)) {
    const span = weekdaySpan(m[1] as string, m[2] as string);
    if (span !== undefined) out.push({ start: m.index, end: m.index + m[0].length, perWeek: span });
  }
  R.NO_DAY_OFF_RE.lastIndex = 0;
  for (let m = R.NO_DAY_OFF_RE.exec(text); m; m = R.NO_DAY_OFF_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, perWeek: 7 });
  }
  R.ONE_DAY_OFF_RE.lastIndex = 0;
  for (let m = R.ONE_DAY_OFF_RE.exec(text); m; m = R.ONE_DAY_OFF_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, perWeek: 6 });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Reads pay, hours and days from folded text. `ukrainian` tells that "година" means an hour (it means a
 * year in Serbian). `starts`, the text's word starts (`wordStarts`), only makes the reading faster.
 */
export function readNumbers(
  text: string,
  ukrainian: boolean,
  words: NumberWords,
  starts?: Int32Array,
): OfferNumbers {
  let compiled = COMPILED.get(words);
  if (!compiled) {
    compiled = compile(words);
    COMPILED.set(words, compiled);
  }
  R = compiled;
  STARTS = starts;
  return { money: readMoney(text, ukrainian), hours: readHours(text, ukrainian), days: readDays(text) };
}

/** Converts an amount to euro per month of full-time work, given the hours and days when known. */
export function monthlyEur(
  amount: number,
  currency: Currency,
  period: PayPeriod,
  hoursPerDay: number | undefined,
  daysPerWeek: number | undefined,
): number {
  const eur = amount * EUR_PER_UNIT[currency];
  const days = daysPerWeek ?? 5;
  const weeklyHours = (hoursPerDay ?? 8) * days;
  switch (period) {
    case 'hour':
      return eur * Math.min(weeklyHours, 60) * 4.33;
    case 'day':
      return eur * days * 4.33;
    case 'week':
      return eur * 4.33;
    case 'month':
      return eur;
    case 'year':
      return eur / 12;
  }
}

/** The period an amount most likely means when the offer does not say. */
export function guessPeriod(eurAmount: number): PayPeriod {
  if (eurAmount < 40) return 'hour';
  if (eurAmount < 200) return 'day';
  if (eurAmount > 25000) return 'year';
  return 'month';
}
