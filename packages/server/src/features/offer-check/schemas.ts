/**
 * zod schemas of the public offer-check API: the guided answers (every question of core's QUESTIONNAIRE,
 * strict: an unknown question or option is a 400) and the result the engine returns.
 */
import { LOCALES } from '@putokaz/core';
import {
  CATEGORIES,
  GAP_IDS,
  INDICATOR_IDS,
  PAY_CURRENCIES,
  PAY_PERIODS,
  QUESTIONNAIRE,
  RISK_LEVELS,
  STRENGTHS,
  type Answers,
} from '@putokaz/core/offer-check/all';
import { z } from 'zod';

/** Longest offer text accepted, in characters (UTF-16 code units, as JavaScript counts them). */
export const MAX_OFFER_TEXT = 20_000;

const single = <const T extends readonly [string, ...string[]]>(options: T) => z.enum(options).optional();
const multi = <const T extends readonly [string, ...string[]]>(options: T) =>
  z.array(z.enum(options)).max(options.length).optional();

export const AnswersSchema = z.strictObject({
  destination: single(QUESTIONNAIRE.destination.options),
  job: single(QUESTIONNAIRE.job.options),
  offeredBy: single(QUESTIONNAIRE.offeredBy.options),
  companyKnown: single(QUESTIONNAIRE.companyKnown.options),
  contract: single(QUESTIONNAIRE.contract.options),
  contractLanguage: single(QUESTIONNAIRE.contractLanguage.options),
  sameEmployer: single(QUESTIONNAIRE.sameEmployer.options),
  moneyAsked: multi(QUESTIONNAIRE.moneyAsked.options),
  paymentTo: single(QUESTIONNAIRE.paymentTo.options),
  passport: single(QUESTIONNAIRE.passport.options),
  deductions: multi(QUESTIONNAIRE.deductions.options),
  permit: single(QUESTIONNAIRE.permit.options),
  hoursPerDay: z.number().min(QUESTIONNAIRE.hoursPerDay.min).max(QUESTIONNAIRE.hoursPerDay.max).optional(),
  daysPerWeek: z
    .number()
    .int()
    .min(QUESTIONNAIRE.daysPerWeek.min)
    .max(QUESTIONNAIRE.daysPerWeek.max)
    .optional(),
  freeToLeave: single(QUESTIONNAIRE.freeToLeave.options),
  pay: z
    .strictObject({
      amount: z.number().positive().max(1e9),
      currency: z.enum(PAY_CURRENCIES),
      period: z.enum(PAY_PERIODS),
    })
    .optional(),
  payTiming: single(QUESTIONNAIRE.payTiming.options),
  pressure: single(QUESTIONNAIRE.pressure.options),
});

// Checked at compile time: the schema asks exactly the engine's questions, and what it accepts is an Answers.
type SchemaQuestions = keyof z.infer<typeof AnswersSchema>;
const _sameQuestions: [SchemaQuestions] extends [keyof Answers]
  ? [keyof Answers] extends [SchemaQuestions]
    ? true
    : never
  : never = true;
const _accepted = (value: z.infer<typeof AnswersSchema>): Answers => value;

export const OfferCheckBody = z.strictObject({
  text: z.string().max(MAX_OFFER_TEXT).optional(),
  answers: AnswersSchema.optional(),
  lang: z.enum(LOCALES).optional(),
});
export type OfferCheckBody = z.infer<typeof OfferCheckBody>;

const Evidence = z.object({ start: z.number(), end: z.number(), quote: z.string() });
const AnswerEvidence = z.object({
  question: z.string(),
  value: z.string(),
  questionLabel: z.string(),
  answerLabel: z.string(),
});
const strings = z.array(z.string()).readonly();

export const Finding = z.object({
  id: z.enum(INDICATOR_IDS),
  strength: z.enum(STRENGTHS),
  category: z.enum(CATEGORIES),
  categoryLabel: z.string(),
  strengthLabel: z.string(),
  title: z.string(),
  explanation: z.string(),
  whatToDo: z.string(),
  questions: strings,
  verify: strings,
  sources: z.array(z.object({ source: z.string(), ref: z.string() })).readonly(),
  points: z.number(),
  evidence: z
    .array(Evidence)
    .readonly()
    .describe('Where the submitted text shows it: quote === text.slice(start, end)'),
  answers: z.array(AnswerEvidence).readonly().describe('The answers that raised it'),
  detail: z.string().optional(),
});

/** The engine's result, as the API returns it (see core's OfferCheckResult). */
export const OfferCheckResult = z.object({
  risk: z.enum(RISK_LEVELS),
  score: z.number().describe('0–100'),
  findings: z.array(Finding).readonly(),
  questions: strings.describe('Questions to ask before saying yes'),
  verify: strings.describe('Things to check'),
  catalogVersion: z.string(),
  locale: z.enum(LOCALES),
  summary: z.string(),
  gaps: z.array(z.enum(GAP_IDS)).readonly().describe('Information the offer did not give'),
  similarity: z
    .object({
      probability: z.number(),
      modelVersion: z.string(),
      title: z.string(),
      explanation: z.string(),
      whatToDo: z.string(),
      evidence: z.array(Evidence).readonly(),
    })
    .optional()
    .describe(
      'The second opinion: present when the rules rated the text low but its wording resembles risky offers, which raised it to medium',
    ),
  facts: z.object({
    destination: z.string().optional(),
    jobType: z.string().optional(),
    monthlyNetEur: z.number().optional(),
    hoursPerDay: z.number().optional(),
    daysPerWeek: z.number().optional(),
    hoursPerWeek: z.number().optional(),
  }),
});
