import {
  CASE_KINDS,
  CASE_PERSON_ROLES,
  CATEGORIES,
  CLOSE_REASONS,
  ENTITY_KINDS,
  EXPLOITATION_FORMS,
  INDICATOR_LIST,
  PLACE_STAGES,
  RECRUITMENT_CHANNELS,
  SECTORS,
  can,
  loadOfferTexts,
  nextStatuses,
  type CaseEntity,
  type CaseKind,
  type CasePersonRole,
  type CasePlace,
  type CaseStatus,
  type CloseReason,
  type MessageKey,
  type OfferTexts,
} from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { ApiError, errorMessage, fieldErrors, queryString } from '../../api';
import { AssigneeField, useAssignableStaff } from '../../components/AssigneePicker';
import { Field, SelectField } from '../../components/Field';
import { Link } from '../../components/Link';
import { Message } from '../../components/Message';
import { OutcomeRegion, type Outcome } from '../../components/OutcomeRegion';
import { PersonTimeline } from '../../components/PersonTimeline';
import { Table } from '../../components/Table';
import { useDocumentTitle } from '../../document-title';
import { formatDateTime, staffName } from '../../format';
import { CONSOLE_PATHS, RECORD_PATH_PREFIXES, recordIdFrom } from '../../routes';
import { useConsole } from '../../session';
import { CheckboxGroup, TextArea } from './case-fields';
import { vocab, personLabel, type CaseChange, type CaseRecord } from './case-types';
import { CaseServices } from './CaseServices';
import './cases.css';

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; record: CaseRecord };

/** One case: status workflow, details (with conflict handling), persons, services and history. */
export function CasePage() {
  const translator = useI18n();
  const { t } = translator;
  const { api, session } = useConsole();
  const id = recordIdFrom(window.location.pathname) ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [revision, setRevision] = useState(0);
  const translatorRef = useRef(translator);
  translatorRef.current = translator;
  useDocumentTitle(
    loaded.kind === 'ready'
      ? t('console.cases.caseTitle', { code: loaded.record.code })
      : t('console.cases.title'),
  );

  const reload = () =>
    api
      .get<CaseRecord>(`/api/v1/cases/${encodeURIComponent(id)}`)
      .then((record) => {
        setLoaded({ kind: 'ready', record });
        setRevision((n) => n + 1);
      })
      .catch((error: unknown) =>
        setLoaded({ kind: 'failed', message: errorMessage(translatorRef.current, error) }),
      );

  useEffect(() => {
    void reload();
    // The page is mounted afresh for every address.
  }, []);

  const changed = (record: CaseRecord) => {
    setLoaded({ kind: 'ready', record });
    setRevision((n) => n + 1);
  };

  // One heading element in every state, so the focus moved to it on arrival stays on it.
  if (loaded.kind !== 'ready')
    return (
      <>
        <p>
          <Link href={CONSOLE_PATHS.cases}>{t('console.cases.back')}</Link>
        </p>
        <h1 tabindex={-1}>{t('console.cases.title')}</h1>
        {loaded.kind === 'loading' ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <Message kind="error">{loaded.message}</Message>
        )}
      </>
    );

  const { record } = loaded;
  const role = session?.user.role;
  const canWrite = role ? can(role, 'case.write') : false;
  return (
    <>
      <p>
        <Link href={CONSOLE_PATHS.cases}>{t('console.cases.back')}</Link>
      </p>
      <h1 tabindex={-1}>{t('console.cases.caseTitle', { code: record.code })}</h1>
      <p class="case-summary">
        {t('console.cases.summary', {
          kind: vocab(t, 'kind', record.kind),
          status: vocab(t, 'status', record.status),
        })}{' '}
        <span class="cell-note">{t('console.cases.version', { version: record.version })}</span>
      </p>
      <StatusPanel record={record} onChanged={changed} canWrite={canWrite} />
      {canWrite ? (
        <DetailsForm key={`${record.id}-${revision}`} record={record} onSaved={changed} onReload={reload} />
      ) : (
        <DetailsView record={record} />
      )}
      <PersonsPanel record={record} onChanged={changed} canWrite={canWrite} />
      <CaseServices
        record={record}
        revision={revision}
        canRecord={role ? can(role, 'service.write') : false}
      />
      <HistoryPanel record={record} revision={revision} />
    </>
  );
}

function StatusPanel({
  record,
  onChanged,
  canWrite,
}: {
  record: CaseRecord;
  onChanged: (record: CaseRecord) => void;
  canWrite: boolean;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api, session } = useConsole();
  const options = nextStatuses(record.status);
  const [to, setTo] = useState<CaseStatus>(options[0] ?? 'open');
  const [reason, setReason] = useState<CloseReason>('assistanceCompleted');
  const [failure, setFailure] = useState<string | undefined>();
  // Outside the close request box: deciding a request removes the box with its buttons.
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [busy, setBusy] = useState(false);
  const canApprove = session ? can(session.user.role, 'case.close.approve') : false;

  const submit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await api.post<{ outcome: 'changed' | 'closeRequested'; case: CaseRecord }>(
        `/api/v1/cases/${record.id}/status`,
        { version: record.version, status: to, ...(to === 'closed' ? { reason } : {}) },
      );
      onChanged(answer.case);
      setOutcome({
        kind: 'success',
        text:
          answer.outcome === 'closeRequested'
            ? t('console.cases.closeRequested', { reason: vocab(t, 'closeReason', reason) })
            : t('console.cases.statusChanged', { status: vocab(t, 'status', to) }),
      });
    } catch (error) {
      setOutcome(undefined);
      setFailure(errorMessage(translator, error));
    } finally {
      setBusy(false);
    }
  };

  const decide = async (approve: boolean) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const updated = await api.post<CaseRecord>(`/api/v1/cases/${record.id}/close-decision`, {
        version: record.version,
        approve,
      });
      onChanged(updated);
      // The buttons went away with the request: the message takes the focus.
      setOutcome({
        kind: 'success',
        text: approve ? t('console.cases.closeApproved') : t('console.cases.closeRejectedDone'),
        focus: true,
      });
    } catch (error) {
      setOutcome(undefined);
      setFailure(errorMessage(translator, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="case-status-title">
      <h2 id="case-status-title">{t('console.cases.statusTitle')}</h2>
      <p>{t('console.cases.currentStatus', { status: vocab(t, 'status', record.status) })}</p>
      {record.status === 'closed' && record.closeReason ? (
        <p>{t('console.cases.closedBecause', { reason: vocab(t, 'closeReason', record.closeReason) })}</p>
      ) : null}
      {record.closeRequest ? (
        <Message kind="info" live={false}>
          <p>
            {t('console.cases.closeRequestPending', {
              name: staffName(translator, record.closeRequest.requestedByName, true),
              at: formatDateTime(translator.locale, record.closeRequest.requestedAt),
              reason: vocab(t, 'closeReason', record.closeRequest.reason),
            })}
          </p>
          {canApprove ? (
            <div class="actions">
              <button type="button" class="button" disabled={busy} onClick={() => void decide(true)}>
                {t('console.cases.approveClose')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                disabled={busy}
                onClick={() => void decide(false)}
              >
                {t('console.cases.rejectClose')}
              </button>
            </div>
          ) : null}
        </Message>
      ) : null}
      {failure ? <Message kind="error">{failure}</Message> : null}
      <OutcomeRegion id="case-status-outcome" outcome={outcome} />
      {canWrite && options.length ? (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <div class="case-row">
            <SelectField
              id="case-next-status"
              name="status"
              label={t('console.cases.nextStatus')}
              value={to}
              onChange={(v) => setTo(v as CaseStatus)}
              options={options.map((s) => ({ value: s, label: vocab(t, 'status', s) }))}
            />
            {to === 'closed' ? (
              <SelectField
                id="case-close-reason"
                name="reason"
                label={t('console.cases.closeReason')}
                value={reason}
                onChange={(v) => setReason(v as CloseReason)}
                hint={canApprove ? undefined : t('console.cases.closeNeedsApproval')}
                options={CLOSE_REASONS.map((r) => ({ value: r, label: vocab(t, 'closeReason', r) }))}
              />
            ) : null}
          </div>
          <div class="actions">
            <button class="button" type="submit" disabled={busy}>
              {t('console.cases.changeStatus')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** The localized names of changed fields, for conflict messages and the history. */
function fieldNames(t: (key: MessageKey) => string, fields: readonly string[]): string {
  return fields.map((f) => t(`cases.field.${f}` as MessageKey)).join(', ');
}

function useOfferTexts(): OfferTexts | undefined {
  const { locale } = useI18n();
  const [texts, setTexts] = useState<OfferTexts | undefined>();
  useEffect(() => {
    let current = true;
    void loadOfferTexts(locale).then((loaded) => {
      if (current) setTexts(loaded);
    });
    return () => {
      current = false;
    };
  }, [locale]);
  return texts;
}

function DetailsForm({
  record,
  onSaved,
  onReload,
}: {
  record: CaseRecord;
  onSaved: (record: CaseRecord) => void;
  onReload: () => Promise<void>;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const texts = useOfferTexts();
  const [kind, setKind] = useState<CaseKind>(record.kind);
  const [forms, setForms] = useState<string[]>(record.forms);
  const [sector, setSector] = useState(record.sector ?? '');
  const [channel, setChannel] = useState(record.recruitmentChannel ?? '');
  const [periodFrom, setPeriodFrom] = useState(record.periodFrom ?? '');
  const [periodTo, setPeriodTo] = useState(record.periodTo ?? '');
  const [places, setPlaces] = useState<CasePlace[]>(record.places);
  const [indicators, setIndicators] = useState<string[]>(record.indicators);
  const [entities, setEntities] = useState<CaseEntity[]>(record.entities);
  const [narrative, setNarrative] = useState(record.narrative ?? '');
  const [assignedTo, setAssignedTo] = useState(record.assignedTo ?? '');
  const staff = useAssignableStaff();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: 'success' | 'error' | 'info'; text: string } | undefined>();
  const [conflict, setConflict] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const save = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setNotice(undefined);
    setConflict(undefined);
    setFields({});
    try {
      const updated = await api.patch<CaseRecord>(`/api/v1/cases/${record.id}`, {
        version: record.version,
        kind,
        forms,
        sector: sector || null,
        recruitmentChannel: channel || null,
        periodFrom: periodFrom.trim() || null,
        periodTo: periodTo.trim() || null,
        places: places.map((p) => ({
          stage: p.stage,
          country: p.country.trim(),
          ...(p.city?.trim() ? { city: p.city.trim() } : {}),
        })),
        indicators,
        entities: entities.map((e) => ({
          kind: e.kind,
          name: e.name.trim(),
          ...(e.note?.trim() ? { note: e.note.trim() } : {}),
        })),
        narrative: narrative.trim() || null,
        ...((assignedTo || null) !== record.assignedTo ? { assignedTo: assignedTo || null } : {}),
      });
      if (updated.version === record.version)
        setNotice({ kind: 'info', text: t('console.cases.nothingChanged') });
      else onSaved(updated);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setConflict(t('console.cases.conflict', { fields: fieldNames(t, await changedSince(api, record)) }));
      } else {
        setFields(fieldErrors(error));
        setNotice({ kind: 'error', text: errorMessage(translator, error) });
      }
    } finally {
      setBusy(false);
    }
  };

  const none = { value: '', label: t('console.cases.none') };
  const setPlace = (index: number, change: Partial<CasePlace>) =>
    setPlaces(places.map((p, i) => (i === index ? { ...p, ...change } : p)));
  const setEntity = (index: number, change: Partial<CaseEntity>) =>
    setEntities(entities.map((e, i) => (i === index ? { ...e, ...change } : e)));

  return (
    <section class="panel" aria-labelledby="case-details-title">
      <h2 id="case-details-title">{t('console.cases.details')}</h2>
      {conflict ? (
        <Message kind="error">
          <p>{conflict}</p>
          <p>
            <button type="button" class="button button--secondary" onClick={() => void onReload()}>
              {t('console.cases.reload')}
            </button>
          </p>
        </Message>
      ) : null}
      {notice ? <Message kind={notice.kind}>{notice.text}</Message> : null}
      <form noValidate onSubmit={(event) => void save(event)}>
        <AssigneeField
          id="case-assigned-to"
          label={t('cases.field.assignedTo')}
          value={assignedTo}
          currentName={record.assignedTo === null ? null : assignedName(translator, record)}
          state={staff}
          error={fields.assignedTo}
          onChange={setAssignedTo}
        />
        <SelectField
          id="case-kind"
          name="kind"
          label={t('cases.field.kind')}
          value={kind}
          onChange={(v) => setKind(v as CaseKind)}
          options={CASE_KINDS.map((k) => ({ value: k, label: vocab(t, 'kind', k) }))}
        />
        <CheckboxGroup
          id="case-forms"
          legend={t('cases.field.forms')}
          options={EXPLOITATION_FORMS.map((f) => ({ value: f, label: vocab(t, 'form', f) }))}
          selected={forms}
          onChange={setForms}
          error={fields.forms}
        />
        <div class="case-row">
          <SelectField
            id="case-sector"
            name="sector"
            label={t('cases.field.sector')}
            value={sector}
            onChange={setSector}
            options={[none, ...SECTORS.map((s) => ({ value: s, label: vocab(t, 'sector', s) }))]}
          />
          <SelectField
            id="case-channel"
            name="recruitmentChannel"
            label={t('cases.field.recruitmentChannel')}
            value={channel}
            onChange={setChannel}
            options={[
              none,
              ...RECRUITMENT_CHANNELS.map((c) => ({ value: c, label: vocab(t, 'channel', c) })),
            ]}
          />
          <Field
            id="case-period-from"
            name="periodFrom"
            label={t('cases.field.periodFrom')}
            autocomplete="off"
            required={false}
            hint={t('console.cases.periodHint')}
            value={periodFrom}
            onInput={setPeriodFrom}
            error={fields.periodFrom}
          />
          <Field
            id="case-period-to"
            name="periodTo"
            label={t('cases.field.periodTo')}
            autocomplete="off"
            required={false}
            hint={t('console.cases.periodHint')}
            value={periodTo}
            onInput={setPeriodTo}
            error={fields.periodTo}
          />
        </div>

        <fieldset class="case-fieldset">
          <legend>{t('cases.field.places')}</legend>
          {places.length === 0 ? <p>{t('console.cases.noPlaces')}</p> : null}
          {places.map((place, index) => (
            <fieldset class="case-fieldset" key={index}>
              <legend>{t('console.cases.placeLegend', { n: index + 1 })}</legend>
              <div class="case-row">
                <SelectField
                  id={`case-place-${index}-stage`}
                  name="stage"
                  label={t('console.cases.stage')}
                  value={place.stage}
                  onChange={(v) => setPlace(index, { stage: v as CasePlace['stage'] })}
                  options={PLACE_STAGES.map((s) => ({ value: s, label: vocab(t, 'stage', s) }))}
                />
                <Field
                  id={`case-place-${index}-country`}
                  name="country"
                  label={t('console.cases.country')}
                  hint={t('console.cases.countryHint')}
                  autocomplete="off"
                  maxLength={2}
                  value={place.country}
                  onInput={(v) => setPlace(index, { country: v.toUpperCase() })}
                  error={fields.country}
                />
                <Field
                  id={`case-place-${index}-city`}
                  name="city"
                  label={t('console.cases.city')}
                  autocomplete="off"
                  required={false}
                  value={place.city ?? ''}
                  onInput={(v) => setPlace(index, { city: v })}
                />
                <div class="field">
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => setPlaces(places.filter((_, i) => i !== index))}
                  >
                    {t('console.cases.removePlace', { n: index + 1 })}
                  </button>
                </div>
              </div>
            </fieldset>
          ))}
          <button
            type="button"
            class="button button--secondary"
            onClick={() => setPlaces([...places, { stage: 'exploitation', country: '' }])}
          >
            {t('console.cases.addPlace')}
          </button>
        </fieldset>

        <fieldset class="case-fieldset" aria-describedby="case-indicators-hint">
          <legend>{t('cases.field.indicators')}</legend>
          <p id="case-indicators-hint" class="field__hint">
            {t('console.cases.indicatorsHint')}{' '}
            {t('console.cases.indicatorsCount', { count: indicators.length })}
          </p>
          {texts ? (
            CATEGORIES.map((category) => {
              const inCategory = INDICATOR_LIST.filter((i) => i.category === category);
              if (!inCategory.length) return null;
              return (
                <CheckboxGroup
                  key={category}
                  id={`case-indicators-${category}`}
                  legend={texts.categories[category]}
                  options={inCategory.map((i) => ({ value: i.id, label: texts.indicators[i.id].title }))}
                  selected={indicators}
                  onChange={setIndicators}
                />
              );
            })
          ) : (
            <p role="status">{t('common.loading')}</p>
          )}
        </fieldset>

        <fieldset class="case-fieldset">
          <legend>{t('cases.field.entities')}</legend>
          {entities.length === 0 ? <p>{t('console.cases.noEntities')}</p> : null}
          {entities.map((entity, index) => (
            <fieldset class="case-fieldset" key={index}>
              <legend>{t('console.cases.entityLegend', { n: index + 1 })}</legend>
              <div class="case-row">
                <SelectField
                  id={`case-entity-${index}-kind`}
                  name="entityKind"
                  label={t('console.cases.entityKind')}
                  value={entity.kind}
                  onChange={(v) => setEntity(index, { kind: v as CaseEntity['kind'] })}
                  options={ENTITY_KINDS.map((k) => ({ value: k, label: vocab(t, 'entityKind', k) }))}
                />
                <Field
                  id={`case-entity-${index}-name`}
                  name="entityName"
                  label={t('console.cases.entityName')}
                  autocomplete="off"
                  value={entity.name}
                  onInput={(v) => setEntity(index, { name: v })}
                />
                <Field
                  id={`case-entity-${index}-note`}
                  name="entityNote"
                  label={t('console.cases.entityNote')}
                  autocomplete="off"
                  required={false}
                  value={entity.note ?? ''}
                  onInput={(v) => setEntity(index, { note: v })}
                />
                <div class="field">
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => setEntities(entities.filter((_, i) => i !== index))}
                  >
                    {t('console.cases.removeEntity', { n: index + 1 })}
                  </button>
                </div>
              </div>
            </fieldset>
          ))}
          <button
            type="button"
            class="button button--secondary"
            onClick={() => setEntities([...entities, { kind: 'employer', name: '' }])}
          >
            {t('console.cases.addEntity')}
          </button>
        </fieldset>

        <TextArea
          id="case-narrative"
          label={t('cases.field.narrative')}
          hint={t('console.cases.narrativeHint')}
          value={narrative}
          onInput={setNarrative}
          maxLength={20000}
          error={fields.narrative}
        />
        <div class="actions">
          <button class="button" type="submit" disabled={busy}>
            {t('console.cases.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The fields changed since the version the form was based on (from the history), for the conflict message. */
async function changedSince(
  api: ReturnType<typeof useConsole>['api'],
  record: CaseRecord,
): Promise<string[]> {
  try {
    const history = await api.get<{ items: CaseChange[] }>(`/api/v1/cases/${record.id}/history?limit=100`);
    const fields = new Set<string>();
    for (const change of history.items) {
      if (change.version <= record.version) continue;
      for (const field of change.fields) fields.add(field);
      if (change.kind === 'status') fields.add('status');
    }
    return [...fields];
  } catch {
    return [];
  }
}

/** The assigned worker's name, or "former staff member" for a user who no longer exists. */
function assignedName(translator: ReturnType<typeof useI18n>, record: CaseRecord): string {
  return staffName(translator, record.assignedToName);
}

/** The case's details for users who may read but not change it (the hotline). */
function DetailsView({ record }: { record: CaseRecord }) {
  const translator = useI18n();
  const { t } = translator;
  const none = t('console.cases.none');
  const rows: [string, string][] = [
    [t('cases.field.assignedTo'), record.assignedTo === null ? none : assignedName(translator, record)],
    [t('cases.field.forms'), record.forms.map((f) => vocab(t, 'form', f)).join(', ') || none],
    [t('cases.field.sector'), record.sector ? vocab(t, 'sector', record.sector) : none],
    [
      t('cases.field.recruitmentChannel'),
      record.recruitmentChannel ? vocab(t, 'channel', record.recruitmentChannel) : none,
    ],
    [t('cases.field.periodFrom'), record.periodFrom ?? none],
    [t('cases.field.periodTo'), record.periodTo ?? none],
    [
      t('cases.field.places'),
      record.places
        .map((p) => `${vocab(t, 'stage', p.stage)}: ${p.city ? `${p.city}, ` : ''}${p.country}`)
        .join('; ') || none,
    ],
    [
      t('cases.field.entities'),
      record.entities.map((e) => `${vocab(t, 'entityKind', e.kind)}: ${e.name}`).join('; ') || none,
    ],
    [t('cases.field.narrative'), record.narrative ?? none],
  ];
  return (
    <section class="panel" aria-labelledby="case-details-title">
      <h2 id="case-details-title">{t('console.cases.details')}</h2>
      <dl class="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

interface PersonHit {
  type: string;
  id: string;
  code: string;
  givenName?: string | null;
  familyName?: string | null;
}

function PersonsPanel({
  record,
  onChanged,
  canWrite,
}: {
  record: CaseRecord;
  onChanged: (record: CaseRecord) => void;
  canWrite: boolean;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<CasePersonRole>('victim');
  const [hits, setHits] = useState<PersonHit[] | undefined>();
  const [timelineOf, setTimelineOf] = useState<string | undefined>();
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<CaseRecord | undefined>, success: string) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const updated = await work();
      if (updated) onChanged(updated);
      setNotice({ kind: 'success', text: success });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(translator, error) });
    } finally {
      setBusy(false);
    }
  };

  const search = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!query.trim()) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const answer = await api.get<{ results: PersonHit[] }>(
        `/api/v1/search${queryString({ q: query.trim() })}`,
      );
      setHits(answer.results.filter((r) => r.type === 'person'));
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(translator, error) });
    } finally {
      setBusy(false);
    }
  };

  const onCase = new Set(record.persons.map((p) => p.personId));
  return (
    <section class="panel" aria-labelledby="case-persons-title">
      <h2 id="case-persons-title">{t('console.cases.personsTitle')}</h2>
      {notice ? <Message kind={notice.kind}>{notice.text}</Message> : null}
      {record.persons.length === 0 ? (
        <p>{t('console.cases.noPersons')}</p>
      ) : (
        <Table id="case-persons" caption={t('console.cases.personsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('console.cases.personCode')}</th>
              <th scope="col">{t('console.cases.personName')}</th>
              <th scope="col">{t('console.cases.role')}</th>
              <th scope="col">{t('console.services.timelineTitle')}</th>
              {canWrite ? <th scope="col">{t('console.cases.what')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {record.persons.map((person) => (
              <tr key={person.personId}>
                <th scope="row">
                  {RECORD_PATH_PREFIXES.person ? (
                    <Link href={`${RECORD_PATH_PREFIXES.person}${person.personId}`}>
                      <code class="identifier">{person.code}</code>
                    </Link>
                  ) : (
                    <code class="identifier">{person.code}</code>
                  )}
                </th>
                <td>{[person.givenName, person.familyName].filter(Boolean).join(' ') || '–'}</td>
                <td>
                  {canWrite ? (
                    <SelectField
                      id={`case-person-role-${person.personId}`}
                      name="role"
                      label={t('console.cases.changeRole', { code: person.code })}
                      value={person.role}
                      disabled={busy}
                      onChange={(v) =>
                        void act(
                          () =>
                            api.patch<CaseRecord>(`/api/v1/cases/${record.id}/persons/${person.personId}`, {
                              role: v,
                            }),
                          t('console.cases.roleChanged', { code: person.code }),
                        )
                      }
                      options={CASE_PERSON_ROLES.map((r) => ({ value: r, label: vocab(t, 'role', r) }))}
                    />
                  ) : (
                    vocab(t, 'role', person.role)
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-expanded={timelineOf === person.personId ? 'true' : 'false'}
                    aria-controls="case-person-timeline"
                    onClick={() =>
                      setTimelineOf(timelineOf === person.personId ? undefined : person.personId)
                    }
                  >
                    {t('console.cases.showTimeline', { code: person.code })}
                  </button>
                </td>
                {canWrite ? (
                  <td>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      disabled={busy}
                      onClick={() =>
                        void act(
                          async () => {
                            await api.delete(`/api/v1/cases/${record.id}/persons/${person.personId}`);
                            return api.get<CaseRecord>(`/api/v1/cases/${record.id}`);
                          },
                          t('console.cases.personRemoved', { code: person.code }),
                        )
                      }
                    >
                      {t('console.cases.removePerson', { code: person.code })}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <div id="case-person-timeline">
        {timelineOf && record.persons.some((p) => p.personId === timelineOf) ? (
          <PersonTimeline key={timelineOf} personId={timelineOf} headingLevel={3} />
        ) : null}
      </div>
      {canWrite ? (
        <>
          <form class="case-row" role="search" noValidate onSubmit={(event) => void search(event)}>
            <Field
              id="case-person-query"
              name="q"
              label={t('console.cases.findPerson')}
              hint={t('console.cases.findPersonHint')}
              autocomplete="off"
              value={query}
              onInput={setQuery}
            />
            <SelectField
              id="case-person-add-role"
              name="addRole"
              label={t('console.cases.addAs')}
              value={role}
              onChange={(v) => setRole(v as CasePersonRole)}
              options={CASE_PERSON_ROLES.map((r) => ({ value: r, label: vocab(t, 'role', r) }))}
            />
            <div class="field">
              <button class="button button--secondary" type="submit" disabled={busy}>
                {t('console.cases.search')}
              </button>
            </div>
          </form>
          {hits !== undefined ? (
            hits.length === 0 ? (
              <p role="status">{t('console.cases.noResults')}</p>
            ) : (
              <ul class="details-list" aria-label={t('console.cases.searchResults')}>
                {hits.map((hit) => (
                  <li key={hit.id}>
                    {personLabel({
                      code: hit.code,
                      givenName: hit.givenName ?? null,
                      familyName: hit.familyName ?? null,
                    })}{' '}
                    {onCase.has(hit.id) ? null : (
                      <button
                        type="button"
                        class="button button--small"
                        disabled={busy}
                        onClick={() =>
                          void act(
                            () =>
                              api.post<CaseRecord>(`/api/v1/cases/${record.id}/persons`, {
                                personId: hit.id,
                                role,
                              }),
                            t('console.cases.personAdded', { code: hit.code }),
                          )
                        }
                      >
                        {t('console.cases.addPerson', { code: hit.code })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** One change of the history, in words. */
function describeChange(t: ReturnType<typeof useI18n>['t'], change: CaseChange): string {
  const person = change.personCode ?? t('console.cases.unknownPerson');
  const role = change.role ? vocab(t, 'role', change.role) : '';
  switch (change.kind) {
    case 'create':
      return t('cases.change.create');
    case 'update':
      return t('cases.change.update', { fields: fieldNames(t, change.fields) });
    case 'status':
      return t('cases.change.status', {
        from: change.fromStatus ? vocab(t, 'status', change.fromStatus) : '–',
        to: change.toStatus ? vocab(t, 'status', change.toStatus) : '–',
      });
    case 'closeRequest':
      return t('cases.change.closeRequest', {
        reason: change.reason ? vocab(t, 'closeReason', change.reason) : '',
      });
    case 'closeRejected':
      return t('cases.change.closeRejected');
    case 'personAdded':
      return t('cases.change.personAdded', { person, role });
    case 'personRole':
      return t('cases.change.personRole', { person, role });
    case 'personRemoved':
      return t('cases.change.personRemoved', { person });
  }
}

function HistoryPanel({ record, revision }: { record: CaseRecord; revision: number }) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const [items, setItems] = useState<CaseChange[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  useEffect(() => {
    let current = true;
    api
      .get<{ items: CaseChange[] }>(`/api/v1/cases/${record.id}/history?limit=50`)
      .then((page) => {
        if (current) setItems(page.items);
      })
      .catch((error: unknown) => {
        if (current) setProblem(errorMessage(translatorRef.current, error));
      });
    return () => {
      current = false;
    };
  }, [api, record.id, revision]);

  return (
    <section class="panel" aria-labelledby="case-history-title">
      <h2 id="case-history-title">{t('console.cases.historyTitle')}</h2>
      {problem ? <Message kind="error">{problem}</Message> : null}
      {items ? (
        <Table id="case-history" caption={t('console.cases.historyCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('console.cases.when')}</th>
              <th scope="col">{t('console.cases.who')}</th>
              <th scope="col">{t('console.cases.what')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((change) => (
              <tr key={change.id}>
                <th scope="row">
                  <time dateTime={change.occurredAt}>
                    {formatDateTime(translator.locale, change.occurredAt)}
                  </time>
                </th>
                <td>{staffName(translator, change.actorName)}</td>
                <td>{describeChange(t, change)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}
