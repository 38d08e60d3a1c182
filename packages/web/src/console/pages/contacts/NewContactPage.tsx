import { useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { errorMessage, fieldErrors } from '../../api';
import { Link } from '../../components/Link';
import { Message } from '../../components/Message';
import { useDocumentTitle } from '../../document-title';
import { useConsole } from '../../session';
import { contactPath } from './contact-types';
import {
  bodyOf,
  checkValues,
  ContactForm,
  controlId,
  FIELD_ORDER,
  newContactValues,
  type ContactFormValues,
} from './ContactForm';
import './contacts.css';

const PREFIX = 'new-contact';

/** Maps the API's field paths (`caller.phone`) to the form's control names. */
export function formProblems(problems: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(problems)) {
    const name =
      path === 'phone'
        ? 'callerPhone'
        : path === 'name'
          ? 'callerName'
          : path === 'kind'
            ? 'callerKind'
            : path;
    out[name] ??= message;
  }
  return out;
}

/** Focuses the first control with a problem. */
export function focusFirstProblem(prefix: string, problems: Record<string, string>): void {
  const first = FIELD_ORDER.find((name) => problems[name]);
  if (!first) return;
  const element = document.getElementById(controlId(prefix, first));
  const target =
    element instanceof HTMLFieldSetElement
      ? (element.querySelector<HTMLInputElement>('input:checked') ??
        element.querySelector<HTMLInputElement>('input'))
      : element;
  target?.focus();
}

/** Logging a new contact, fast: one form, then the next call starts with a fresh one. */
export function NewContactPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  useDocumentTitle(t('console.contacts.newTitle'));
  const [values, setValues] = useState<ContactFormValues>(newContactValues);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<{ id: string; code: string } | undefined>();
  const [round, setRound] = useState(0);
  const onSubmit = async () => {
    const found = checkValues(t, values);
    setProblems(found);
    setError(undefined);
    if (Object.keys(found).length) {
      focusFirstProblem(PREFIX, found);
      return;
    }
    setBusy(true);
    try {
      const created = await api.post<{ id: string; code: string }>('/api/v1/contacts', bodyOf(values));
      setSaved(created);
      setValues(newContactValues());
      setRound((n) => n + 1);
    } catch (failure) {
      const fields = formProblems(fieldErrors(failure));
      setProblems(fields);
      if (Object.keys(fields).length) focusFirstProblem(PREFIX, fields);
      else setError(errorMessage(translator, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabindex={-1}>{t('console.contacts.newTitle')}</h1>
      <p>
        <Link href="/console/contacts">{t('console.contacts.backToList')}</Link>
      </p>
      <div role="status">
        {saved ? (
          <div class="message message--success">
            <p>
              {t('console.contacts.saved', { code: saved.code })}{' '}
              <Link href={contactPath(saved.id)}>
                {t('console.contacts.openSaved', { code: saved.code })}
              </Link>
            </p>
          </div>
        ) : null}
      </div>
      {error ? <Message kind="error">{error}</Message> : null}
      <ContactForm
        key={round}
        prefix={PREFIX}
        values={values}
        onChange={setValues}
        problems={problems}
        busy={busy}
        submitLabel={t('console.contacts.save')}
        onSubmit={() => void onSubmit()}
        autoFocus
      />
    </>
  );
}
