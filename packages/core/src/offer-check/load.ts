/**
 * Loading one locale's texts on demand: the browser fetches only the language in use (each locale is its
 * own module). Serbian Latin is derived from the Cyrillic texts, which are written once.
 */
import type { Locale } from '../i18n/locales.js';
import { foldText } from '../text/fold.js';
import { cyrillicToLatin } from '../text/serbian.js';
import { createOfferChecker, matchingText, type OfferChecker } from './engine.js';
import type { OfferTexts } from './texts/types.js';
import { needsFullVocabulary, packFits, type Vocabulary, type VocabularyName } from './vocabulary.js';

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

/**
 * Loads the vocabulary a text needs (see `vocabulary.ts`): the language pack of the app's language (`sr` for
 * both Serbian scripts, `en`) for texts without Ukrainian or Russian Cyrillic, the `uk` pack for the
 * Ukrainian app and for such texts; when the text holds one of the words the pack leaves out (`packFits`),
 * the vocabulary the pack was cut from (`latin` or `full`) instead, so the result is the same. Without a
 * text, the full vocabulary.
 */
export async function loadOfferVocabulary(locale: Locale, text?: string): Promise<Vocabulary> {
  const first = firstVocabulary(locale, text);
  const pack = await importVocabulary(first);
  if (text === undefined || packFits(pack, matchingText(text))) return pack;
  return importVocabulary(largerVocabulary(first));
}

/**
 * Loads one locale's texts and the vocabulary for `text` (the text about to be checked; see
 * `loadOfferVocabulary`), and returns a checker bound to them.
 */
export async function loadOfferChecker(locale: Locale, text?: string): Promise<OfferChecker> {
  const [texts, vocabulary] = await Promise.all([loadOfferTexts(locale), loadOfferVocabulary(locale, text)]);
  return createOfferChecker(texts, vocabulary);
}
