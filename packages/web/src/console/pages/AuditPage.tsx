import { isRole, type MessageKey } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { errorMessage, fieldErrors, queryString } from '../api';
import { Field, SelectField } from '../components/Field';
import { Message } from '../components/Message';
import { Table } from '../components/Table';
import { useDocumentTitle } from '../document-title';
import { formatDateTime, roleName } from '../format';
import { useConsole } from '../session';

type Outcome = 'success' | 'failure' | 'denied';

/** One audit event as `GET /api/v1/audit-events` returns it: never the values, only what was touched. */
interface AuditEvent {
  seq: number;
  id: string;
  occurredAt: string;
  actor: { id: string; role: string | null } | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  fields: string[];
  requestId: string | null;
  outcome: Outcome;
  details: Record<string, string | number | boolean | null>;
}

interface AuditPage {
  items: AuditEvent[];
  nextCursor: string | null;
}

/** The query filters as the API takes them (ISO instants for the period). */
type Filters = Partial<
  Record<'actorId' | 'resourceType' | 'resourceId' | 'action' | 'outcome' | 'from' | 'to', string>
>;

const OUTCOME_KEYS: Readonly<Record<Outcome, MessageKey>> = {
  success: 'console.audit.outcomeSuccess',
  failure: 'console.audit.outcomeFailure',
  denied: 'console.audit.outcomeDenied',
};

const FILTER_FIELDS = ['actorId', 'resourceType', 'resourceId', 'action', 'outcome', 'from', 'to'] as const;
const filterId = (name: string) => `audit-${name}`;

/** `2024-05-01` → the start of that day in the browser's time zone, as an ISO instant; `days` moves it on. */
function dayStart(date: string, days = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(day.getTime()) ? undefined : day.toISOString();
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; items: AuditEvent[]; nextCursor: string | null; more: boolean };

/** The audit viewer: filters, the events newest first, and older ones page by page ("load more"). */
export function AuditPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  useDocumentTitle(t('console.audit.title'));
  const [filters, setFilters] = useState<Filters>({});
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  useEffect(() => {
    let current = true;
    setLoaded({ kind: 'loading' });
    api
      .get<AuditPage>(`/api/v1/audit-events${queryString(filters)}`)
      .then((page) => {
        if (current)
          setLoaded({ kind: 'ready', items: page.items, nextCursor: page.nextCursor, more: false });
      })
      .catch((error: unknown) => {
        if (!current) return;
        const problems = fieldErrors(error);
        setFields(problems);
        setLoaded({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
      });
    return () => {
      current = false;
    };
  }, [api, filters]);

  useEffect(() => {
    const first = FILTER_FIELDS.find((name) => fields[name]);
    if (first) document.getElementById(filterId(first))?.focus();
  }, [fields]);

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const next: Filters = {
      actorId: value('actorId') || undefined,
      resourceType: value('resourceType') || undefined,
      resourceId: value('resourceId') || undefined,
      action: value('action') || undefined,
      outcome: value('outcome') || undefined,
      from: value('from') ? dayStart(value('from')) : undefined,
      // The "to" day is included: the API's `to` is exclusive, so it is the start of the next day.
      to: value('to') ? dayStart(value('to'), 1) : undefined,
    };
    const problems: Record<string, string> = {};
    if (value('from') && !next.from) problems.from = t('errors.validation.invalidValue');
    if (value('to') && !next.to) problems.to = t('errors.validation.invalidValue');
    if (next.resourceId && !next.resourceType) problems.resourceType = t('console.audit.resourceIdNeedsType');
    if (next.from && next.to && next.to <= next.from) problems.to = t('console.audit.toBeforeFrom');
    setFields(problems);
    if (Object.keys(problems).length) return;
    setMoreError(undefined);
    setFilters(next);
  };

  const onClear = () => {
    formRef.current?.reset();
    setFields({});
    setMoreError(undefined);
    setFilters({});
  };

  const loadMore = async () => {
    if (loaded.kind !== 'ready' || !loaded.nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api.get<AuditPage>(
        `/api/v1/audit-events${queryString({ ...filters, cursor: loaded.nextCursor })}`,
      );
      setLoaded({
        kind: 'ready',
        items: [...loaded.items, ...page.items],
        nextCursor: page.nextCursor,
        more: true,
      });
    } catch (error) {
      setMoreError(errorMessage(translator, error));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <h1 tabindex={-1}>{t('console.audit.title')}</h1>
      <p>{t('console.audit.intro')}</p>
      <section aria-labelledby="audit-filters" class="panel">
        <h2 id="audit-filters">{t('console.audit.filters')}</h2>
        <form ref={formRef} class="filters" method="get" noValidate onSubmit={onSubmit}>
          <Field
            id={filterId('actorId')}
            name="actorId"
            autocomplete="off"
            required={false}
            label={t('console.audit.actorId')}
            error={fields.actorId}
          />
          <Field
            id={filterId('resourceType')}
            name="resourceType"
            autocomplete="off"
            required={false}
            label={t('console.audit.resourceType')}
            error={fields.resourceType}
          />
          <Field
            id={filterId('resourceId')}
            name="resourceId"
            autocomplete="off"
            required={false}
            label={t('console.audit.resourceId')}
            error={fields.resourceId}
          />
          <Field
            id={filterId('action')}
            name="action"
            autocomplete="off"
            required={false}
            label={t('console.audit.action')}
            error={fields.action}
          />
          <SelectField
            id={filterId('outcome')}
            name="outcome"
            label={t('console.audit.outcome')}
            initial=""
            options={[
              { value: '', label: t('console.audit.outcomeAny') },
              ...(Object.keys(OUTCOME_KEYS) as Outcome[]).map((outcome) => ({
                value: outcome,
                label: t(OUTCOME_KEYS[outcome]),
              })),
            ]}
            error={fields.outcome}
          />
          <Field
            id={filterId('from')}
            name="from"
            type="date"
            autocomplete="off"
            required={false}
            label={t('console.audit.from')}
            error={fields.from}
          />
          <Field
            id={filterId('to')}
            name="to"
            type="date"
            autocomplete="off"
            required={false}
            label={t('console.audit.to')}
            error={fields.to}
          />
          <div class="actions filters__actions">
            <button class="button" type="submit">
              {t('console.audit.show')}
            </button>
            <button class="button button--secondary" type="button" onClick={onClear}>
              {t('console.audit.clear')}
            </button>
          </div>
        </form>
      </section>

      {loaded.kind === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.kind === 'failed' ? <Message kind="error">{loaded.message}</Message> : null}
      {loaded.kind === 'ready' && loaded.items.length === 0 ? (
        <p role="status">{t('console.audit.empty')}</p>
      ) : null}
      {loaded.kind === 'ready' && loaded.items.length > 0 ? (
        <>
          <AuditTable items={loaded.items} />
          <p role="status">
            {t('console.audit.count', { count: loaded.items.length })}
            {loaded.nextCursor ? '' : ` ${t('console.audit.end')}`}
          </p>
          {moreError ? <Message kind="error">{moreError}</Message> : null}
          {loaded.nextCursor ? (
            <p>
              <button
                type="button"
                class="button button--secondary"
                disabled={loadingMore}
                onClick={() => void loadMore()}
              >
                {t('console.audit.loadMore')}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function AuditTable({ items }: { items: readonly AuditEvent[] }) {
  const translator = useI18n();
  const { t } = translator;
  return (
    <Table id="audit-table" caption={t('console.audit.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('console.audit.time')}</th>
          <th scope="col">{t('console.audit.actor')}</th>
          <th scope="col">{t('console.audit.action')}</th>
          <th scope="col">{t('console.audit.record')}</th>
          <th scope="col">{t('console.audit.outcome')}</th>
          <th scope="col">{t('console.audit.fields')}</th>
          <th scope="col">{t('console.audit.details')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((event) => (
          <tr key={event.id}>
            <th scope="row">
              <time dateTime={event.occurredAt}>{formatDateTime(translator.locale, event.occurredAt)}</time>
            </th>
            <td>
              {event.actor ? (
                <>
                  <code class="identifier">{event.actor.id}</code>
                  {event.actor.role ? (
                    <span class="cell-note">
                      {isRole(event.actor.role) ? roleName(translator, event.actor.role) : event.actor.role}
                    </span>
                  ) : null}
                </>
              ) : (
                t('console.audit.system')
              )}
            </td>
            <td>
              <code>{event.action}</code>
            </td>
            <td>
              <code>{event.resourceType}</code>
              {event.resourceId ? <code class="identifier cell-note">{event.resourceId}</code> : null}
            </td>
            <td class={`outcome outcome--${event.outcome}`}>{t(OUTCOME_KEYS[event.outcome])}</td>
            <td>{event.fields.join(', ')}</td>
            <td>
              {Object.keys(event.details).length ? (
                <ul class="details-list">
                  {Object.entries(event.details).map(([key, value]) => (
                    <li key={key}>
                      <code>{key}</code>: {String(value)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
