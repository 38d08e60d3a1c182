/**
 * Loading one locale's texts on demand: the browser fetches only the language in use (each locale is its
 * own module). Serbian Latin is derived from the Cyrillic texts, which are written once.
 */
import type { Locale } from '../i18n/locales.js';
import { foldText } from '../text/fold.js';
import { cyrillicToLatin } from '../text/serbian.js';
import {
  checkOfferWith,
  createOfferChecker,
  matchingText,
  type OfferCheckResult,
  type OfferChecker,
  type OfferInput,
} from './engine.js';
import { INDICATOR_IDS, type IndicatorId } from './indicator-ids.js';
import type { IndicatorTexts, OfferBaseTexts, OfferTexts } from './texts/types.js';
import {
  needsFullVocabulary,
  packFits,
  type Vocabulary,
  type VocabularyName,
  type VocabularyWords,
} from './vocabulary.js';

export { needsFullVocabulary, packFits };

type Deep = string | number | boolean | null | undefined | readonly Deep[] | { readonly [key: string]: Deep };

function transliterate(value: Deep): Deep {
  if (typeof value === 'string') return cyrillicToLatin(value);
  if (Array.isArray(value)) return value.map(transliterate);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Deep> = {};
    for (const [key, item] of Object.entries(value)) out[key] = transliterate(item);
    return out;
  }
  return value;
}

const derived = new WeakMap<OfferTexts, OfferTexts>();

/** The Serbian Latin texts, derived from the Cyrillic ones with `cyrillicToLatin` (never the reverse). */
export function deriveLatinOfferTexts(cyrillic: OfferTexts): OfferTexts {
  const cached = derived.get(cyrillic);
  if (cached) return cached;
  const latin = {
    ...(transliterate(cyrillic as unknown as Deep) as unknown as OfferTexts),
    locale: 'sr-Latn' as const,
  };
  derived.set(cyrillic, latin);
  return latin;
}

/** Loads the texts of one locale (a dynamic import: the browser fetches only that language). */
export async function loadOfferTexts(locale: Locale): Promise<OfferTexts> {
  switch (locale) {
    case 'en':
      return (await import('./texts/en.js')).en;
    case 'uk':
      return (await import('./texts/uk.js')).uk;
    case 'sr-Cyrl':
      return (await import('./texts/sr-Cyrl.js')).srCyrl;
    case 'sr-Latn':
      return deriveLatinOfferTexts(await loadOfferTexts('sr-Cyrl'));
  }
}

/** The locale whose generated text parts a locale reads (Serbian Latin is derived from the Cyrillic ones). */
type PartsLocale = 'sr-Cyrl' | 'en' | 'uk';
const partsLocale = (locale: Locale): PartsLocale => (locale === 'sr-Latn' ? 'sr-Cyrl' : locale);

const latinParts = new WeakMap<object, unknown>();
/** A part of the Serbian Cyrillic texts in Latin script (`cyrillicToLatin`, cached); others as they are. */
function inScript<T extends object>(locale: Locale, value: T): T {
  if (locale !== 'sr-Latn') return value;
  let latin = latinParts.get(value) as T | undefined;
  if (!latin) {
    latin = transliterate(value as unknown as Deep) as unknown as T;
    latinParts.set(value, latin);
  }
  return latin;
}

async function importBaseTexts(locale: PartsLocale) {
  switch (locale) {
    case 'en':
      return import('./texts/parts/en/base.js');
    case 'uk':
      return import('./texts/parts/uk/base.js');
    case 'sr-Cyrl':
      return import('./texts/parts/sr-Cyrl/base.js');
  }
}

/**
 * The part of one locale's texts that any result needs (risk levels, labels, gaps, the checks that always
 * apply, the detail sentences): no indicator texts and no guided-question labels (see `checkOfferOnDemand`).
 */
export async function loadOfferBaseTexts(locale: Locale): Promise<OfferBaseTexts> {
  const { base } = await importBaseTexts(partsLocale(locale));
  return locale === 'sr-Latn' ? { ...inScript(locale, base), locale } : base;
}

/** The guided questions' labels of one locale (fetched when the person opens the questions). */
export async function loadOfferQuestionTexts(locale: Locale): Promise<OfferTexts['questionnaire']> {
  const parts = partsLocale(locale);
  const { questionnaire } =
    parts === 'en'
      ? await import('./texts/parts/en/questionnaire.js')
      : parts === 'uk'
        ? await import('./texts/parts/uk/questionnaire.js')
        : await import('./texts/parts/sr-Cyrl/questionnaire.js');
  return inScript(locale, questionnaire);
}

/** The texts of the given indicators in one locale: one small module each, fetched in parallel. */
export async function loadIndicatorTexts(
  locale: Locale,
  ids: readonly IndicatorId[],
): Promise<Readonly<Partial<Record<IndicatorId, IndicatorTexts>>>> {
  const { indicators } = await importBaseTexts(partsLocale(locale));
  const loaded = await Promise.all(ids.map((id) => indicators[id]()));
  return Object.fromEntries(
    ids.map((id, i) => [id, inScript(locale, (loaded[i] as { texts: IndicatorTexts }).texts)]),
  );
}

/** Stands in for the indicator texts during the first pass of `checkOfferOnDemand` (never shown). */
const PENDING: IndicatorTexts = { title: '', explanation: '', whatToDo: '', questions: [], verify: [] };
const PENDING_INDICATORS = Object.fromEntries(INDICATOR_IDS.map((id) => [id, PENDING])) as Record<
  IndicatorId,
  IndicatorTexts
>;
/** The engine reads the questionnaire's labels only for answers. */
const NO_QUESTIONNAIRE = {} as OfferTexts['questionnaire'];

const NEVER = '(?!)';
const NO_WORDS: VocabularyWords = {
  offer: NEVER,
  abroad: NEVER,
  contract: NEVER,
  housing: NEVER,
  travel: NEVER,
  permit: NEVER,
  messenger: NEVER,
  employer: NEVER,
  fromSerbia: NEVER,
  legalForm: NEVER,
  feeContext: NEVER,
  foreignLegalForm: NEVER,
  negation: NEVER,
  negationElsewhere: NEVER,
  verbalNegation: NEVER,
  nothing: NEVER,
  contrast: NEVER,
  free: NEVER,
  freeWebmail: NEVER,
  phone: NEVER,
  papersOfCountry: NEVER,
  workInCountry: NEVER,
  living: NEVER,
  honestPayment: NEVER,
  pieceRate: NEVER,
  contactVerb: NEVER,
  roleName: NEVER,
  selfIntro: NEVER,
};
/**
 * No words at all: what a check without a text (the guided questions alone) is given. The engine reads the
 * vocabulary only for a text (a blank one is not read), so the result is the one any vocabulary gives (its
 * tables, built once, are empty). The name is never shown: `checkOfferOnDemand` returns no checker.
 */
const NO_VOCABULARY: Vocabulary = {
  name: 'full',
  rules: [],
  words: NO_WORDS,
  identity: [],
  destinations: [],
  jobs: [],
  numbers: {
    currencies: [],
    periods: [],
    multiplier: NEVER,
    rangeJoin: NEVER,
    bareWage: NEVER,
    ukHour: NEVER,
    prePeriodHour: NEVER,
    prePeriodDay: NEVER,
    gross: NEVER,
    net: NEVER,
    free: NEVER,
    upTo: NEVER,
    cost: NEVER,
    paying: NEVER,
    purpose: NEVER,
    wage: NEVER,
    wageAfter: NEVER,
    costAfter: NEVER,
    supplement: NEVER,
    hourUnit: NEVER,
    perDay: NEVER,
    perWeek: NEVER,
    clockBefore: NEVER,
    workContext: NEVER,
    timeRange: NEVER,
    days: NEVER,
    daysByHours: NEVER,
    weekdayRange: NEVER,
    noDayOff: NEVER,
    oneDayOff: NEVER,
  },
};

/**
 * Checks an offer in the browser, fetching only what this check needs: the engine, the locale's base texts,
 * the vocabulary for the text (`loadOfferVocabulary`; none without a text), the guided questions' labels when
 * there are answers and, when there are findings, the texts of those indicators alone. The result is the one
 * `checkOfferWith` gives with the locale's whole texts and the similarity model, which is fetched only when
 * the rules rate a text "low" (the second opinion, see similarity.ts): the check runs with the indicator
 * texts left empty,
 * then each finding gets its texts and the result's questions and checks get the findings' ones in front (as
 * the engine orders them: the findings' first, then those it already holds, each once;
 * offer-text-parts.test.ts compares the two).
 */
export async function checkOfferOnDemand(
  locale: Locale,
  input: OfferInput,
): Promise<{ readonly result: OfferCheckResult; readonly texts: OfferBaseTexts }> {
  const answered = input.answers !== undefined && Object.keys(input.answers).length > 0;
  const hasText = typeof input.text === 'string' && input.text.trim() !== '';
  const [base, vocabulary, questionnaire] = await Promise.all([
    loadOfferBaseTexts(locale),
    hasText ? loadOfferVocabulary(locale, input.text) : NO_VOCABULARY,
    answered ? loadOfferQuestionTexts(locale) : NO_QUESTIONNAIRE,
  ]);
  const texts: OfferTexts = { ...base, indicators: PENDING_INDICATORS, questionnaire };
  const first = checkOfferWith(texts, input, vocabulary);
  if (first.risk === 'low' && hasText) {
    // the second opinion, fetched only for a text the rules rate "low" (about 15 KB); the check runs again
    // with it (a millisecond or two), so the result is the one checkOfferWith gives with the model
    const { SIMILARITY_MODEL } = await import('./similarity-model.js');
    return withIndicatorTexts(locale, checkOfferWith(texts, input, vocabulary, SIMILARITY_MODEL), base);
  }
  return withIndicatorTexts(locale, first, base);
}

/** A first-pass result with the real texts of its findings (see `checkOfferOnDemand`). */
async function withIndicatorTexts(
  locale: Locale,
  first: OfferCheckResult,
  base: OfferBaseTexts,
): Promise<{ readonly result: OfferCheckResult; readonly texts: OfferBaseTexts }> {
  if (first.findings.length === 0) return { result: first, texts: base };
  const loaded = await loadIndicatorTexts(
    locale,
    first.findings.map((finding) => finding.id),
  );
  const findings = first.findings.map((finding) => {
    const t = loaded[finding.id] as IndicatorTexts;
    return {
      ...finding,
      title: t.title,
      explanation: t.explanation,
      whatToDo: t.whatToDo,
      questions: t.questions,
      verify: t.verify,
    };
  });
  const unique = (items: Iterable<string>) => [...new Set(items)];
  const result: OfferCheckResult = {
    ...first,
    findings,
    questions: unique([...findings.flatMap((f) => f.questions), ...first.questions]),
    verify: unique([...findings.flatMap((f) => f.verify), ...first.verify]),
  };
  return { result, texts: base };
}

/** Short words that tell the language of a Latin-script text (after folding). */
const SERBIAN_WORDS =
  /(?<![a-z])(?:je|i|u|na|za|se|da|od|sa|su|nije|ili|kao|ako|sve|bez|posao|plata)(?![a-z])/g;
const ENGLISH_WORDS = /(?<![a-z])(?:the|and|you|your|for|with|we|are|is|of|to|will|no|job|pay)(?![a-z])/g;
const GERMAN_WORDS =
  /(?<![a-z])(?:und|die|der|das|wir|sie|ist|mit|fur|nicht|auf|ein|eine|bei|wird)(?![a-z])/g;
/** Letters of Russian that Ukrainian does not have. */
const RUSSIAN_LETTERS = /[ыэъёЫЭЪЁ]/;

const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

/**
 * The vocabulary the browser tries first for `text` in the app of `locale` (see `loadOfferVocabulary`): the
 * language pack of the text's language, told cheaply by its script and its most common short words; the
 * app's language when that says nothing; the full vocabulary for Russian and when no text is given.
 */
export function firstVocabulary(locale: Locale, text: string | undefined): VocabularyName {
  if (text === undefined || RUSSIAN_LETTERS.test(text)) return 'full';
  if (needsFullVocabulary(text)) return 'uk';
  const folded = foldText(text);
  const serbian = count(SERBIAN_WORDS, folded);
  const english = count(ENGLISH_WORDS, folded);
  const german = count(GERMAN_WORDS, folded);
  if (german >= 3 && german > serbian && german > english) return 'latin';
  if (english > serbian) return 'en';
  if (serbian > english) return 'sr';
  return locale === 'en' ? 'en' : locale === 'uk' ? 'latin' : 'sr';
}

/** What the browser takes when a language pack does not fit the text: the vocabulary it was cut from. */
export function largerVocabulary(name: VocabularyName): VocabularyName {
  return name === 'sr' || name === 'en' ? 'latin' : 'full';
}

/** Loads one vocabulary (a dynamic import: the browser fetches only that one). */
export async function importVocabulary(name: VocabularyName): Promise<Vocabulary> {
  switch (name) {
    case 'sr':
      return (await import('./packs/sr.js')).SR_VOCABULARY;
    case 'en':
      return (await import('./packs/en.js')).EN_VOCABULARY;
    case 'uk':
      return (await import('./packs/uk.js')).UK_VOCABULARY;
    case 'latin':
      return (await import('./packs/latin.js')).LATIN_VOCABULARY;
    case 'full':
      return (await import('./packs/full.js')).FULL_PACK;
  }
}

/** Loads the guard words of a language pack (a small module of their own, which the pack imports). */
async function importGuards(name: 'sr' | 'en' | 'uk'): Promise<string> {
  switch (name) {
    case 'sr':
      return (await import('./packs/sr-guards.js')).GUARDS;
    case 'en':
      return (await import('./packs/en-guards.js')).GUARDS;
    case 'uk':
      return (await import('./packs/uk-guards.js')).GUARDS;
  }
}

/**
 * Loads the vocabulary a text needs (see `vocabulary.ts`): the language pack of the text's language
 * (`firstVocabulary`) when the text holds none of the words the pack leaves out (`packFits`), else the
 * vocabulary the pack was cut from (`latin` or `full`), so the result is the same. The pack's guard words
 * come first (a module of their own, about 2 KB): a text they rule out fetches the larger vocabulary alone,
 * never the pack too. Without a text, the full vocabulary.
 */
export async function loadOfferVocabulary(locale: Locale, text?: string): Promise<Vocabulary> {
  const first = firstVocabulary(locale, text);
  if (text === undefined || (first !== 'sr' && first !== 'en' && first !== 'uk'))
    return importVocabulary(first);
  const guards = await importGuards(first);
  const fits = packFits({ guards } as Vocabulary, matchingText(text));
  return importVocabulary(fits ? first : largerVocabulary(first));
}

/**
 * Loads one locale's texts and the vocabulary for `text` (the text about to be checked; see
 * `loadOfferVocabulary`), and returns a checker bound to them.
 */
export async function loadOfferChecker(locale: Locale, text?: string): Promise<OfferChecker> {
  const [texts, vocabulary] = await Promise.all([loadOfferTexts(locale), loadOfferVocabulary(locale, text)]);
  return createOfferChecker(texts, vocabulary);
}
