/**
 * The job-offer risk engine: reads an offer's text and/or the answers to the guided questions, finds the
 * indicators of the catalogue, explains each in the chosen language with the evidence, and rates the risk.
 * It never says an offer is safe: "low" means that no warning signs were found in what was entered.
 *
 * How a score becomes a risk level (documented in docs/offer-check.md):
 * - each indicator found counts once, whatever the number of matches: strong 40, medium 25, weak 10 points;
 *   a medium sign marked `warnsAlone` in the catalogue (a lie, a payment or a trap, not a gap) counts 30;
 * - weak indicators together add at most 30 points;
 * - the score is capped at 100; 65 or more is "high", 30 or more is "medium", below 30 is "low".
 * So one strong sign gives at least "medium"; two strong, or strong and medium, give "high"; two medium
 * give "medium", three give "high"; one or two weak signs alone stay "low", three give "medium"; one medium
 * sign alone stays "low", unless it warns alone.
 */
import type { Locale } from '../i18n/locales.js';
import { fold, originalRange, type FoldedText } from '../text/fold.js';
import { CATALOG_VERSION, INDICATORS, type Category, type SourceRef, type Strength } from './catalog.js';
import { INDICATOR_IDS, type IndicatorId } from './indicator-ids.js';
import {
  guessPeriod,
  monthlyEur,
  readNumbers,
  type NumberWords,
  EUR_PER_UNIT,
  type Currency,
  type OfferNumbers,
} from './numbers.js';
import { compileAny, compilePattern, foldPattern } from './pattern.js';
import {
  ANSWER_RULES,
  JOB_ANSWER_TYPE,
  QUESTIONNAIRE,
  type AnswerTrigger,
  type Answers,
  type QuestionId,
} from './questionnaire.js';
import type { NegationScope } from './rules.js';
import type { GapId, OfferTexts, RiskLevel } from './texts/types.js';
import {
  buildKeyTrie,
  gapSegments,
  literalPrefixes,
  firstCharacters,
  matchEnd,
  matchFrom,
  shortestKeys,
  walkTrie,
  wordStartNodes,
  type WalkTrie,
} from './prefilter.js';
import { similarityIn, type SimilarityModel, type SimilarityOpinion } from './similarity.js';
import { correctTypos } from './typos.js';
import type { Vocabulary } from './vocabulary.js';
import { PAY_TABLE, type Destination, type JobType } from './pay.js';

// ---------------------------------------------------------------------------------------------------------
// Public types

export interface OfferInput {
  /** The ad, message or contract text as pasted. */
  readonly text?: string;
  readonly answers?: Answers;
  /** The language of the result; the texts given to the checker decide when they are passed explicitly. */
  readonly lang?: Locale;
}

/** A piece of the original text: `quote === text.slice(start, end)`. */
export interface EvidenceSpan {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** An answer that raised a finding, with its labels in the result's language. */
export interface AnswerEvidence extends AnswerTrigger {
  readonly questionLabel: string;
  readonly answerLabel: string;
}

export interface Finding {
  readonly id: IndicatorId;
  readonly strength: Strength;
  readonly category: Category;
  readonly categoryLabel: string;
  readonly strengthLabel: string;
  readonly title: string;
  readonly explanation: string;
  readonly whatToDo: string;
  readonly questions: readonly string[];
  readonly verify: readonly string[];
  readonly sources: readonly SourceRef[];
  /** Points this indicator adds to the score (see STRENGTH_POINTS). */
  readonly points: number;
  /** Where the text shows it (empty when only answers raised it). */
  readonly evidence: readonly EvidenceSpan[];
  /** Which answers raised it (empty when only the text did). */
  readonly answers: readonly AnswerEvidence[];
  /** A sentence with the numbers behind a pay or hours finding. */
  readonly detail?: string;
}

/**
 * The second opinion (see similarity.ts): the rules found too little to warn, but the wording resembles the
 * risky offers the model was trained on, so the result was raised to "medium".
 */
export interface SimilarityFinding {
  /** The model's probability, two decimals. */
  readonly probability: number;
  readonly modelVersion: string;
  readonly title: string;
  readonly explanation: string;
  readonly whatToDo: string;
  /** The words that weighed most, in text order. */
  readonly evidence: readonly EvidenceSpan[];
}

export interface OfferFacts {
  readonly destination?: Destination;
  readonly jobType?: JobType;
  /** Estimated monthly net pay in euro for full-time work, from the lowest pay figure given. */
  readonly monthlyNetEur?: number;
  readonly hoursPerDay?: number;
  readonly daysPerWeek?: number;
  readonly hoursPerWeek?: number;
}

export interface OfferCheckResult {
  readonly risk: RiskLevel;
  /** 0–100, see STRENGTH_POINTS and RISK_THRESHOLDS. */
  readonly score: number;
  readonly findings: readonly Finding[];
  /** Questions to ask before saying yes: from the findings, from missing information, and always-asked ones. */
  readonly questions: readonly string[];
  /** Things to check: from the findings and the checks that always apply. */
  readonly verify: readonly string[];
  readonly catalogVersion: string;
  readonly locale: Locale;
  readonly summary: string;
  /** Information the offer did not give. */
  readonly gaps: readonly GapId[];
  readonly facts: OfferFacts;
  /** Present when the second opinion raised a "low" result to "medium". */
  readonly similarity?: SimilarityFinding;
}

export interface OfferChecker {
  readonly locale: Locale;
  /** Which words it reads: `full` (every language), `latin` or a language pack (see `vocabulary.ts`). */
  readonly vocabulary: Vocabulary['name'];
  check(input: OfferInput): OfferCheckResult;
}

// ---------------------------------------------------------------------------------------------------------
// Scoring

export const STRENGTH_POINTS: Readonly<Record<Strength, number>> = { strong: 40, medium: 25, weak: 10 };
/** Weak indicators together never add more than this: one or two weak signs alone stay "low", three rate "medium". */
export const WEAK_POINTS_CAP = 30;
export const RISK_THRESHOLDS = { medium: 30, high: 65 } as const;
/**
 * "vredni zarade i preko 80 € dnevno", "pickers can earn 100 € a day", "good pickers make 90–110 £ per day": a
 * promise, not guaranteed pay (folded).
 */
const EARN_PROMISE =
  /(?:zarad|zaradj|earn|make up to|can make|makes?(?![a-z])|making|zaroblja|zarabatyva|zarobyt|zarabotat|verdien)[^.!?;\n]{0,30}$/;
/** Currencies of one destination each (the euro and the dollar say nothing about the country). */
const CURRENCY_COUNTRY: Partial<Record<Currency, Destination>> = {
  PLN: 'PL',
  CZK: 'CZ',
  CHF: 'CH',
  GBP: 'GB',
  HUF: 'HU',
  NOK: 'NO',
  SEK: 'SE',
  RUB: 'RU',
};
/** Pay this close to a legal minimum (0.97 = within 3 %) is not called below it: see `pay-below-minimum`. */
const MINIMUM_TOLERANCE = 0.97;
/**
 * A weekly or monthly wage turned into pay per hour is only an estimate (weeks per month, a 13th and 14th
 * salary in Austria, Spain or Italy): it is called below the minimum only when clearly so.
 */
const DERIVED_TOLERANCE = 0.85;

const NO_IDS: ReadonlySet<IndicatorId> = new Set();

/** Scores a set of indicators (each counted once) and turns the score into a risk level. */
export function scoreIndicators(
  ids: Iterable<IndicatorId>,
  /** Medium signs that warn on their own in this result (see `warnsAlone`), e.g. living costs at no stated price. */
  alsoAlone: ReadonlySet<IndicatorId> = NO_IDS,
): { score: number; risk: RiskLevel } {
  let main = 0;
  let weak = 0;
  for (const id of new Set(ids)) {
    const { strength } = INDICATORS[id];
    const warnsAlone = INDICATORS[id].warnsAlone === true || alsoAlone.has(id);
    if (strength === 'weak') weak += STRENGTH_POINTS.weak;
    else
      main += warnsAlone
        ? Math.max(STRENGTH_POINTS[strength], RISK_THRESHOLDS.medium)
        : STRENGTH_POINTS[strength];
  }
  const score = Math.min(100, main + Math.min(WEAK_POINTS_CAP, weak));
  const risk: RiskLevel =
    score >= RISK_THRESHOLDS.high ? 'high' : score >= RISK_THRESHOLDS.medium ? 'medium' : 'low';
  return { score, risk };
}

// ---------------------------------------------------------------------------------------------------------
// Compiled rules (built once, on first use)

interface CompiledRule {
  /** Its place in `rules`. */
  readonly index: number;
  readonly id: IndicatorId;
  /** Sticky copies of the patterns, run at candidate word starts. */
  readonly patterns: readonly RegExp[];
  readonly unless: RegExp | undefined;
  readonly unlessScope: 'phrase' | 'clause' | 'sentence' | 'text';
  readonly negation: NegationScope;
}

/**
 * Probes: context patterns that are not findings (where, what job, is the employer named, is this an offer).
 * They run in the same prefix-indexed pass as the rules; only their first match is kept.
 */
function probesOf(v: Vocabulary): readonly (readonly [string, string])[] {
  const w = v.words;
  return [
    ['offer', w.offer],
    ['abroad', w.abroad],
    ['contract', w.contract],
    ['housing', w.housing],
    ['travel', w.travel],
    ['permit', w.permit],
    ['messenger', w.messenger],
    ['employer', w.employer],
    ['fromSerbia', w.fromSerbia],
    ['legalForm', w.legalForm],
    ['feeContext', w.feeContext],
    ['foreignLegalForm', w.foreignLegalForm],
    ...v.identity.map((source, i) => [`identity${i}`, source] as const),
    ...v.destinations.map(([code, source]) => [`dest:${code}`, source] as const),
    ...v.jobs.map(([type, source]) => [`job:${type}`, source] as const),
  ];
}

/**
 * A text that asks for work or about an ad instead of offering it, read on the first SEEKING_WITHIN characters of
 * a text shorter than SEEKING_MAX_LENGTH (folded), so that a long chat where the worker says it first and a
 * recruiter answers is still read as an offer. A job seeker's own post ("Tražim posao kao zidar…", "I'm looking
 * for work as…", "Шукаю роботу…") offers nothing; a question about an ad ("Vidjela sam vaš oglas…", "по
 * вакансии") is no offer itself, but the answer quoted after it is.
 */
const SELF_SEEKING = new RegExp(
  foldPattern(
    String.raw`(?<![a-z])(?:tražim (?:\w+ ){0,2}(?:posao|rad|zaposlenje|firm\w*|poslodav\w*)|тражим (?:посао|рад|запослење)|i(?:'m| am) (?:looking for|seeking) (?:a )?(?:job|work|employment|position)|(?:looking for|seeking) (?:work|employment|a job|a position) as|seeking (?:work|employment)|(?:looking for|seeking) (?:\w+ ){0,2}(?:work|employment|a job|jobs|shifts)[^?]{0,80}(?:dm me|message me|drop me|contact me|email me|call me|my cv|my resume|i have|i've|i am|years'? (?:of )?experience)|\d+ ?(?:yrs?|years?)'? (?:of )?experience[^?]{0,80}(?:looking for|seeking) (?:\w+ ){0,2}(?:work|employment|a job|jobs|shifts)|ищу работу|шукаю роботу|шукаю (?:\w+ )?роботу|(?:ich )?suche (?:eine |nach )?(?:arbeit|stelle|job|beschäftigung|anstellung|festanstellung|arbeitsstelle|neue stelle))`,
  ),
);
const ABOUT_AN_AD = new RegExp(
  foldPattern(
    String.raw`(?<![a-z])(?:(?:vidio|vidjela|videla|video|видео|видела|бачила|бачив|видела|видел) (?:sam |сам )?(?:vaš\w*|tvoj\w*|ваш\w*|твој\w*|your) (?:oglas\w*|оглас\w*|вакансі\w*|ваканси\w*|ad|vacancy|job (?:ad|posting))|(?:pitanje|питање|питання|вопрос|question) (?:u vezi|у вези|about|regarding|щодо|по|про|о) (?:sa |са )?(?:oglas\w*|оглас\w*|вакансі\w*|ваканси\w*|your (?:ad|vacancy|job))|по вакансии|щодо вакансії|zu ihrer stelle|regarding your (?:ad|vacancy|job (?:ad|posting)))`,
  ),
);
const SEEKING_WITHIN = 160;
/** "3 dana rada / 3 dana odmora", "4 days on, 4 days off", "2 дні роботи / 2 вихідних" (folded). */
const ROTA_DAYS =
  /(?<![\d/])([1-7]) ?(?:dana|days?|dni|dn\w*|tage?)? ?(?:rada|of work|work\w*|on|robot\w*|rabot\w*|arbeit)?,? ?(?:\/|na|i|and|,|–|-) ?([1-7]) ?(?:dana|days?|dni|dn\w*|tage?)? ?(?:odmora|slobodn\w*|off|rest|free|vidpocink\w*|vihidn\w*|otdyh\w*|vyhodn\w*|frei)/;
/** "sistem 2/2", "shifts 4/4", "графік 2/2" (folded; 5/2 is the usual week). */
const ROTA_SHORT =
  /(?:sistem\w*|system|smen\w*|shifts?|grafik\w*|rezim\w*|schicht\w*)[^.!?\n]{0,15}?(?<![\d/])([1-7]) ?\/ ?([1-7])(?![\d/])/;
/** A long rotation: "вахта 45/45", "rotation 28/28", "turnus 14/14" (folded; days on and days off). */
const ROTA_LONG =
  /(?:vaht\w*|rotation\w*|rotacij\w*|turnus\w*)[^.!?\n]{0,15}?(?<![\d/])([1-9]\d?) ?\/ ?([1-9]\d?)(?![\d/])/;
/** The 2-2-3 ("Panama") rota: 3.5 days of work a week on average. */
const ROTA_PANAMA =
  /(?<![\d/-])2 ?[-/] ?2 ?[-/] ?3(?![\d/-])|(?<![a-z])panam\w* (?:sistem|system|raspored|schedule|rota|grafik)/;

/** The days of work per week of a rota in the text, when it names one. */
function rotaDays(text: string): number | undefined {
  if (ROTA_PANAMA.test(text)) return 3.5;
  const m = ROTA_DAYS.exec(text) ?? ROTA_SHORT.exec(text);
  if (!m) return undefined;
  const on = Number(m[1]);
  const off = Number(m[2]);
  return on + off > 0 ? Math.round(((7 * on) / (on + off)) * 10) / 10 : undefined;
}

/**
 * The days of work per week, on average, of a long rotation ("вахта 45/45"): what the text says of the days
 * within it ("без выходных всю вахту") comes first.
 */
function longRotaDays(text: string): number | undefined {
  const m = ROTA_LONG.exec(text);
  return m ? Math.round(((7 * Number(m[1])) / (Number(m[1]) + Number(m[2]))) * 10) / 10 : undefined;
}

/**
 * A word list matched on folded text: its patterns folded, starting a word (and ending one with `wholeWords`).
 * The word lists below that the engine reads on every text are built with it.
 */
function foldedWords(source: string, options: { wholeWords?: boolean; flags?: string } = {}): RegExp {
  const end = options.wholeWords ? '(?![a-z])' : '';
  return new RegExp(`(?<![a-z])(?:${foldPattern(source)})${end}`, options.flags ?? '');
}

/** A minimum guaranteed in words, next to piece rates (folded): "with a guaranteed minimum of the award rate". */
const GUARANTEED_MINIMUM = foldedWords(
  String.raw`guarante\w* minimum|minimum (?:\w+ ){0,3}guarante\w*|whichever is higher|at least the (?:national |legal )?(?:minimum|living wage)|zagarantovan\w* minim\w*|garantovan\w* minim\w*|najmanje minimaln\w*|garantiert\w* (?:der )?mindestlohn|mindestlohn (?:\w+ ){0,3}garantiert|mindestens (?:den |der )?(?:gesetzlich\w* )?mindestlohn|гарантован\w* мінім\w*|не менше мінімальн\w*|гарантирован\w* миним\w*|не ниже (?:мрот|минимальн\w*)`,
);

/** International road transport (folded): "međunarodni transport", "international haulage", "міжнародні перевезення". */
const INTERNATIONAL_TRANSPORT = foldedWords(
  'međunarodn\\w* (?:transport|prevoz|saobraćaj)\\w*|international (?:transport|haulage|routes|tours)|міжнародн\\w* (?:перевез|рейс)\\w*|международн\\w* (?:перевоз|рейс)\\w*|internationale?n? (?:transport\\w*|fernverkehr|touren)|international(?:en)? fernverkehr',
);
/** Per diems, paid to drivers on tour (folded). */
const PER_DIEM = foldedWords('dnevnic\\w*|per diems?|добов\\w*|суточн\\w*|spesen|tagegeld\\w*|diet[ay]', {
  wholeWords: true,
});

/** Apprenticeships and au pair stays: their allowance is not a wage (see `pay-below-minimum`). */
const APPRENTICESHIP = new RegExp(
  foldPattern(
    String.raw`(?<![a-z])(?:ausbildung\w*|apprentice\w*|stručn\w* osposobljavanj\w*|naukovanj\w*|au[ -]?pair\w*|džeparac\w*|džeparca|pocket money|taschengeld|кишенькові|карманные)`,
  ),
);
const SEEKING_MAX_LENGTH = 700;

/**
 * Professions (engineers, developers, doctors) and work paid with hardship allowances (the Arctic, offshore):
 * their pay is well above a trade's, so "too good" starts at twice the top of the skilled range (folded).
 */
const PREMIUM_WORK = foldedWords(
  String.raw`engineer\w*|inženjer\w*|ingenieur\w*|інженер\w*|инженер\w*|developer\w*|programer\w*|programmer\w*|розробник\w*|разработчик\w*|программист\w*|програміст\w*|software|backend|frontend|full[ -]?stack|devops|data scientist\w*|architect\w*|arhitekt\w*|архітектор\w*|архитектор\w*|physician\w*|lekar(?:i|a|ima|ku|ke|ka)?|ljekar(?:i|a|ima|ku|ke|ka)?|лікар(?:і|я|ем|ів|ям|ка|ки)?|ärzt(?:e|en|in|innen)|arzt|dentist\w*|stomatolog\w*|pharmacist\w*|farmaceut\w*|hygienist\w*|physiotherap\w*|specijalist\w*|specialist\w*|спеціаліст\w*|специалист\w*|facharzt\w*|anesthe\w*|anaesthe\w*|anestezi\w*|анестез\w*|surgeon\w*|hirurg\w*|хірург\w*|хирург\w*|fizioterapeut\w*|radiograph\w*|северн\w* надбав\w*|районн\w* коэффициент\w*|районн\w* коефіцієнт\w*|offshore|arctic|arktič\w*|арктич\w*`,
  { wholeWords: true },
);

/** "DOO" and "ООО" fold to "do" and "o" (repeated letters collapse): checked on the original text. */
const RAW_LEGAL_FORM = /(?:^|[^a-zа-яёђјљњћџ])(?:doo|доо|ооо)(?![a-zа-яёђјљњћџ])/i;

/** A unit is a rule pattern (rule, pattern) or a probe (-1, probe index). */
type Unit = readonly [number, number];

interface Compiled {
  readonly rules: readonly CompiledRule[];
  /** Probe number by name ("offer", "dest:DE", "identity0", …). */
  readonly probeIndex: ReadonlyMap<string, number>;
  readonly destinationProbes: readonly (readonly [Destination, number])[];
  readonly jobProbes: readonly (readonly [JobType, number])[];
  /** The number reader's words. */
  readonly numberWords: NumberWords;
  readonly identityProbes: readonly number[];
  readonly units: readonly Unit[];
  readonly probes: readonly RegExp[];
  /** Per unit: its rule (-1 for a probe) and its pattern number in the rule (or its probe number). */
  readonly unitRule: Int32Array;
  readonly unitIndex: Int32Array;
  /**
   * One trie of keys of 1–5 characters for two things, walked once per text: which units can start with a key
   * (values below the number of units), and, for units with `~N` gaps, one tail per gap: the keys one of which
   * must start a word after the gap, in the same sentence (tail `t` is the value `units.length + t`); a unit is
   * run at `p` only when each of its tails starts a word after `p` before the end of the sentence. A node's
   * unit values come before its tail values, which begin at `tailsFrom[node]`.
   */
  readonly walk: WalkTrie;
  readonly tailsFrom: Int32Array;
  /** The tails of unit `u` are `tailList[tailStart[u]]` … `tailList[tailStart[u + 1] - 1]` (none without gaps). */
  readonly tailStart: Int32Array;
  readonly tailList: Int32Array;
  readonly tailCount: number;
  /** Units whose start could not be bounded: scanned over the whole text. */
  readonly fullScan: readonly number[];
  readonly negationWord: RegExp;
  readonly verbalNegation: RegExp;
  readonly elsewhere: RegExp;
  readonly nothingWord: RegExp;
  /** Whether every match of `freeWebmail` holds an @ (so a text without one needs no scan). */
  readonly freeWebmailNeedsAt: boolean;
  readonly contrast: RegExp;
  /** `contrast`, sticky, and the characters its matches can start with (by key: see `prefilter.ts`). */
  readonly contrastSticky: RegExp;
  readonly contrastFirst: Uint8Array | undefined;
  readonly freeWebmail: RegExp;
  readonly phone: RegExp;
  readonly free: RegExp;
  readonly feeContext: RegExp;
  readonly papersOfCountry: RegExp;
  readonly workInCountry: RegExp;
  /** Each destination's pattern, anchored, to name the country a match is about. */
  readonly countryOf: readonly (readonly [Destination, RegExp])[];
  readonly livingContext: RegExp;
  readonly honestPayment: RegExp;
  readonly pieceRate: RegExp;
  readonly contactVerb: RegExp;
  readonly selfIntro: RegExp;
  readonly roleName: RegExp;
}

/** Compiled once per vocabulary (the engine's tables are built on first use and kept). */
const COMPILED = new WeakMap<Vocabulary, Compiled>();

const once = (re: RegExp) => new RegExp(re.source);

function compile(v: Vocabulary): Compiled {
  const known = COMPILED.get(v);
  if (known) return known;
  const w = v.words;
  const anchored = (source: string) => new RegExp(`^(?:${foldPattern(source)})$`);
  const probeSources = probesOf(v);
  const probeIndex = new Map(probeSources.map(([name], i) => [name, i]));
  const probeId = (name: string): number => probeIndex.get(name) as number;
  const rules: CompiledRule[] = v.rules.map((spec, index) => ({
    index,
    id: spec.id,
    patterns: spec.patterns.map((source) => new RegExp(compilePattern(source).source, 'y')),
    unless: spec.unless ? once(compileAny(spec.unless)) : undefined,
    unlessScope: spec.unlessScope ?? 'phrase',
    negation: spec.negation ?? 'before',
  }));
  const probes = probeSources.map(([, source]) => new RegExp(compilePattern(source).source, 'y'));
  const units: Unit[] = [];
  rules.forEach((rule, r) => rule.patterns.forEach((_, k) => units.push([r, k])));
  probes.forEach((_, i) => units.push([-1, i]));
  const entries: [string, number][] = [];
  const fullScan: number[] = [];
  const tails: [string, number][] = [];
  const tailsOf: number[][] = [];
  let tailCount = 0;
  units.forEach(([r, k], u) => {
    const re = r >= 0 ? ((rules[r] as CompiledRule).patterns[k] as RegExp) : (probes[k] as RegExp);
    const prefixes = literalPrefixes(re.source);
    if (!prefixes) fullScan.push(u);
    else for (const prefix of shortestKeys(prefixes)) entries.push([prefix, u]);
    const own: number[] = [];
    for (const segment of (r >= 0 ? gapSegments(re.source) : undefined) ?? []) {
      const t = tailCount++;
      own.push(t);
      for (const prefix of shortestKeys(segment)) tails.push([prefix, t]);
    }
    tailsOf.push(own);
  });
  // units first: at every node of the trie the unit values come before the tail values
  const walk = walkTrie(
    buildKeyTrie([...entries, ...tails.map(([key, t]) => [key, units.length + t] as const)]),
  );
  const tailsFrom = new Int32Array(walk.start.length - 1);
  for (let node = 0; node < tailsFrom.length; node++) {
    let v = walk.start[node] as number;
    while (v < (walk.start[node + 1] as number) && (walk.values[v] as number) < units.length) v++;
    tailsFrom[node] = v;
  }
  const tailStart = new Int32Array(units.length + 1);
  tailsOf.forEach((own, u) => (tailStart[u + 1] = (tailStart[u] as number) + own.length));
  const contrast = compilePattern(`(?:${w.contrast})(?![a-z])`);
  const compiled: Compiled = {
    rules,
    probeIndex,
    destinationProbes: v.destinations.map(([code]) => [code, probeId(`dest:${code}`)] as const),
    jobProbes: v.jobs.map(([type]) => [type, probeId(`job:${type}`)] as const),
    numberWords: v.numbers,
    identityProbes: v.identity.map((_, i) => probeId(`identity${i}`)),
    units,
    probes,
    unitRule: Int32Array.from(units, ([r]) => r),
    unitIndex: Int32Array.from(units, ([, k]) => k),
    walk,
    tailsFrom,
    tailStart,
    tailList: Int32Array.from(tailsOf.flat()),
    tailCount,
    fullScan,
    negationWord: anchored(w.negation),
    verbalNegation: anchored(w.verbalNegation),
    elsewhere: new RegExp(`^(?:${foldPattern(w.negationElsewhere)})`),
    nothingWord: anchored(w.nothing),
    freeWebmailNeedsAt: needsCharacter(w.freeWebmail, '@'),
    contrast,
    contrastSticky: new RegExp(contrast.source, 'y'),
    contrastFirst: firstCharacters(contrast.source),
    freeWebmail: new RegExp(w.freeWebmail),
    phone: new RegExp(w.phone),
    free: new RegExp(compilePattern(w.free).source),
    feeContext: compilePattern(w.feeContext),
    papersOfCountry: compilePattern(w.papersOfCountry),
    workInCountry: compilePattern(w.workInCountry),
    countryOf: v.destinations.map(
      ([code, source]) => [code, new RegExp(`^(?:${foldPattern(source)})`)] as const,
    ),
    livingContext: compilePattern(w.living),
    honestPayment: new RegExp(compilePattern(w.honestPayment).source),
    pieceRate: compilePattern(w.pieceRate),
    contactVerb: compilePattern(w.contactVerb),
    roleName: compilePattern(w.roleName),
    selfIntro: compilePattern(w.selfIntro),
  };
  COMPILED.set(v, compiled);
  return compiled;
}

/** Working arrays of the rule pass, reused between checks (a check is synchronous). */
interface TailScratch {
  readonly tailFirst: Int32Array;
  readonly tailLast: Int32Array;
  readonly tailNext: Int32Array;
  tailAt: Int32Array;
  tailLink: Int32Array;
  readonly nextFree: Int32Array;
}

let tailScratchOf: { readonly c: Compiled; readonly s: TailScratch } | undefined;

function tailScratch(c: Compiled): TailScratch {
  if (tailScratchOf?.c !== c) {
    const size = 4096;
    tailScratchOf = {
      c,
      s: {
        tailFirst: new Int32Array(c.tailCount),
        tailLast: new Int32Array(c.tailCount),
        tailNext: new Int32Array(c.tailCount),
        tailAt: new Int32Array(size),
        tailLink: new Int32Array(size),
        nextFree: new Int32Array(c.units.length),
      },
    };
  }
  return tailScratchOf.s;
}

// ---------------------------------------------------------------------------------------------------------
// Text segmentation

interface Segments {
  readonly sentence: Int32Array;
  /** Sentence breaks and contrast words ("ali", "but", "потім", ", a "). */
  readonly clause: Int32Array;
  readonly phrase: Int32Array;
  /** Sentence ends that no pattern crosses: line breaks, ! ? ; and a full stop before a space. */
  readonly hard: Int32Array;
  /** Every word start (a–z or 0–9 after anything else). */
  readonly words: Int32Array;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Working lists of `segment`, reused between checks (a check is synchronous). */
let segmentScratch = new Int32Array(4 * 1024);

/** The sorted union of two sorted lists (duplicates kept). */
function mergeSorted(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (y < x) {
      out[k++] = y;
      j++;
    } else {
      out[k++] = x;
      i++;
    }
  }
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

function segment(text: string, c: Compiled): Segments {
  const n = text.length;
  // one scratch list of n + 1 slots each: sentence breaks, phrase breaks, hard breaks
  if (segmentScratch.length < 3 * (n + 1)) segmentScratch = new Int32Array(3 * (n + 1) + 1024);
  const buffer = segmentScratch;
  const phraseAt = n + 1;
  const hardAt = 2 * (n + 1);
  let sentences = 0;
  let phrases = 0;
  let hards = 0;
  // where a contrast word can start: a word start (its expression begins with `(?<![a-z0-9])`) with a
  // character that one of its words begins with
  const contrastFirst = c.contrastFirst;
  const candidates: number[] = [];
  const words: number[] = [];
  let previousWord = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const word = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (word && !previousWord) {
      words.push(i);
      if (contrastFirst !== undefined && contrastFirst[code] === 1) candidates.push(i);
    }
    previousWord = word;
    // \n ! ? ; |
    if (code === 10 || code === 33 || code === 63 || code === 59 || code === 124) {
      buffer[sentences++] = i;
      buffer[phraseAt + phrases++] = i;
      if (code !== 124) buffer[hardAt + hards++] = i;
    } else if (code === 46) {
      // a full stop at the end or before a space or a line break
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (next === -1 || next === 32 || next === 10) {
        buffer[sentences++] = i;
        buffer[phraseAt + phrases++] = i;
        buffer[hardAt + hards++] = i;
      }
    } else if (code === 44 || code === 40 || code === 41) {
      // , ( ) except inside a number ("1,5")
      const before = i > 0 ? text.charCodeAt(i - 1) : -1;
      const after = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (!(isDigitCode(before) && isDigitCode(after))) buffer[phraseAt + phrases++] = i;
    }
  }
  const sentence = buffer.slice(0, sentences);
  // the matches of the global `contrast` in order, tried only where one can start
  const contrasts: number[] = [];
  if (contrastFirst === undefined) {
    const contrast = c.contrast;
    contrast.lastIndex = 0;
    for (let m = contrast.exec(text); m; m = contrast.exec(text)) contrasts.push(m.index);
  } else {
    const sticky = c.contrastSticky;
    let from = 0;
    for (const p of candidates) {
      if (p < from) continue;
      sticky.lastIndex = p;
      if (!sticky.test(text)) continue;
      contrasts.push(p);
      from = Math.max(sticky.lastIndex, p + 1);
    }
  }
  // Serbian ", a …" opens a contrast too ("vizu plaća poslodavac, a proviziju vi")
  const serbianA: number[] = [];
  for (let at = text.indexOf(', a '); at >= 0; at = text.indexOf(', a ', at + 1)) serbianA.push(at + 2);
  const contrastList = Int32Array.from(contrasts);
  return {
    sentence,
    clause: mergeSorted(mergeSorted(sentence, contrastList), Int32Array.from(serbianA)),
    phrase: mergeSorted(buffer.slice(phraseAt, phraseAt + phrases), contrastList),
    hard: buffer.slice(hardAt, hardAt + hards),
    words: Int32Array.from(words),
  };
}

/** Start of the segment containing `pos`: one past the last break before it. */
function segmentStart(breaks: Int32Array, pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (breaks[lo - 1] as number) + 1;
}

/** End of the segment containing `pos`: the first break at or after it. */
function segmentEnd(breaks: Int32Array, pos: number, length: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < breaks.length ? (breaks[lo] as number) : length;
}

/** A growable buffer of `(value, p)` pairs, reused between checks (a check is synchronous). */
interface PairBuffer {
  pairs: Int32Array;
}

const NODE_PAIRS: PairBuffer = { pairs: new Int32Array(8192) };

// ---------------------------------------------------------------------------------------------------------
// Text analysis

interface Hit {
  readonly start: number;
  readonly end: number;
}

interface TextAnalysis {
  readonly folded: FoldedText;
  readonly hits: Map<IndicatorId, Hit[]>;
  readonly numbers: OfferNumbers;
  readonly destination: Destination | undefined;
  readonly germanyMentioned: boolean;
  readonly jobType: JobType | undefined;
  readonly offerLike: boolean;
  /**
   * Whether the text is about work at all: an offer, an employer, a job, a contract, housing, travel, a permit,
   * a messenger, a place abroad, or any sign. The second opinion reads only such texts.
   */
  readonly aboutWork: boolean;
  readonly abroad: boolean;
  /** A job seeker's post or a warning (a leaflet, a forum warning): whatever it says is no offer's terms. */
  readonly noOffer: boolean;
  readonly identity: boolean;
  readonly gaps: Set<GapId>;
  readonly ukrainianScript: boolean;
  readonly sentences: Int32Array;
  /** The word starts of the folded text. */
  readonly words: Int32Array;
}

/** The last `count` words (runs of a–z and 0–9) of text[from, to), in text order
 * (as `slice.match(/[a-z0-9]+/g).slice(-count)`). */
function lastWords(text: string, from: number, to: number, count: number): string[] {
  const out: string[] = [];
  let e = to;
  while (out.length < count) {
    while (e > from && !isWordChar(text.charCodeAt(e - 1))) e--;
    if (e <= from) break;
    let b = e - 1;
    while (b > from && isWordChar(text.charCodeAt(b - 1))) b--;
    out.push(text.slice(b, e));
    e = b;
  }
  return out.reverse();
}

/** The first `count` words of text[from, to) (as `slice.match(/[a-z0-9]+/g).slice(0, count)`). */
function firstWords(text: string, from: number, to: number, count: number): string[] {
  const out: string[] = [];
  let b = from;
  while (out.length < count) {
    while (b < to && !isWordChar(text.charCodeAt(b))) b++;
    if (b >= to) break;
    let e = b + 1;
    while (e < to && isWordChar(text.charCodeAt(e))) e++;
    out.push(text.slice(b, e));
    b = e;
  }
  return out;
}

/** Who or if, folded: a negation right after one of them is a condition ("хто не внесе …"). */
const CONDITIONAL_WORDS = new Set([
  'ko',
  'who',
  'whoever',
  'hto',
  'kto',
  'wer',
  'ako',
  'if',
  'wen',
  'jaksco',
  'esli',
]);

function negated(
  c: Compiled,
  text: string,
  start: number,
  end: number,
  phraseStart: number,
  phraseEnd: number,
  scope: NegationScope,
): boolean {
  if (scope === 'none') return false;
  // the words are read straight from the text (no slices of the phrase, no word arrays but these)
  const before = lastWords(text, Math.max(phraseStart, start - 60), start, 3);
  for (let k = 0; k < before.length; k++) {
    if (!c.negationWord.test(before[k] as string)) continue;
    // "хто не внесе передоплату", "ako ne uplatiš depozit": a threat, not the sign denied
    if (k > 0 && CONDITIONAL_WORDS.has(before[k - 1] as string)) continue;
    // the word after it: the next one before the match, or the match's first word
    const next = k + 1 < before.length ? before[k + 1] : firstWords(text, start, end, 1)[0];
    if (!c.elsewhere.test(next ?? '')) return true;
  }
  if (scope !== 'around') return false;
  for (const word of firstWords(text, start, end, Infinity)) if (c.verbalNegation.test(word)) return true;
  const after = firstWords(text, end, Math.min(phraseEnd, end + 40), 3);
  for (const word of after) if (c.verbalNegation.test(word) || c.nothingWord.test(word)) return true;
  return false;
}

/**
 * The first digits of mobile numbers after the country code, where a country's numbering tells mobile from
 * fixed lines (countries left out, such as Poland or the US, never count as fixed lines).
 */
const MOBILE_STARTS: ReadonlyMap<string, RegExp> = new Map([
  ['49', /^1[567]/],
  ['43', /^6/],
  ['41', /^7/],
  ['7', /^[79]/],
  ['380', /^(?:39|50|63|66|67|68|73|89|9)/],
  ['381', /^6/],
  ['385', /^9/],
  ['387', /^6/],
  ['420', /^[67]/],
  ['421', /^9/],
  ['36', /^(?:20|30|31|50|70)/],
  ['31', /^6/],
  ['32', /^4/],
  ['33', /^[67]/],
  ['39', /^3/],
  ['34', /^[67]/],
  ['44', /^7/],
  ['353', /^8/],
  ['47', /^[49]/],
  ['46', /^7/],
  ['356', /^[79]/],
  ['357', /^9/],
  ['971', /^5/],
]);

/** Whether a phone number written with its country code is, by that country's numbering, a fixed line. */
function isLandline(phone: string): boolean {
  const m = /^(?:\+|00)(.*)$/.exec(phone.trim());
  if (!m) return false;
  const digits = (m[1] as string).replace(/\D/g, '');
  for (const size of [3, 2, 1]) {
    const mobile = MOBILE_STARTS.get(digits.slice(0, size));
    if (mobile) return !mobile.test(digits.slice(size));
  }
  return false;
}

/** An employer's department given as the contact (folded): "отдел кадров", "HR department", "dispatch office". */
const DEPARTMENT = foldedWords(
  String.raw`отдел\w* (?:кадров|персонала)|відділ\w* (?:кадрів|персоналу)|kadrovsk\w* (?:služb|odeljenj|odjel|sektor)\w*|(?:hr|personnel|human resources|dispatch|recruitment) (?:department|office|team)|personalabteilung|personalbüro`,
);

/** A hit with no place in the text: the sign is an absence (no company name, for example). */
const NO_SPAN: Hit = { start: 0, end: 0 };

function addHit(hits: Map<IndicatorId, Hit[]>, id: IndicatorId, hit: Hit): void {
  const list = hits.get(id);
  if (list) list.push(hit);
  else hits.set(id, [hit]);
}

/**
 * E-mail addresses are the matches of `/[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g` (see `emailsIn`);
 * this is what follows the @, sticky.
 */
const EMAIL_DOMAIN_RE = /[a-z0-9-]+(?:\.[a-z0-9-]+)+/y;

function isEmailLocal(code: number): boolean {
  // a-z 0-9 . _ % + -
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 95 ||
    code === 37 ||
    code === 43 ||
    code === 45
  );
}

/**
 * The e-mail addresses of the text, as `text.match(/[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g) ?? []`
 * finds them but without trying the expression at every letter: a match is the run of
 * local-part characters just before an @ (from where the last match ended), the @, and a domain.
 */
function emailsIn(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from && isEmailLocal(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    EMAIL_DOMAIN_RE.lastIndex = at + 1;
    if (!EMAIL_DOMAIN_RE.test(text)) continue;
    from = EMAIL_DOMAIN_RE.lastIndex;
    out.push(text.slice(start, from));
  }
  return out;
}

/**
 * Whether every match of the expression `source` holds `ch` (a plain character, not special in expressions):
 * it stands outside any group, class or escape, and there is no alternative at the top.
 */
function needsCharacter(source: string, ch: string): boolean {
  let depth = 0;
  let inClass = false;
  let found = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === '|') return false;
    else if (
      depth === 0 &&
      c === ch &&
      source[i + 1] !== '?' &&
      source[i + 1] !== '*' &&
      source[i + 1] !== '{'
    )
      found = true;
  }
  return found;
}

/** German function words (folded: "für" is "fur", which is not one of them, as before). */
const GERMAN_WORDS = new Set([
  'und',
  'die',
  'der',
  'das',
  'wir',
  'sie',
  'ist',
  'mit',
  'nicht',
  'auf',
  'ein',
  'eine',
  'pro',
  'bei',
  'werden',
  'wird',
]);

/**
 * How many words of the folded text are German function words, counting up to `enough`: the matches of
 * `(?<![a-z])(?:und|die|…|werden|wird)(?![a-z])`, i.e. the runs of a–z that are one of them (folded text has
 * no ü, so the "für" of that expression never matched).
 */
function germanWordCount(text: string, enough: number): number {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    const code = text.charCodeAt(i);
    if (code < 97 || code > 122) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 97 || d > 122) break;
      j++;
    }
    if (j - i >= 3 && j - i <= 6 && GERMAN_WORDS.has(text.slice(i, j)) && ++count >= enough) return count;
    i = j;
  }
  return count;
}
const WEBSITE_RE =
  /(?:https?:\/\/|www\.)[a-z0-9.-]+|(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|eu|rs|de|at|ch|sk|cz|pl|hr|si|hu|mt|nl|be|fr|it|es|ie|uk|no|se|ua|ru|ba|me|mk|ro|bg|io|co|jobs|work|online|site|store|app)(?![a-z0-9-])/g;
/** A cheap test before the website expression: a known top-level domain after a dot, or www/http. */
const MAYBE_WEBSITE =
  /www\.|https?:|\.(?:com|net|org|info|biz|eu|rs|de|at|ch|sk|cz|pl|hr|si|hu|mt|nl|be|fr|it|es|ie|uk|no|se|ua|ru|ba|me|mk|ro|bg|io|co|jobs|work|online|site|store|app)(?![a-z0-9-])/;
const SOCIAL_RE =
  /(?:facebook|fb|instagram|tiktok|t\.me|wa\.me|viber|telegram|vk|ok\.ru|olx|kupujemprodajem|halooglasi)/;

function isTitlecase(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word);
}

function originalWordAt(folded: FoldedText, foldedStart: number): { word: string; end: number } {
  const start = folded.starts[foldedStart] as number;
  const m = /^[\p{L}\p{M}'’]+/u.exec(folded.source.slice(start, start + 40));
  return { word: m ? m[0] : '', end: start + (m ? m[0].length : 0) };
}

const NOT_NAMES = new Set([
  'viber',
  'whatsapp',
  'telegram',
  'signal',
  'sms',
  'email',
  'mail',
  'nas',
  'nam',
  'nama',
  'mene',
  'meni',
  'us',
  'me',
  'our',
  'the',
  'broj',
  'number',
  'telefon',
  'agenciju',
  'agenciji',
  'firmu',
  'firmi',
  'kancelariju',
  'office',
  'hr',
  'personal',
  'info',
  'vas',
  'vam',
]);

function anonymousByName(
  c: Compiled,
  folded: FoldedText,
  words: Int32Array,
  german: () => boolean,
): Hit | undefined {
  const text = folded.text;
  for (const re of [c.contactVerb, c.selfIntro, c.roleName]) {
    for (let m = matchFrom(re, text, words, 0); m; m = matchFrom(re, text, words, matchEnd(m))) {
      const word = m[1] as string;
      if (NOT_NAMES.has(word) || word.length < 3) continue;
      // "I'm" folds to "im", which in German is "in the" before a capitalised noun ("im Vertrag")
      if (re === c.selfIntro && m[0].startsWith('im ') && german()) continue;
      const at = m.index + m[0].length - word.length;
      const original = originalWordAt(folded, at);
      if (!isTitlecase(original.word)) continue;
      const next = /^\s+([\p{L}]+)/u.exec(folded.source.slice(original.end, original.end + 40));
      if (next && isTitlecase(next[1] as string)) continue;
      return { start: m.index, end: m.index + m[0].length };
    }
  }
  return undefined;
}

const ORGANISATION =
  /(?<![\p{L}])(?:zadrug|hotel|otel|restoran|kafan|kafe|cafe|café|pekar|vil[aeiu](?![\p{L}])|farm|firm|kompanij|agencij|preduze|fabrik|fabryk|plantacj|plantaž|plantation|gospodarstw|imanj|gazdinstv|company|agency|restaurant|bakery|factory|cooperative|resort|group|gasthof|bäckerei|betrieb|задруг|хотел|готел|отел|ресторан|кафан|пекар|фарм|ферм|фирм|фірм|компани|компані|агенц|агентств|предузећ|фабрик|кафе|плантац|завод|имањ|газдинств|кооператив|предприят|автопредприят|санатори)\p{L}*\s+[„“«"']?(\p{Lu}[\p{L}'’-]+)/giu;

/**
 * German-style compound names ("Erdbeerhof Maurer", "Klinikum Rheinblick", "Hof Petersen", "Weingut Hessler")
 * and capitalised legal forms.
 */
const COMPOUND_ORGANISATION =
  /(?<![\p{L}])(?:\p{Lu}\p{Ll}*(?:hof|heim|haus|werk|werke|klinik|klinikum|bau|logistik|service|technik|gruppe|zentrum|center|centre|markt|küche|bäckerei|metzgerei|tischlerei|gärtnerei|agrar|clinic|hospital)|Hof|Weingut|Landgut|Gestüt|Spedition|Azienda(?:\s+[Aa]gricola)?|Società(?:\s+[Aa]gricola)?|Agriturismo|Fattoria|Tenuta|Cantina|Cooperativa|Boerderij|Kwekerij|Gospodarstwo(?:\s+[Rr]olne)?)\s+(?:St\.\s+)?\p{Lu}\p{Ll}+/u;
const CAPITAL_LEGAL_FORM = /(?<![\p{L}])(?:AG|KG|UG|OHG|GbR|SE|SA|SAS|SpA|AB|AS|ApS|Oy)(?![\p{L}])/u;

const LETTER_RE = /^\p{L}$/u;
const UPPER_RE = /^\p{Lu}$/u;
/** Per code point outside ASCII: 0 not a letter, 1 a letter, 2 an uppercase letter. */
const LETTER_KIND = new Map<number, number>();
/** The same below U+0800 (Latin, Greek, Cyrillic), plus one; 0 when not looked up yet. */
const LETTER_TABLE = new Uint8Array(0x800);

/** Letters and uppercase letters in `source` (code points, as `/\p{L}/gu` and `/\p{Lu}/gu` count them). */
function countLetters(source: string): [number, number] {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) letters++;
      else if (code >= 65 && code <= 90) {
        letters++;
        capitals++;
      }
      continue;
    }
    let cp = code;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < source.length) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = source.codePointAt(i) as number;
        i++;
      }
    }
    let kind = cp < 0x800 ? (LETTER_TABLE[cp] as number) - 1 : LETTER_KIND.get(cp);
    if (kind === undefined || kind < 0) {
      const ch = String.fromCodePoint(cp);
      kind = UPPER_RE.test(ch) ? 2 : LETTER_RE.test(ch) ? 1 : 0;
      if (cp < 0x800) LETTER_TABLE[cp] = kind + 1;
      else if (LETTER_KIND.size < 4096) LETTER_KIND.set(cp, kind);
    }
    if (kind > 0) letters++;
    if (kind === 2) capitals++;
  }
  return [letters, capitals];
}

/**
 * Cheap signs on the folded text that `ORGANISATION` or `COMPOUND_ORGANISATION` can match the source at all:
 * the same words folded (a word that matches in the source still reads the same after folding).
 */
const ORGANISATION_HINT = foldedWords(
  'zadrug|hotel|otel|restoran|kafan|kafe|cafe|pekar|vil[aeiu]|farm|firm|kompanij|agencij|preduze|fabrik|fabryk|plantacj|plantaz|plantation|gospodarstw|imanj|gazdinstv|company|agency|restaurant|bakery|factory|cooperative|resort|group|gasthof|bäckerei|betrieb|задруг|хотел|готел|отел|ресторан|кафан|пекар|фарм|ферм|фирм|фірм|компани|компані|агенц|агентств|кафе|плантац|предузећ|фабрик|завод|имањ|газдинств|кооператив|предприят|автопредприят|санатори',
);
const COMPOUND_HINT = new RegExp(
  `(?:${foldPattern(
    'hof|heim|haus|werk|werke|klinik|klinikum|bau|logistik|service|technik|gruppe|zentrum|center|centre|markt|küche|bäckerei|metzgerei|tischlerei|gärtnerei|agrar|clinic|hospital|weingut|landgut|gestüt|spedition|azienda|agricola|società|agriturismo|fattoria|tenuta|cantina|cooperativa|boerderij|kwekerij|gospodarstwo|rolne',
  )})[ \n]`,
);

/** "Hotel Seerose", "zadruga Zlatna Malina", "Агенція Nanny Care": an organisation word and a capitalised name. */
/** English names that end in what the place is: "The Harbour Hotel", "Hillside Farms", "Castlebrook Care Home". */
const ENGLISH_ORGANISATION =
  /(?<![\p{L}])\p{Lu}\p{Ll}+\s+(?:Hotel|Hotels|Resort|Farm|Farms|Bakery|Restaurant|Inn|Care Home|Nursing Home|Logistics|Foods|Dairy|Nursery|Shipyard|Construction|Cleaning)(?![\p{L}])/u;

/** What `ENGLISH_ORGANISATION` needs to match at all (its expression tries every capitalised word). */
const ENGLISH_ORGANISATION_HINT =
  /\s(?:Hotel|Resort|Farm|Bakery|Restaurant|Inn|Care Home|Nursing Home|Logistics|Foods|Dairy|Nursery|Shipyard|Construction|Cleaning)/;

/** What `FAMILY_NAME` needs to match at all (its expression tries every letter). */
const FAMILY_HINT = /amil|orodic|bitelj|ородиц|ім['’ʼ]я|емья/i;
/** A family with its surname, the employer of a household job. */
const FAMILY_NAME =
  /(?<![\p{L}])(?:[Tt]he\s+\p{Lu}\p{Ll}+\s+[Ff]amily|Familie\s+\p{Lu}\p{Ll}+|[Pp]orodica\s+\p{Lu}\p{Ll}+|[Oo]bitelj\s+\p{Lu}\p{Ll}+|[Пп]ородица\s+\p{Lu}\p{Ll}+|[Сс]ім['’ʼ]я\s+\p{Lu}\p{Ll}+|[Сс]емья\s+\p{Lu}\p{Ll}+)/u;

/** What `PUBLIC_EMPLOYER` needs to match at all. */
const PUBLIC_EMPLOYER_HINT =
  /City of|Town of|County of|Municipality|Council|Universit|Opštin|Opstin|Општин|Stadt |Gemeinde /;
/** A public employer by its name: "City of Ridgeport Transit", "Opština Vrbas", "Stadt Graz", "Leeds City Council". */
const PUBLIC_EMPLOYER =
  /(?<![\p{L}])(?:(?:City|Town|County|Municipality|University) of\s+\p{Lu}|(?:Opština|Opstina|Општина|Stadt|Gemeinde|Universität)\s+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+\s+(?:City|County|Borough|District|Town)\s+Council|\p{Lu}\p{Ll}+\s+University)/u;

function namedOrganisation(source: string, folded: string): boolean {
  if (COMPOUND_HINT.test(folded) && COMPOUND_ORGANISATION.test(source)) return true;
  if (ENGLISH_ORGANISATION_HINT.test(source) && ENGLISH_ORGANISATION.test(source)) return true;
  if (CAPITAL_LEGAL_FORM.test(source)) return true;
  if (PUBLIC_EMPLOYER_HINT.test(source) && PUBLIC_EMPLOYER.test(source)) return true;
  // a household that hires names itself as a family: "the Byrne family", "Familie Huber", "porodica Jovanović"
  if (FAMILY_HINT.test(source) && FAMILY_NAME.test(source)) return true;
  if (!ORGANISATION_HINT.test(folded)) return false;
  const [letters, capitals] = countLetters(source);
  if (letters === 0 || capitals / letters > 0.5) return false;
  ORGANISATION.lastIndex = 0;
  for (let m = ORGANISATION.exec(source); m; m = ORGANISATION.exec(source)) {
    const name = m[1] as string;
    if (/^\p{Lu}\p{Ll}/u.test(name) || /^\p{Lu}{2,}$/u.test(name)) return true;
  }
  return false;
}

/** A bare first name at the end, perhaps with a role after it ("– Anna, recruiter", "Марко, координатор"). */
const SIGNATURE_RE =
  /(?:^|[.!?\n]\s*|[,–—-]\s+)(\p{Lu}\p{Ll}{2,})(?:,?\s+(?:recruiter|recruitment|hr|HR|HR manager|manager|coordinator|agent|koordinator\p{L}*|menadžer\p{L}*|menadzer\p{L}*|regruter\p{L}*|координатор\p{L}*|менеджер\p{L}*|менаџер\p{L}*|рекрутер\p{L}*|Recruiter\p{L}*|Koordinator\p{L}*|Personalvermittler\p{L}*))?[\s.!]*$/u;

/** `SIGNATURE_RE`, global: searched from near the end of the text (see `signatureFrom`). */
const SIGNATURE_SCAN = new RegExp(SIGNATURE_RE.source, 'gu');

/** Whether the code unit is a letter (`\p{L}`), or undefined for a surrogate (not looked at here). */
function isLetterUnit(code: number): boolean | undefined {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return undefined;
  let kind = code < 0x800 ? (LETTER_TABLE[code] as number) - 1 : LETTER_KIND.get(code);
  if (kind === undefined || kind < 0) {
    const ch = String.fromCharCode(code);
    kind = UPPER_RE.test(ch) ? 2 : LETTER_RE.test(ch) ? 1 : 0;
    if (code < 0x800) LETTER_TABLE[code] = kind + 1;
    else if (LETTER_KIND.size < 4096) LETTER_KIND.set(code, kind);
  }
  return kind > 0;
}

/**
 * Where a match of `SIGNATURE_RE` can start at the earliest. After its first character a match holds at most
 * three runs of letters (the name and a role of up to two words, "HR manager") and nothing but white space,
 * commas, dots and "!" between and after them; so it starts after the fourth run of letters from the end.
 * 0 (search everything) when the text has fewer runs or a surrogate among the last ones.
 */
function signatureFrom(source: string): number {
  let runs = 0;
  for (let j = source.length - 1; j >= 0; j--) {
    const letter = isLetterUnit(source.charCodeAt(j));
    if (letter === undefined) return 0;
    if (!letter) continue;
    const next = j + 1 < source.length ? isLetterUnit(source.charCodeAt(j + 1)) : false;
    if (next === true) continue;
    if (++runs === 4) return j + 1;
  }
  return 0;
}

/** A message signed with a bare first name ("… ima ko čeka. Pera"). */
function signatureName(folded: FoldedText): Hit | undefined {
  // the same first match as `SIGNATURE_RE.exec(folded.source)`, without trying it all along the text
  SIGNATURE_SCAN.lastIndex = signatureFrom(folded.source);
  const m = SIGNATURE_SCAN.exec(folded.source);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1] as string);
  const end = start + (m[1] as string).length;
  const text = folded.text;
  let s = 0;
  while (s < text.length && (folded.ends[s] as number) <= start) s++;
  let e = s;
  while (e < text.length && (folded.starts[e] as number) < end) e++;
  const word = text.slice(s, e);
  if (NOT_NAMES.has(word) || e <= s) return undefined;
  return { start: s, end: e };
}

/** Offsets below this (2^21) and rule numbers below 2048 make one exact number key (below 2^53). */
const SCOPE_LIMIT = 2097152;

function analyzeText(source: string, c: Compiled): TextAnalysis {
  const plain = fold(source);
  const folded = correctTypos(plain);
  const text = folded.text;
  const segments = segment(text, c);
  const hits = new Map<IndicatorId, Hit[]>();
  const probeAt = new Int32Array(c.probes.length).fill(-1);

  const unlessSeen = new Map<number, boolean>();
  const memoUnless = text.length < SCOPE_LIMIT && c.rules.length < 2048;
  const accept = (rule: CompiledRule, start: number, end: number) => {
    const phraseStart = segmentStart(segments.phrase, start);
    const phraseEnd = segmentEnd(segments.phrase, end, text.length);
    if (negated(c, text, start, end, phraseStart, phraseEnd, rule.negation)) return;
    if (rule.unless) {
      const breaks =
        rule.unlessScope === 'sentence'
          ? segments.sentence
          : rule.unlessScope === 'clause'
            ? segments.clause
            : segments.phrase;
      const whole = rule.unlessScope === 'text';
      const scopeStart = whole ? 0 : segmentStart(breaks, end - 1);
      const scopeEnd = whole ? text.length : segmentEnd(breaks, end, text.length);
      // several patterns of a rule often match in one phrase: its honest wording is looked for once there
      const memo = memoUnless ? (rule.index * SCOPE_LIMIT + scopeStart) * SCOPE_LIMIT + scopeEnd : -1;
      let honest = memo >= 0 ? unlessSeen.get(memo) : undefined;
      if (honest === undefined) {
        honest = rule.unless.test(text.slice(scopeStart, scopeEnd));
        if (memo >= 0) unlessSeen.set(memo, honest);
      }
      if (honest) return;
    }
    addHit(hits, rule.id, { start, end });
  };
  // Try a unit (a rule pattern or a probe) at `p`; returns where its match ends, or -1.
  const { unitRule, unitIndex } = c;
  const tryUnit = (u: number, p: number): number => {
    const r = unitRule[u] as number;
    const k = unitIndex[u] as number;
    // sticky expressions: `test` leaves `lastIndex` at the end of the match and builds no match array
    if (r < 0) {
      if ((probeAt[k] as number) >= 0) return -1;
      const re = c.probes[k] as RegExp;
      re.lastIndex = p;
      if (!re.test(text) || re.lastIndex === p) return -1;
      probeAt[k] = p;
      return re.lastIndex;
    }
    const rule = c.rules[r] as CompiledRule;
    const re = rule.patterns[k] as RegExp;
    re.lastIndex = p;
    if (!re.test(text) || re.lastIndex === p) return -1;
    const end = re.lastIndex;
    accept(rule, p, end);
    return end;
  };
  // Where each gap's continuation starts a word: one walk; per tail a list of word starts in text order,
  // linked through `tailLink` (no arrays per tail); `tailNext` is a cursor per tail that only moves forward
  const scratch = tailScratch(c);
  const { tailFirst, tailLast, tailNext } = scratch;
  let { tailAt, tailLink } = scratch;
  tailFirst.fill(-1);
  let entries = 0;
  const nodePairs = wordStartNodes(text, c.walk, NODE_PAIRS);
  const np = NODE_PAIRS.pairs;
  const { start: valuesAt, values } = c.walk;
  const { tailsFrom } = c;
  const unitCount = c.units.length;
  for (let x = 0; x < nodePairs; x++) {
    const node = np[2 * x] as number;
    const q = np[2 * x + 1] as number;
    const valuesEnd = valuesAt[node + 1] as number;
    for (let v = tailsFrom[node] as number; v < valuesEnd; v++) {
      const t = (values[v] as number) - unitCount;
      const last = tailLast[t] as number;
      if ((tailFirst[t] as number) >= 0 && tailAt[last] === q) continue;
      if (entries === tailAt.length) {
        const at = new Int32Array(entries * 2);
        at.set(tailAt);
        const link = new Int32Array(entries * 2);
        link.set(tailLink);
        tailAt = scratch.tailAt = at;
        tailLink = scratch.tailLink = link;
      }
      tailAt[entries] = q;
      tailLink[entries] = -1;
      if ((tailFirst[t] as number) < 0) tailFirst[t] = entries;
      else tailLink[last] = entries;
      tailLast[t] = entries;
      entries++;
    }
  }
  tailNext.set(tailFirst);
  let sentenceOf = -1;
  let sentenceEnd = 0;
  /** Each gap's continuation starts a word after `p` in the same sentence. */
  const { tailStart, tailList } = c;
  const tailsAhead = (u: number, p: number): boolean => {
    const from = tailStart[u] as number;
    const to = tailStart[u + 1] as number;
    if (from === to) return true;
    if (sentenceOf !== p) {
      sentenceOf = p;
      sentenceEnd = segmentEnd(segments.hard, p, text.length);
    }
    for (let j = from; j < to; j++) {
      const t = tailList[j] as number;
      let i = tailNext[t] as number;
      while (i >= 0 && (tailAt[i] as number) <= p) i = tailLink[i] as number;
      tailNext[t] = i;
      if (i < 0 || (tailAt[i] as number) >= sentenceEnd) return false;
    }
    return true;
  };
  // Every unit runs only at the word starts that begin with one of its possible prefixes.
  const nextFree = scratch.nextFree;
  nextFree.fill(0);
  for (let x = 0; x < nodePairs; x++) {
    const node = np[2 * x] as number;
    const p = np[2 * x + 1] as number;
    const unitsEnd = tailsFrom[node] as number;
    for (let v = valuesAt[node] as number; v < unitsEnd; v++) {
      const u = values[v] as number;
      if ((nextFree[u] as number) > p) continue;
      if (!tailsAhead(u, p)) continue;
      const end = tryUnit(u, p);
      if (end > 0) nextFree[u] = end;
    }
  }
  for (const u of c.fullScan) {
    const [r, k] = c.units[u] as Unit;
    const sticky = r >= 0 ? ((c.rules[r] as CompiledRule).patterns[k] as RegExp) : (c.probes[k] as RegExp);
    const re = new RegExp(sticky.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (r < 0) {
        if ((probeAt[k] as number) < 0) probeAt[k] = m.index;
        break;
      }
      accept(c.rules[r] as CompiledRule, m.index, m.index + m[0].length);
    }
  }
  const probeId = (name: string): number => c.probeIndex.get(name) as number;
  const found = (name: string) => (probeAt[probeId(name)] as number) >= 0;
  const firstAt = (name: string) => probeAt[probeId(name)] as number;

  // Where and what: the first foreign country mentioned is the destination
  let destination: Destination | undefined;
  let destinationAt = Infinity;
  for (const [code, id] of c.destinationProbes) {
    const at = probeAt[id] as number;
    if (code !== 'RS' && at >= 0 && at < destinationAt) {
      destinationAt = at;
      destination = code;
    }
  }
  const serbiaOnly = found('dest:RS');
  const germanyMentioned = found('dest:DE');
  // (the signs below that take a scan of the text are computed when a decision needs them)
  let germanMemo: boolean | undefined;
  const germanText = (): boolean => (germanMemo ??= germanWordCount(text, 3) >= 3);
  const foreignForm = found('foreignLegalForm');
  const fromSerbiaOnly =
    serbiaOnly && found('fromSerbia') && !/(?:u|в|у|in|nach) (?:srbij|serbi|сербі)/.test(text);
  if (destination === undefined && serbiaOnly && !fromSerbiaOnly && !foreignForm && !germanText())
    destination = 'RS';
  let jobType: JobType | undefined;
  let jobAt = Infinity;
  for (const [type, id] of c.jobProbes) {
    const at = probeAt[id] as number;
    if (at >= 0 && at < jobAt) {
      jobAt = at;
      jobType = type;
    }
  }

  const ukrainianScript = /[іїєґІЇЄҐ]/u.test(source);
  if (found('permit')) papersElsewhere(c, text, destination, hits, segments.words);
  const numbers = readNumbers(text, ukrainianScript, c.numberWords, segments.words);
  // No country named: a wage in the currency of one country ("22 zł/год", "90 kruna po satu") places the work
  if (destination === undefined) {
    const local = numbers.money.find(
      (m) => m.wage && m.currency !== undefined && CURRENCY_COUNTRY[m.currency],
    );
    if (local?.currency !== undefined) destination = CURRENCY_COUNTRY[local.currency];
  }
  if (found('feeContext') && numbers.money.some((m) => !m.wage))
    feesFromAmounts(c, text, segments, numbers, hits);
  // For people from Ukraine or Russia, Serbia is abroad too. With no place named, pay in a foreign currency
  // (not dinars, not hryvnias) means work abroad.
  const foreignPay = numbers.money.some(
    (m) => m.wage && m.currency !== undefined && m.currency !== 'RSD' && m.currency !== 'UAH',
  );
  const abroad =
    (destination !== undefined && destination !== 'RS') ||
    (destination === 'RS' && /[іїєґыэъё]/iu.test(source)) ||
    found('abroad') ||
    (destination === undefined && (foreignForm || germanText() || foreignPay));

  // Who: can the employer be identified?
  const hasAt = text.includes('@');
  const emails = hasAt ? emailsIn(text) : [];
  const companyEmail = emails.some((email) => !c.freeWebmail.test(email));
  /** A web address other than a social network or a classifieds site. */
  const website = (): boolean => {
    if (!MAYBE_WEBSITE.test(text)) return false;
    WEBSITE_RE.lastIndex = 0;
    for (let m = WEBSITE_RE.exec(text); m; m = WEBSITE_RE.exec(text)) if (!SOCIAL_RE.test(m[0])) return true;
    return false;
  };
  // The employer is named: a legal form, a registration or licence number, an address, or "Hotel Seerose"
  // (only needed, and only computed, for texts that read as an offer)
  const isIdentified = () =>
    found('legalForm') ||
    RAW_LEGAL_FORM.test(source) ||
    c.identityProbes.some((id) => (probeAt[id] as number) >= 0) ||
    namedOrganisation(source, plain.text);
  const ownDomain = (): boolean => companyEmail || website();
  let phoneMemo: RegExpExecArray | null | undefined;
  const phoneMatch = (): RegExpExecArray | null =>
    phoneMemo === undefined ? (phoneMemo = c.phone.exec(text)) : phoneMemo;
  const phones = (): boolean => phoneMatch() !== null;
  const freeMail = emails.some((email) => c.freeWebmail.test(email));
  const messenger = found('messenger');
  const wageGiven = numbers.money.some((m) => m.wage);
  const contact = (): boolean => phones() || freeMail || messenger || emails.length > 0;
  const aboutWork = found('employer') || jobType !== undefined || found('contract');
  // Asking for identity papers, bank details or money before anything else: who asks matters even at home
  const asksUpfront =
    hits.has('documents-upfront') || hits.has('recruitment-fee') || hits.has('personal-account-payment');
  if (HOUSEHOLD_JOB.test(text)) {
    const help = BUSINESS_HELP.exec(text);
    if (help) addHit(hits, 'job-switch', { start: help.index, end: help.index + help[0].length });
  }
  const opening = text.length < SEEKING_MAX_LENGTH ? text.slice(0, SEEKING_WITHIN) : undefined;
  const selfSeeking = opening !== undefined && SELF_SEEKING.test(opening);
  const seeking = selfSeeking || (opening !== undefined && ABOUT_AN_AD.test(opening));
  // A leaflet, a union's factsheet or a forum warning quotes the signs to warn against them: no offer, no signs
  // (a leaflet may state the legal minimum wage: "Der Mindestlohn gilt für alle: 12,82 € pro Stunde")
  const wageOffered = numbers.money.some(
    (m) => m.wage && !MINIMUM_WAGE.test(text.slice(Math.max(0, m.start - 40), m.start)),
  );
  const warns = !seeking && warning(text, hits, wageOffered);
  // a job seeker's own post offers nothing: the fees it refuses and the papers it has are no signs (a question
  // about an ad keeps them: the answer quoted after it is the offer)
  if (warns || selfSeeking) hits.clear();
  const offerLike =
    !seeking &&
    !warns &&
    (found('offer') || wageGiven || (aboutWork && (abroad || contact() || asksUpfront)));
  const workContext =
    offerLike ||
    aboutWork ||
    abroad ||
    hits.size > 0 ||
    ['housing', 'travel', 'permit', 'messenger'].some((name) => found(name));
  const identity = offerLike && isIdentified();

  // A few hours' work written for the people who live there (a babysitter in Leeds two afternoons a week, a
  // Minijob in Köln): nobody is recruited from abroad for it, so a first name and a phone are what such an
  // ad usually gives. Not when it speaks of travel, housing or papers, or is written in the readers' languages.
  // (Russian speakers write for Russian speakers where they live: in Russia, and many in Serbia)
  // (Russian: its own letters, or Cyrillic with none of the Ukrainian or Serbian ones)
  const russianAtHome =
    (destination === 'RU' || destination === 'RS') &&
    (/[ыэъё]/iu.test(source) || !/[іїєґјљњћђџ]/iu.test(source));
  const localGig = (): boolean =>
    !found('travel') &&
    !found('housing') &&
    !found('permit') &&
    (!/[\u0400-\u04ff]/.test(source) || russianAtHome) &&
    // (Russian folds to many of the short Serbian words: "и", "на", "за")
    (russianAtHome || (text.match(SERBIAN_WORDS)?.length ?? 0) < 2) &&
    !hits.has('excessive-hours') &&
    rotaDays(text) === undefined &&
    (partTime(text, numbers) ||
      WALK_IN.test(text) ||
      // (a metro station, "м. Сокол", and a few weekdays, "Вт, чт, сб", are written for people who live there)
      (russianAtHome && (RUSSIAN_LOCAL.test(source) || RUSSIAN_WEEKDAYS.test(source))));
  if (offerLike && !identity && ((abroad && !localGig()) || asksUpfront)) {
    const nameHit = anonymousByName(c, folded, segments.words, germanText) ?? signatureName(folded);
    if (nameHit) addHit(hits, 'anonymous-recruiter', nameHit);
    // (a department's fixed line is an office, not a recruiter's bare mobile number: "Отдел кадров: +7 843 …")
    const office = (): boolean => DEPARTMENT.test(text) && isLandline((phoneMatch() as RegExpExecArray)[0]);
    if (((phones() && !office()) || freeMail || messenger) && !ownDomain()) {
      const at = messenger ? firstAt('messenger') : -1;
      // (a free webmail address has an @ in it)
      const match = phoneMatch() ?? (hasAt || !c.freeWebmailNeedsAt ? c.freeWebmail.exec(text) : null);
      addHit(
        hits,
        'anonymous-recruiter',
        match
          ? { start: match.index, end: match.index + match[0].length }
          : at >= 0
            ? wordAt(text, at)
            : NO_SPAN,
      );
    }
    addHit(hits, 'no-company-identity', NO_SPAN);
  }

  // Missing information
  const gaps = new Set<GapId>();
  if (offerLike) {
    if (!identity) gaps.add('company');
    if (!found('contract')) gaps.add('contract');
    if (!wageGiven) gaps.add('pay');
    if (numbers.hours.length === 0 && numbers.days.length === 0) gaps.add('hours');
    const housingAt = firstAt('housing');
    if (housingAt >= 0) {
      const s = segmentStart(segments.sentence, housingAt);
      const e = segmentEnd(segments.sentence, housingAt, text.length);
      const priced = numbers.money.some((m) => m.start >= s && m.end <= e) || c.free.test(text.slice(s, e));
      if (!priced) gaps.add('housing-cost');
    }
    if (abroad) {
      const travelAt = firstAt('travel');
      let settled = false;
      if (travelAt >= 0) {
        const s = segmentStart(segments.sentence, travelAt);
        const e = segmentEnd(segments.sentence, travelAt, text.length);
        settled = c.free.test(text.slice(s, e));
      }
      if (!settled) gaps.add('travel-costs');
      if (!found('permit') && !ukrainianScript) gaps.add('permit');
    }
  }

  return {
    folded,
    hits,
    numbers,
    destination,
    germanyMentioned,
    jobType,
    offerLike,
    aboutWork: workContext && !seeking && !warns,
    noOffer: seeking || warns,
    abroad,
    identity,
    gaps,
    ukrainianScript,
    sentences: segments.sentence,
    words: segments.words,
  };
}

/** An au pair's or a nanny's job (folded). */
const HOUSEHOLD_JOB = foldedWords(
  String.raw`au[ -]?pair\w*|dadilj\w*|nanny|nannies|babysit\w*|бебиситер\w*|няня|няні|нянею|kinderbetreu\w*`,
);
/**
 * Help expected in the family's café, shop or guesthouse (folded): for an au pair or a nanny that is another
 * job than the one offered, paid with the pocket money ("Vikendom se očekuje pomoć u našem porodičnom kafeu").
 */
const BUSINESS_HELP = foldedWords(
  String.raw`(?:pomoć|pomagati|pomažete|help\w*|work\w*|допомог\w*|допомага\w*|помощ\w*|помога\w*|mithilfe|mithelfen|aushelfen|arbeiten) (?:u|in|at|в|у|im|bei|na) (?:\w+ )?(?:\w+ )?(?:kafe\w*|kafić\w*|kafan\w*|restoran\w*|prodavnic\w*|radnj\w*|pansion\w*|hotel\w*|café|cafe|restaurant|shop|store|business|guesthouse|кафе|кав'ярн\w*|ресторан\w*|магазин\w*|бізнес\w*|бизнес\w*|пансіон\w*|geschäft|laden|betrieb\w*|gaststätte|pension|hofladen|bakery|pekar\w*|пекарн\w*|bäckerei|farm\w*|ферм\w*|salon\w*|салон\w*|werkstatt)`,
  { wholeWords: true },
);

/** Weekends, evenings, one-off work or a metro station in a Russian text (as written): a job where one lives. */
const RUSSIAN_LOCAL = /суббот|воскресен|пятниц|выходн|на вечер|разово|(?<![\p{L}])м\.\s?\p{Lu}|метро/iu;
/** Two weekdays or more listed one by one ("Вт, чт, сб"; not a range, "пн–пт"). */
const RUSSIAN_WEEKDAYS =
  /(?<![\p{L}])(?:пн|вт|ср|чт|пт|сб|вс)[,.]?\s*(?:и\s*)?(?:пн|вт|ср|чт|пт|сб|вс)(?![\p{L}])/iu;

/** Short Serbian words (folded): two or more tell a text written for readers from Serbia. */
const SERBIAN_WORDS =
  /(?<![a-z])(?:je|i|u|na|za|se|da|od|sa|su|nije|ili|kao|ako|sve|bez|posao|plata|radnik\w*|rad)(?![a-z])/g;

/** Part-time wording (folded): a Minijob, "two afternoons a week", "after school", "Saturdays". */
const PART_TIME = foldedWords(
  String.raw`minijob\w*|teilzeit\w*|part[ -]?time|after school|nach der schule|(?:one|two|three|1|2|3|ein|zwei|drei) (?:mornings?|afternoons?|evenings?|days?|vormittage?|nachmittage?|abende?|tage?) (?:a|per|pro|in der) (?:week|woche)|(?:once|twice|einmal|zweimal|dreimal|[1-3] ?x) (?:a |per |pro |in der )?(?:week|woche)|(?:weekday|saturday|sunday|friday) (?:mornings?|afternoons?|evenings?)|(?:mo|mon|monday|montag)[ –-]+(?:mi|wed|mittwoch|do|thu|thursday|donnerstag) (?:nachmittags|vormittags|abends)|(?:mo|di|mi|do|fr|sa|mon|tue|tues|wed|thu|thurs|fri|sat)\.? ?(?:\+|&|und|and) ?(?:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?(?![a-z])|every (?:second |other )?(?:saturday|sunday|weekend)|(?:for|on|at) weekends|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? (?:and|&|or) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(?:jednom|dva puta|tri puta|два пута|три пута|один раз|два рази|два раза|три рази|три раза) (?:nedeljno|sedmično|tjedno|недељно|на тиждень|в неделю|у тиждень|на неделю)|в субботу|в воскресенье|по выходным|в выходные|на (?:один|1) день|разов\w*|подработк\w*|неполн\w* (?:рабоч\w* )?день|частичн\w* занятост\w*|на несколько часов`,
  { wholeWords: true },
);

/** Applying in person (folded): "pop in with your CV", "dođite lično", "einfach vorbeikommen": a local job. */
const WALK_IN = foldedWords(
  String.raw`pop in|drop in|come by|stop by|come in (?:and|with)|walk-in|call in (?:with|to)|dođite lično|dodjite lično|dođite (?:do nas|u (?:restoran|kafić|radnju|prodavnic\w*))|vorbeikommen|komm vorbei|kommen sie vorbei|приходьте особисто|приходите лично|приходьте на співбесіду|приходите на собеседование|dođite na razgovor|dodjite na razgovor|come (?:in )?for an interview`,
);

/** A few hours a day or a week at most (the hours named decide), or part-time wording when none are named. */
function partTime(text: string, numbers: OfferNumbers): boolean {
  if (numbers.days.some((d) => d.perWeek >= 6)) return false;
  if (numbers.hours.length > 0)
    return numbers.hours.every((h) => (h.perWeek ?? 0) <= 20 && (h.perDay ?? 0) <= 5);
  return PART_TIME.test(text);
}

/**
 * Advice to the reader, as leaflets, factsheets and warnings give it (folded): "ne plaćaj nikome", "nikome ne
 * daj pasoš", "never pay a fee", "Ihren Pass darf niemand einbehalten", "гаряча лінія", "мы не предлагаем работу".
 */
const WARNING_CUES = foldedWords(
  String.raw`upozor\w*|upozorenj\w*|podseć\w*|podsjeć\w*|napominj\w*|pre nego što kreneš|prije nego što kreneš|ne plaćaj\w*|ne plaćaš|ne šalji\w*|ne uplaćuj\w*|ne daj\w*|ne daješ|nikome ne\w*|ništa ne plaćaj\w*|ne nasedaj\w*|provjeri(?:te)? da li|sos linij\w*|besplatn\w* (?:pomoć|linij\w*|savet\w*|konsultacij\w*)|sindikat\w*|(?:tvoja|vaša|svoja) prava|ne nudimo (?:posao|poslove|rad)|we don't offer (?:jobs|work)|imaš pravo|imate pravo|pravi poslodavac|ne sme(?:te)? (?:se )?raditi|nije legaln\w*|warn\w*|know your rights|your rights|never pay|do not pay|don't pay|nobody may|no one may|cannot charge you|can't charge you|(?:is|it's) a scam|do not hand over|don't hand over|never give|hotline|helpline|talk to us|free advice|we do not offer (?:jobs|work)|factsheet|leaflet|check the (?:employer|agency|company)|check (?:that|whether|if) the (?:agency|employer)|a real (?:offer|employer|sponsor)|darf niemand|niemand darf|kein arbeitgeber darf|gehört (?:dir|ihnen)|(?:ihre|deine) rechte|informiert|beratung\w*|verlangen kein\w* geld|zahlen sie (?:niemals|nie|keine)|lassen sie sich|infoblatt|merkblatt|(?:du hast|sie haben) anspruch|du darfst jederzeit|попереди\w*|попереджа\w*|ніколи не плат\w*|не плат\w*|не віддава\w*|перевір\w*|гаряч\w* лін\w*|пам'ятк\w*|памятк\w*|тікайте|не повторюйте|нормальн\w* фірм\w*|справжн\w* роботодав\w*|безкоштовн\w* консультац\w*|ми не пропонуємо робот\w*|не мають права|ма(?:єш|єте) право|профспілк\w*|осторожно|предупрежда\w*|никогда не плат\w*|не платите|никому ничего не плат\w*|не отдавайте|проверяйте|проверьте|горяч\w* лини\w*|бесплатн\w* консультац\w*|мы не предлагаем работ\w*|не имеет права|не имеют права|вы вправе|требуйте|так не бывает|профсоюз\w*|šerujte|podelite|share this|0 ?800 ?\d|prover\w* (?:da li|agencij\w*|firm\w*|poslodav\w*|u registr\w*|na sajt\w*)|prijavi\w* (?:\w+ )?(?:inspekcij|polic)\w*|report (?:it|them|this)|real (?:\w+ )?employers?|psa(?![a-z])|(?:almost |nearly )?fell for|напомина\w*|нагаду\w*|не беру\w* (?:\w+ )?(?:денег|грошей)|не беруть (?:\w+ )?грошей|erinnern|консультац\w* (?:\w+ )?(?:бесплатн|безкоштовн)\w*|сомневаетесь|сумніваєтес\w*|sumnjaš|sumnjate|im zweifel|in doubt|(?:znak\w*|signs? of|ознак\w*|признак\w*|anzeichen|warnsignale) (?:\w+ ){0,2}(?:prevar\w*|lažn\w*|fake|scam\w*|фейк\w*|мошен\w*|шахра\w*|обман\w*|fraud\w*|betrug\w*|unseriös\w*)|(?:free|besplatn\w*|безкоштовн\w*|бесплатн\w*|kostenlos\w*)(?: and| i| і| и| und)? (?:confidential|anonymous|povjerljiv\w*|poverljiv\w*|анонімн\w*|анонимн\w*|конфіденційн\w*|vertraulich\w*)|questions to ask|before you go|не ведитесь|не ведіться|ne nasedajte|(?:чтобы|щоб) (?:вы |ви )?не попал\w*|нормальн\w* (?:агентств|фирм|работодател|компани)\w*|seriöse \w+|finger weg|don't fall for|budite oprezni|oprezno|be careful|будьте (?:осторожн|обережн)\w*|vorsicht|letak|podsetnik|savetovališt\w*|nema(?:ju)? pravo|niko ne sme|не вправе|помните|пам'ятайте|zapamtite|denken sie daran|(?:тревожн|тривожн)\w* (?:признак|сигнал|ознак)\w*|warning signs|red flags|crven\w* zastavic\w*|znac\w* upozorenja|policij\w*|police|polizei\w*|полици\w*|поліці\w*|inspekcij\w* rada|(?:labou?r )?inspectors?|інспекц\w* праці|инспекц\w* труда|zoll\w*|finanzkontroll\w*`,
  { flags: 'g' },
);

/**
 * What news of a case says (folded): arrests, courts, investigations, victims, raids. Three kinds of it, or two
 * with advice, make a report, no offer, even where it quotes the promised pay or the hurry ("promises of €60 a
 * day", «выезд завтра»).
 */
const REPORT_CUES = foldedWords(
  String.raw`uhapš\w*|sud(?![a-z])|приговор\w*|вирок\w*|osumnjič\w*|oštećen\w*|suspects?|підозрюван\w*|подозреваем\w*|verdächtig\w*|osuđen\w*|presud\w*|tužilaštv\w*|istrag\w*|žrtv\w*|sudu|sudom|arrest\w*|sentenced|convicted|courts?|prosecut\w*|investigat\w*|victims?|raid\w*|затрима\w*|засуджен\w*|прокуратур\w*|слідств\w*|постраждал\w*|жертв\w*|задержа\w*|осужден\w*|следстви\w*|пострадал\w*|пресек\w*|festgenommen|verurteilt\w*|gericht\w*|staatsanwalt\w*|ermittl\w*|ermittelt|razzia\w*|opfer\w*`,
  { wholeWords: true, flags: 'g' },
);

/** Hiring, or money asked for "us": a text that does any of it is an offer, whatever advice it adds (folded). */
const OFFERING = foldedWords(
  String.raw`tražimo|(?<!za )zapošljava(?:mo|ju|nje)?(?![a-z])|we are hiring|we're hiring|now hiring|hiring now|we are looking for|we're looking for|recruiting|vacanc\w*|apply (?:now|at|to|via|with)|шукаємо|набираємо|ищем|требуются|набираем|wir suchen|sucht|gesucht|(?<!(?:ne|not|nicht|don't|do not) )(?:wir bieten|nudimo|we offer)|(?:uplat\w*|plati\w*|pošalj\w*|send|transfer|pay) (?:\w+ )?(?:nama|us|нам|uns)|osim nama|except (?:to )?us|крім нас|кроме нас|außer uns|(?<!(?:ne|not|nicht|никому не|нікому не|nikome ne|da|to|dass|щоб|чтобы) )(?:uplatite|pošaljite|platite|send us|pay us|оплатіть|сплатіть|переведіть|переведите|оплатите|überweisen sie)`,
  { wholeWords: true },
);

/** The legal minimum wage named (folded): a figure after it is the law, not an offer. */
const MINIMUM_WAGE = new RegExp(
  foldPattern(
    String.raw`mindestlohn\w*|minimum wage|minimaln\w* (?:zarad|plat|nadnic)\w*|мінімальн\w* (?:зарплат|заробітн)\w*|минимальн\w* (?:зарплат|оплат|размер)\w*|płaca minimalna|minimalne wynagrodzenie`,
  ),
);

/**
 * Advice or news, no offer: no hiring and no money asked for "us", and two kinds of advice to the reader or
 * more, with no pay offered and no pressure (three kinds when it quotes the pressure); or news of a case (three
 * kinds of report, or two with advice), whatever pay and hurry it quotes.
 */
function warning(text: string, hits: ReadonlyMap<IndicatorId, unknown>, wageOffered: boolean): boolean {
  if (OFFERING.test(text)) return false;
  // (two forms of one word are one kind: "upozoravamo … upozorenje")
  const kinds = (re: RegExp) => new Set((text.match(re) ?? []).map((cue) => cue.slice(0, 5))).size;
  const advice = kinds(WARNING_CUES);
  const report = kinds(REPORT_CUES);
  if (report >= 3 || (report >= 2 && advice + report >= 3)) return true;
  if (wageOffered || advice === 0) return false;
  return advice + Math.min(report, 1) >= (hits.has('urgency-pressure') ? 3 : 2);
}

function countryNamed(c: Compiled, words: string): Destination | undefined {
  for (const [code, re] of c.countryOf) if (re.test(words)) return code;
  return undefined;
}

/**
 * Papers of one country and work in another ("a Polish work visa, but you will work in the Netherlands"):
 * that permit does not allow that work, so the person would work without a valid permit.
 */
function papersElsewhere(
  c: Compiled,
  text: string,
  destination: Destination | undefined,
  hits: Map<IndicatorId, Hit[]>,
  words: Int32Array,
): void {
  const papers: { code: Destination; start: number; end: number }[] = [];
  const re = c.papersOfCountry;
  for (let m = matchFrom(re, text, words, 0); m; m = matchFrom(re, text, words, matchEnd(m))) {
    const code = countryNamed(c, m[1] ?? m[2] ?? '');
    if (code && code !== 'RS') papers.push({ code, start: m.index, end: m.index + m[0].length });
  }
  if (papers.length === 0) return;
  // the destination (the first foreign country named) when no papers are for it
  if (destination !== undefined && destination !== 'RS' && !papers.some((p) => p.code === destination)) {
    const first = papers[0] as (typeof papers)[number];
    addHit(hits, 'permit-after-arrival', { start: first.start, end: first.end });
    return;
  }
  const work = c.workInCountry;
  for (let m = matchFrom(work, text, words, 0); m; m = matchFrom(work, text, words, matchEnd(m))) {
    const code = countryNamed(c, m[1] ?? '');
    if (code === undefined || code === 'RS') continue;
    const other = papers.find((p) => p.code !== code);
    if (other) {
      addHit(hits, 'permit-after-arrival', { start: other.start, end: other.end });
      addHit(hits, 'permit-after-arrival', { start: m.index, end: m.index + m[0].length });
      return;
    }
  }
}

/** Matches of a global expression within [from, to), as [start, end] pairs. */
function matchesIn(re: RegExp, text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

/**
 * A price whose nearest cue in its sentence is what a fee is for ("placement charge of 350 EUR", "послуги
 * агенції — 300 євро", "Vermittlung kostet 300 Euro") is a recruitment fee, unless the sentence says someone
 * else pays or it costs nothing, or the amount is negated. A price nearer to housing or food is a living cost.
 */
function feesFromAmounts(
  c: Compiled,
  text: string,
  segments: Segments,
  numbers: OfferNumbers,
  hits: Map<IndicatorId, Hit[]>,
): void {
  for (const m of numbers.money) {
    if (m.wage) continue;
    const from = segmentStart(segments.sentence, m.start);
    const to = segmentEnd(segments.sentence, m.end, text.length);
    if (c.honestPayment.test(text.slice(from, to))) continue;
    const distance = ([s, e]: [number, number]) => (e <= m.start ? m.start - e : s >= m.end ? s - m.end : 0);
    const fee = matchesIn(c.feeContext, text, from, to);
    if (fee.length === 0) continue;
    const nearestFee = fee.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    const living = matchesIn(c.livingContext, text, from, to);
    if (living.some((cue) => distance(cue) < distance(nearestFee))) continue;
    if (distance(nearestFee) > 60) continue;
    const phraseStart = segmentStart(segments.phrase, Math.min(m.start, nearestFee[0]));
    const phraseEnd = segmentEnd(segments.phrase, Math.max(m.end, nearestFee[1]), text.length);
    if (negated(c, text, m.start, m.end, phraseStart, phraseEnd, 'around')) continue;
    addHit(hits, 'recruitment-fee', {
      start: Math.min(m.start, nearestFee[0]),
      end: Math.max(m.end, nearestFee[1]),
    });
  }
}

/** The word that starts at `at`. */
function wordAt(text: string, at: number): Hit {
  let end = at;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return { start: at, end };
}

// ---------------------------------------------------------------------------------------------------------
// Assembling the result

interface Draft {
  spans: Hit[];
  answers: AnswerTrigger[];
  detail?: string;
}

/** Templates cut at their `{name}` places: text, name, text, name, …, text (cut once each). */
const TEMPLATES = new Map<string, readonly string[]>();

/** `template` with each `{name}` replaced by its value (left as it is without one). */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  let parts = TEMPLATES.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (TEMPLATES.size >= 256) TEMPLATES.clear();
    TEMPLATES.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    out += `${values[key] ?? `{${key}}`}${parts[i + 1] as string}`;
  }
  return out;
}

const INTL_LOCALE: Readonly<Record<Locale, string>> = {
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
  en: 'en-GB',
  uk: 'uk-UA',
};

const FORMATS = new Map<string, Intl.NumberFormat>();

const FORMATTED = new Map<string, string>();

function formatNumber(locale: Locale, value: number): string {
  if (value === 0) return formatWith(locale, value); // 0 and -0 print differently
  const memo = `${locale}:${value}`;
  const known = FORMATTED.get(memo);
  if (known !== undefined) return known;
  const text = formatWith(locale, value);
  if (FORMATTED.size >= 1024) FORMATTED.clear();
  FORMATTED.set(memo, text);
  return text;
}

function formatWith(locale: Locale, value: number): string {
  const digits = value < 100 ? 2 : 0;
  const key = `${locale}:${digits}`;
  let format = FORMATS.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: digits });
    }
    FORMATS.set(key, format);
  }
  return format.format(value);
}

function toSpans(folded: FoldedText, hits: readonly Hit[]): EvidenceSpan[] {
  const ranges = hits
    .filter((hit) => hit.end > hit.start)
    .map((hit) => originalRange(folded, hit.start, hit.end))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const source = folded.source;
  return merged.slice(0, 4).map(({ start, end }) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(source[s] as string)) s++;
    while (e > s && /\s/.test(source[e - 1] as string)) e--;
    return { start: s, end: e, quote: source.slice(s, e) };
  });
}

function answerLabel(texts: OfferTexts, trigger: AnswerTrigger): AnswerEvidence {
  const question = texts.questionnaire[trigger.question];
  const options = question.options as Readonly<Record<string, string>>;
  return {
    ...trigger,
    questionLabel: question.label,
    answerLabel: options[trigger.value] ?? trigger.value,
  };
}

function answerTriggers(answers: Answers): Map<IndicatorId, AnswerTrigger[]> {
  const out = new Map<IndicatorId, AnswerTrigger[]>();
  const add = (id: IndicatorId, trigger: AnswerTrigger) => {
    const list = out.get(id) ?? [];
    list.push(trigger);
    out.set(id, list);
  };
  for (const rule of ANSWER_RULES) {
    const value = answers[rule.question as keyof Answers];
    const values = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
    for (const v of values) if (rule.options.includes(v)) add(rule.id, { question: rule.question, value: v });
  }
  return out;
}

function validNumber(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : undefined;
}

/**
 * A "low" result raised to "medium" by the second opinion (see similarity.ts); any other result, or an
 * opinion below the model's threshold, is returned as it is. The score becomes the "medium" threshold.
 */
export function raiseBySimilarity(
  result: OfferCheckResult,
  texts: Pick<OfferTexts, 'similarity'>,
  opinion: SimilarityOpinion,
  model: SimilarityModel,
): OfferCheckResult {
  if (result.risk !== 'low' || !opinion.resembles) return result;
  return {
    ...result,
    risk: 'medium',
    score: Math.max(result.score, RISK_THRESHOLDS.medium),
    summary: texts.similarity.summary,
    similarity: {
      probability: Math.round(opinion.probability * 100) / 100,
      modelVersion: model.version,
      title: texts.similarity.title,
      explanation: texts.similarity.explanation,
      whatToDo: texts.similarity.whatToDo,
      evidence: opinion.evidence,
    },
  };
}

/**
 * Runs the check with the texts of one locale. With a similarity model, a text about work that the rules
 * rate "low" is also given the second opinion (`raiseBySimilarity`).
 */
export function checkOfferWith(
  texts: OfferTexts,
  input: OfferInput,
  vocabulary: Vocabulary,
  similarity?: SimilarityModel,
): OfferCheckResult {
  const c = compile(vocabulary);
  const locale = texts.locale;
  const answers: Answers = input.answers ?? {};
  const rawText = typeof input.text === 'string' ? input.text : '';
  // (a text of white space alone is no text: `\S` and `trim` agree on what white space is)
  const analysis = /\S/.test(rawText) ? analyzeText(rawText, c) : undefined;
  const drafts = new Map<IndicatorId, Draft>();
  const draft = (id: IndicatorId): Draft => {
    let d = drafts.get(id);
    if (!d) {
      d = { spans: [], answers: [] };
      drafts.set(id, d);
    }
    return d;
  };

  if (analysis) for (const [id, hits] of analysis.hits) draft(id).spans.push(...hits);
  for (const [id, triggers] of answerTriggers(answers)) draft(id).answers.push(...triggers);

  // Facts from text and answers (answers win where both are given)
  const destination: Destination | undefined = answers.destination ?? analysis?.destination;
  const answeredJob = answers.job ? JOB_ANSWER_TYPE[answers.job] : undefined;
  const noExperience = analysis?.hits.has('no-experience-needed') ?? false;
  const jobType: JobType | undefined =
    answeredJob ?? analysis?.jobType ?? (noExperience ? 'unskilled' : undefined);
  // (a warning leaflet's or a job seeker's figures are no offer's pay and hours)
  const numbers = analysis?.noOffer ? undefined : analysis?.numbers;

  // Hours and days
  const hoursAnswer = validNumber(answers.hoursPerDay, 1, 24);
  const daysAnswer = validNumber(answers.daysPerWeek, 1, 7);
  const dayHours = (numbers?.hours ?? []).filter((h) => h.perDay !== undefined);
  const weekHours = (numbers?.hours ?? []).filter((h) => h.perWeek !== undefined);
  const textHoursPerDay = dayHours.length ? Math.max(...dayHours.map((h) => h.perDay as number)) : undefined;
  const textHoursPerWeek = weekHours.length
    ? Math.max(...weekHours.map((h) => h.perWeek as number))
    : undefined;
  // a rota ("3 dana rada / 3 dana odmora", "smene 2/2") sets the days of work per week, whatever else is said
  const rota = analysis ? rotaDays(analysis.folded.text) : undefined;
  const textDays =
    rota ??
    (numbers?.days.length
      ? Math.max(...numbers.days.map((d) => d.perWeek))
      : analysis
        ? longRotaDays(analysis.folded.text)
        : undefined);
  const hoursPerDay = Math.max(hoursAnswer ?? 0, textHoursPerDay ?? 0) || undefined;
  const daysPerWeek = Math.max(daysAnswer ?? 0, textDays ?? 0) || undefined;
  const hoursPerWeek =
    Math.max(
      textHoursPerWeek ?? 0,
      hoursPerDay !== undefined && daysPerWeek !== undefined ? hoursPerDay * daysPerWeek : 0,
    ) || undefined;
  const longDays =
    hoursPerDay !== undefined &&
    hoursPerDay > 10 &&
    !(daysPerWeek !== undefined && daysPerWeek <= 4) &&
    !(textHoursPerWeek !== undefined && textHoursPerWeek <= 48 && hoursAnswer === undefined);
  const noRestDay = daysPerWeek !== undefined && daysPerWeek >= 7;
  const longWeeks = hoursPerWeek !== undefined && hoursPerWeek >= 60;
  if (longDays || noRestDay || longWeeks) {
    const d = draft('excessive-hours');
    if (numbers) {
      for (const h of numbers.hours) {
        if (
          (h.perDay !== undefined && h.perDay > 10) ||
          (h.perWeek !== undefined && h.perWeek >= 60) ||
          longWeeks
        )
          d.spans.push(h);
      }
      for (const day of numbers.days) if (day.perWeek >= 7 || longWeeks) d.spans.push(day);
    }
    if (hoursAnswer !== undefined && (hoursAnswer > 10 || longWeeks))
      d.answers.push({ question: 'hoursPerDay', value: String(hoursAnswer) });
    if (daysAnswer !== undefined && (daysAnswer >= 7 || longWeeks))
      d.answers.push({ question: 'daysPerWeek', value: String(daysAnswer) });
    const parts: string[] = [];
    if (longDays && hoursPerDay !== undefined)
      parts.push(fill(texts.details.hoursPerDay, { hours: formatNumber(locale, hoursPerDay) }));
    if (noRestDay) parts.push(fill(texts.details.daysPerWeek, { days: '7' }));
    if (longWeeks && hoursPerWeek !== undefined && !longDays)
      parts.push(fill(texts.details.hoursPerWeek, { hours: formatNumber(locale, hoursPerWeek) }));
    if (parts.length) d.detail = parts.join(' ');
  }

  // Pay
  let monthlyNet: number | undefined;
  const place = destination ?? 'other';
  const table = PAY_TABLE[place];
  // An offer that does not say what the job is gets the range of work without special skills: ads for
  // skilled work name the trade.
  const range = table.pay[jobType ?? 'unskilled'];
  // (asked only of pay above that range)
  const premiumHigh = (): number | undefined =>
    analysis !== undefined && !noExperience && PREMIUM_WORK.test(analysis.folded.text)
      ? table.pay.skilled.high * 2
      : undefined;
  const payFigures: {
    low: number;
    /**
     * `low` for full-time work (8 hours a day, 5 days a week at most): what "too good" compares, so that an
     * ordinary hourly rate is not called too good because the offer adds long hours (those are a sign of
     * their own).
     */
    usual: number;
    high: number;
    /** Euro per hour: quoted, or a weekly or monthly wage divided by the hours a week the text states. */
    hourly?: number;
    hourlyQuoted: boolean;
    net: boolean;
    span?: Hit;
    /** "up to 100 € a day": a promise, not guaranteed pay */
    upTo?: boolean;
    answer?: boolean;
  }[] = [];
  // an apprenticeship's allowance and an au pair's pocket money have rules of their own, below a wage
  const apprenticeship = analysis !== undefined && APPRENTICESHIP.test(analysis.folded.text);
  // a driver in international transport is paid a wage of home plus per diems, not the wage of the countries
  // the tours go through (asked only of pay that is below)
  const touringDriver = (): boolean =>
    analysis !== undefined &&
    INTERNATIONAL_TRANSPORT.test(analysis.folded.text) &&
    PER_DIEM.test(analysis.folded.text);
  // (part-time pay is compared with the usual pay for the same hours: "1.090 € brutto für 20 Std.")
  const partTimeShare =
    hoursPerWeek !== undefined && hoursPerWeek < 35
      ? hoursPerWeek / 40
      : analysis && PART_TIME.test(analysis.folded.text)
        ? 0
        : 1;
  const fullTimeHours = Math.min(hoursPerDay ?? 8, 8);
  const fullTimeDays = Math.min(daysPerWeek ?? 5, 5);
  for (const m of numbers?.money ?? []) {
    if (!m.wage) continue;
    const currency: Currency = m.currency ?? 'EUR';
    const period = m.period ?? guessPeriod(m.low * EUR_PER_UNIT[currency]);
    // gross pay, and hourly pay not called net, is about 70 % in hand
    // (a yearly salary is quoted before tax too)
    const factor = m.gross || ((period === 'hour' || period === 'year') && !m.net) ? 0.7 : 1;
    const lowBase = m.upTo ? m.high * 0.8 : m.low;
    const low = monthlyEur(lowBase, currency, period, hoursPerDay, daysPerWeek) * factor;
    const usual = monthlyEur(lowBase, currency, period, fullTimeHours, fullTimeDays) * factor;
    const high = monthlyEur(m.high, currency, period, hoursPerDay, daysPerWeek) * factor;
    // a weekly or monthly wage for the hours a week the text states is an hourly wage too ("250 € nedeljno",
    // "39 sati nedeljno"), compared with the legal minimum per hour
    const hourly =
      period === 'hour'
        ? m.high * EUR_PER_UNIT[currency]
        : textHoursPerWeek !== undefined && (m.period === 'week' || m.period === 'month')
          ? (m.high * EUR_PER_UNIT[currency]) / (textHoursPerWeek * (m.period === 'week' ? 1 : 4.33))
          : undefined;
    payFigures.push({
      low,
      usual,
      high,
      hourly,
      hourlyQuoted: period === 'hour',
      net: m.net && !m.gross,
      span: m,
      upTo: m.upTo,
    });
  }
  if (answers.pay && validNumber(answers.pay.amount, 0.01, 1e9) !== undefined) {
    const { amount, currency, period } = answers.pay;
    const monthly = monthlyEur(amount, currency, period, hoursPerDay, daysPerWeek);
    payFigures.push({
      low: monthly,
      usual: monthlyEur(amount, currency, period, fullTimeHours, fullTimeDays),
      high: monthly,
      hourly: period === 'hour' ? amount * EUR_PER_UNIT[currency] : undefined,
      hourlyQuoted: period === 'hour',
      net: false,
      answer: true,
    });
  }
  if (payFigures.length) monthlyNet = Math.round(Math.min(...payFigures.map((p) => p.low)));
  const countryName = texts.inCountry[place];
  const jobName = texts.jobTypes[jobType ?? 'unskilled'];
  let tooGoodAbove: number | undefined;
  for (const p of payFigures) {
    if (p.usual > range.high && p.usual > (tooGoodAbove ??= premiumHigh() ?? range.high)) {
      const d = draft('pay-too-good');
      if (p.span) d.spans.push(p.span);
      if (p.answer && answers.pay) d.answers.push({ question: 'pay', value: answers.pay.period });
      d.detail ??= fill(texts.details.payTooGood, {
        amount: formatNumber(locale, Math.round(p.usual)),
        low: formatNumber(locale, range.low),
        high: formatNumber(locale, range.high),
        country: countryName,
        job: jobName,
      });
    }
    const minimum = table.minHourly;
    // hourly pay is quoted before tax unless the offer says "net"; the table's minimums are approximate and
    // change during the year, so pay within 3 % of one is not called below it
    const belowMinimum =
      minimum !== undefined &&
      p.hourly !== undefined &&
      p.hourly <
        minimum * (p.net ? 0.7 : 1) * (p.hourlyQuoted ? MINIMUM_TOLERANCE : DERIVED_TOLERANCE) - 0.005;
    const belowUsual =
      place !== 'other' && !p.hourlyQuoted && p.high < range.low * 0.6 * partTimeShare && p.high > 0;
    if ((belowMinimum || belowUsual) && !apprenticeship && !touringDriver()) {
      const d = draft('pay-below-minimum');
      if (p.span) d.spans.push(p.span);
      if (p.answer && answers.pay) d.answers.push({ question: 'pay', value: answers.pay.period });
      d.detail ??= belowMinimum
        ? fill(texts.details.payBelowMinimum, {
            amount: formatNumber(locale, p.hourly as number),
            minimum: formatNumber(locale, minimum as number),
            country: countryName,
          })
        : fill(texts.details.payBelowUsual, {
            amount: formatNumber(locale, Math.round(p.high)),
            low: formatNumber(locale, range.low),
            country: countryName,
            job: jobName,
          });
    }
  }
  // Piece rate with no guaranteed pay: no other pay figure, except the piece rate's own amount and promises of
  // what one "can earn, up to 100 € a day"
  if (analysis && !analysis.noOffer && !drafts.has('pay-below-minimum')) {
    const m = matchFrom(c.pieceRate, analysis.folded.text, analysis.words, 0);
    if (m) {
      const start = m.index;
      const end = start + m[0].length;
      const text = analysis.folded.text;
      const guaranteed = payFigures.some(
        (p) =>
          p.span &&
          !(p.span.start < end && p.span.end > start) &&
          !p.upTo &&
          !EARN_PROMISE.test(text.slice(Math.max(0, p.span.start - 40), p.span.start)),
      );
      if (!guaranteed && !GUARANTEED_MINIMUM.test(text))
        draft('pay-below-minimum').spans.push({ start, end });
    }
  }

  // Temp agency work is a blocker only for Germany
  if (drafts.has('temp-agency-germany') && destination !== 'DE' && !analysis?.germanyMentioned) {
    drafts.delete('temp-agency-germany');
  }

  // Findings, strongest first, in catalogue order within a strength
  const order: Readonly<Record<Strength, number>> = { strong: 0, medium: 1, weak: 2 };
  // Living costs taken from the pay with no price given in the same sentence: the worker cannot know what will
  // be left, so the sign warns on its own
  const alone = new Set<IndicatorId>();
  const living = drafts.get('living-costs-deducted');
  if (analysis && living && living.spans.length > 0) {
    const length = analysis.folded.text.length;
    const priced = living.spans.some((span) => {
      const from = segmentStart(analysis.sentences, span.start);
      const to = segmentEnd(analysis.sentences, span.end, length);
      return analysis.numbers.money.some((m) => m.start >= from && m.end <= to);
    });
    if (!priced) {
      alone.add('living-costs-deducted');
      living.detail ??= texts.details.livingCostsUnpriced;
    }
  }
  const ids = INDICATOR_IDS.filter((id) => drafts.has(id)).sort(
    (a, b) => order[INDICATORS[a].strength] - order[INDICATORS[b].strength],
  );
  const findings: Finding[] = ids.map((id) => {
    const indicator = INDICATORS[id];
    const t = texts.indicators[id];
    const d = drafts.get(id) as Draft;
    const seen = new Set<string>();
    const triggers = d.answers.filter((a) => {
      const key = `${a.question}:${a.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return {
      id,
      strength: indicator.strength,
      category: indicator.category,
      categoryLabel: texts.categories[indicator.category],
      strengthLabel: texts.strengths[indicator.strength],
      title: t.title,
      explanation: t.explanation,
      whatToDo: t.whatToDo,
      questions: t.questions,
      verify: t.verify,
      sources: indicator.sources,
      points: STRENGTH_POINTS[indicator.strength],
      evidence: analysis ? toSpans(analysis.folded, d.spans) : [],
      answers: triggers.map((trigger) => answerLabel(texts, trigger)),
      ...(d.detail !== undefined ? { detail: d.detail } : {}),
    };
  });
  const { score, risk } = scoreIndicators(ids, alone);

  // Missing information, from the text and from "I don't know" answers
  const gaps = new Set<GapId>(analysis?.gaps ?? []);
  if (answers.companyKnown === 'yes-checked' || answers.companyKnown === 'yes-not-checked')
    gaps.delete('company');
  if (answers.contract === 'dont-know' || answers.contract === 'promised-before-travel') gaps.add('contract');
  else if (answers.contract !== undefined) gaps.delete('contract');
  if (answers.pay) gaps.delete('pay');
  if (hoursAnswer !== undefined || daysAnswer !== undefined) gaps.delete('hours');
  if (answers.permit === 'dont-know') gaps.add('permit');
  else if (answers.permit !== undefined) gaps.delete('permit');
  if (answers.deductions?.includes('dont-know')) gaps.add('housing-cost');
  if (answers.offeredBy === 'agency-licence-unknown') gaps.add('licence');
  const gapList = (
    ['company', 'contract', 'pay', 'travel-costs', 'permit', 'licence', 'housing-cost', 'hours'] as const
  )
    .filter((gap) => gaps.has(gap))
    .filter((gap) => !(gap === 'company' && drafts.has('no-company-identity')))
    .filter((gap) => !(gap === 'contract' && drafts.has('no-written-contract')));

  const questionSet = new Set<string>();
  for (const f of findings) for (const q of f.questions) questionSet.add(q);
  for (const gap of gapList) questionSet.add(texts.gaps[gap]);
  for (const q of texts.always.questions) questionSet.add(q);
  const verifySet = new Set<string>();
  for (const f of findings) for (const v of f.verify) verifySet.add(v);
  for (const v of texts.always.verify) verifySet.add(v);
  const questions = [...questionSet];
  const verify = [...verifySet];

  // (the keys in this order, only those with a value)
  const facts: { -readonly [K in keyof OfferFacts]: OfferFacts[K] } = {};
  if (destination !== undefined) facts.destination = destination;
  if (jobType !== undefined) facts.jobType = jobType;
  if (monthlyNet !== undefined) facts.monthlyNetEur = monthlyNet;
  if (hoursPerDay !== undefined) facts.hoursPerDay = hoursPerDay;
  if (daysPerWeek !== undefined) facts.daysPerWeek = daysPerWeek;
  if (hoursPerWeek !== undefined) facts.hoursPerWeek = hoursPerWeek;

  const result: OfferCheckResult = {
    risk,
    score,
    findings,
    questions,
    verify,
    catalogVersion: CATALOG_VERSION,
    locale,
    summary: texts.risk[risk].summary,
    gaps: gapList,
    facts,
  };
  // the second opinion reads only texts about work (a chat line or a weather report says nothing to it)
  return analysis && similarity && risk === 'low' && analysis.aboutWork
    ? raiseBySimilarity(result, texts, similarityIn(similarity, analysis.folded), similarity)
    : result;
}

/** A checker bound to one locale's texts and one vocabulary; its tables are built on the first check. */
export function createOfferChecker(
  texts: OfferTexts,
  vocabulary: Vocabulary,
  similarity?: SimilarityModel,
): OfferChecker {
  return {
    locale: texts.locale,
    vocabulary: vocabulary.name,
    check: (input) => checkOfferWith(texts, input, vocabulary, similarity),
  };
}

/** The form of a text the rules are matched on (folded, near-misses of key words corrected). */
export function matchingText(source: string): string {
  return correctTypos(fold(source)).text;
}

/** Builds the checker's tables now (for example while the person is still typing). */
export function prepareOfferCheck(vocabulary: Vocabulary): void {
  compile(vocabulary);
}

/** Every question id of the guided questionnaire, in display order. */
export const QUESTION_ORDER: readonly QuestionId[] = Object.keys(QUESTIONNAIRE) as QuestionId[];
