/**
 * The guided questions' form state (what the check page holds from its first render): no questionnaire data,
 * so the page does not load it before the questions are opened or Check is pressed. Reading it into the
 * engine's `Answers` is `answers.ts`.
 */
import type { AnswerPayPeriod, PayCurrency, QuestionId } from '@putokaz/core/offer-check/questionnaire';

/** What the form holds: option ids, lists of option ids, and the raw text of the number fields. */
export interface Draft {
  readonly choices: Readonly<Partial<Record<QuestionId, string>>>;
  readonly multi: Readonly<Partial<Record<QuestionId, readonly string[]>>>;
  readonly numbers: Readonly<Partial<Record<'hoursPerDay' | 'daysPerWeek', string>>>;
  readonly pay: { readonly amount: string; readonly currency: PayCurrency; readonly period: AnswerPayPeriod };
}

export const EMPTY_DRAFT: Draft = {
  choices: {},
  multi: {},
  numbers: {},
  pay: { amount: '', currency: 'EUR', period: 'month' },
};

/** A field whose text cannot be read as an answer: the question id (`pay` for the amount). */
export type DraftError = 'hoursPerDay' | 'daysPerWeek' | 'pay';

/** How many questions have an answer. */
export function answeredCount(draft: Draft): number {
  const choices = Object.values(draft.choices).filter(Boolean).length;
  const multi = Object.values(draft.multi).filter((values) => values && values.length > 0).length;
  const numbers = Object.values(draft.numbers).filter((value) => value?.trim()).length;
  return choices + multi + numbers + (draft.pay.amount.trim() ? 1 : 0);
}
