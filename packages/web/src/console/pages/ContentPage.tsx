import {
  ALERT_LIMITS,
  CONTENT_LOCALES,
  PAGE_LIMITS,
  allowedStatusChanges,
  contentSourceLocale,
  contentTextFor,
  splitPageSections,
  type ContentLocale,
  type ContentStatus,
  type Locale,
  type MessageKey,
} from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { LOCALE_AUTONYMS } from '../../shared/locale';
import { Markdown } from '../../shared/Markdown';
import { ApiError, errorMessage, fieldErrors } from '../api';
import { Field, FieldNotes, SelectField, describedBy } from '../components/Field';
import { Message } from '../components/Message';
import { Table } from '../components/Table';
import { useDocumentTitle } from '../document-title';
import { formatDateTime, staffName } from '../format';
import { useConsole, type SessionApi } from '../session';
import './content.css';

interface StaffRef {
  readonly id: string;
  readonly displayName: string | null;
}

interface TranslationSummary {
  readonly status: ContentStatus;
  readonly title: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly publishedAt: string | null;
}

interface AlertSummary {
  readonly id: string;
  readonly slug: string;
  /** Alerts only: pages have no date. */
  readonly date?: string;
  readonly version: number;
  readonly translations: Partial<Record<ContentLocale, TranslationSummary>>;
}

interface Translation {
  readonly locale: ContentLocale;
  readonly title: string;
  readonly body: string;
  readonly status: ContentStatus;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: StaffRef | null;
  readonly published: { title: string; body: string; publishedAt: string } | null;
  readonly editedSinceImport: boolean;
}

interface AlertDetail {
  readonly id: string;
  readonly slug: string;
  readonly date?: string;
  readonly version: number;
  readonly translations: Partial<Record<ContentLocale, Translation>>;
}

const STATUS_KEYS: Readonly<Record<ContentStatus, MessageKey>> = {
  draft: 'console.content.status.draft',
  reviewed: 'console.content.status.reviewed',
  published: 'console.content.status.published',
};

/** The button that moves a translation to a status, from where it is. */
function statusButtonKey(from: ContentStatus, to: ContentStatus): MessageKey {
  if (to === 'reviewed') return 'console.content.editor.markReviewed';
  if (to === 'published') return 'console.content.editor.publish';
  return from === 'published' ? 'console.content.editor.withdraw' : 'console.content.editor.backToDraft';
}

const ALERTS_API = '/api/v1/content/alerts';
const PAGES_API = '/api/v1/content/pages';

/**
 * What the content page edits: scam alerts, or the informational pages. Both share the table, the editor and
 * the workflow; pages have no date, are never created or deleted here, and their text is a page document
 * (front matter and `## Heading {#id}` sections, docs/content.md).
 */
type ContentKind = 'alerts' | 'pages';
const API: Readonly<Record<ContentKind, string>> = { alerts: ALERTS_API, pages: PAGES_API };

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; alerts: AlertSummary[] };
type Notice = { kind: 'success' | 'error' | 'info'; text: string };

/** The alert's title in the console's language if it has one (Serbian Latin from the Cyrillic), else another. */
function alertTitle(alert: AlertSummary, locale: Locale): string {
  const first = contentSourceLocale(locale);
  for (const l of [first, ...CONTENT_LOCALES.filter((c) => c !== first)]) {
    const title = alert.translations[l]?.title;
    if (title) return l === 'sr-Cyrl' ? contentTextFor(locale, title) : title;
  }
  return alert.slug;
}

async function fetchItems(api: SessionApi, kind: ContentKind): Promise<AlertSummary[]> {
  const url = kind === 'alerts' ? `${ALERTS_API}?limit=100` : PAGES_API;
  return (await api.get<{ items: AlertSummary[] }>(url)).items;
}

/**
 * Content of the public app: scam alerts or the informational pages, each a list with every language's
 * status, and the editor of one item.
 */
export function ContentPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  useDocumentTitle(t('console.content.title'));
  const [kind, setKind] = useState<ContentKind>('alerts');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [selected, setSelected] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  const reload = useCallback(async () => {
    try {
      setLoaded({ kind: 'ready', alerts: await fetchItems(api, kind) });
    } catch (error) {
      setLoaded({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
    }
  }, [api, kind]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const alerts = loaded.kind === 'ready' ? loaded.alerts : [];

  return (
    <>
      <h1 tabindex={-1}>{t('console.content.title')}</h1>
      <fieldset class="content-kind">
        <legend>{t('console.content.kind')}</legend>
        {(['alerts', 'pages'] as const).map((k) => (
          <label key={k} class="content-kind__option">
            <input
              type="radio"
              name="content-kind"
              value={k}
              checked={kind === k}
              onChange={() => {
                setSelected(undefined);
                setNotice(undefined);
                setLoaded({ kind: 'loading' });
                setKind(k);
              }}
            />{' '}
            {t(k === 'alerts' ? 'console.content.kind.alerts' : 'console.content.kind.pages')}
          </label>
        ))}
      </fieldset>
      <p>{t(kind === 'alerts' ? 'console.content.intro' : 'console.content.pages.intro')}</p>
      {notice ? <Message kind={notice.kind}>{notice.text}</Message> : null}
      {loaded.kind === 'loading' ? (
        <p role="status">
          {t(kind === 'alerts' ? 'console.content.loading' : 'console.content.pages.loading')}
        </p>
      ) : null}
      {loaded.kind === 'failed' ? <Message kind="error">{loaded.message}</Message> : null}
      {loaded.kind === 'ready' && alerts.length === 0 ? (
        <p>{t(kind === 'alerts' ? 'console.content.empty' : 'console.content.pages.empty')}</p>
      ) : null}
      {loaded.kind === 'ready' && alerts.length > 0 ? (
        <AlertsTable
          kind={kind}
          alerts={alerts}
          selected={selected}
          onSelect={(id) => {
            setNotice(undefined);
            setSelected(id);
          }}
        />
      ) : null}
      {selected ? (
        <AlertEditor
          key={`${kind}-${selected}`}
          kind={kind}
          id={selected}
          onChanged={() => void reload()}
          onDeleted={() => {
            setSelected(undefined);
            setNotice({ kind: 'success', text: t('console.content.deleted') });
            void reload();
          }}
          onClose={() => {
            setSelected(undefined);
            document.getElementById(`edit-${selected}`)?.focus();
          }}
        />
      ) : null}
      {kind === 'alerts' ? (
        <NewAlert
          onCreated={(alert) => {
            void reload();
            setSelected(alert.id);
            setNotice({ kind: 'success', text: t('console.content.new.created', { slug: alert.slug }) });
          }}
        />
      ) : null}
    </>
  );
}

function StatusBadge({ translation }: { translation: TranslationSummary | undefined }) {
  const { t } = useI18n();
  if (!translation)
    return <span class="status-badge status-badge--missing">{t('console.content.status.missing')}</span>;
  return (
    <>
      <span class={`status-badge status-badge--${translation.status}`}>
        {t(STATUS_KEYS[translation.status])}
      </span>
      {translation.publishedAt && translation.status !== 'published' ? (
        <span class="cell-note">{t('console.content.olderPublic')}</span>
      ) : null}
    </>
  );
}

function AlertsTable({
  kind,
  alerts,
  selected,
  onSelect,
}: {
  kind: ContentKind;
  alerts: readonly AlertSummary[];
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <Table
      id={kind === 'alerts' ? 'alerts-table' : 'pages-table'}
      caption={t(kind === 'alerts' ? 'console.content.caption' : 'console.content.pages.caption')}
    >
      <thead>
        <tr>
          <th scope="col">{t(kind === 'alerts' ? 'console.content.alert' : 'console.content.page')}</th>
          {kind === 'alerts' ? <th scope="col">{t('console.content.date')}</th> : null}
          {CONTENT_LOCALES.map((l) => (
            <th scope="col" key={l} lang={l}>
              {LOCALE_AUTONYMS[l]}
            </th>
          ))}
          <th scope="col">{t('console.content.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {alerts.map((alert) => {
          const title = alertTitle(alert, locale);
          return (
            <tr key={alert.id} class={alert.id === selected ? 'is-selected' : undefined}>
              <th scope="row">
                {title}
                <span class="cell-note">{alert.slug}</span>
              </th>
              {kind === 'alerts' ? (
                <td>
                  <time dateTime={alert.date}>{alert.date}</time>
                </td>
              ) : null}
              {CONTENT_LOCALES.map((l) => (
                <td key={l}>
                  <StatusBadge translation={alert.translations[l]} />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  id={`edit-${alert.id}`}
                  class="button button--secondary button--small"
                  aria-label={t('console.content.editAlert', { title })}
                  aria-expanded={alert.id === selected ? 'true' : 'false'}
                  aria-controls={alert.id === selected ? 'alert-editor' : undefined}
                  onClick={() => onSelect(alert.id)}
                >
                  {t('console.content.edit')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

const LOCALE_OPTIONS = CONTENT_LOCALES.map((l) => ({ value: l, label: LOCALE_AUTONYMS[l] }));

/**
 * One alert or page: pick a language, edit its title and text with a live preview (the same renderer as the
 * public app), save, move it through the workflow.
 */
function AlertEditor({
  kind,
  id,
  onChanged,
  onDeleted,
  onClose,
}: {
  kind: ContentKind;
  id: string;
  onChanged: () => void;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const [alert, setAlert] = useState<AlertDetail | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [locale, setLocale] = useState<ContentLocale>(() => contentSourceLocale(translator.locale));
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  const translation = alert?.translations[locale];

  const load = useCallback(async () => {
    try {
      const fresh = await api.get<AlertDetail>(`${API[kind]}/${encodeURIComponent(id)}`);
      setAlert(fresh);
      setLoadError(undefined);
      return fresh;
    } catch (error) {
      setLoadError(errorMessage(translatorRef.current, error));
      return undefined;
    }
  }, [api, id, kind]);

  useEffect(() => {
    void load().then(() => headingRef.current?.focus());
  }, [load]);

  // The form shows the chosen language's working text whenever the language or the stored text changes.
  useEffect(() => {
    setTitle(translation?.title ?? '');
    setBody(translation?.body ?? '');
    setErrors({});
  }, [locale, translation?.version, alert?.id]);

  const dirty = title !== (translation?.title ?? '') || body !== (translation?.body ?? '');

  const failed = async (error: unknown) => {
    if (error instanceof ApiError && error.status === 409 && error.code === 'conflict') {
      await load();
      setNotice({
        kind: 'error',
        text: `${errorMessage(translator, error)} ${t('console.content.editor.reloaded')}`,
      });
      return;
    }
    const fields = fieldErrors(error);
    // A page text can have several problems (each with its line): show them all under the text.
    const bodyProblems =
      error instanceof ApiError ? error.details.filter((d) => d.path === 'body' && d.message) : [];
    if (bodyProblems.length > 1) fields.body = bodyProblems.map((d) => d.message).join(' ');
    setErrors(fields);
    setNotice({ kind: 'error', text: errorMessage(translator, error) });
  };

  const replaceTranslation = (next: Translation) =>
    setAlert((current) =>
      current ? { ...current, translations: { ...current.translations, [next.locale]: next } } : current,
    );

  const onSave = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!alert) return;
    if (!dirty) {
      setNotice({ kind: 'info', text: t('console.content.editor.unchanged') });
      return;
    }
    setBusy(true);
    setNotice(undefined);
    try {
      const saved = await api.patch<Translation>(`${API[kind]}/${alert.id}/translations/${locale}`, {
        version: translation?.version ?? 0,
        title,
        body,
      });
      replaceTranslation(saved);
      setErrors({});
      setNotice({ kind: 'success', text: t('console.content.editor.saved') });
      onChanged();
    } catch (error) {
      await failed(error);
    } finally {
      setBusy(false);
    }
  };

  const onStatus = async (status: ContentStatus) => {
    if (!alert || !translation) return;
    if (dirty) {
      setNotice({ kind: 'error', text: t('console.content.editor.saveFirst') });
      return;
    }
    setBusy(true);
    setNotice(undefined);
    try {
      const next = await api.post<Translation>(`${API[kind]}/${alert.id}/translations/${locale}/status`, {
        version: translation.version,
        status,
      });
      replaceTranslation(next);
      setNotice({
        kind: 'success',
        text: t('console.content.editor.statusChanged', { status: t(STATUS_KEYS[next.status]) }),
      });
      onChanged();
    } catch (error) {
      await failed(error);
    } finally {
      setBusy(false);
    }
  };

  const onUnpublish = async () => {
    if (!alert || !translation) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const next = await api.post<Translation>(`${API[kind]}/${alert.id}/translations/${locale}/unpublish`, {
        version: translation.version,
      });
      replaceTranslation(next);
      setNotice({ kind: 'success', text: t('console.content.editor.unpublished') });
      onChanged();
    } catch (error) {
      await failed(error);
    } finally {
      setBusy(false);
    }
  };

  const onDelete = async () => {
    if (!alert) return;
    setBusy(true);
    try {
      await api.delete(`${ALERTS_API}/${alert.id}`);
      onDeleted();
    } catch (error) {
      setConfirmDelete(false);
      await failed(error);
    } finally {
      setBusy(false);
    }
  };

  if (loadError && !alert) return <Message kind="error">{loadError}</Message>;
  if (!alert) return <p role="status">{t('console.content.loading')}</p>;

  const status = translation?.status;
  return (
    <section id="alert-editor" class="panel alert-editor" aria-labelledby="alert-editor-heading">
      <h2 id="alert-editor-heading" tabindex={-1} ref={headingRef}>
        {t(kind === 'alerts' ? 'console.content.editor.title' : 'console.content.editor.pageTitle', {
          slug: alert.slug,
        })}
      </h2>
      <SelectField
        id="alert-locale"
        name="locale"
        label={t('console.content.editor.language')}
        hint={t('console.content.derived')}
        options={LOCALE_OPTIONS}
        value={locale}
        onChange={(value) => {
          setNotice(undefined);
          setLocale(value as ContentLocale);
        }}
      />
      <div class="alert-editor__state" role="status">
        <p>
          {status
            ? t('console.content.editor.status', {
                status: t(STATUS_KEYS[status]),
                version: translation?.version ?? 0,
              })
            : t('console.content.editor.noText')}
        </p>
        {translation ? (
          <p>
            {translation.published
              ? t('console.content.editor.publicSince', {
                  date: formatDateTime(translator.locale, translation.published.publishedAt),
                })
              : t('console.content.editor.notPublic')}
            {translation.published && translation.status !== 'published'
              ? ` ${t('console.content.editor.olderPublicNote')}`
              : ''}
          </p>
        ) : null}
        {translation ? (
          <p class="cell-note">
            {t('console.content.editor.lastChange', {
              date: formatDateTime(translator.locale, translation.updatedAt),
              name: translation.updatedBy
                ? staffName(translator, translation.updatedBy.displayName, true)
                : t('console.content.editor.import'),
            })}
          </p>
        ) : null}
      </div>
      {notice ? <Message kind={notice.kind}>{notice.text}</Message> : null}
      <div class="alert-editor__columns">
        <form class="alert-editor__form" onSubmit={onSave} noValidate>
          <Field
            id="alert-title"
            name="title"
            label={t('console.content.editor.titleField')}
            autocomplete="off"
            maxLength={kind === 'alerts' ? ALERT_LIMITS.title : PAGE_LIMITS.title}
            value={title}
            onInput={setTitle}
            error={errors.title}
          />
          <div class="field">
            <label for="alert-body">{t('console.content.editor.body')}</label>
            <FieldNotes
              id="alert-body"
              hint={t(
                kind === 'alerts' ? 'console.content.editor.bodyHint' : 'console.content.editor.pageBodyHint',
              )}
            />
            <textarea
              id="alert-body"
              name="body"
              rows={kind === 'alerts' ? 14 : 24}
              maxLength={kind === 'alerts' ? ALERT_LIMITS.body : PAGE_LIMITS.body}
              value={body}
              lang={locale}
              onInput={(event: TargetedEvent<HTMLTextAreaElement>) => setBody(event.currentTarget.value)}
              aria-invalid={errors.body ? 'true' : undefined}
              aria-describedby={describedBy('alert-body', true, errors.body)}
            />
            <FieldNotes id="alert-body" error={errors.body} />
          </div>
          <p class="button-row">
            <button type="submit" class="button" disabled={busy}>
              {t('console.content.editor.save')}
            </button>
          </p>
        </form>
        <section class="alert-preview" aria-labelledby="alert-preview-heading" lang={locale}>
          <h3 id="alert-preview-heading" lang={translator.locale}>
            {t('console.content.editor.preview')}
          </h3>
          {title.trim() || body.trim() ? (
            kind === 'alerts' ? (
              <article class="alert-preview__body">
                <h4>{title}</h4>
                <Markdown source={body} headingLevel={5} />
              </article>
            ) : (
              <PagePreview title={title} body={body} />
            )
          ) : (
            <p lang={translator.locale}>{t('console.content.editor.previewEmpty')}</p>
          )}
        </section>
      </div>
      {status ? (
        <div class="button-row" role="group" aria-label={t('console.content.editor.workflow')}>
          {allowedStatusChanges(status).map((to) => (
            <button
              key={to}
              type="button"
              class={to === 'published' ? 'button' : 'button button--secondary'}
              disabled={busy}
              onClick={() => void onStatus(to)}
            >
              {t(statusButtonKey(status, to))}
            </button>
          ))}
          {translation?.published && status !== 'published' ? (
            <button
              type="button"
              class="button button--secondary"
              disabled={busy}
              onClick={() => void onUnpublish()}
            >
              {t('console.content.editor.unpublish')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div class="button-row alert-editor__end">
        {kind === 'pages' ? null : confirmDelete ? (
          <div class="message message--warning" role="alert">
            <p>{t('console.content.editor.deleteConfirm')}</p>
            <p class="button-row">
              <button
                type="button"
                class="button button--danger"
                disabled={busy}
                onClick={() => void onDelete()}
              >
                {t('console.content.editor.deleteYes')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setConfirmDelete(false)}>
                {t('console.content.editor.cancel')}
              </button>
            </p>
          </div>
        ) : (
          <button type="button" class="button button--danger" onClick={() => setConfirmDelete(true)}>
            {t('console.content.editor.delete')}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={onClose}>
          {t('console.content.editor.close')}
        </button>
      </div>
    </section>
  );
}

/**
 * A page's text as the public page will show it: the sections through the same safe Markdown renderer (each
 * `## Heading {#id}` a heading, its Markdown under it). The page details of the front matter (intro,
 * checklist, contacts) are YAML, shown as written; the server checks them when the text is saved.
 */
function PagePreview({ title, body }: { title: string; body: string }) {
  const { t } = useI18n();
  const front = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(body.replace(/\r\n?/g, '\n'));
  const markdown = front ? body.replace(/\r\n?/g, '\n').slice(front[0].length) : body;
  // Problems (a section without its {#id}…) are reported by the server when the text is saved.
  const { sections } = splitPageSections(markdown);
  return (
    <article class="alert-preview__body">
      <h4>{title}</h4>
      {front ? (
        <details>
          <summary>{t('console.content.editor.pageDetails')}</summary>
          <pre class="page-preview__front">{front[1]}</pre>
        </details>
      ) : null}
      {sections.map((section) => (
        <section key={section.id}>
          <h5>{section.heading}</h5>
          <Markdown source={section.body} headingLevel={6} />
        </section>
      ))}
    </article>
  );
}

/** A new alert: its short name and date; the texts are then written in the editor, language by language. */
function NewAlert({ onCreated }: { onCreated: (alert: AlertDetail) => void }) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const [slug, setSlug] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await api.post<AlertDetail>(ALERTS_API, { slug: slug.trim(), date });
      setSlug('');
      setErrors({});
      onCreated(created);
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      if (error instanceof ApiError && error.code === 'content.slugTaken') {
        setErrors({ slug: errorMessage(translator, error) });
      } else setProblem(errorMessage(translator, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="new-alert-heading">
      <h2 id="new-alert-heading">{t('console.content.new.title')}</h2>
      {problem ? <Message kind="error">{problem}</Message> : null}
      <form onSubmit={onSubmit} noValidate>
        <Field
          id="new-alert-slug"
          name="slug"
          label={t('console.content.new.slug')}
          hint={t('console.content.new.slugHint')}
          autocomplete="off"
          maxLength={80}
          value={slug}
          onInput={setSlug}
          error={errors.slug}
        />
        <Field
          id="new-alert-date"
          name="date"
          type="date"
          label={t('console.content.new.date')}
          autocomplete="off"
          value={date}
          onInput={setDate}
          error={errors.date}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('console.content.new.submit')}
        </button>
      </form>
    </section>
  );
}
