import type { HelpRequestStatus } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { errorMessage, fieldErrors, queryString } from '../../api';
import { Field, SelectField } from '../../components/Field';
import { Link } from '../../components/Link';
import { Message } from '../../components/Message';
import { Table } from '../../components/Table';
import { useDocumentTitle } from '../../document-title';
import { formatDateTime } from '../../format';
import { useConsole } from '../../session';
import {
  INBOX_RECORD_PATH,
  STATUS_KEYS,
  WAY_KEYS,
  languageOf,
  type HelpRequestPage,
  type HelpRequestSummary,
} from './inbox-types';
import './inbox.css';

type StatusFilter = HelpRequestStatus | 'all';

interface Filters {
  status: StatusFilter;
  code?: string | undefined;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; items: HelpRequestSummary[]; nextCursor: string | null };

const PAGE_SIZE = 25;

/**
 * The inbox: help requests from the public app, newest first (open ones by default), older ones by "load
 * more". The list shows no contents: the story and the contact details are decrypted only when a request is
 * opened, and that read is audited.
 */
export function InboxPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  useDocumentTitle(t('console.inbox.title'));
  const [filters, setFilters] = useState<Filters>({ status: 'open' });
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [codeError, setCodeError] = useState<string | undefined>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | undefined>();
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  const target = (cursor?: string) =>
    `/api/v1/help-requests${queryString({
      status: filters.status === 'all' ? undefined : filters.status,
      code: filters.code,
      limit: String(PAGE_SIZE),
      cursor,
    })}`;

  useEffect(() => {
    let current = true;
    setLoaded({ kind: 'loading' });
    api
      .get<HelpRequestPage>(target())
      .then((page) => {
        if (current) setLoaded({ kind: 'ready', items: page.items, nextCursor: page.nextCursor });
      })
      .catch((error: unknown) => {
        if (!current) return;
        const problems = fieldErrors(error);
        if (problems.code) {
          setCodeError(problems.code);
          document.getElementById('inbox-code')?.focus();
        }
        setLoaded({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
      });
    return () => {
      current = false;
    };
  }, [api, filters]);

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = String(data.get('status') ?? 'open') as StatusFilter;
    const code = String(data.get('code') ?? '').trim();
    setCodeError(undefined);
    setMoreError(undefined);
    // A code search looks at every request, open or handled.
    setFilters({ status: code ? 'all' : status, code: code || undefined });
  };

  const loadMore = async () => {
    if (loaded.kind !== 'ready' || !loaded.nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api.get<HelpRequestPage>(target(loaded.nextCursor));
      setLoaded({ kind: 'ready', items: [...loaded.items, ...page.items], nextCursor: page.nextCursor });
    } catch (error) {
      setMoreError(errorMessage(translator, error));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <h1 tabindex={-1}>{t('console.inbox.title')}</h1>
      <p>{t('console.inbox.intro')}</p>
      <section aria-labelledby="inbox-filters" class="panel">
        <h2 id="inbox-filters">{t('console.inbox.filter.title')}</h2>
        <form class="filters" method="get" noValidate onSubmit={onSubmit}>
          <SelectField
            id="inbox-status"
            name="status"
            label={t('console.inbox.filter.status')}
            initial="open"
            options={[
              { value: 'open', label: t('console.inbox.filter.open') },
              { value: 'handled', label: t('console.inbox.filter.handled') },
              { value: 'all', label: t('console.inbox.filter.all') },
            ]}
          />
          <Field
            id="inbox-code"
            name="code"
            autocomplete="off"
            required={false}
            label={t('console.inbox.filter.code')}
            hint={t('console.inbox.filter.codeHint')}
            error={codeError}
          />
          <div class="actions filters__actions">
            <button class="button" type="submit">
              {t('console.inbox.filter.show')}
            </button>
          </div>
        </form>
      </section>

      {loaded.kind === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.kind === 'failed' ? <Message kind="error">{loaded.message}</Message> : null}
      {loaded.kind === 'ready' && loaded.items.length === 0 ? (
        <p role="status">{t('console.inbox.empty')}</p>
      ) : null}
      {loaded.kind === 'ready' && loaded.items.length > 0 ? (
        <>
          <Table id="inbox-table" caption={t('console.inbox.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('console.inbox.code')}</th>
                <th scope="col">{t('console.inbox.received')}</th>
                <th scope="col">{t('console.inbox.language')}</th>
                <th scope="col">{t('console.inbox.contact')}</th>
                <th scope="col">{t('console.inbox.offer')}</th>
                <th scope="col">{t('console.inbox.status')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link href={INBOX_RECORD_PATH(item.id)} class="inbox-code">
                      {item.code}
                    </Link>
                  </th>
                  <td>
                    <time dateTime={item.createdAt}>{formatDateTime(translator.locale, item.createdAt)}</time>
                  </td>
                  <td lang={item.lang}>{languageOf(item.lang)}</td>
                  <td>{item.contactWay ? t(WAY_KEYS[item.contactWay]) : t('console.inbox.anonymous')}</td>
                  <td>{item.hasOffer ? t('console.inbox.offerAttached') : '–'}</td>
                  <td class={`inbox-status inbox-status--${item.status}`}>{t(STATUS_KEYS[item.status])}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p role="status">
            {t('console.inbox.count', { count: loaded.items.length })}
            {loaded.nextCursor ? '' : ` ${t('console.inbox.end')}`}
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
                {t('console.inbox.loadMore')}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
