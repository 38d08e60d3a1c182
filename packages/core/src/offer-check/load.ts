/**
 * Loading one locale's texts on demand: the browser fetches only the language in use (each locale is its
 * own module). Serbian Latin is derived from the Cyrillic texts, which are written once.
 */
import type { Locale } from '../i18n/locales.js';
import { cyrillicToLatin } from '../text/serbian.js';
import { createOfferChecker, type OfferChecker } from './engine.js';
import type { OfferTexts } from './texts/types.js';
import { needsFullVocabulary, type Vocabulary } from './vocabulary.js';

export { needsFullVocabulary };

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

/**
 * Loads the vocabulary a text needs (see `vocabulary.ts`): the Latin-script words for the Serbian and English
 * app when the text has no Ukrainian or Russian Cyrillic, every language otherwise. Without a text, the
 * Serbian and English app load the full vocabulary too (a larger download, never a missed sign).
 */
export async function loadOfferVocabulary(locale: Locale, text?: string): Promise<Vocabulary> {
  if (locale !== 'uk' && text !== undefined && !needsFullVocabulary(text)) {
    return (await import('./packs/latin.js')).LATIN_VOCABULARY;
  }
  return (await import('./vocabulary-full.js')).FULL_VOCABULARY;
}

/**
 * Loads one locale's texts and the vocabulary for `text` (the text about to be checked; see
 * `loadOfferVocabulary`), and returns a checker bound to them.
 */
export async function loadOfferChecker(locale: Locale, text?: string): Promise<OfferChecker> {
  const [texts, vocabulary] = await Promise.all([loadOfferTexts(locale), loadOfferVocabulary(locale, text)]);
  return createOfferChecker(texts, vocabulary);
}
