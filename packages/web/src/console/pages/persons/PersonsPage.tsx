import type { MessageKey, Translator } from '@putokaz/core';
import { can } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { errorMessage } from '../../api';
import { Link } from '../../components/Link';
import { Message } from '../../components/Message';
import { Table } from '../../components/Table';
import { useDocumentTitle } from '../../document-title';
import { formatDateTime } from '../../format';
import { useConsole, useSession } from '../../session';
import { displayName, personPath, type Page, type PersonSummary } from './person-types';
import './persons.css';

/** A row of the list or of the search results. */
interface Row {
  id: string;
  code: string;
  givenName: string | null;
  familyName: string | null;
  identificationStatus?: PersonSummary['identificationStatus'];
  createdAt?: string;
  erased: boolean;
  keepDataWithdrawn: boolean;
}

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'list'; rows: Row[]; nextCursor: string | null; loadingMore: boolean }
  | { kind: 'search'; query: string; rows: Row[] };

/** Notes of a row: erased, or consent to keep data withdrawn. */
export function PersonNotes({
  row,
  translator,
}: {
  row: Pick<Row, 'erased' | 'keepDataWithdrawn'>;
  translator: Translator;
}) {
  return (
    <>
      {row.erased ? (
        <span class="person-mark person-mark--erased">{translator.t('console.persons.erased')}</span>
      ) : null}
      {row.keepDataWithdrawn ? (
        <span class="person-mark person-mark--withdrawn">
          {translator.t('console.persons.keepDataWithdrawn')}
        </span>
      ) : null}
    </>
  );
}

/** Persons within the user's scope, newest first, with one search box and "load more". */
export function PersonsPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const session = useSession();
  useDocumentTitle(t('console.persons.title'));
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [query, setQuery] = useState('');
  const translatorRef = useRef(translator);
  translatorRef.current = translator;
  const firstNewRow = useRef<string | undefined>(undefined);

  const loadList = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      const page = await api.get<Page<PersonSummary>>('/api/v1/persons?limit=25');
      setState({ kind: 'list', rows: page.items, nextCursor: page.nextCursor, loadingMore: false });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
    }
  }, [api]);

  useEffect(() => {
    void loadList();
  }, [loadList]);

  // After "load more", focus moves to the first new row's link, so keyboard users continue where they were.
  useEffect(() => {
    if (!firstNewRow.current) return;
    document.getElementById(`person-link-${firstNewRow.current}`)?.focus();
    firstNewRow.current = undefined;
  });

  const loadMore = async () => {
    if (state.kind !== 'list' || !state.nextCursor) return;
    setState({ ...state, loadingMore: true });
    try {
      const page = await api.get<Page<PersonSummary>>(
        `/api/v1/persons?limit=25&cursor=${encodeURIComponent(state.nextCursor)}`,
      );
      firstNewRow.current = page.items[0]?.id;
      setState({
        kind: 'list',
        rows: [...state.rows, ...page.items],
        nextCursor: page.nextCursor,
        loadingMore: false,
      });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(translator, error) });
    }
  };

  const onSearch = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = query.trim();
    if (!q) {
      void loadList();
      return;
    }
    setState({ kind: 'loading' });
    try {
      const answer = await api.get<{ results: (Row & { type: string })[] }>(
        `/api/v1/search?q=${encodeURIComponent(q)}&limit=50`,
      );
      setState({ kind: 'search', query: q, rows: answer.results.filter((r) => r.type === 'person') });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(translator, error) });
    }
  };

  const rows = state.kind === 'list' || state.kind === 'search' ? state.rows : [];
  return (
    <>
      <h1 tabindex={-1}>{t('console.persons.title')}</h1>
      {can(session.user.role, 'person.write') ? (
        <p>
          <Link href="/console/persons/new" class="button">
            {t('console.persons.create')}
          </Link>
        </p>
      ) : null}
      <form role="search" class="filters" onSubmit={onSearch}>
        <div class="field">
          <label for="person-search">{t('console.persons.searchLabel')}</label>
          <p id="person-search-hint" class="field__hint">
            {t('console.persons.searchHint')}
          </p>
          <input
            id="person-search"
            name="q"
            type="search"
            autocomplete="off"
            spellcheck={false}
            maxLength={200}
            aria-describedby="person-search-hint"
            value={query}
            onInput={(event: TargetedEvent<HTMLInputElement>) => setQuery(event.currentTarget.value)}
          />
        </div>
        <div class="filters__actions">
          <button type="submit" class="button">
            {t('console.persons.searchSubmit')}
          </button>
          {state.kind === 'search' ? (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setQuery('');
                void loadList();
              }}
            >
              {t('console.persons.searchClear')}
            </button>
          ) : null}
        </div>
      </form>
      <div role="status">
        {state.kind === 'loading' ? <p>{t('console.persons.loading')}</p> : null}
        {state.kind === 'search' && rows.length === 0 ? <p>{t('console.persons.noResults')}</p> : null}
        {state.kind === 'list' && rows.length === 0 ? <p>{t('console.persons.empty')}</p> : null}
      </div>
      {state.kind === 'failed' ? <Message kind="error">{state.message}</Message> : null}
      {rows.length ? (
        <Table
          id="persons-table"
          caption={t(state.kind === 'search' ? 'console.persons.searchCaption' : 'console.persons.caption')}
        >
          <thead>
            <tr>
              <th scope="col">{t('console.persons.colCode')}</th>
              <th scope="col">{t('console.persons.colName')}</th>
              {state.kind === 'list' ? <th scope="col">{t('console.persons.colStatus')}</th> : null}
              {state.kind === 'list' ? <th scope="col">{t('console.persons.colCreated')}</th> : null}
              <th scope="col">{t('console.persons.colNotes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <span id={`person-link-${row.id}`} tabindex={-1}>
                    <Link href={personPath(row.id)}>{row.code}</Link>
                  </span>
                </th>
                <td>{row.erased ? t('console.persons.erased') : displayName(row)}</td>
                {state.kind === 'list' ? (
                  <td>
                    {row.identificationStatus
                      ? t(`persons.status.${row.identificationStatus}` as MessageKey)
                      : null}
                  </td>
                ) : null}
                {state.kind === 'list' ? (
                  <td>{row.createdAt ? formatDateTime(translator.locale, row.createdAt) : null}</td>
                ) : null}
                <td>
                  <PersonNotes row={row} translator={translator} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {state.kind === 'list' && state.nextCursor ? (
        <p>
          <button
            type="button"
            class="button button--secondary"
            disabled={state.loadingMore}
            onClick={() => void loadMore()}
          >
            {t('console.persons.loadMore')}
          </button>
        </p>
      ) : null}
    </>
  );
}
