import { HELP_STORY_MAX } from '@putokaz/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { onQuickExit } from '../../shared/quick-exit';
import { telHref } from '../../shared/site';
import { ContactFields, NO_CONTACT, contactInfoOf, type ContactChoice } from '../help/ContactFields';
import { OutboxList, useOutbox } from '../help/Outbox';
import { SentCode } from '../help/SentCode';
import { prepareProof, sendHelpRequest, type HelpRequestDraft, type Proof } from '../help/send';
import { formatCount } from '../format-count';
import type { PublicPageProps } from '../page';
import '../help/help.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'sending'; progress: number }
  | { kind: 'sent'; code: string; contactWanted: boolean }
  | { kind: 'queued' }
  | { kind: 'failed'; message: string };

interface Errors {
  narrative?: string | undefined;
  value?: string | undefined;
}

/**
 * "I need help": a short form that sends a help request and shows the reference code. The text lives in memory
 * only (no draft is stored); a request that cannot be sent for lack of a connection is kept on the device in
 * the outbox, shown as not sent, and sent when the connection returns. The quick exit empties the form and
 * deletes the outbox. The proof of work starts while the person writes, so Send is usually instant.
 */
export function HelpPage({ site }: PublicPageProps) {
  const { t, locale } = useI18n();
  const [ready, setReady] = useState(false);
  const [narrative, setNarrative] = useState('');
  const [contact, setContact] = useState<ContactChoice>(NO_CONTACT);
  const [trap, setTrap] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [errors, setErrors] = useState<Errors>({});
  const proof = useRef<Promise<Proof> | undefined>(undefined);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const outbox = useOutbox();

  const reset = () => {
    if (textarea.current) textarea.current.value = '';
    setNarrative('');
    setContact(NO_CONTACT);
    setTrap('');
    setErrors({});
    proof.current = undefined;
  };

  useEffect(() => {
    setReady(true);
    return onQuickExit(() => {
      reset();
      setStatus({ kind: 'idle' });
    });
  }, []);

  useEffect(() => {
    if (errors.narrative) textarea.current?.focus();
    else if (errors.value) document.getElementById('help-value')?.focus();
  }, [errors]);

  /** Starts the proof of work in the background once the person starts writing. */
  const warmUp = () => {
    if (proof.current || !navigator.onLine) return;
    const pending = prepareProof(locale);
    pending.catch(() => {
      if (proof.current === pending) proof.current = undefined;
    });
    proof.current = pending;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.kind === 'sending') return;
    const problems: Errors = {};
    if (!narrative.trim()) problems.narrative = t('help.narrative.empty');
    if (contact.wanted && !contact.value.trim()) problems.value = t('help.contact.valueEmpty');
    setErrors(problems);
    if (problems.narrative || problems.value) return;
    const draft: HelpRequestDraft = {
      narrative: narrative.trim(),
      lang: locale,
      contactInfo: contactInfoOf(contact),
      ...(trap ? { website: trap } : {}),
    };
    const queue = () => {
      if (outbox.add(draft)) {
        reset();
        setStatus({ kind: 'queued' });
      } else setStatus({ kind: 'failed', message: t('help.failed') });
    };
    if (!navigator.onLine) return queue();
    setStatus({ kind: 'sending', progress: 0 });
    const pending = proof.current;
    proof.current = undefined;
    let result;
    try {
      result = await sendHelpRequest(draft, {
        proof: pending,
        onProgress: (progress) => setStatus({ kind: 'sending', progress }),
      });
    } catch {
      setStatus({ kind: 'failed', message: t('help.failed') });
      return;
    }
    if (result.kind === 'sent') {
      reset();
      setStatus({ kind: 'sent', code: result.code, contactWanted: draft.contactInfo !== null });
    } else if (result.kind === 'network') {
      queue();
    } else {
      setErrors({ narrative: result.fields.narrative, value: result.fields['contactInfo.value'] });
      setStatus({ kind: 'failed', message: result.message || t('help.failed') });
    }
  };

  const count = t('help.narrative.count', {
    count: formatCount(narrative.length, locale),
    max: formatCount(HELP_STORY_MAX, locale),
  });
  const sending = status.kind === 'sending';

  return (
    <article class="content-page help-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('help.title')}</h1>
      <p class="content-page__intro">{t('help.intro')}</p>
      <p class="message message--error help-emergency">{t('help.emergency')}</p>
      <p class="message message--success">{t('help.privacy')}</p>

      {ready ? <OutboxList outbox={outbox} /> : null}

      <div class="help-status" aria-live="polite">
        {status.kind === 'queued' ? (
          <p class="message help-queued" role="status">
            {t('help.queued')}
          </p>
        ) : null}
        {status.kind === 'failed' ? (
          <p class="message message--error" role="alert">
            {status.message} <a href={telHref(site.hotlinePhone)}>{site.hotlinePhone}</a>
          </p>
        ) : null}
      </div>

      {status.kind === 'sent' ? (
        <SentCode
          code={status.code}
          contactWanted={status.contactWanted}
          phone={site.hotlinePhone}
          onAnother={() => {
            setStatus({ kind: 'idle' });
            requestAnimationFrame(() => textarea.current?.focus());
          }}
        />
      ) : ready ? (
        <form
          class="help-form"
          onSubmit={submit}
          autocomplete="off"
          noValidate
          aria-labelledby="help-form-title"
        >
          <h2 id="help-form-title">{t('help.form.title')}</h2>
          <div class="field">
            <label for="help-narrative">{t('help.narrative.label')}</label>
            <p id="help-narrative-hint" class="field__hint">
              {t('help.narrative.hint')}
            </p>
            <textarea
              id="help-narrative"
              name="narrative"
              rows={7}
              maxLength={HELP_STORY_MAX}
              autocomplete="off"
              spellcheck={false}
              value={narrative}
              ref={textarea}
              aria-invalid={errors.narrative ? 'true' : undefined}
              aria-describedby={`help-narrative-hint help-narrative-count${errors.narrative ? ' help-narrative-error' : ''}`}
              onInput={(event) => {
                setNarrative(event.currentTarget.value.slice(0, HELP_STORY_MAX));
                if (errors.narrative) setErrors({ ...errors, narrative: undefined });
                warmUp();
              }}
            />
            <p id="help-narrative-count" class="field__count">
              {count}
            </p>
            {errors.narrative ? (
              <p id="help-narrative-error" class="field__error">
                {errors.narrative}
              </p>
            ) : null}
          </div>

          <ContactFields
            idPrefix="help"
            choice={contact}
            onChange={(next) => {
              setContact(next);
              if (errors.value) setErrors({ ...errors, value: undefined });
            }}
            valueError={errors.value}
          />

          {/* For software that fills every field: hidden from people and from assistive technology. */}
          <div class="help-trap" aria-hidden="true">
            <label for="help-website">{t('help.honeypot')}</label>
            <input
              id="help-website"
              name="website"
              type="text"
              tabIndex={-1}
              autocomplete="off"
              value={trap}
              onInput={(event) => setTrap(event.currentTarget.value)}
            />
          </div>

          {sending ? (
            <div class="help-progress" role="status">
              <label for="help-progress">{t('help.preparing')}</label>
              <progress id="help-progress" max={1} value={status.progress}>
                {Math.round(status.progress * 100)} %
              </progress>
            </div>
          ) : null}

          <div class="check-form__buttons">
            <button class="button" type="submit" disabled={sending}>
              {sending ? t('help.sending') : t('help.submit')}
            </button>
          </div>
        </form>
      ) : (
        <p class="message check-noscript">
          {t('help.noScript')} <a href={telHref(site.hotlinePhone)}>{site.hotlinePhone}</a>
        </p>
      )}

      <section class="hotline" aria-labelledby="help-hotline-title">
        <h2 id="help-hotline-title">{t('home.hotline.title')}</h2>
        <p>
          <a class="hotline__number" href={telHref(site.hotlinePhone)}>
            {site.hotlinePhone}
          </a>
        </p>
        <p>{t('home.hotline.text')}</p>
      </section>
    </article>
  );
}
