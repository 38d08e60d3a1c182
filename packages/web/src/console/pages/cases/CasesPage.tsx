import { CASE_STATUSES, can, type CaseStatus } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { errorMessage, queryString } from '../../api';
import { SelectField } from '../../components/Field';
import { Link } from '../../components/Link';
import { Message } from '../../components/Message';
import { Table } from '../../components/Table';
import { useDocumentTitle } from '../../document-title';
import { formatDateTime } from '../../format';
import { CONSOLE_PATHS, RECORD_PATH_PREFIXES } from '../../routes';
import { useConsole } from '../../session';
import { vocab, type CaseListItem, type Page } from './case-types';
import './cases.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; items: CaseListItem[]; nextCursor: string | null };

/** The team's cases, newest first, filtered by status, older ones page by page. */
export function CasesPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api, session } = useConsole();
  useDocumentTitle(t('console.cases.title'));
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | undefined>();
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  useEffect(() => {
    let current = true;
    setLoaded({ kind: 'loading' });
    api
      .get<Page<CaseListItem>>(`/api/v1/cases${queryString({ status: status || undefined })}`)
      .then((page) => {
        if (current) setLoaded({ kind: 'ready', items: page.items, nextCursor: page.nextCursor });
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
      });
    return () => {
      current = false;
    };
  }, [api, status]);

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('status') ?? '');
    setMoreError(undefined);
    setStatus((CASE_STATUSES as readonly string[]).includes(value) ? (value as CaseStatus) : '');
  };

  const loadMore = async () => {
    if (loaded.kind !== 'ready' || !loaded.nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api.get<Page<CaseListItem>>(
        `/api/v1/cases${queryString({ status: status || undefined, cursor: loaded.nextCursor })}`,
      );
      setLoaded({ kind: 'ready', items: [...loaded.items, ...page.items], nextCursor: page.nextCursor });
    } catch (error) {
      setMoreError(errorMessage(translator, error));
    } finally {
      setLoadingMore(false);
    }
  };

  const canWrite = session ? can(session.user.role, 'case.write') : false;
  return (
    <>
      <h1 tabindex={-1}>{t('console.cases.title')}</h1>
      <p>{t('console.cases.intro')}</p>
      {canWrite ? (
        <p>
          <Link href={CONSOLE_PATHS.caseNew} class="button">
            {t('console.cases.new')}
          </Link>
        </p>
      ) : null}
      <form class="filters" method="get" noValidate onSubmit={onSubmit}>
        <SelectField
          id="cases-status"
          name="status"
          label={t('console.cases.filterStatus')}
          initial=""
          options={[
            { value: '', label: t('console.cases.anyStatus') },
            ...CASE_STATUSES.map((s) => ({ value: s, label: vocab(t, 'status', s) })),
          ]}
        />
        <div class="actions filters__actions">
          <button class="button" type="submit">
            {t('console.cases.show')}
          </button>
        </div>
      </form>
      {loaded.kind === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.kind === 'failed' ? <Message kind="error">{loaded.message}</Message> : null}
      {loaded.kind === 'ready' && loaded.items.length === 0 ? (
        <p role="status">{t('console.cases.empty')}</p>
      ) : null}
      {loaded.kind === 'ready' && loaded.items.length > 0 ? (
        <>
          <Table id="cases-table" caption={t('console.cases.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('console.cases.code')}</th>
                <th scope="col">{t('cases.field.kind')}</th>
                <th scope="col">{t('cases.field.status')}</th>
                <th scope="col">{t('cases.field.forms')}</th>
                <th scope="col">{t('console.cases.countries')}</th>
                <th scope="col">{t('console.cases.persons')}</th>
                <th scope="col">{t('console.cases.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link href={`${RECORD_PATH_PREFIXES.case ?? ''}${item.id}`}>{item.code}</Link>
                  </th>
                  <td>{vocab(t, 'kind', item.kind)}</td>
                  <td>
                    {vocab(t, 'status', item.status)}
                    {item.closeRequested ? (
                      <span class="cell-note">{t('console.cases.closeRequestedShort')}</span>
                    ) : null}
                  </td>
                  <td>{item.forms.map((f) => vocab(t, 'form', f)).join(', ')}</td>
                  <td>{item.countries.join(', ')}</td>
                  <td>{item.personCount}</td>
                  <td>
                    <time dateTime={item.updatedAt}>{formatDateTime(translator.locale, item.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p role="status">
            {t('console.cases.count', { count: loaded.items.length })}
            {loaded.nextCursor ? '' : ` ${t('console.cases.end')}`}
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
                {t('console.cases.loadMore')}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
