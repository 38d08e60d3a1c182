/**
 * Reads the numbers of an offer from its folded text: pay amounts with currency and period, hours per day
 * or week, days per week. Positions are offsets into the folded text; the engine maps them back.
 */
import { foldPattern } from './pattern.js';

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

const CURRENCY_WORDS: readonly (readonly [Currency, string])[] = [
  ['EUR', String.raw`eur\w*|evr\w*|євро|евро|e(?![a-z-])`],
  ['RSD', String.raw`rsd|din(?:ar\w*)?(?![a-z])|дин\w*`],
  ['UAH', String.raw`uah|грн|гривень|гривні|гривня|гривен\w*|hrn`],
  ['CHF', String.raw`chf|franak\w*|franc\w*|franken|франк\w*`],
  ['USD', String.raw`usd|dolar\w*|dollar\w*|долар\w*|доллар\w*`],
  ['GBP', String.raw`gbp|funt\w*|pound\w*|фунт\w*`],
  ['PLN', String.raw`pln|zlot\w*|zl(?![a-z])|злот\w*`],
  ['CZK', String.raw`czk|kc(?![a-z])|kron\w*|крон\w*|korun\w*`],
  ['HUF', String.raw`huf|forint\w*|форинт\w*|ft(?![a-z])`],
  ['RUB', String.raw`rub\w*|руб\w*`],
  ['SEK', String.raw`sek(?![a-z])`],
  ['NOK', String.raw`nok(?![a-z])`],
  ['DKK', String.raw`dkk`],
  ['BAM', String.raw`bam(?![a-z])|konvertibiln\w* mar\w*`],
  ['MKD', String.raw`mkd|denar\w*`],
  ['AED', String.raw`aed|dirham\w*|дирхам\w*`],
  ['AZN', String.raw`azn|manat\w*|манат\w*`],
];
const CURRENCY_RE = CURRENCY_WORDS.map(
  ([code, source]) => [code, new RegExp(`^(?:${foldPattern(source)})`)] as const,
);
const CURRENCY_ANY = CURRENCY_WORDS.map(([, source]) => foldPattern(source)).join('|');

const MULTIPLIER = foldPattern(
  String.raw`k(?![a-z])|hiljad\w*|hilj\.?|tisuc\w*|тис\w*|тыс\w*|thousand|tausend`,
);
const RANGE_JOIN = foldPattern(String.raw` ?(?:-|–|do|to|bis|до|i|and|та|и) ?`);

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
const BARE_WAGE_RE = re(
  String.raw`(?:plat[aeiu]|zarad\w*|primanj\w*|salary|wage\w*|earn\w*|зарплат\w*|заробіт\w*|заработ\w*|lohn|gehalt|verdienst|satnic\w*|neto|netto|bruto|brutto) (?:od |from |від |от |ab |do |up to |до |bis )?(\d{1,3}(?:[.,' ]\d{3})+|\d{3,6})(?![\d.,]*\d)(?! ?(?:sati|h|hours|godin|casov|km|m2|kg|god|dana|days|dniv|%))`,
);

const PERIOD_WORDS: readonly (readonly [PayPeriod, string])[] = [
  [
    'hour',
    String.raw`/ ?h(?![a-z])|/ ?hr|/ ?std|/ ?sat(?![a-z])|/ ?cas(?![a-z])|/ ?hod|/ ?god(?![a-z])|/ ?hour|na sat|po satu|po casu|na cas|(?:per|an|a|the|each) hour|hourly|pro stunde|die stunde|stundenlohn|в час|за час|на годину|за годину|за 1 годину|per h(?![a-z])|h(?![a-z])`,
  ],
  [
    'day',
    String.raw`dnevno|na dan|po danu|dnevnic\w*|per day|a day|daily|/ ?day|/ ?dan|на день|за день|в день|щодня|täglich|pro tag|am tag|/ ?tag|/ ?den`,
  ],
  [
    'week',
    String.raw`nedeljno|sedmicno|tjedno|per week|a week|weekly|/ ?week|/ ?wk|на тиждень|за тиждень|щотижня|в неделю|за неделю|wöchentlich|pro woche|die woche|/ ?woche|/ ?тиж\w*`,
  ],
  [
    'month',
    String.raw`mesečn\w*|mjesečn\w*|na mesec|po mesecu|mesec(?![a-z])|/ ?mes\w*|/ ?mj\w*|per month|a month|monthly|/ ?month|/ ?mo(?![a-z])|/ ?mth|на місяць|в місяць|за місяць|щомісяця|місячн\w*|/ ?міс\w*|в месяц|за месяц|на месяц|ежемесячно|месячн\w*|monatlich|pro monat|im monat|/ ?monat|/ ?мес\w*|neto mesečno`,
  ],
  [
    'year',
    String.raw`godišnj\w*|na godinu|per year|a year|annual\w*|yearly|/ ?year|p\.a\.|jährlich|pro jahr|/ ?jahr|в год(?![a-z])|за год(?![a-z])|на рік|в рік|за рік|річн\w*|годов\w*`,
  ],
];
const PERIOD_RE = PERIOD_WORDS.map(
  ([period, source]) => [period, new RegExp(`^(?:${foldPattern(source)})`)] as const,
);
/** In Ukrainian "година" is an hour; in Serbian "godina" is a year. */
const UK_HOUR_RE = new RegExp(`^(?:${foldPattern('(?:на|за|в|/) ?годину|/ ?год(?![a-z])')})`);
const PRE_PERIOD_RE = [
  [
    'hour',
    re(
      String.raw`(?:satnic\w*|по сату|hourly rate|stundenlohn|ставка за годину|погодинн\w*|почасов\w*)[^.!?;\n]{0,12}$`,
      '',
    ),
  ],
  ['day', re(String.raw`(?:dnevnic\w*|daily rate|денна ставка|tageslohn)[^.!?;\n]{0,12}$`, '')],
] as const;

const GROSS_RE = word(String.raw`bruto|brutto|gross|before tax|брутто|до оподаткування`);
const NET_RE = word(
  String.raw`neto|netto|net(?![a-z])|na ruke|на руки|чистими|чистыми|после налог\w*|after tax`,
);
const FREE_RE = word(
  String.raw`besplatn\w*|free|included|uključen\w*|obezbeđen\w*|obezbijeđen\w*|provided|безкоштовн\w*|бесплатн\w*|надається|надаємо|предоставля\w*|kostenlos\w*|gratis|inklusive|gestellt`,
);
const UP_TO_RE = re(String.raw`(?:do|up to|bis zu|bis|до|až do|maximum|max\.?|čak|even) ?$`, '');

/** Words before an amount that make it a price or a fee rather than pay. */
const COST_RE = word(
  String.raw`(?:uplat\w*|provizij\w*|kotizacij\w*|naknad\w*|trošk\w*|trošak|troškov\w*|cen[aeu]|cijen\w*|kirij\w*|smeštaj\w*|smještaj\w*|stan(?![a-z])|dom(?:u|a)? za \w+|dorm\w*|hostel\w*|kontejner\w*|container\w*|soba|sobe|sobu|džeparac|pocket money|кишеньков\w*|карманн\w*|taschengeld|wohnheim\w*|hran[aeu]|obro\w*|prevoz\w*|kart[aeu]|avio\w*|viz[aeu]|dozvol\w*|depozit\w*|kaucij\w*|taks\w*|fee\w*|deposit\w*|cost\w*|price\w*|rent\w*|housing|accommodation|lodging|room|bed|meals?|food|ticket\w*|flight\w*|visa|permit|insurance|внес\w*|вартіст\w*|стоимост\w*|цін\w*|цен\w*|житл\w*|жиль\w*|гуртожит\w*|общежит\w*|проживан\w*|харчуван\w*|питани\w*|квит\w*|билет\w*|віз\w*|виз[аыу]|дозвіл\w*|оплат\w* послуг|послуг\w*|депозит\w*|застав\w*|kaution|gebühr\w*|miete|unterkunft|verpflegung|zimmer|anmeldung|preis|kosten|kost\w*|shuttle)`,
);
/** A paying verb right before an amount: the money goes from the worker. */
const PAYING_RE = word(
  String.raw`(?:uplat\w*|platit\w*|platiš|platite|plati(?![a-z])|plaćaš|plaćate|pošalj\w*|šalj\w*|send\w*|transfer\w*|pay(?:ing)?(?![a-z])|сплат\w*|оплатит\w*|заплат\w*|переказ\w*|перевед\w*|надішл\w*|überweis\w*|zahlen|bezahlen|treba mi|treba nam|potrebno je|need(?:s|ed)?(?![a-z])|потрібно|нужно|traž\w*|uzima\w*|naplać\w*|charge\w*|беремо|беруть|бере|просимо|вимага\w*|verlang\w*)[^.!?;\n]{0,14}$`,
);
/** A purpose right after an amount: "… for the visa", "… za prijavu". */
const PURPOSE_RE = re(
  String.raw`^[^.!?;\n,]{0,6}(?:za|for|за|für|kao|as|як|как|als) (?:prijav\w*|registr\w*|upis\w*|viz\w*|dozvol\w*|kart\w*|papir\w*|dokument\w*|obrad\w*|posredov\w*|agencij\w*|usluge|smeštaj\w*|depozit|garancij\w*|reservation|registration|visa|permit|ticket|papers|documents|processing|placement|agency|deposit|services|реєстрац\w*|візу|дозв\w*|оформлен\w*|послуг\w*|документ\w*|квит\w*|регистрац\w*|визу|anmeldung|visum|vermittlung|gebühr\w*)`,
  '',
);
const WAGE_RE = word(
  String.raw`(?:plat[aeiu]?(?![a-z])|platom|plaća|zarad\w*|primanj\w*|satnic\w*|dnevnic\w*|salary|salaries|wage\w*|pay(?![a-z])|paid|earn\w*|income|neto|netto|bruto|brutto|net(?![a-z])|gross|зарплат\w*|заробіт\w*|заработ\w*|оплата праці|оплата(?! послуг)|ставк\w*|оклад\w*|дохід|доход\w*|lohn\w*|gehalt\w*|verdien\w*|bezahlung|vergütung)`,
);

function parseNumber(raw: string): number {
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
  for (const [code, test] of CURRENCY_RE) if (test.test(raw)) return code;
  return undefined;
}

function sentenceBefore(text: string, at: number, limit: number): string {
  let i = at;
  while (i > 0 && at - i < limit) {
    const ch = text[i - 1] as string;
    if (ch === '\n' || ch === ';' || ch === '!' || ch === '?') break;
    if (ch === '.' && /\s/.test(text[i] ?? ' ')) break;
    i--;
  }
  return text.slice(i, at);
}

/** The part of the sentence before `at` that belongs to the same list item (stops at commas too). */
function phraseBefore(text: string, at: number, limit: number): string {
  const sentence = sentenceBefore(text, at, limit);
  const cut = Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(' i '), sentence.lastIndexOf(' and '));
  return cut >= 0 ? sentence.slice(cut + 1) : sentence;
}

function periodAfter(text: string, at: number, ukrainian: boolean): PayPeriod | undefined {
  const after = text
    .slice(at, at + 40)
    .replace(/^[\s,]*(?:(?:neto|netto|net|bruto|brutto|gross)[\s,]*)?/, '');
  if (ukrainian && UK_HOUR_RE.test(after)) return 'hour';
  for (const [period, test] of PERIOD_RE) if (test.test(after)) return period;
  return undefined;
}

function periodBefore(text: string, at: number): PayPeriod | undefined {
  const before = sentenceBefore(text, at, 40);
  for (const [period, test] of PRE_PERIOD_RE) if (test.test(before)) return period;
  return undefined;
}

function readMoney(text: string, ukrainian: boolean): MoneyMention[] {
  const out: MoneyMention[] = [];
  const covered: [number, number][] = [];
  DIGIT_START_RE.lastIndex = 0;
  for (let d = DIGIT_START_RE.exec(text); d; d = DIGIT_START_RE.exec(text)) {
    AMOUNT_RE.lastIndex = d.index;
    const m = AMOUNT_RE.exec(text);
    if (!m) continue;
    let start = d.index;
    let end = d.index + m[0].length;
    let currency: Currency | undefined;
    CURRENCY_AFTER_RE.lastIndex = end;
    const after = CURRENCY_AFTER_RE.exec(text);
    if (after) {
      currency = currencyOf(after[1] as string);
      end += after[0].length;
    } else {
      const before = CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, start - 16), start));
      if (!before) continue;
      currency = currencyOf(before[1] as string);
      start -= before[0].length;
    }
    const first = m[2] ?? m[4];
    const low = parseNumber(m[1] as string) * multiplier(first);
    let high = m[3] !== undefined ? parseNumber(m[3]) * multiplier(m[4] ?? m[2]) : low;
    DIGIT_START_RE.lastIndex = end;
    if (!Number.isFinite(low) || low <= 0) continue;
    if (high < low) high = low;
    covered.push([start, end]);
    out.push(describe(text, start, end, low, high, currency, ukrainian));
  }
  BARE_WAGE_RE.lastIndex = 0;
  for (let m = BARE_WAGE_RE.exec(text); m; m = BARE_WAGE_RE.exec(text)) {
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

const WAGE_AFTER_RE = re(
  String.raw`^[^\w.!?;\n]*(?:neto|netto|net(?![a-z])|bruto|brutto|gross|на руки|чистими|чистыми|plata|salary|zarad\w*|\+ ?(?:bonus|prekovremen\w*|overtime|tips|napojnic\w*|бонус\w*|чайов\w*))`,
  '',
);
const COST_AFTER_RE = re(
  String.raw`^[^.!?;\n]{0,20}?(?:odbij\w*|oduzim\w*|skida\w*|deduct\w*|утриму\w*|вирахов\w*|вычит\w*|удержива\w*|abgezogen|za (?:smeštaj|stan|hranu|prevoz|kartu|vizu|dozvolu|prijavu|registraciju)|for (?:housing|accommodation|rent|food|meals|the (?:visa|permit|ticket|room|bed))|per (?:room|bed|person)|po (?:krevetu|osobi)|за (?:житло|проживання|кімнату|ліжко|візу|квиток)|pro (?:zimmer|bett|person))`,
  '',
);

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
  const before = sentenceBefore(text, start, 80);
  const after = text.slice(end, end + 40);
  const period = periodAfter(text, end, ukrainian) ?? periodBefore(text, start);
  let wage: boolean;
  if (PAYING_RE.test(sentenceBefore(text, start, 40)) || PURPOSE_RE.test(after)) wage = false;
  else if (WAGE_AFTER_RE.test(after)) wage = true;
  // an hourly figure is pay unless a price word stands right before it ("smeštaj 10 € po danu" is per day)
  else if (period === 'hour' && !COST_RE.test(phraseBefore(text, start, 60))) wage = true;
  else if (COST_AFTER_RE.test(after)) wage = false;
  else {
    // the nearest cue before the amount decides: "plata 1.800 €" or "smeštaj 200 €"
    const wageAt = lastEnd(WAGE_RE, before);
    let costAt = lastEnd(COST_RE, before);
    // "smeštaj besplatan, 1.600 €": the cost word is answered already
    if (costAt >= 0 && FREE_RE.test(before.slice(costAt))) costAt = -1;
    if (wageAt >= 0 || costAt >= 0) wage = wageAt > costAt;
    else wage = period !== undefined && period !== 'year' && !COST_RE.test(phraseBefore(text, start, 80));
  }
  return {
    start,
    end,
    low,
    high,
    currency,
    period,
    gross: GROSS_RE.test(around),
    net: NET_RE.test(around),
    upTo: UP_TO_RE.test(text.slice(Math.max(0, start - 14), start)) && high === low,
    wage,
  };
}

const HOUR_UNIT = foldPattern(
  String.raw`h(?![a-z])|hrs?(?![a-z])|sat[ia]?(?![a-z])|satn\w*|časov\w*|časa|čas(?![a-z])|hours?|stunden?|std\.?|годин\w*|год\.?(?![a-z])|часов|часа|hodin\w*|godz\w*`,
);
const PER_DAY = foldPattern(
  String.raw`dnevno|na dan|u danu|po danu|dnevn\w* radn\w*|per day|a day|each day|every day|daily|/ ?day|/ ?dan|на день|в день|за день|щодня|täglich|pro tag|am tag|/ ?tag|u smeni|po smeni|smen\w*|shifts?|змін\w*|смен\w*|schicht\w*`,
);
const PER_WEEK = foldPattern(
  String.raw`nedeljno|sedmično|tjedno|u nedelji|nedeljn\w*|per week|a week|weekly|/ ?week|на тиждень|в тиждень|на тижд\w*|тижнев\w*|в неделю|неделю|wöchentlich|pro woche|die woche|in der woche|/ ?woche|тиждень|week|woche|неделю`,
);
const PER_WEEK_RE = new RegExp(`^(?:${PER_WEEK})`);
const CLOCK_BEFORE = new RegExp(
  `(?:^|[^a-z0-9])(?:${foldPattern('u|at|do|until|till|um|bis|ab|о|в|до|o|around|oko|približno')}) $`,
);
const WORK_CONTEXT = re(
  String.raw`(?:rad\w*|smen\w*|posao|posla|work\w*|shift\w*|job|hours|робот\w*|робоч\w*|працю\w*|змін\w*|работ\w*|рабоч\w*|смен\w*|arbeit\w*|schicht\w*|dienst\w*|dnevno|daily|per day|na dan|на день|täglich|nedelj\w*|sedmic\w*|tjedn\w*|week\w*|тижд\w*|тиждень|недел\w*|woche|tage|dana|days|днів|дней)`,
  '',
);

const HOURS_RE = new RegExp(
  String.raw`(?<![\w.,:])(\d{1,2})(?:[.,]5)?(?: ?(?:-|–|do|to|bis|до|i|or|ili|або|или) ?(\d{1,2}))?(?:\+)? ?-? ?(?:${HOUR_UNIT})(?:(?:${'[^\\w.!?;\\n]'}+)(${PER_DAY}|${PER_WEEK}))?`,
  'g',
);
const TIME_RANGE_RE = new RegExp(
  foldPattern(
    String.raw`(?<![\w.,:])(?:od|from|von|з|с|ab) (\d{1,2})(?:[:.]\d\d)? ?(?:h|časova|sati|uhr|ч|год\w*|часов)? ?(?:do|to|until|till|bis|до|-|–) ?(\d{1,2})(?:[:.]\d\d)?(?: ?(?:h|časova|sati|uhr|ч|год\w*|часов))?(?![\d%])|(?<![\w.,:])(\d{1,2})[:.]\d\d ?(?:-|–|do|to|bis|до) ?(\d{1,2})[:.]\d\d`,
  ),
  'g',
);

const AMPM_RANGE_RE =
  /(?<![\w.,:])(\d{1,2})(?:[:.]\d\d)? ?(am|pm) ?(?:-|to|until|till) ?(\d{1,2})(?:[:.]\d\d)? ?(am|pm)(?![a-z])/g;

const DAYS_RE = new RegExp(
  foldPattern(
    String.raw`(?<![\w.,])([1-7])(?: ?(?:-|–|do|to|bis|до|i|or|ili|або) ?([1-7]))? ?(?:dana|dan|days?|дні|днів|дня|дней|tage?|dni)(?: ?/ ?| (?:(?:na|u|в|per|a|pro|die|in der) )?)(?:nedelj\w*|sedmic\w*|tjedn\w*|week\w*|тиждень|тижні|неделю|недели|woche|wöchentlich|nedeljno|sedmično|tjedno)`,
  ),
  'g',
);
const DAYS_SLASH_RE = /(?<![\w.,/])([4-7])\/7(?![\d])/g;
const WEEKDAY_RANGE_RE = new RegExp(
  foldPattern(
    String.raw`(?<![a-z])(?:od )?(pon(?:edelj\w*)?|mon(?:day)?|mo|пн|montag|понеділ\w*|понедел\w*)\.? ?(?:-|–|do|to|bis|до) ?(pet(?:ak|ka)?|fri(?:day)?|fr|пт|freitag|п'ятниц\w*|пятниц\w*|sub(?:ot\w*)?|sat(?:urday)?|sa|сб|samstag|субот\w*|ned(?:elj\w*)?|sun(?:day)?|so|нд|вс|sonntag|неділ\w*|воскресен\w*)(?![a-z])`,
  ),
  'g',
);
const NO_DAY_OFF_RE = new RegExp(
  foldPattern(
    String.raw`bez (?:ijednog )?slobodn\w* dan\w*|bez dan\w* odmora|no days? off|without (?:a )?days? off|seven days a week|sedam dana (?:u nedelji|nedeljno)|без вихідних|без вихідного|без выходных|без выходного|ohne (?:freie[nr]? tag\w*|ruhetag\w*)|kein(?:en)? freie[nr]? tag|jeden tag (?:arbeiten|arbeit)`,
  ),
  'g',
);
const ONE_DAY_OFF_RE = new RegExp(
  foldPattern(
    String.raw`(?:nedelja|nedeljom|sunday|неділя|воскресенье|sonntag) (?:je )?(?:slobodn\w*|off|free|вихідн\w*|выходн\w*|frei)`,
  ),
  'g',
);

function weekdaySpan(first: string, last: string): number | undefined {
  const start = /^(pon|mon|mo|pn|montag|ponedil|ponedel)/.test(first) ? 1 : undefined;
  if (start === undefined) return undefined;
  if (/^(pet|fri|fr|pt|freitag|pjatnic|pjatnic)/.test(last)) return 5;
  if (/^(sub|sat|sa|sb|samstag)/.test(last)) return 6;
  if (/^(ned|sun|so|nd|vs|sonntag|nedil|voskres)/.test(last)) return 7;
  return undefined;
}

function readHours(text: string): HoursMention[] {
  const out: HoursMention[] = [];
  const taken: [number, number][] = [];
  TIME_RANGE_RE.lastIndex = 0;
  for (let m = TIME_RANGE_RE.exec(text); m; m = TIME_RANGE_RE.exec(text)) {
    const from = Number(m[1] ?? m[3]);
    const to = Number(m[2] ?? m[4]);
    if (from > 24 || to > 24) continue;
    const span = to > from ? to - from : to + 24 - from;
    if (span < 4 || span > 24) continue;
    const context = sentenceBefore(text, m.index, 60) + text.slice(m.index, m.index + m[0].length + 30);
    if (!WORK_CONTEXT.test(context)) continue;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ start: m.index, end: m.index + m[0].length, perDay: span });
  }
  HOURS_RE.lastIndex = 0;
  for (let m = HOURS_RE.exec(text); m; m = HOURS_RE.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    const a = Number(m[1]);
    const b = m[2] !== undefined ? Number(m[2]) : a;
    // "6-18h" is a time of day, "10-12h" a number of hours
    if (m[2] !== undefined && b - a >= 4 && b > 12) {
      if (WORK_CONTEXT.test(sentenceBefore(text, start, 60) + m[0])) out.push({ start, end, perDay: b - a });
      continue;
    }
    // "u 7h", "do 15 sati", "bis 18 Uhr": a time of day, not a number of hours
    if (CLOCK_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const hours = Math.max(a, b);
    const period = m[3];
    if (period !== undefined && PER_WEEK_RE.test(period)) {
      if (hours >= 10) out.push({ start, end, perWeek: hours });
      continue;
    }
    if (hours > 24 || hours === 0) continue;
    const context = sentenceBefore(text, start, 60) + m[0] + text.slice(end, end + 20);
    if (period === undefined && !WORK_CONTEXT.test(context)) continue;
    if (period === undefined && hours >= 30) continue;
    out.push({ start, end, perDay: hours });
  }
  AMPM_RANGE_RE.lastIndex = 0;
  // (a match needs "am" or "pm": most texts have neither)
  const ampm = text.includes('am') || text.includes('pm');
  for (let m = ampm ? AMPM_RANGE_RE.exec(text) : null; m; m = AMPM_RANGE_RE.exec(text)) {
    const from = (Number(m[1]) % 12) + (m[2] === 'pm' ? 12 : 0);
    const to = (Number(m[3]) % 12) + (m[4] === 'pm' ? 12 : 0);
    const span = to > from ? to - from : to + 24 - from;
    if (span >= 4 && span <= 24) out.push({ start: m.index, end: m.index + m[0].length, perDay: span });
  }
  return out.sort((x, y) => x.start - y.start);
}

function readDays(text: string): DaysMention[] {
  const out: DaysMention[] = [];
  DAYS_RE.lastIndex = 0;
  for (let m = DAYS_RE.exec(text); m; m = DAYS_RE.exec(text)) {
    const days = Math.max(Number(m[1]), m[2] !== undefined ? Number(m[2]) : 0);
    out.push({ start: m.index, end: m.index + m[0].length, perWeek: days });
  }
  DAYS_SLASH_RE.lastIndex = 0;
  for (let m = DAYS_SLASH_RE.exec(text); m; m = DAYS_SLASH_RE.exec(text)) {
    const context = sentenceBefore(text, m.index, 60) + text.slice(m.index, m.index + 30);
    if (WORK_CONTEXT.test(context))
      out.push({ start: m.index, end: m.index + m[0].length, perWeek: Number(m[1]) });
  }
  WEEKDAY_RANGE_RE.lastIndex = 0;
  for (let m = WEEKDAY_RANGE_RE.exec(text); m; m = WEEKDAY_RANGE_RE.exec(text)) {
    const span = weekdaySpan(m[1] as string, m[2] as string);
    if (span !== undefined) out.push({ start: m.index, end: m.index + m[0].length, perWeek: span });
  }
  NO_DAY_OFF_RE.lastIndex = 0;
  for (let m = NO_DAY_OFF_RE.exec(text); m; m = NO_DAY_OFF_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, perWeek: 7 });
  }
  ONE_DAY_OFF_RE.lastIndex = 0;
  for (let m = ONE_DAY_OFF_RE.exec(text); m; m = ONE_DAY_OFF_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, perWeek: 6 });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Reads pay, hours and days from folded text. `ukrainian` tells that "година" means an hour (it means a
 * year in Serbian).
 */
export function readNumbers(text: string, ukrainian: boolean): OfferNumbers {
  return { money: readMoney(text, ukrainian), hours: readHours(text), days: readDays(text) };
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
