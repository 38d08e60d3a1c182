/**
 * The guided questions: for a person who has no ad to paste, or to complete what the ad leaves out. The
 * definition (ids, kinds, options) is here; labels are in the per-locale texts. Every question is optional.
 */
import type { IndicatorId } from './indicator-ids.js';
import { DESTINATIONS, type Destination } from './pay.js';

export const PAY_CURRENCIES = ['EUR', 'RSD', 'UAH', 'CHF', 'GBP', 'USD', 'PLN', 'CZK', 'HUF'] as const;
export type PayCurrency = (typeof PAY_CURRENCIES)[number];
export const PAY_PERIODS = ['hour', 'day', 'week', 'month'] as const;
export type AnswerPayPeriod = (typeof PAY_PERIODS)[number];

export const QUESTIONNAIRE = {
  destination: { kind: 'single', options: DESTINATIONS },
  job: {
    kind: 'single',
    options: [
      'farm',
      'factory-warehouse',
      'construction',
      'cleaning-hotel',
      'hospitality-kitchen',
      'care',
      'driver',
      'skilled-trade',
      'entertainment-modelling',
      'other',
    ],
  },
  offeredBy: {
    kind: 'single',
    options: [
      'licensed-agency',
      'agency-no-licence',
      'agency-licence-unknown',
      'employer-direct',
      'individual-intermediary',
      'acquaintance',
      'partner',
      'social-media-ad',
    ],
  },
  companyKnown: { kind: 'single', options: ['yes-checked', 'yes-not-checked', 'no'] },
  contract: {
    kind: 'single',
    options: ['signed-before-travel', 'promised-before-travel', 'on-arrival', 'none', 'dont-know'],
  },
  contractLanguage: {
    kind: 'single',
    options: ['my-language', 'language-i-understand', 'foreign-only', 'not-seen'],
  },
  sameEmployer: { kind: 'single', options: ['yes', 'different', 'dont-know'] },
  moneyAsked: {
    kind: 'multi',
    options: ['nothing', 'agency-fee', 'visa-permit', 'ticket', 'deposit', 'training-medical', 'other'],
  },
  paymentTo: {
    kind: 'single',
    options: ['nothing-asked', 'company-account', 'personal-account', 'money-transfer', 'cash-to-person'],
  },
  passport: { kind: 'single', options: ['i-keep-it', 'they-keep-it', 'copy-requested', 'dont-know'] },
  deductions: {
    kind: 'multi',
    options: [
      'none',
      'housing',
      'food',
      'local-transport',
      'travel-ticket',
      'visa-permit',
      'tools-clothes',
      'dont-know',
    ],
  },
  permit: {
    kind: 'single',
    options: ['work-visa-before', 'permit-on-arrival', 'tourist-visa-free', 'no-permit-needed', 'dont-know'],
  },
  hoursPerDay: { kind: 'number', min: 1, max: 24, options: [] },
  daysPerWeek: { kind: 'number', min: 1, max: 7, options: [] },
  freeToLeave: { kind: 'single', options: ['yes', 'no', 'dont-know'] },
  pay: { kind: 'money', currencies: PAY_CURRENCIES, options: PAY_PERIODS },
  payTiming: {
    kind: 'single',
    options: ['monthly-to-account', 'cash', 'end-of-season', 'through-recruiter', 'dont-know'],
  },
  pressure: { kind: 'single', options: ['yes', 'no'] },
} as const;

export type QuestionId = keyof typeof QUESTIONNAIRE;
export const QUESTION_IDS = Object.keys(QUESTIONNAIRE) as QuestionId[];
export type OptionId<Q extends QuestionId> = (typeof QUESTIONNAIRE)[Q]['options'][number];

export interface PayAnswer {
  readonly amount: number;
  readonly currency: PayCurrency;
  readonly period: AnswerPayPeriod;
}

/** What the person answered. Every field is optional; unanswered questions change nothing. */
export interface Answers {
  destination?: Destination;
  job?: OptionId<'job'>;
  offeredBy?: OptionId<'offeredBy'>;
  companyKnown?: OptionId<'companyKnown'>;
  contract?: OptionId<'contract'>;
  contractLanguage?: OptionId<'contractLanguage'>;
  sameEmployer?: OptionId<'sameEmployer'>;
  moneyAsked?: readonly OptionId<'moneyAsked'>[];
  paymentTo?: OptionId<'paymentTo'>;
  passport?: OptionId<'passport'>;
  deductions?: readonly OptionId<'deductions'>[];
  permit?: OptionId<'permit'>;
  hoursPerDay?: number;
  daysPerWeek?: number;
  freeToLeave?: OptionId<'freeToLeave'>;
  pay?: PayAnswer;
  payTiming?: OptionId<'payTiming'>;
  pressure?: OptionId<'pressure'>;
}

/** One answer that raised a finding. `value` is the option id (or the number) that was given. */
export interface AnswerTrigger {
  readonly question: QuestionId;
  readonly value: string;
}

/** Which indicator each single-choice or multi-choice option raises. Numbers and pay are read by the engine. */
export const ANSWER_RULES: readonly { question: QuestionId; options: readonly string[]; id: IndicatorId }[] =
  [
    { question: 'job', options: ['entertainment-modelling'], id: 'sexual-exploitation-lure' },
    { question: 'offeredBy', options: ['agency-no-licence'], id: 'unlicensed-agency' },
    { question: 'offeredBy', options: ['individual-intermediary'], id: 'anonymous-recruiter' },
    { question: 'offeredBy', options: ['partner'], id: 'partner-recruiter' },
    { question: 'companyKnown', options: ['no'], id: 'no-company-identity' },
    { question: 'contract', options: ['on-arrival', 'none'], id: 'no-written-contract' },
    { question: 'contractLanguage', options: ['foreign-only'], id: 'contract-foreign-language' },
    { question: 'sameEmployer', options: ['different'], id: 'job-switch' },
    {
      question: 'moneyAsked',
      options: ['agency-fee', 'visa-permit', 'ticket', 'deposit', 'training-medical', 'other'],
      id: 'recruitment-fee',
    },
    {
      question: 'paymentTo',
      options: ['personal-account', 'money-transfer', 'cash-to-person'],
      id: 'personal-account-payment',
    },
    { question: 'passport', options: ['they-keep-it'], id: 'documents-retained' },
    { question: 'passport', options: ['copy-requested'], id: 'documents-upfront' },
    {
      question: 'deductions',
      options: ['housing', 'food', 'local-transport', 'tools-clothes'],
      id: 'living-costs-deducted',
    },
    { question: 'deductions', options: ['travel-ticket', 'visa-permit'], id: 'travel-cost-deducted' },
    { question: 'permit', options: ['permit-on-arrival', 'tourist-visa-free'], id: 'permit-after-arrival' },
    { question: 'freeToLeave', options: ['no'], id: 'movement-restricted' },
    {
      question: 'payTiming',
      options: ['cash', 'end-of-season', 'through-recruiter'],
      id: 'cash-or-deferred-pay',
    },
    { question: 'pressure', options: ['yes'], id: 'urgency-pressure' },
  ];

/** Job answers mapped to the pay table's broad job types. */
export const JOB_ANSWER_TYPE = {
  farm: 'unskilled',
  'factory-warehouse': 'unskilled',
  construction: 'unskilled',
  'cleaning-hotel': 'unskilled',
  'hospitality-kitchen': 'unskilled',
  care: 'care',
  driver: 'skilled',
  'skilled-trade': 'skilled',
  'entertainment-modelling': 'unskilled',
  other: undefined,
} as const;
