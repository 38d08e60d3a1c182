import { can } from '@putokaz/core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { ApiError, errorMessage, fieldErrors } from '../../api';
import { Link } from '../../components/Link';
import { Message } from '../../components/Message';
import { Table } from '../../components/Table';
import { useDocumentTitle } from '../../document-title';
import { formatDateTime, staffName } from '../../format';
import { RECORD_PATH_PREFIXES, recordIdFrom } from '../../routes';
import { useConsole, useSession } from '../../session';
import {
  fieldList,
  languageName,
  URGENCY_CLASS,
  valueLabel,
  type Contact,
  type ContactChange,
} from './contact-types';
import { bodyOf, checkValues, ContactForm, contactValues, type ContactFormValues } from './ContactForm';
import { focusFirstProblem, formProblems } from './NewContactPage';
import './contacts.css';

const PREFIX = 'edit-contact';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string; notFound: boolean }
  | { kind: 'ready'; contact: Contact; history: ContactChange[] };

/** The fields of the edit form that differ from the contact as loaded, as a PATCH body. */
function changesOf(contact: Contact, values: ContactFormValues): Record<string, unknown> {
  const before = bodyOf(contactValues(contact));
  const after = bodyOf(values);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === 'caller') continue;
    if (JSON.stringify(value) !== JSON.stringify(before[key])) changes[key] = value;
  }
  const callerBefore = before.caller as Record<string, unknown>;
  const callerAfter = after.caller as Record<string, unknown>;
  const caller: Record<string, unknown> = {};
  for (const key of ['kind', 'name', 'phone']) {
    if (callerAfter[key] !== callerBefore[key]) caller[key] = callerAfter[key];
  }
  if (Object.keys(caller).length) changes.caller = caller;
  return changes;
}

/**
 * After a conflict: the current version's values, with the operator's own changes (the fields they changed in
 * the form) applied on top, so a save never silently reverts what someone else changed meanwhile.
 */
function rebase(
  fresh: Contact,
  editing: ContactFormValues,
  changes: Record<string, unknown>,
): ContactFormValues {
  const next = contactValues(fresh);
  const FORM_KEY: Record<string, keyof ContactFormValues> = { personId: 'person', caseId: 'caseLink' };
  const CALLER_KEY: Record<string, keyof ContactFormValues> = {
    kind: 'callerKind',
    name: 'callerName',
    phone: 'callerPhone',
  };
  const copy = (key: keyof ContactFormValues) => {
    (next as unknown as Record<string, unknown>)[key] = editing[key];
  };
  for (const key of Object.keys(changes)) {
    if (key === 'caller') {
      for (const sub of Object.keys(changes.caller as Record<string, unknown>)) {
        const formKey = CALLER_KEY[sub];
        if (formKey) copy(formKey);
      }
    } else copy(FORM_KEY[key] ?? (key as keyof ContactFormValues));
  }
  return next;
}

/** A link to another record's page when the console has one, else its label. */
function RecordLink({ prefix, id, label }: { prefix: string | undefined; id: string; label: string }) {
  return prefix ? <Link href={`${prefix}${encodeURIComponent(id)}`}>{label}</Link> : <>{label}</>;
}

/** One contact: its details, editing with the version it was based on, and its history of changes. */
export function ContactPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const session = useSession();
  const id = recordIdFrom(window.location.pathname) ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [editing, setEditing] = useState<ContactFormValues | undefined>();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error' | 'info'; text: string }[]>([]);
  const noticeRef = useRef<HTMLDivElement>(null);
  const translatorRef = useRef(translator);
  translatorRef.current = translator;
  const contact = loaded.kind === 'ready' ? loaded.contact : undefined;
  useDocumentTitle(contact ? contact.code : t('console.contacts.contactTitle'));

  const load = useCallback(async () => {
    try {
      const [found, history] = await Promise.all([
        api.get<Contact>(`/api/v1/contacts/${encodeURIComponent(id)}`),
        api.get<{ items: ContactChange[] }>(`/api/v1/contacts/${encodeURIComponent(id)}/history`),
      ]);
      setLoaded({ kind: 'ready', contact: found, history: history.items });
      return { contact: found, history: history.items };
    } catch (error) {
      setLoaded({
        kind: 'failed',
        message: errorMessage(translatorRef.current, error),
        notFound: error instanceof ApiError && error.status === 404,
      });
      return undefined;
    }
  }, [api, id]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (notice.length) noticeRef.current?.focus();
  }, [notice]);

  const onSave = async () => {
    if (!contact || !editing) return;
    const found = checkValues(t, editing);
    setProblems(found);
    if (Object.keys(found).length) {
      focusFirstProblem(PREFIX, found);
      return;
    }
    const changes = changesOf(contact, editing);
    if (Object.keys(changes).length === 0) {
      setEditing(undefined);
      setNotice([{ kind: 'info', text: t('console.contacts.noChanges') }]);
      return;
    }
    setBusy(true);
    try {
      const updated = await api.patch<Contact>(`/api/v1/contacts/${encodeURIComponent(contact.id)}`, {
        version: contact.version,
        ...changes,
      });
      setEditing(undefined);
      const history = await api.get<{ items: ContactChange[] }>(
        `/api/v1/contacts/${encodeURIComponent(contact.id)}/history`,
      );
      setLoaded({ kind: 'ready', contact: updated, history: history.items });
      setNotice([{ kind: 'success', text: t('console.contacts.updated', { version: updated.version }) }]);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        // What changed since the version this edit was based on: the history says who changed which fields.
        const fresh = await load();
        if (fresh) setEditing(rebase(fresh.contact, editing, changes));
        const since = fresh?.history.filter((change) => change.version > contact.version) ?? [];
        const fields = [...new Set(since.flatMap((change) => change.fields))];
        const people = [
          ...new Set(since.map((change) => staffName(translator, change.changedBy.displayName, true))),
        ];
        setNotice([
          {
            kind: 'error',
            text: since.length
              ? t('console.contacts.conflict', {
                  fields: fieldList(translator, fields),
                  people: people.join(', '),
                })
              : errorMessage(translator, error),
          },
          {
            kind: 'info',
            text: t('console.contacts.conflictReloaded', {
              version: fresh?.contact.version ?? contact.version,
            }),
          },
        ]);
      } else {
        const fields = formProblems(fieldErrors(error));
        setProblems(fields);
        if (Object.keys(fields).length) focusFirstProblem(PREFIX, fields);
        else setNotice([{ kind: 'error', text: errorMessage(translator, error) }]);
      }
    } finally {
      setBusy(false);
    }
  };

  if (loaded.kind === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (loaded.kind === 'failed')
    return (
      <>
        <h1 tabindex={-1}>{t('console.contacts.contactTitle')}</h1>
        <Message kind="error">{loaded.notFound ? t('console.contacts.notFound') : loaded.message}</Message>
        <p>
          <Link href="/console/contacts">{t('console.contacts.backToList')}</Link>
        </p>
      </>
    );

  const c = loaded.contact;
  const mayEdit = can(session.user.role, 'contact.write');
  const dash = t('console.notSet');
  return (
    <>
      <h1 tabindex={-1}>{t('console.contacts.contactHeading', { code: c.code })}</h1>
      <p>
        <Link href="/console/contacts">{t('console.contacts.backToList')}</Link>
      </p>
      <div ref={noticeRef} tabindex={-1} aria-live="polite">
        {notice.map((item) => (
          <div key={item.text} class={`message message--${item.kind}`}>
            <p>{item.text}</p>
          </div>
        ))}
      </div>

      {editing ? (
        <section class="panel" aria-labelledby="edit-contact-heading">
          <h2 id="edit-contact-heading">{t('console.contacts.editTitle', { code: c.code })}</h2>
          <p class="field__hint">{t('console.contacts.editVersion', { version: c.version })}</p>
          <ContactForm
            prefix={PREFIX}
            values={editing}
            onChange={setEditing}
            problems={problems}
            busy={busy}
            submitLabel={t('console.contacts.saveChanges')}
            onSubmit={() => void onSave()}
            excludeContactId={c.id}
          >
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setEditing(undefined);
                setProblems({});
              }}
            >
              {t('console.cancel')}
            </button>
          </ContactForm>
        </section>
      ) : (
        <section class="panel" aria-labelledby="contact-details-heading">
          <h2 id="contact-details-heading">{t('console.contacts.details')}</h2>
          <dl class="details">
            <dt>{t('console.contacts.field.occurredAt')}</dt>
            <dd>
              <time dateTime={c.occurredAt}>{formatDateTime(translator.locale, c.occurredAt)}</time>
            </dd>
            <dt>{t('console.contacts.field.direction')}</dt>
            <dd>{valueLabel(translator, 'direction', c.direction)}</dd>
            <dt>{t('console.contacts.field.channel')}</dt>
            <dd>{valueLabel(translator, 'channel', c.channel)}</dd>
            <dt>{t('console.contacts.field.callerKind')}</dt>
            <dd>{valueLabel(translator, 'callerKind', c.caller.kind)}</dd>
            <dt>{t('console.contacts.field.callerName')}</dt>
            <dd>{c.caller.name ?? dash}</dd>
            <dt>{t('console.contacts.field.callerPhone')}</dt>
            <dd>{c.caller.phone ?? dash}</dd>
            <dt>{t('console.contacts.field.language')}</dt>
            <dd>{c.language ? languageName(translator.locale, c.language) : dash}</dd>
            <dt>{t('console.contacts.field.topic')}</dt>
            <dd>{valueLabel(translator, 'topic', c.topic)}</dd>
            <dt>{t('console.contacts.field.urgency')}</dt>
            <dd>
              <span class={URGENCY_CLASS[c.urgency]}>{valueLabel(translator, 'urgency', c.urgency)}</span>
            </dd>
            <dt>{t('console.contacts.field.outcome')}</dt>
            <dd>
              {c.outcome ? valueLabel(translator, 'outcome', c.outcome) : t('console.contacts.outcomeOpen')}
            </dd>
            <dt>{t('console.contacts.field.durationMinutes')}</dt>
            <dd>
              {c.durationMinutes === null ? dash : t('console.contacts.minutes', { n: c.durationMinutes })}
            </dd>
            <dt>{t('console.contacts.field.handledBy')}</dt>
            <dd>{staffName(translator, c.handledBy.displayName)}</dd>
            <dt>{t('console.contacts.field.personId')}</dt>
            <dd>
              {c.person ? (
                <RecordLink
                  prefix={RECORD_PATH_PREFIXES.person}
                  id={c.person.id}
                  label={c.person.code ?? c.person.id}
                />
              ) : (
                dash
              )}
            </dd>
            <dt>{t('console.contacts.field.caseId')}</dt>
            <dd>
              {c.caseId ? (
                <RecordLink prefix={RECORD_PATH_PREFIXES.case} id={c.caseId} label={c.caseCode ?? c.caseId} />
              ) : (
                dash
              )}
            </dd>
            {c.helpRequestId ? (
              <>
                <dt>{t('console.contacts.field.helpRequest')}</dt>
                <dd>{t('console.contacts.fromHelpRequest')}</dd>
              </>
            ) : null}
            <dt>{t('console.contacts.field.version')}</dt>
            <dd>{c.version}</dd>
          </dl>
          <h3>{t('console.contacts.field.summary')}</h3>
          <p class="contact-summary">{c.summary ?? dash}</p>
          {mayEdit ? (
            <button
              type="button"
              class="button"
              onClick={() => {
                setNotice([]);
                setProblems({});
                setEditing(contactValues(c));
              }}
            >
              {t('console.contacts.edit')}
            </button>
          ) : null}
        </section>
      )}

      <section aria-labelledby="contact-history-heading">
        <h2 id="contact-history-heading">{t('console.contacts.history')}</h2>
        <Table id="contact-history" caption={t('console.contacts.historyCaption', { code: c.code })}>
          <thead>
            <tr>
              <th scope="col">{t('console.contacts.field.version')}</th>
              <th scope="col">{t('console.contacts.historyWhen')}</th>
              <th scope="col">{t('console.contacts.historyWho')}</th>
              <th scope="col">{t('console.contacts.historyWhat')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.history
              .slice()
              .reverse()
              .map((change) => (
                <tr key={change.version}>
                  <th scope="row">{change.version}</th>
                  <td>
                    <time dateTime={change.changedAt}>
                      {formatDateTime(translator.locale, change.changedAt)}
                    </time>
                  </td>
                  <td>{staffName(translator, change.changedBy.displayName)}</td>
                  <td>
                    {change.action === 'create'
                      ? t('console.contacts.historyCreated')
                      : fieldList(translator, change.fields)}
                  </td>
                </tr>
              ))}
          </tbody>
        </Table>
      </section>
    </>
  );
}
