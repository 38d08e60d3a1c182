import {
  HELP_CONTACT_VALUE_MAX,
  HELP_CONTACT_WAYS,
  HELP_SAFE_TIME_MAX,
  type HelpContactWay,
} from '@putokaz/core';
import type { MessageKey } from '@putokaz/core';
import { useI18n } from '../../shared/i18n';

export interface ContactChoice {
  readonly wanted: boolean;
  readonly way: HelpContactWay;
  readonly value: string;
  readonly safeTime: string;
}

export const NO_CONTACT: ContactChoice = { wanted: false, way: 'phone', value: '', safeTime: '' };

const WAY_KEYS: Readonly<Record<HelpContactWay, MessageKey>> = {
  phone: 'help.contact.way.phone',
  sms: 'help.contact.way.sms',
  email: 'help.contact.way.email',
  viber: 'help.contact.way.viber',
  whatsapp: 'help.contact.way.whatsapp',
  signal: 'help.contact.way.signal',
  telegram: 'help.contact.way.telegram',
};

/** The contact details as the API takes them: null for an anonymous request. */
export function contactInfoOf(choice: ContactChoice) {
  if (!choice.wanted) return null;
  const safeTime = choice.safeTime.trim();
  return { way: choice.way, value: choice.value.trim(), ...(safeTime ? { safeTime } : {}) };
}

/**
 * "Should we contact you?": anonymous (the default) or a way, a number/address/name and a safe time. Every
 * field has autocomplete off: the browser must not remember or suggest these values.
 */
export function ContactFields({
  idPrefix,
  choice,
  onChange,
  valueError,
}: {
  idPrefix: string;
  choice: ContactChoice;
  onChange: (next: ContactChoice) => void;
  valueError?: string | undefined;
}) {
  const { t } = useI18n();
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (changes: Partial<ContactChoice>) => onChange({ ...choice, ...changes });
  return (
    <fieldset class="help-contact">
      <legend>{t('help.contact.legend')}</legend>
      <div class="help-choice">
        <input
          type="radio"
          id={id('contact-none')}
          name={id('contact')}
          value="none"
          checked={!choice.wanted}
          onChange={() => set({ wanted: false })}
        />
        <label for={id('contact-none')}>{t('help.contact.none')}</label>
      </div>
      <div class="help-choice">
        <input
          type="radio"
          id={id('contact-yes')}
          name={id('contact')}
          value="yes"
          checked={choice.wanted}
          onChange={() => set({ wanted: true })}
        />
        <label for={id('contact-yes')}>{t('help.contact.yes')}</label>
      </div>
      {choice.wanted ? (
        <div class="help-contact__details">
          <div class="field">
            <label for={id('way')}>{t('help.contact.way')}</label>
            <select
              id={id('way')}
              name="way"
              autocomplete="off"
              value={choice.way}
              onChange={(event) => set({ way: event.currentTarget.value as HelpContactWay })}
            >
              {HELP_CONTACT_WAYS.map((way) => (
                <option key={way} value={way}>
                  {t(WAY_KEYS[way])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={id('value')}>{t('help.contact.value')}</label>
            <p id={id('value-hint')} class="field__hint">
              {t('help.contact.valueHint')}
            </p>
            <input
              id={id('value')}
              name="contact-value"
              type="text"
              inputMode={
                choice.way === 'email'
                  ? 'email'
                  : choice.way === 'phone' || choice.way === 'sms'
                    ? 'tel'
                    : 'text'
              }
              autocomplete="off"
              spellcheck={false}
              maxLength={HELP_CONTACT_VALUE_MAX}
              value={choice.value}
              aria-invalid={valueError ? 'true' : undefined}
              aria-describedby={`${id('value-hint')}${valueError ? ` ${id('value-error')}` : ''}`}
              onInput={(event) => set({ value: event.currentTarget.value })}
            />
            {valueError ? (
              <p id={id('value-error')} class="field__error">
                {valueError}
              </p>
            ) : null}
          </div>
          <div class="field">
            <label for={id('safe-time')}>{t('help.contact.safeTime')}</label>
            <p id={id('safe-time-hint')} class="field__hint">
              {t('help.contact.safeTimeHint')}
            </p>
            <input
              id={id('safe-time')}
              name="safe-time"
              type="text"
              autocomplete="off"
              maxLength={HELP_SAFE_TIME_MAX}
              value={choice.safeTime}
              aria-describedby={id('safe-time-hint')}
              onInput={(event) => set({ safeTime: event.currentTarget.value })}
            />
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
