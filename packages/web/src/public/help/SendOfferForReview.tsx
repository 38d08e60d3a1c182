import { HELP_STORY_MAX, type IndicatorId } from '@putokaz/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { onQuickExit } from '../../shared/quick-exit';
import { ContactFields, NO_CONTACT, contactInfoOf, type ContactChoice } from './ContactFields';
import { OutboxList, useOutbox } from './Outbox';
import { SentCode } from './SentCode';
import { prepareProof, sendHelpRequest, type HelpRequestDraft, type Proof } from './send';
import './help.css';

type Step =
  | { kind: 'closed' }
  | { kind: 'form' }
  | { kind: 'confirm' }
  | { kind: 'sending'; progress: number }
  | { kind: 'sent'; code: string; contactWanted: boolean }
  | { kind: 'queued' }
  | { kind: 'failed'; message: string };

/**
 * "Send this offer to the NGO for a second look", under a check result. Explicit and optional: nothing is sent
 * until the person opens it, optionally adds a question and a way to be contacted, and confirms. What is sent
 * is the offer's text and the ids of the warning signs the check found on the device, as a help request.
 */
export function SendOfferForReview({
  text,
  indicatorIds,
  phone,
}: {
  text: string;
  indicatorIds: readonly IndicatorId[];
  phone: string;
}) {
  const { t, locale } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [message, setMessage] = useState('');
  const [contact, setContact] = useState<ContactChoice>(NO_CONTACT);
  const [valueError, setValueError] = useState<string | undefined>();
  const outbox = useOutbox();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const firstField = useRef<HTMLTextAreaElement>(null);
  const proof = useRef<Promise<Proof> | undefined>(undefined);

  const reset = () => {
    proof.current = undefined;
    setStep({ kind: 'closed' });
    setMessage('');
    setContact(NO_CONTACT);
    setValueError(undefined);
  };
  // A new check, or the quick exit, starts over.
  useEffect(reset, [text]);
  useEffect(() => onQuickExit(reset), []);
  useEffect(() => {
    if (step.kind === 'confirm') confirmHeading.current?.focus();
    if (step.kind === 'form') firstField.current?.focus();
  }, [step.kind]);

  /** Opens the form and starts the proof of work in the background, so sending is quick. */
  const open = () => {
    setStep({ kind: 'form' });
    if (proof.current || !navigator.onLine) return;
    const pending = prepareProof(locale);
    pending.catch(() => {
      if (proof.current === pending) proof.current = undefined;
    });
    proof.current = pending;
  };

  const toConfirm = (event: Event) => {
    event.preventDefault();
    if (contact.wanted && !contact.value.trim()) {
      setValueError(t('help.contact.valueEmpty'));
      document.getElementById('review-value')?.focus();
      return;
    }
    setValueError(undefined);
    setStep({ kind: 'confirm' });
  };

  const send = async () => {
    const draft: HelpRequestDraft = {
      ...(message.trim() ? { narrative: message.trim() } : {}),
      lang: locale,
      contactInfo: contactInfoOf(contact),
      offer: { text, indicatorIds: [...indicatorIds] },
    };
    const queue = () =>
      setStep(outbox.add(draft) ? { kind: 'queued' } : { kind: 'failed', message: t('help.failed') });
    if (!navigator.onLine) return queue();
    setStep({ kind: 'sending', progress: 0 });
    try {
      const pending = proof.current;
      proof.current = undefined;
      const result = await sendHelpRequest(draft, {
        proof: pending,
        onProgress: (progress) => setStep({ kind: 'sending', progress }),
      });
      if (result.kind === 'sent')
        setStep({ kind: 'sent', code: result.code, contactWanted: draft.contactInfo !== null });
      else if (result.kind === 'network') queue();
      else {
        if (result.fields['contactInfo.value']) {
          setValueError(result.fields['contactInfo.value']);
          setStep({ kind: 'form' });
        } else setStep({ kind: 'failed', message: result.message || t('help.failed') });
      }
    } catch {
      setStep({ kind: 'failed', message: t('help.failed') });
    }
  };

  return (
    <section class="help-review" aria-labelledby="help-review-title">
      <h3 id="help-review-title">{t('help.review.title')}</h3>
      <OutboxList outbox={outbox} headingLevel={3} />
      {step.kind === 'sent' ? (
        <SentCode code={step.code} contactWanted={step.contactWanted} phone={phone} headingLevel={3} />
      ) : step.kind === 'queued' ? (
        <p class="message help-queued" role="status">
          {t('help.queued')}
        </p>
      ) : (
        <>
          <p>{t('help.review.intro')}</p>
          {step.kind === 'closed' ? (
            <button type="button" class="button button--secondary" onClick={open}>
              {t('help.review.open')}
            </button>
          ) : (
            <form class="help-review__form" onSubmit={toConfirm} autocomplete="off" noValidate>
              <div class="field">
                <label for="review-message">{t('help.review.message')}</label>
                <textarea
                  id="review-message"
                  name="review-message"
                  rows={3}
                  maxLength={HELP_STORY_MAX}
                  autocomplete="off"
                  spellcheck={false}
                  value={message}
                  ref={firstField}
                  disabled={step.kind !== 'form'}
                  onInput={(event) => setMessage(event.currentTarget.value.slice(0, HELP_STORY_MAX))}
                />
              </div>
              {step.kind === 'form' ? (
                <>
                  <ContactFields
                    idPrefix="review"
                    choice={contact}
                    onChange={(next) => {
                      setContact(next);
                      setValueError(undefined);
                    }}
                    valueError={valueError}
                  />
                  <div class="check-form__buttons">
                    <button type="submit" class="button">
                      {t('help.review.next')}
                    </button>
                    <button type="button" class="button button--secondary" onClick={reset}>
                      {t('help.review.cancel')}
                    </button>
                  </div>
                </>
              ) : (
                <div class="help-review__confirm">
                  <h4 id="help-review-confirm" tabIndex={-1} ref={confirmHeading}>
                    {t('help.review.confirm.title')}
                  </h4>
                  <p>{t('help.review.confirm.text')}</p>
                  {step.kind === 'sending' ? (
                    <div class="help-progress" role="status">
                      <label for="review-progress">{t('help.preparing')}</label>
                      <progress id="review-progress" max={1} value={step.progress}>
                        {Math.round(step.progress * 100)} %
                      </progress>
                    </div>
                  ) : null}
                  {step.kind === 'failed' ? (
                    <p class="message message--error" role="alert">
                      {step.message}
                    </p>
                  ) : null}
                  <div class="check-form__buttons">
                    <button
                      type="button"
                      class="button"
                      disabled={step.kind === 'sending'}
                      onClick={() => void send()}
                    >
                      {step.kind === 'sending' ? t('help.sending') : t('help.review.confirm.yes')}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary"
                      disabled={step.kind === 'sending'}
                      onClick={() => setStep({ kind: 'form' })}
                    >
                      {t('help.review.cancel')}
                    </button>
                  </div>
                </div>
              )}
            </form>
          )}
        </>
      )}
    </section>
  );
}
