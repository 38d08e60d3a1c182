/**
 * The guided questions' form state (`draft.ts`) and its reading into the engine's `Answers` (pure: no DOM, no
 * JSX; the form is `questions.tsx`). Loaded when the questions are opened or Check is pressed.
 */
import { QUESTIONNAIRE, QUESTION_IDS, type Answers } from '@putokaz/core/offer-check/questionnaire';
import type { Draft, DraftError } from './draft.ts';

export { EMPTY_DRAFT, answeredCount, type Draft, type DraftError } from './draft.ts';

export function parseAmount(value: string): number | undefined {
  // "1.200,50", "1,200.50", "1 200", "1200": the last separator followed by 1–2 digits is the decimal one.
  const compact = value.replace(/[\s\u00a0']/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? compact.slice(0, decimal.index) : compact).replace(/[.,]/g, '');
  const amount = Number(`${whole}${decimal ? `.${decimal[1]}` : ''}`);
  return Number.isFinite(amount) && amount > 0 ? amount : undefined;
}

/** The engine's `Answers` from the form, or the fields that cannot be read. */
export function toAnswers(draft: Draft): { answers: Answers; errors: DraftError[] } {
  const answers: Record<string, unknown> = {};
  const errors: DraftError[] = [];
  for (const id of QUESTION_IDS) {
    const question = QUESTIONNAIRE[id];
    if (question.kind === 'single') {
      const value = draft.choices[id];
      if (value && (question.options as readonly string[]).includes(value)) answers[id] = value;
    } else if (question.kind === 'multi') {
      const values = (draft.multi[id] ?? []).filter((value) =>
        (question.options as readonly string[]).includes(value),
      );
      if (values.length > 0) answers[id] = values;
    } else if (question.kind === 'number') {
      const key = id as 'hoursPerDay' | 'daysPerWeek';
      const raw = draft.numbers[key]?.trim();
      if (!raw) continue;
      const value = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
      if (Number.isInteger(value) && value >= question.min && value <= question.max) answers[id] = value;
      else errors.push(key);
    } else if (question.kind === 'money') {
      const raw = draft.pay.amount.trim();
      if (!raw) continue;
      const amount = parseAmount(raw);
      if (amount === undefined) errors.push('pay');
      else answers.pay = { amount, currency: draft.pay.currency, period: draft.pay.period };
    }
  }
  return { answers: answers as Answers, errors };
}
