/**
 * The shape of one locale's texts for the job-offer check. Each locale lives in its own module so the
 * browser loads only the language in use; `satisfies OfferTexts` in each module makes a missing indicator,
 * option or template a compile error.
 */
import type { Locale } from '../../i18n/locales.js';
import type { Category, Strength } from '../catalog.js';
import type { IndicatorId } from '../indicator-ids.js';
import type { OptionId, QuestionId } from '../questionnaire.js';
import type { Destination, JobType } from '../pay.js';

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Information an offer should give; when it is missing, the check asks about it. */
export const GAP_IDS = [
  'company',
  'contract',
  'pay',
  'hours',
  'housing-cost',
  'travel-costs',
  'permit',
  'licence',
] as const;
export type GapId = (typeof GAP_IDS)[number];

export interface IndicatorTexts {
  /** A short name, like a headline. */
  readonly title: string;
  /** What it means and why it matters, in plain words. */
  readonly explanation: string;
  /** What to do about it. */
  readonly whatToDo: string;
  /** Questions to ask the employer or recruiter. */
  readonly questions: readonly string[];
  /** Things to check before saying yes. */
  readonly verify: readonly string[];
}

export interface QuestionTexts<Q extends QuestionId> {
  readonly label: string;
  readonly hint?: string;
  readonly options: Readonly<Record<OptionId<Q>, string>>;
}

/**
 * Templates use `{name}` placeholders: `{amount}` (money as formatted), `{low}`, `{high}`, `{minimum}`,
 * `{country}` (from `inCountry`), `{job}`, `{hours}`, `{days}`.
 */
export interface DetailTemplates {
  readonly payTooGood: string;
  readonly payBelowMinimum: string;
  readonly payBelowUsual: string;
  readonly hoursPerDay: string;
  readonly daysPerWeek: string;
  readonly hoursPerWeek: string;
  /** Living costs are taken from the pay, and no price is given for them. */
  readonly livingCostsUnpriced: string;
}

export interface OfferTexts {
  readonly locale: Locale;
  readonly indicators: Readonly<Record<IndicatorId, IndicatorTexts>>;
  readonly categories: Readonly<Record<Category, string>>;
  readonly strengths: Readonly<Record<Strength, string>>;
  readonly risk: Readonly<Record<RiskLevel, { readonly title: string; readonly summary: string }>>;
  /**
   * The second opinion (see similarity.ts): no sign was named, but the wording resembles risky offers. The
   * summary replaces the "medium" one; the rest is shown like a finding, with the words that weighed most.
   */
  readonly similarity: {
    readonly title: string;
    readonly summary: string;
    readonly explanation: string;
    readonly whatToDo: string;
  };
  /** Checks and questions that apply to every offer, whatever the result. */
  readonly always: { readonly questions: readonly string[]; readonly verify: readonly string[] };
  readonly gaps: Readonly<Record<GapId, string>>;
  readonly details: DetailTemplates;
  readonly countries: Readonly<Record<Destination, string>>;
  /** "in Germany", "у Немачкој", "у Німеччині": the country as it reads after "for this job …". */
  readonly inCountry: Readonly<Record<Destination, string>>;
  readonly jobTypes: Readonly<Record<JobType, string>>;
  readonly questionnaire: { readonly [Q in QuestionId]: QuestionTexts<Q> };
}

/**
 * What any result needs of a locale's texts: everything but the indicators' texts (fetched only for the
 * findings) and the guided questions' labels (fetched when the person opens them). See `checkOfferOnDemand`.
 */
export type OfferBaseTexts = Omit<OfferTexts, 'indicators' | 'questionnaire'>;

/** A generated module with one indicator's texts (`texts/parts/<locale>/<indicator-id>.ts`). */
export interface IndicatorTextsModule {
  readonly texts: IndicatorTexts;
}
