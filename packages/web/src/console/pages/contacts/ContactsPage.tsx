import { can } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { errorMessage, queryString } from '../../api';
import { SelectField } from '../../components/Field';
import { Link } from '../../components/Link';
import { Message } from '../../components/Message';
import { Table } from '../../components/Table';
import { useDocumentTitle } from '../../document-title';
import { formatDateTime, staffName } from '../../format';
import { useConsole, useSession } from '../../session';
import { contactPath, URGENCY_CLASS, valueLabel, VOCABULARIES, type Contact } from './contact-types';
import './contacts.css';

interface Page {
  items: Contact[];
  nextCursor: string | null;
}

type Filters = Partial<Record<'topic' | 'urgency' | 'outcome', string>>;

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; items: Contact[]; nextCursor: string | null };

const FILTERS = ['topic', 'urgency', 'outcome'] as const;

/** The hotline's log: contacts newest first, filtered by topic, urgency and outcome, older ones on request. */
export function ContactsPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api, navigate } = useConsole();
  const session = useSession();
  useDocumentTitle(t('console.contacts.title'));
  const [filters, setFilters] = useState<Filters>({});
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | undefined>();
  const firstNewRow = useRef<string | undefined>();
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  useEffect(() => {
    let current = true;
    setLoaded({ kind: 'loading' });
    api
      .get<Page>(`/api/v1/contacts${queryString(filters)}`)
      .then((page) => {
        if (current) setLoaded({ kind: 'ready', items: page.items, nextCursor: page.nextCursor });
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
      });
    return () => {
      current = false;
    };
  }, [api, filters]);

  // After "load more", the focus goes to the first newly loaded contact.
  useEffect(() => {
    if (!firstNewRow.current) return;
    document.getElementById(`contact-link-${firstNewRow.current}`)?.focus();
    firstNewRow.current = undefined;
  });

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: Filters = {};
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '');
      if (value) next[name] = value;
    }
    setMoreError(undefined);
    setFilters(next);
  };

  const loadMore = async () => {
    if (loaded.kind !== 'ready' || !loaded.nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api.get<Page>(
        `/api/v1/contacts${queryString({ ...filters, cursor: loaded.nextCursor })}`,
      );
      firstNewRow.current = page.items[0]?.id;
      setLoaded({ kind: 'ready', items: [...loaded.items, ...page.items], nextCursor: page.nextCursor });
    } catch (error) {
      setMoreError(errorMessage(translator, error));
    } finally {
      setLoadingMore(false);
    }
  };

  const filterOptions = (name: (typeof FILTERS)[number]) => [
    { value: '', label: t('console.contacts.filterAny') },
    ...VOCABULARIES[name].map((value) => ({ value, label: valueLabel(translator, name, value) })),
  ];

  return (
    <>
      <h1 tabindex={-1}>{t('console.contacts.title')}</h1>
      {can(session.user.role, 'contact.write') ? (
        <p>
          <Link href="/console/contacts/new" class="button">
            {t('console.contacts.new')}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="contacts-filters" class="panel">
        <h2 id="contacts-filters">{t('console.contacts.filters')}</h2>
        <form class="filters" method="get" noValidate onSubmit={onSubmit}>
          {FILTERS.map((name) => (
            <SelectField
              key={name}
              id={`contacts-filter-${name}`}
              name={name}
              label={t(`console.contacts.field.${name}`)}
              options={filterOptions(name)}
              initial=""
            />
          ))}
          <div class="actions filters__actions">
            <button class="button" type="submit">
              {t('console.contacts.show')}
            </button>
          </div>
        </form>
      </section>

      {loaded.kind === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.kind === 'failed' ? <Message kind="error">{loaded.message}</Message> : null}
      {loaded.kind === 'ready' && loaded.items.length === 0 ? (
        <p role="status">{t('console.contacts.empty')}</p>
      ) : null}
      {loaded.kind === 'ready' && loaded.items.length > 0 ? (
        <>
          <Table id="contacts-table" caption={t('console.contacts.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('console.contacts.field.code')}</th>
                <th scope="col">{t('console.contacts.field.occurredAt')}</th>
                <th scope="col">{t('console.contacts.field.channel')}</th>
                <th scope="col">{t('console.contacts.field.topic')}</th>
                <th scope="col">{t('console.contacts.field.urgency')}</th>
                <th scope="col">{t('console.contacts.field.caller')}</th>
                <th scope="col">{t('console.contacts.field.outcome')}</th>
                <th scope="col">{t('console.contacts.field.handledBy')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a
                      id={`contact-link-${c.id}`}
                      href={contactPath(c.id)}
                      onClick={(event) => {
                        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
                        event.preventDefault();
                        navigate(contactPath(c.id));
                      }}
                    >
                      {c.code}
                    </a>
                  </th>
                  <td>
                    <time dateTime={c.occurredAt}>{formatDateTime(translator.locale, c.occurredAt)}</time>
                    <span class="cell-note">{valueLabel(translator, 'direction', c.direction)}</span>
                  </td>
                  <td>{valueLabel(translator, 'channel', c.channel)}</td>
                  <td>{valueLabel(translator, 'topic', c.topic)}</td>
                  <td>
                    <span class={URGENCY_CLASS[c.urgency]}>
                      {valueLabel(translator, 'urgency', c.urgency)}
                    </span>
                  </td>
                  <td>
                    {valueLabel(translator, 'callerKind', c.caller.kind)}
                    {c.caller.name || c.caller.phone ? (
                      <span class="cell-note">
                        {[c.caller.name, c.caller.phone].filter(Boolean).join(' · ')}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {c.outcome
                      ? valueLabel(translator, 'outcome', c.outcome)
                      : t('console.contacts.outcomeOpen')}
                  </td>
                  <td>{staffName(translator, c.handledBy.displayName)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p role="status">
            {t('console.contacts.count', { count: loaded.items.length })}
            {loaded.nextCursor ? '' : ` ${t('console.contacts.end')}`}
          </p>
          {moreError ? <Message kind="error">{moreError}</Message> : null}
          {loaded.nextCursor ? (
            <button
              type="button"
              class="button button--secondary"
              disabled={loadingMore}
              onClick={() => void loadMore()}
            >
              {t('console.contacts.loadMore')}
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
