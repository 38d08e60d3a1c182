/**
 * The job-offer check with every locale included, for Node (server, CLI, evaluation) and tests. The browser
 * should use `loadOfferTexts` / `loadOfferChecker` instead, which fetch only the language in use.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.js';
import { checkOfferWith, type OfferCheckResult, type OfferInput } from './engine.js';
import { deriveLatinOfferTexts } from './load.js';
import { SIMILARITY_MODEL } from './similarity-model.js';
import { en } from './texts/en.js';
import { srCyrl } from './texts/sr-Cyrl.js';
import type { OfferTexts } from './texts/types.js';
import { uk } from './texts/uk.js';
import { FULL_VOCABULARY } from './vocabulary-full.js';

export const OFFER_TEXTS: Readonly<Record<Locale, OfferTexts>> = {
  'sr-Latn': deriveLatinOfferTexts(srCyrl),
  'sr-Cyrl': srCyrl,
  en,
  uk,
};

/**
 * Checks an offer synchronously, with the second opinion (similarity.ts); the result is in `input.lang`
 * (Serbian Latin by default).
 */
export function checkOffer(input: OfferInput): OfferCheckResult {
  const locale = isLocale(input.lang) ? input.lang : DEFAULT_LOCALE;
  return checkOfferWith(OFFER_TEXTS[locale], input, FULL_VOCABULARY, SIMILARITY_MODEL);
}

export * from './index.js';
export { FULL_VOCABULARY } from './vocabulary-full.js';
export { SIMILARITY_MODEL } from './similarity-model.js';
