/**
 * The job-offer check without any locale texts: the engine, the catalogue, the questionnaire and the
 * loaders. Texts come from `loadOfferTexts(locale)` (browser) or from `all.ts` (Node).
 */
export * from './indicator-ids.js';
export * from './catalog.js';
export * from './engine.js';
export * from './load.js';
export type { Vocabulary, VocabularyName, VocabularyWords } from './vocabulary.js';
export * from './questionnaire.js';
export { CURRENCIES, EUR_PER_UNIT, type Currency, type PayPeriod } from './numbers.js';
export {
  DESTINATIONS,
  JOB_TYPES,
  PAY_TABLE,
  type Destination,
  type JobType,
  type PayRange,
} from './wages.js';
export {
  GAP_IDS,
  RISK_LEVELS,
  type GapId,
  type IndicatorTexts,
  type OfferBaseTexts,
  type OfferTexts,
  type RiskLevel,
} from './texts/types.js';
