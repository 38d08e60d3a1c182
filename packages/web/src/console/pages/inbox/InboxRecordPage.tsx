import { HELP_HANDLED_NOTE_MAX, can, type IndicatorId, type OfferTexts } from '@putokaz/core';
import { loadOfferTexts } from '@putokaz/core/offer-check/load';
import type { TargetedEvent } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { ApiError, errorMessage, fieldErrors } from '../../api';
import { describedBy, FieldNotes } from '../../components/Field';
import { Link } from '../../components/Link';
import { Message } from '../../components/Message';
import { useDocumentTitle } from '../../document-title';
import { formatDateTime, staffName } from '../../format';
import { CONSOLE_PATHS, recordIdFrom } from '../../routes';
import { useConsole, useSession } from '../../session';
import { STATUS_KEYS, WAY_KEYS, languageOf, type HelpRequest } from './inbox-types';
import './inbox.css';

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; request: HelpRequest };

/**
 * One help request, decrypted (the server audits the read): code, date, language, the contact wish, what
 * happened, the job offer sent for a second look with the warning signs the app found, and "mark handled"
 * with a note (versioned: if someone else handled it meanwhile, the page says so and offers to reload).
 */
export function InboxRecordPage() {
  const translator = useI18n();
  const { t, locale } = translator;
  const { api, navigate } = useConsole();
  const session = useSession();
  const id = recordIdFrom(window.location.pathname) ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [visit, setVisit] = useState(0);
  const [offerTexts, setOfferTexts] = useState<OfferTexts | undefined>();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<
    { kind: 'done' } | { kind: 'error'; message: string; conflict: boolean }
  >();
  const translatorRef = useRef(translator);
  translatorRef.current = translator;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useDocumentTitle(
    loaded.kind === 'ready'
      ? t('console.inbox.record.title', { code: loaded.request.code })
      : t('console.inbox.title'),
  );

  const reload = useCallback(() => setVisit((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    api
      .get<HelpRequest>(`/api/v1/help-requests/${encodeURIComponent(id)}`)
      .then((request) => {
        if (current) setLoaded({ kind: 'ready', request });
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
      });
    return () => {
      current = false;
    };
  }, [api, id, visit]);

  const hasOffer = loaded.kind === 'ready' && loaded.request.offer !== null;
  useEffect(() => {
    if (!hasOffer) return;
    let current = true;
    void loadOfferTexts(locale).then((texts) => {
      if (current) setOfferTexts(texts);
    });
    return () => {
      current = false;
    };
  }, [hasOffer, locale]);

  const onHandle = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loaded.kind !== 'ready' || saving) return;
    if (note.length > HELP_HANDLED_NOTE_MAX) {
      setNoteError(t('errors.validation.tooLong', { maximum: HELP_HANDLED_NOTE_MAX }));
      noteRef.current?.focus();
      return;
    }
    setSaving(true);
    setNoteError(undefined);
    setResult(undefined);
    try {
      await api.post(`/api/v1/help-requests/${encodeURIComponent(id)}/handle`, {
        version: loaded.request.version,
        note: note.trim(),
      });
      setNote('');
      setResult({ kind: 'done' });
      reload();
    } catch (error) {
      const problems = fieldErrors(error);
      if (problems.note) {
        setNoteError(problems.note);
        noteRef.current?.focus();
      }
      setResult({
        kind: 'error',
        message: errorMessage(translator, error),
        conflict: error instanceof ApiError && error.status === 409,
      });
    } finally {
      setSaving(false);
    }
  };

  /** The hotline's one step: a contact from this request, and the request marked handled (contacts feature). */
  const onToContact = async () => {
    if (loaded.kind !== 'ready' || saving) return;
    setSaving(true);
    setResult(undefined);
    try {
      const answer = await api.post<{ contact: { id: string } }>(
        `/api/v1/help-requests/${encodeURIComponent(id)}/contact`,
        { version: loaded.request.version },
      );
      navigate(`${CONSOLE_PATHS.contact}${encodeURIComponent(answer.contact.id)}`);
    } catch (error) {
      setResult({
        kind: 'error',
        message: errorMessage(translator, error),
        conflict: error instanceof ApiError && error.status === 409,
      });
    } finally {
      setSaving(false);
    }
  };

  const back = (
    <p>
      <Link href={CONSOLE_PATHS.inbox}>{t('console.inbox.back')}</Link>
    </p>
  );

  if (loaded.kind === 'loading')
    return (
      <>
        <h1 tabindex={-1}>{t('console.inbox.title')}</h1>
        <p role="status">{t('common.loading')}</p>
      </>
    );
  if (loaded.kind === 'failed')
    return (
      <>
        <h1 tabindex={-1}>{t('console.inbox.title')}</h1>
        <Message kind="error">{loaded.message}</Message>
        {back}
      </>
    );

  const request = loaded.request;
  const canHandle = can(session.user.role, 'helpRequest.handle');
  const canRecordContact = canHandle && can(session.user.role, 'contact.write');
  return (
    <>
      {back}
      <h1 tabindex={-1}>{t('console.inbox.record.title', { code: request.code })}</h1>
      {result?.kind === 'done' ? <Message kind="success">{t('console.inbox.handle.done')}</Message> : null}

      <section class="panel" aria-labelledby="inbox-details">
        <h2 id="inbox-details">{t('console.inbox.record.details')}</h2>
        <dl class="details">
          <dt>{t('console.inbox.received')}</dt>
          <dd>
            <time dateTime={request.createdAt}>{formatDateTime(locale, request.createdAt, 'long')}</time>
          </dd>
          <dt>{t('console.inbox.language')}</dt>
          <dd lang={request.lang}>{languageOf(request.lang)}</dd>
          <dt>{t('console.inbox.status')}</dt>
          <dd class={`inbox-status inbox-status--${request.status}`}>{t(STATUS_KEYS[request.status])}</dd>
          <dt>{t('console.inbox.record.contactWish')}</dt>
          <dd>
            {request.contactInfo ? (
              <>
                <strong>{t(WAY_KEYS[request.contactInfo.way])}:</strong>{' '}
                <span class="inbox-contact-value">{request.contactInfo.value}</span>
                {request.contactInfo.safeTime ? (
                  <span class="cell-note">
                    {t('console.inbox.record.safeTime', { time: request.contactInfo.safeTime })}
                  </span>
                ) : null}
              </>
            ) : (
              t('console.inbox.record.noContact')
            )}
          </dd>
        </dl>
      </section>

      <section class="panel" aria-labelledby="inbox-narrative">
        <h2 id="inbox-narrative">{t('console.inbox.record.narrative')}</h2>
        {request.narrative ? (
          <p class="inbox-text" lang={request.lang}>
            {request.narrative}
          </p>
        ) : (
          <p>{t('console.inbox.record.noNarrative')}</p>
        )}
      </section>

      {request.offer ? (
        <section class="panel" aria-labelledby="inbox-offer">
          <h2 id="inbox-offer">{t('console.inbox.record.offer')}</h2>
          <p class="inbox-text">{request.offer.text}</p>
          <h3>{t('console.inbox.record.indicators')}</h3>
          {request.offer.indicatorIds.length ? (
            <ul class="details-list">
              {request.offer.indicatorIds.map((indicator) => (
                <li key={indicator}>
                  {offerTexts?.indicators[indicator as IndicatorId]?.title ?? indicator}{' '}
                  <code class="cell-note">{indicator}</code>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('console.inbox.record.noIndicators')}</p>
          )}
        </section>
      ) : null}

      {request.status === 'handled' ? (
        <section class="panel" aria-labelledby="inbox-handled">
          <h2 id="inbox-handled">{t('console.inbox.status.handled')}</h2>
          <p>
            {t('console.inbox.record.handled', {
              date: request.handledAt ? formatDateTime(locale, request.handledAt) : '',
              name: request.handledBy ? staffName(translator, request.handledBy.displayName, true) : '',
            })}
          </p>
          {request.handledNote ? (
            <>
              <h3>{t('console.inbox.record.note')}</h3>
              <p class="inbox-text">{request.handledNote}</p>
            </>
          ) : null}
        </section>
      ) : canHandle ? (
        <>
          {canRecordContact ? (
            <section class="panel" aria-labelledby="inbox-to-contact">
              <h2 id="inbox-to-contact">{t('console.inbox.toContact.title')}</h2>
              <p>{t('console.inbox.toContact.intro')}</p>
              <p>
                <button type="button" class="button" disabled={saving} onClick={() => void onToContact()}>
                  {t('console.inbox.toContact.submit')}
                </button>
              </p>
            </section>
          ) : null}
          <section class="panel" aria-labelledby="inbox-handle">
            <h2 id="inbox-handle">{t('console.inbox.handle.title')}</h2>
            {result?.kind === 'error' ? (
              <Message kind="error">
                <p>{result.message}</p>
                {result.conflict ? (
                  <p>
                    <button type="button" class="button button--secondary" onClick={reload}>
                      {t('console.inbox.handle.reload')}
                    </button>
                  </p>
                ) : null}
              </Message>
            ) : null}
            <form noValidate onSubmit={onHandle}>
              <div class="field">
                <label for="inbox-note">{t('console.inbox.handle.note')}</label>
                <FieldNotes id="inbox-note" hint={t('console.inbox.handle.noteHint')} />
                <textarea
                  id="inbox-note"
                  name="note"
                  class="inbox-note"
                  rows={4}
                  ref={noteRef}
                  value={note}
                  onInput={(event: TargetedEvent<HTMLTextAreaElement>) => setNote(event.currentTarget.value)}
                  aria-invalid={noteError ? 'true' : undefined}
                  aria-describedby={describedBy('inbox-note', true, noteError)}
                />
                <FieldNotes id="inbox-note" error={noteError} />
              </div>
              <div class="actions">
                <button class="button" type="submit" disabled={saving}>
                  {t('console.inbox.handle.submit')}
                </button>
              </div>
            </form>
          </section>
        </>
      ) : null}
    </>
  );
}
