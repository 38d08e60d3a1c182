import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  can,
  scopeOf,
  type ConsentStatus,
  type MessageKey,
  type Translator,
} from '@putokaz/core';
import type { ComponentChildren, TargetedEvent } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { ApiError, errorMessage, fieldErrors } from '../../api';
import { useAssignableStaff } from '../../components/AssigneePicker';
import { Field, SelectField } from '../../components/Field';
import { Message } from '../../components/Message';
import { OutcomeRegion, type Outcome } from '../../components/OutcomeRegion';
import { Table } from '../../components/Table';
import { useDocumentTitle } from '../../document-title';
import { formatDateTime, staffName } from '../../format';
import { recordIdFrom } from '../../routes';
import { useConsole, useSession } from '../../session';
import { bodyFromForm, formFromPerson, PersonFields, type PersonFormValues } from './PersonFields';
import { PersonTimelineSlot } from './PersonTimelineSlot';
import {
  fieldLabel,
  formatBirthDate,
  today,
  type ConsentEventRecord,
  type ErasureRequest,
  type HistoryEntry,
  type Page,
  type PersonRecord,
} from './person-types';

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; person: PersonRecord };

/** One person: details (and editing them), consent, history, erasure, and the timeline other features fill. */
export function PersonPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const id = recordIdFrom(window.location.pathname) ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [historyVersion, setHistoryVersion] = useState(0);
  // Outside the erasure panel: an approved erasure removes the panel (and a rejected one its buttons).
  const [erasureOutcome, setErasureOutcome] = useState<Outcome | undefined>();
  const translatorRef = useRef(translator);
  translatorRef.current = translator;
  const person = loaded.kind === 'ready' ? loaded.person : undefined;
  useDocumentTitle(
    person ? t('console.persons.personTitle', { code: person.code }) : t('console.persons.title'),
  );

  const reload = useCallback(async () => {
    try {
      const fresh = await api.get<PersonRecord>(`/api/v1/persons/${encodeURIComponent(id)}`);
      setLoaded({ kind: 'ready', person: fresh });
      setHistoryVersion((n) => n + 1);
      return fresh;
    } catch (error) {
      setLoaded({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
      return undefined;
    }
  }, [api, id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const changed = (next: PersonRecord) => {
    setLoaded({ kind: 'ready', person: next });
    setHistoryVersion((n) => n + 1);
  };

  return (
    <>
      <h1 tabindex={-1}>
        {person ? `${t('console.persons.personTitle', { code: person.code })}` : t('console.persons.title')}
      </h1>
      {loaded.kind === 'loading' ? <p role="status">{t('console.persons.loadingPerson')}</p> : null}
      {loaded.kind === 'failed' ? <Message kind="error">{loaded.message}</Message> : null}
      {person ? (
        <>
          {person.erasedAt ? (
            <Message kind="info" live={false}>
              {t('console.persons.erasedNotice', {
                date: formatDateTime(translator.locale, person.erasedAt),
              })}
            </Message>
          ) : null}
          {person.keepDataWithdrawn && !person.erasedAt ? (
            <Message kind="info" live={false}>
              {t('console.persons.keepDataWithdrawnNotice')}
            </Message>
          ) : null}
          <PersonDetails
            person={person}
            onSaved={changed}
            onReload={reload}
            onMovedAway={() =>
              setLoaded({ kind: 'failed', message: translatorRef.current.t('console.assign.movedAway') })
            }
          />
          <ConsentPanel person={person} onRecorded={() => void reload()} />
          <PersonTimelineSlot
            personId={person.id}
            personCode={person.code}
            erased={person.erasedAt !== null}
          />
          <HistoryPanel personId={person.id} refresh={historyVersion} />
          <ErasurePanel
            person={person}
            onChanged={(text) => {
              setErasureOutcome({ kind: 'success', text, focus: true });
              void reload();
            }}
          />
          <OutcomeRegion id="person-erasure-outcome" outcome={erasureOutcome} />
        </>
      ) : null}
    </>
  );
}

function Detail({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function personDetailsList(translator: Translator, person: PersonRecord) {
  const { t } = translator;
  const none = t('console.notSet');
  const field = (name: string) => t(`persons.field.${name}` as MessageKey);
  const join = (items: readonly string[]) => (items.length ? items.join(', ') : none);
  return (
    <dl class="details">
      <Detail label={field('givenName')}>{person.givenName ?? none}</Detail>
      <Detail label={field('familyName')}>{person.familyName ?? none}</Detail>
      <Detail label={field('aliases')}>{join(person.aliases)}</Detail>
      <Detail label={field('birthDate')}>{formatBirthDate(person.birthDate) || none}</Detail>
      <Detail label={field('documents')}>
        {join(
          person.documents.map(
            (d) =>
              `${t(`persons.document.${d.type}` as MessageKey)} ${d.number}${d.issuingCountry ? ` (${d.issuingCountry})` : ''}`,
          ),
        )}
      </Detail>
      <Detail label={field('phones')}>{join(person.phones)}</Detail>
      <Detail label={field('emails')}>{join(person.emails)}</Detail>
      <Detail label={field('addresses')}>
        {join(person.addresses.map((a) => [a.address, a.city, a.country].filter(Boolean).join(', ')))}
      </Detail>
      <Detail label={field('sex')}>{person.sex ? t(`persons.sex.${person.sex}` as MessageKey) : none}</Detail>
      <Detail label={field('citizenships')}>{join(person.citizenships)}</Detail>
      <Detail label={field('languages')}>{join(person.languages)}</Detail>
      <Detail label={field('identificationStatus')}>
        {t(`persons.status.${person.identificationStatus}` as MessageKey)}
        {person.identifiedOn ? ` (${person.identifiedOn})` : ''}
      </Detail>
      <Detail label={field('vulnerabilities')}>
        {join(person.vulnerabilities.map((v) => t(`persons.vulnerability.${v}` as MessageKey)))}
      </Detail>
      {person.ageBand ? <Detail label={t('console.persons.ageBand')}>{person.ageBand}</Detail> : null}
      <Detail label={field('assignedTo')}>
        {person.assignedTo === null ? none : staffName(translator, person.assignedToName)}
      </Detail>
      <Detail label={field('team')}>{person.team ?? none}</Detail>
    </dl>
  );
}

interface Conflict {
  items: string[];
}

function PersonDetails({
  person,
  onSaved,
  onReload,
  onMovedAway,
}: {
  person: PersonRecord;
  onSaved: (person: PersonRecord) => void;
  onReload: () => Promise<PersonRecord | undefined>;
  /** The saved change took the person out of the user's records (another team, another worker). */
  onMovedAway: () => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<PersonFormValues>(() => formFromPerson(person));
  const [base, setBase] = useState(person.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [conflict, setConflict] = useState<Conflict | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const canEdit = can(session.user.role, 'person.write') && person.erasedAt === null;
  const withTeam = scopeOf(session.user.role, 'person.write') !== 'own';
  const staff = useAssignableStaff(canEdit && editing);

  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (conflict) conflictHeading.current?.focus();
  }, [conflict]);

  const startEditing = () => {
    setValues(formFromPerson(person));
    setBase(person.version);
    setErrors({});
    setProblem(undefined);
    setConflict(undefined);
    setNotice(undefined);
    setEditing(true);
  };

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const { body, problems } = bodyFromForm(values, {
      full: true,
      withTeam,
      assignedFrom: person.assignedTo,
    });
    const localized = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, t(v as MessageKey)]));
    setErrors(localized);
    if (Object.keys(localized).length) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = await api.patch<PersonRecord | undefined>(
        `/api/v1/persons/${encodeURIComponent(person.id)}`,
        { ...body, version: base },
      );
      setEditing(false);
      if (!saved) {
        onMovedAway();
        return;
      }
      setNotice(
        saved.version === base
          ? t('console.persons.noChanges')
          : t('console.persons.saved', { version: saved.version }),
      );
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setConflict({ items: error.details.map((d) => d.message).filter(Boolean) });
      } else if (error instanceof ApiError && error.status === 403 && 'team' in body) {
        setErrors({ team: t('console.assign.teamLocked') });
        setProblem(t('console.assign.teamLocked'));
      } else {
        setErrors(fieldErrors(error));
        const details = error instanceof ApiError ? error.details.map((d) => d.message).filter(Boolean) : [];
        setProblem([errorMessage(translator, error), ...details].join(' '));
      }
    } finally {
      setBusy(false);
    }
  };

  const reloadAfterConflict = async () => {
    const fresh = await onReload();
    if (fresh) {
      setValues(formFromPerson(fresh));
      setBase(fresh.version);
    }
    setConflict(undefined);
  };

  return (
    <section class="panel" aria-labelledby="person-details-heading">
      <h2 id="person-details-heading">{t('console.persons.details')}</h2>
      <p class="cell-note">
        {t('console.persons.version', {
          version: person.version,
          date: formatDateTime(translator.locale, person.updatedAt),
        })}
      </p>
      {notice ? <Message kind="success">{notice}</Message> : null}
      {editing ? null : personDetailsList(translator, person)}
      {canEdit && !editing ? (
        <p>
          <button type="button" class="button" onClick={startEditing}>
            {t('console.persons.edit')}
          </button>
        </p>
      ) : null}
      {editing ? (
        <form
          class="person-form"
          method="post"
          noValidate
          onSubmit={onSubmit}
          aria-busy={busy ? 'true' : undefined}
        >
          <h3 id="person-edit-heading" tabindex={-1} ref={editHeading}>
            {t('console.persons.editTitle')}
          </h3>
          {conflict ? (
            <div class="message message--error" role="alert">
              <h4 tabindex={-1} ref={conflictHeading}>
                {t('console.persons.conflictTitle')}
              </h4>
              <p>{t('console.persons.conflictIntro')}</p>
              <ul class="conflict-list">
                {conflict.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <p>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => void reloadAfterConflict()}
                >
                  {t('console.persons.conflictReload')}
                </button>
              </p>
            </div>
          ) : null}
          {problem ? <Message kind="error">{problem}</Message> : null}
          <PersonFields
            idPrefix="edit-person"
            values={values}
            onChange={setValues}
            errors={errors}
            full
            withTeam={withTeam}
            assignment={{
              staff,
              currentName: person.assignedTo === null ? null : staffName(translator, person.assignedToName),
              currentTeam: person.team,
            }}
          />
          <div class="actions">
            <button class="button" type="submit" disabled={busy || conflict !== undefined}>
              {t('console.persons.save')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setEditing(false)}>
              {t('console.persons.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function statusText(translator: Translator, status: ConsentStatus): string {
  const { t } = translator;
  return t(`persons.consent.state.${status.state}` as MessageKey);
}

function ConsentPanel({ person, onRecorded }: { person: PersonRecord; onRecorded: () => void }) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const session = useSession();
  const [events, setEvents] = useState<ConsentEventRecord[]>([]);
  const [purpose, setPurpose] = useState('keepData');
  const [action, setAction] = useState('given');
  const [date, setDate] = useState(today());
  const [method, setMethod] = useState('verbal');
  const [partner, setPartner] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const canRecord = can(session.user.role, 'consent.write') && person.erasedAt === null;

  const loadEvents = useCallback(async () => {
    try {
      const page = await api.get<Page<ConsentEventRecord>>(
        `/api/v1/persons/${encodeURIComponent(person.id)}/consents?limit=20`,
      );
      setEvents(page.items);
    } catch {
      setEvents([]);
    }
  }, [api, person.id]);
  useEffect(() => {
    void loadEvents();
  }, [loadEvents, person.version]);

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (purpose === 'shareWithPartner' && !partner.trim()) {
      setErrors({ partner: t('errors.validation.required') });
      document.getElementById('consent-partner')?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await api.post(`/api/v1/persons/${encodeURIComponent(person.id)}/consents`, {
        purpose,
        action,
        date,
        method,
        ...(purpose === 'shareWithPartner' ? { partner: partner.trim() } : {}),
      });
      setMessage({ kind: 'success', text: t('console.persons.consentRecorded') });
      setPartner('');
      await loadEvents();
      onRecorded();
    } catch (error) {
      setErrors(fieldErrors(error));
      setMessage({ kind: 'error', text: errorMessage(translator, error) });
    } finally {
      setBusy(false);
    }
  };

  const purposes = CONSENT_PURPOSES.filter((p) => p !== 'shareWithPartner') as Exclude<
    (typeof CONSENT_PURPOSES)[number],
    'shareWithPartner'
  >[];
  const since = (status: ConsentStatus) =>
    status.since
      ? `${status.since}${status.method ? ` (${t(`persons.consent.method.${status.method}` as MessageKey)})` : ''}`
      : t('console.notSet');

  return (
    <section class="panel person-panel" aria-labelledby="person-consent-heading">
      <h2 id="person-consent-heading">{t('console.persons.consentTitle')}</h2>
      <Table id="consent-table" caption={t('console.persons.consentCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('console.persons.consentPurpose')}</th>
            <th scope="col">{t('console.persons.consentState')}</th>
            <th scope="col">{t('console.persons.consentSince')}</th>
          </tr>
        </thead>
        <tbody>
          {purposes.map((p) => (
            <tr key={p}>
              <th scope="row">{t(`persons.consent.purpose.${p}` as MessageKey)}</th>
              <td>{statusText(translator, person.consent.purposes[p])}</td>
              <td>{since(person.consent.purposes[p])}</td>
            </tr>
          ))}
          {person.consent.partners.map((p) => (
            <tr key={p.partner}>
              <th scope="row">{t('console.persons.consentSharePartner', { partner: p.partner })}</th>
              <td>{statusText(translator, p)}</td>
              <td>{since(p)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {events.length ? (
        <>
          <h3>{t('console.persons.consentEvents')}</h3>
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                {t('console.persons.consentEventLine', {
                  action: t(`persons.consent.action.${e.action}` as MessageKey),
                  purpose:
                    e.purpose === 'shareWithPartner' && e.partner
                      ? t('console.persons.consentSharePartner', { partner: e.partner })
                      : t(`persons.consent.purpose.${e.purpose}` as MessageKey),
                  date: e.date,
                  method: t(`persons.consent.method.${e.method}` as MessageKey),
                  name: staffName(translator, e.recordedBy.name, true),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canRecord ? (
        <form method="post" noValidate onSubmit={onSubmit} aria-busy={busy ? 'true' : undefined}>
          <h3>{t('console.persons.consentRecord')}</h3>
          {message ? <Message kind={message.kind}>{message.text}</Message> : null}
          <SelectField
            id="consent-purpose"
            name="purpose"
            label={t('console.persons.consentPurpose')}
            options={CONSENT_PURPOSES.map((p) => ({
              value: p,
              label: t(`persons.consent.purpose.${p}` as MessageKey),
            }))}
            value={purpose}
            onChange={setPurpose}
          />
          {purpose === 'shareWithPartner' ? (
            <Field
              id="consent-partner"
              name="partner"
              autocomplete="off"
              label={t('console.persons.consentPartner')}
              hint={t('console.persons.consentPartnerHint')}
              error={errors.partner}
              value={partner}
              onInput={setPartner}
            />
          ) : null}
          <SelectField
            id="consent-action"
            name="action"
            label={t('console.persons.consentAction')}
            options={(['given', 'withdrawn'] as const).map((a) => ({
              value: a,
              label: t(`persons.consent.action.${a}` as MessageKey),
            }))}
            value={action}
            onChange={setAction}
          />
          <Field
            id="consent-date"
            name="date"
            type="date"
            autocomplete="off"
            label={t('console.persons.consentDate')}
            error={errors.date}
            value={date}
            onInput={setDate}
          />
          <SelectField
            id="consent-method"
            name="method"
            label={t('console.persons.consentMethod')}
            options={CONSENT_METHODS.map((m) => ({
              value: m,
              label: t(`persons.consent.method.${m}` as MessageKey),
            }))}
            value={method}
            onChange={setMethod}
          />
          <button class="button" type="submit" disabled={busy}>
            {t('console.persons.consentSubmit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function HistoryPanel({ personId, refresh }: { personId: string; refresh: number }) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const [items, setItems] = useState<HistoryEntry[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();

  const load = useCallback(
    async (cursor?: string) => {
      try {
        const page = await api.get<Page<HistoryEntry>>(
          `/api/v1/persons/${encodeURIComponent(personId)}/history?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        setItems((current) => (cursor ? [...current, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
      } catch (error) {
        setProblem(errorMessage(translator, error));
      }
    },
    [api, personId, translator],
  );
  useEffect(() => {
    void load();
  }, [load, refresh]);

  return (
    <section class="panel" aria-labelledby="person-history-heading">
      <h2 id="person-history-heading">{t('console.persons.historyTitle')}</h2>
      {problem ? <Message kind="error">{problem}</Message> : null}
      <Table id="history-table" caption={t('console.persons.historyCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('console.persons.historyWhen')}</th>
            <th scope="col">{t('console.persons.historyWho')}</th>
            <th scope="col">{t('console.persons.historyWhat')}</th>
            <th scope="col">{t('console.persons.historyFields')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatDateTime(translator.locale, entry.at)}</time>
              </td>
              <td>{staffName(translator, entry.actor.name)}</td>
              <th scope="row">
                {t(`console.persons.history.${entry.action}` as MessageKey)} (v{entry.version})
              </th>
              <td>{entry.fields.map((f) => fieldLabel(translator, f)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {nextCursor ? (
        <p>
          <button type="button" class="button button--secondary" onClick={() => void load(nextCursor)}>
            {t('console.persons.loadMore')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function ErasurePanel({
  person,
  onChanged,
}: {
  person: PersonRecord;
  /** After a request or a decision, with its outcome: the page tells it outside the panel, which may go. */
  onChanged: (outcome: string) => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const session = useSession();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const pending: ErasureRequest | undefined = person.erasureRequests.find((r) => r.status === 'pending');
  const canRequest = can(session.user.role, 'person.erase.request');
  const canApprove = can(session.user.role, 'person.erase.approve');
  if (person.erasedAt || (!pending && !canRequest) || (pending && !canApprove && !canRequest)) return null;

  const request = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('errors.validation.required'));
      document.getElementById('erasure-reason')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.post(`/api/v1/persons/${encodeURIComponent(person.id)}/erasure-request`, {
        reason: reason.trim(),
      });
      setReason('');
      setError(undefined);
      setFailure(undefined);
      onChanged(
        // A supervisor asking needs another supervisor; a case worker asking needs a supervisor.
        t(canApprove ? 'console.persons.erasureRequestedBySupervisor' : 'console.persons.erasureRequested'),
      );
    } catch (problem) {
      setFailure(errorMessage(translator, problem));
    } finally {
      setBusy(false);
    }
  };

  const decide = async (decision: 'approve' | 'reject') => {
    if (!pending) return;
    setBusy(true);
    try {
      await api.post(`/api/v1/persons/erasure-requests/${encodeURIComponent(pending.id)}/${decision}`, {
        version: pending.version,
      });
      setConfirming(false);
      setFailure(undefined);
      onChanged(
        t(decision === 'approve' ? 'console.persons.erasureApproved' : 'console.persons.erasureRejected'),
      );
    } catch (problem) {
      setFailure(errorMessage(translator, problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel person-panel" aria-labelledby="person-erasure-heading">
      <h2 id="person-erasure-heading">{t('console.persons.erasureTitle')}</h2>
      <p>{t('console.persons.erasureIntro')}</p>
      {failure ? <Message kind="error">{failure}</Message> : null}
      {pending ? (
        <>
          <p>
            {t('console.persons.erasurePending', {
              name: staffName(translator, pending.requestedBy.name),
              date: formatDateTime(translator.locale, pending.requestedAt),
              reason: pending.reason ?? '',
            })}
          </p>
          {canApprove && pending.requestedBy.id === session.user.id ? (
            <p>{t('console.persons.erasureOwn')}</p>
          ) : null}
          {canApprove && pending.requestedBy.id !== session.user.id ? (
            confirming ? (
              <div class="actions">
                <p role="alert">{t('console.persons.erasureConfirm')}</p>
                <button
                  type="button"
                  class="button button--danger"
                  disabled={busy}
                  onClick={() => void decide('approve')}
                >
                  {t('console.persons.erasureApprove')}
                </button>
                <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
                  {t('console.persons.cancel')}
                </button>
              </div>
            ) : (
              <div class="actions">
                <button
                  type="button"
                  class="button button--danger"
                  disabled={busy}
                  onClick={() => setConfirming(true)}
                >
                  {t('console.persons.erasureApprove')}
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  disabled={busy}
                  onClick={() => void decide('reject')}
                >
                  {t('console.persons.erasureReject')}
                </button>
              </div>
            )
          ) : null}
        </>
      ) : canRequest ? (
        <form method="post" noValidate onSubmit={request} aria-busy={busy ? 'true' : undefined}>
          <div class="field">
            <label for="erasure-reason">{t('console.persons.erasureReason')}</label>
            <p id="erasure-reason-hint" class="field__hint">
              {t('console.persons.erasureReasonHint')}
            </p>
            <textarea
              id="erasure-reason"
              name="reason"
              rows={3}
              maxLength={2000}
              value={reason}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'erasure-reason-hint erasure-reason-error' : 'erasure-reason-hint'}
              onInput={(event: TargetedEvent<HTMLTextAreaElement>) => setReason(event.currentTarget.value)}
            />
            {error ? (
              <p id="erasure-reason-error" class="field__error">
                {error}
              </p>
            ) : null}
          </div>
          <button class="button button--secondary" type="submit" disabled={busy}>
            {t('console.persons.erasureRequest')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
