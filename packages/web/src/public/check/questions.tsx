/**
 * The guided questions of the offer check (`QUESTIONNAIRE` of `@putokaz/core`): for a person with no ad to
 * paste, or to add what the ad leaves out. Loaded with its labels (`loadOfferQuestionTexts`) only when the
 * person opens the questions, so the check page itself stays small. Answers live in the check page's state
 * only.
 */
import {
  PAY_CURRENCIES,
  PAY_PERIODS,
  QUESTIONNAIRE,
  QUESTION_IDS,
  type AnswerPayPeriod,
  type PayCurrency,
} from '@putokaz/core/offer-check/questionnaire';
import type { OfferTexts } from '@putokaz/core';
import { useI18n } from '../../shared/i18n';
import type { Draft, DraftError } from './answers';

export interface GuidedQuestionsProps {
  /** The guided questions' labels in the page's language. */
  readonly texts: Pick<OfferTexts, 'questionnaire'>;
  readonly draft: Draft;
  readonly errors: readonly DraftError[];
  readonly onChange: (draft: Draft) => void;
}

const fieldId = (id: string) => `question-${id}`;

/** The questions as form fields: a select for one choice, checkboxes for several, text fields for numbers. */
export function GuidedQuestions({ texts, draft, errors, onChange }: GuidedQuestionsProps) {
  const { t } = useI18n();
  return (
    <div class="check-questions__fields">
      {QUESTION_IDS.map((id) => {
        const question = QUESTIONNAIRE[id];
        const labels = texts.questionnaire[id];
        const optionLabel = (option: string) => (labels.options as Readonly<Record<string, string>>)[option];
        const hintId = labels.hint ? `${fieldId(id)}-hint` : undefined;
        const hint = labels.hint && (
          <p id={hintId} class="field__hint">
            {labels.hint}
          </p>
        );

        if (question.kind === 'single') {
          return (
            <div class="field" key={id}>
              <label for={fieldId(id)}>{labels.label}</label>
              {hint}
              <select
                id={fieldId(id)}
                name={id}
                autocomplete="off"
                aria-describedby={hintId}
                value={draft.choices[id] ?? ''}
                onChange={(event) =>
                  onChange({ ...draft, choices: { ...draft.choices, [id]: event.currentTarget.value } })
                }
              >
                <option value="">{t('public.checkUi.questions.notAnswered')}</option>
                {(question.options as readonly string[]).map((option) => (
                  <option key={option} value={option}>
                    {optionLabel(option)}
                  </option>
                ))}
              </select>
            </div>
          );
        }

        if (question.kind === 'multi') {
          const chosen = draft.multi[id] ?? [];
          const multiHint = `${fieldId(id)}-multi`;
          return (
            <fieldset class="field check-questions__group" key={id} aria-describedby={multiHint}>
              <legend>{labels.label}</legend>
              <p id={multiHint} class="field__hint">
                {labels.hint ?? t('public.checkUi.questions.multiHint')}
              </p>
              {(question.options as readonly string[]).map((option) => (
                <div class="check-questions__option" key={option}>
                  <input
                    type="checkbox"
                    id={`${fieldId(id)}-${option}`}
                    name={id}
                    value={option}
                    checked={chosen.includes(option)}
                    onChange={(event) => {
                      const next = event.currentTarget.checked
                        ? [...chosen, option]
                        : chosen.filter((value) => value !== option);
                      onChange({ ...draft, multi: { ...draft.multi, [id]: next } });
                    }}
                  />
                  <label for={`${fieldId(id)}-${option}`}>{optionLabel(option)}</label>
                </div>
              ))}
            </fieldset>
          );
        }

        if (question.kind === 'number') {
          const key = id as 'hoursPerDay' | 'daysPerWeek';
          const invalid = errors.includes(key);
          const rangeId = `${fieldId(id)}-range`;
          const errorId = `${fieldId(id)}-error`;
          const range = { min: question.min, max: question.max };
          return (
            <div class="field" key={id}>
              <label for={fieldId(id)}>{labels.label}</label>
              <p id={rangeId} class="field__hint">
                {t('public.checkUi.questions.numberHint', range)}
              </p>
              <input
                id={fieldId(id)}
                name={id}
                class="check-questions__number"
                type="text"
                inputMode="numeric"
                autocomplete="off"
                maxLength={2}
                value={draft.numbers[key] ?? ''}
                aria-invalid={invalid ? 'true' : undefined}
                aria-describedby={invalid ? `${rangeId} ${errorId}` : rangeId}
                onInput={(event) =>
                  onChange({ ...draft, numbers: { ...draft.numbers, [key]: event.currentTarget.value } })
                }
              />
              {invalid && (
                <p id={errorId} class="field__error">
                  {t('public.checkUi.questions.numberError', range)}
                </p>
              )}
            </div>
          );
        }

        // Pay: amount, currency and period.
        const invalid = errors.includes('pay');
        const errorId = `${fieldId(id)}-error`;
        return (
          <fieldset class="field check-questions__group" key={id} aria-describedby={hintId}>
            <legend>{labels.label}</legend>
            {hint}
            <div class="check-questions__pay">
              <div class="check-questions__pay-part">
                <label for={fieldId(`${id}-amount`)}>{t('public.checkUi.questions.amount')}</label>
                <input
                  id={fieldId(`${id}-amount`)}
                  name="pay-amount"
                  class="check-questions__number"
                  type="text"
                  inputMode="decimal"
                  autocomplete="off"
                  maxLength={12}
                  value={draft.pay.amount}
                  aria-invalid={invalid ? 'true' : undefined}
                  aria-describedby={invalid ? errorId : undefined}
                  onInput={(event) =>
                    onChange({ ...draft, pay: { ...draft.pay, amount: event.currentTarget.value } })
                  }
                />
              </div>
              <div class="check-questions__pay-part">
                <label for={fieldId(`${id}-currency`)}>{t('public.checkUi.questions.currency')}</label>
                <select
                  id={fieldId(`${id}-currency`)}
                  name="pay-currency"
                  autocomplete="off"
                  value={draft.pay.currency}
                  onChange={(event) =>
                    onChange({
                      ...draft,
                      pay: { ...draft.pay, currency: event.currentTarget.value as PayCurrency },
                    })
                  }
                >
                  {PAY_CURRENCIES.map((currency) => (
                    <option key={currency} value={currency}>
                      {currency}
                    </option>
                  ))}
                </select>
              </div>
              <div class="check-questions__pay-part">
                <label for={fieldId(`${id}-period`)}>{t('public.checkUi.questions.period')}</label>
                <select
                  id={fieldId(`${id}-period`)}
                  name="pay-period"
                  autocomplete="off"
                  value={draft.pay.period}
                  onChange={(event) =>
                    onChange({
                      ...draft,
                      pay: { ...draft.pay, period: event.currentTarget.value as AnswerPayPeriod },
                    })
                  }
                >
                  {PAY_PERIODS.map((period) => (
                    <option key={period} value={period}>
                      {optionLabel(period)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            {invalid && (
              <p id={errorId} class="field__error">
                {t('public.checkUi.questions.amountError')}
              </p>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
