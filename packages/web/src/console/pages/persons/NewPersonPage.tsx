import type { MessageKey } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { ApiError, errorMessage, fieldErrors } from '../../api';
import { Link } from '../../components/Link';
import { Message } from '../../components/Message';
import { useDocumentTitle } from '../../document-title';
import { useConsole } from '../../session';
import { bodyFromForm, EMPTY_FORM, PersonFields, type PersonFormValues } from './PersonFields';
import { PersonNotes } from './PersonsPage';
import { displayName, lines, personPath, type PersonSummary } from './person-types';

interface Candidate extends PersonSummary {
  score: number;
  reasons: ('name' | 'phone' | 'email' | 'document' | 'birthYear')[];
}

type Step =
  | { kind: 'editing' }
  | { kind: 'checking' }
  | { kind: 'checked'; candidates: Candidate[]; key: string }
  | { kind: 'creating'; candidates: Candidate[]; key: string };

/** What the duplicates check was run on: a change to any of it asks for a new check. */
const checkKey = (v: PersonFormValues) =>
  JSON.stringify([v.givenName, v.familyName, v.birth, v.phones, v.emails]);

/**
 * Recording a new person: the form asks the server for probable existing persons first (names across
 * scripts and spellings, phones, e-mails, year of birth) and shows them; the user opens one or creates anyway.
 */
export function NewPersonPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api, navigate } = useConsole();
  useDocumentTitle(t('console.persons.createTitle'));
  const [values, setValues] = useState<PersonFormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [step, setStep] = useState<Step>({ kind: 'editing' });
  const candidatesHeading = useRef<HTMLHeadingElement>(null);

  const checked = step.kind === 'checked' || step.kind === 'creating' ? step : undefined;
  const stale = checked !== undefined && checked.key !== checkKey(values);

  useEffect(() => {
    if (step.kind === 'checked') candidatesHeading.current?.focus();
  }, [step.kind]);

  const validate = () => {
    const { body, problems } = bodyFromForm(values, { full: false, withTeam: false });
    const localized = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, t(v as MessageKey)]));
    setErrors(localized);
    if (Object.keys(localized).length) {
      document.getElementById(`new-person-${Object.keys(localized)[0]}`)?.focus();
      return undefined;
    }
    return body;
  };

  const check = async () => {
    const body = validate();
    if (!body) return;
    setProblem(undefined);
    setStep({ kind: 'checking' });
    const birth = body.birthDate as { date?: string; year?: number } | null | undefined;
    const birthYear = birth ? (birth.year ?? Number(birth.date?.slice(0, 4))) : undefined;
    try {
      const answer = await api.post<{ results: Candidate[] }>('/api/v1/persons/candidates', {
        givenName: values.givenName.trim(),
        familyName: values.familyName.trim(),
        phones: lines(values.phones),
        emails: lines(values.emails),
        ...(birthYear ? { birthYear } : {}),
        limit: 5,
      });
      setStep({ kind: 'checked', candidates: answer.results, key: checkKey(values) });
    } catch (error) {
      setStep({ kind: 'editing' });
      setProblem(errorMessage(translator, error));
    }
  };

  const create = async () => {
    const body = validate();
    if (!body || !checked) return;
    setStep({ ...checked, kind: 'creating' });
    try {
      const created = await api.post<{ id: string; code: string }>('/api/v1/persons', body);
      navigate(personPath(created.id));
    } catch (error) {
      setStep({ ...checked, kind: 'checked' });
      setErrors(fieldErrors(error));
      const details = error instanceof ApiError ? error.details.map((d) => d.message).filter(Boolean) : [];
      setProblem([errorMessage(translator, error), ...details].join(' '));
    }
  };

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!checked || stale) void check();
    else void create();
  };

  return (
    <>
      <h1 tabindex={-1}>{t('console.persons.createTitle')}</h1>
      <p>{t('console.persons.createIntro')}</p>
      {problem ? <Message kind="error">{problem}</Message> : null}
      <form
        class="person-form"
        method="post"
        noValidate
        onSubmit={onSubmit}
        aria-busy={step.kind === 'checking' || step.kind === 'creating' ? 'true' : undefined}
      >
        <PersonFields
          idPrefix="new-person"
          values={values}
          onChange={setValues}
          errors={errors}
          full={false}
          withTeam={false}
        />
        {checked && !stale ? (
          <section class="panel panel--highlight candidates" aria-labelledby="candidates-heading">
            <h2 id="candidates-heading" tabindex={-1} ref={candidatesHeading}>
              {t('console.persons.candidatesTitle')}
            </h2>
            {checked.candidates.length ? (
              <>
                <p>{t('console.persons.candidatesIntro')}</p>
                <ul>
                  {checked.candidates.map((c) => (
                    <li key={c.id}>
                      <Link href={personPath(c.id)}>
                        {t('console.persons.openCandidate', { code: c.code })}
                      </Link>
                      {' — '}
                      {displayName(c)}{' '}
                      <span class="cell-note">
                        {t('console.persons.candidateReasons', {
                          reasons: c.reasons
                            .map((r) => t(`console.persons.reason.${r}` as MessageKey))
                            .join(', '),
                        })}
                      </span>{' '}
                      <PersonNotes row={c} translator={translator} />
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('console.persons.candidatesNone')}</p>
            )}
          </section>
        ) : null}
        <div class="actions">
          {checked && !stale ? (
            <button class="button" type="submit" disabled={step.kind === 'creating'}>
              {t(checked.candidates.length ? 'console.persons.createAnyway' : 'console.persons.createSubmit')}
            </button>
          ) : (
            <button class="button" type="submit" disabled={step.kind === 'checking'}>
              {t('console.persons.checkDuplicates')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
