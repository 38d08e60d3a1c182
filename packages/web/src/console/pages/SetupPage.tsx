import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { ApiError, errorMessage, fieldErrors, postJson } from '../api';
import { Field } from '../components/Field';
import { useDocumentTitle } from '../document-title';
import { CONSOLE_PATHS } from '../routes';

type VerifyAnswer = { valid: true; expiresAt: string } | { valid: false };

type SetupState =
  | { kind: 'missingToken' }
  | { kind: 'checking' }
  | { kind: 'invalidToken' }
  | { kind: 'alreadyDone' }
  | { kind: 'failed'; message: string }
  | { kind: 'form'; expiresAt: string; busy: boolean; error?: string; fields: Record<string, string> }
  | { kind: 'done' };

/** The order of the form's fields, for moving focus to the first one with a problem. */
const FIELD_ORDER = ['displayName', 'email', 'password', 'passwordRepeat'] as const;
const fieldId = (name: string) => `setup-${name}`;

/** A known refusal of the setup token turns into its own screen rather than a form error. */
function refusal(error: unknown): SetupState | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'setup.invalidToken') return { kind: 'invalidToken' };
  if (error.code === 'setup.alreadyDone') return { kind: 'alreadyDone' };
  return undefined;
}

function formatExpiry(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/**
 * Creating the first administrator, from the one-time link the server prints when it starts with no staff
 * account. The token was taken out of the address before this renders (see `takeUrlToken`).
 */
export function SetupPage({ token }: { token: string | undefined }) {
  const translator = useI18n();
  const { t } = translator;
  useDocumentTitle(t('console.setup.title'));
  const [state, setState] = useState<SetupState>(token ? { kind: 'checking' } : { kind: 'missingToken' });
  const localeRef = useRef(translator.locale);
  localeRef.current = translator.locale;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!token) return;
    let current = true;
    postJson<VerifyAnswer>('/api/v1/setup/verify', { token }, localeRef.current)
      .then((answer) => {
        if (!current) return;
        setState(
          answer.valid
            ? { kind: 'form', expiresAt: answer.expiresAt, busy: false, fields: {} }
            : { kind: 'invalidToken' },
        );
      })
      .catch((error: unknown) => {
        if (current) setState(refusal(error) ?? { kind: 'failed', message: errorMessage(translator, error) });
      });
    return () => {
      current = false;
    };
    // The token is checked once: a language switch (a new translator) does not check it again.
  }, [token]);

  // Moves focus to the first field with a problem, or to the heading when the screen changed.
  useEffect(() => {
    if (state.kind === 'form') {
      const first = FIELD_ORDER.find((name) => state.fields[name]);
      if (first) document.getElementById(fieldId(first))?.focus();
    } else if (state.kind !== 'checking') {
      headingRef.current?.focus();
    }
  }, [state]);

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.kind !== 'form' || state.busy || !token) return;
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '');
    const password = value('password');
    if (password !== value('passwordRepeat')) {
      setState({ ...state, error: undefined, fields: { passwordRepeat: t('errors.password.mismatch') } });
      return;
    }
    const body = { token, displayName: value('displayName').trim(), email: value('email').trim(), password };
    setState({ ...state, busy: true, error: undefined, fields: {} });
    try {
      await postJson('/api/v1/setup', body, translator.locale);
      setState({ kind: 'done' });
    } catch (error) {
      const fields = fieldErrors(error);
      setState(
        refusal(error) ?? {
          ...state,
          busy: false,
          error: errorMessage(translator, error),
          fields,
        },
      );
    }
  };

  const heading = (
    <h1 ref={headingRef} tabindex={-1}>
      {t('console.setup.title')}
    </h1>
  );
  const loginLink = (
    <p>
      <a href={CONSOLE_PATHS.login}>{t('console.setup.goToLogin')}</a>
    </p>
  );

  switch (state.kind) {
    case 'checking':
      return (
        <>
          {heading}
          <p role="status">{t('common.loading')}</p>
        </>
      );
    case 'missingToken':
      return (
        <>
          {heading}
          <div class="message message--error" role="alert">
            <p>{t('console.setup.missingToken')}</p>
          </div>
        </>
      );
    case 'invalidToken':
      return (
        <>
          {heading}
          <div class="message message--error" role="alert">
            <p>{t('errors.setup.invalidToken')}</p>
          </div>
          {loginLink}
        </>
      );
    case 'alreadyDone':
      return (
        <>
          {heading}
          <div class="message message--error" role="alert">
            <p>{t('errors.setup.alreadyDone')}</p>
          </div>
          {loginLink}
        </>
      );
    case 'failed':
      return (
        <>
          {heading}
          <div class="message message--error" role="alert">
            <p>{state.message}</p>
          </div>
        </>
      );
    case 'done':
      return (
        <>
          {heading}
          <div class="message message--success" role="status">
            <p>{t('console.setup.done')}</p>
          </div>
          {loginLink}
        </>
      );
    case 'form':
      return (
        <>
          {heading}
          <p>{t('console.setup.expires', { expiresAt: formatExpiry(translator.locale, state.expiresAt) })}</p>
          {state.error ? (
            <div class="message message--error" role="alert">
              <p>{state.error}</p>
            </div>
          ) : null}
          <form method="post" noValidate onSubmit={onSubmit} aria-busy={state.busy ? 'true' : undefined}>
            <Field
              id={fieldId('displayName')}
              name="displayName"
              autocomplete="name"
              label={t('console.setup.displayName')}
              error={state.fields.displayName}
            />
            <Field
              id={fieldId('email')}
              name="email"
              type="email"
              autocomplete="email"
              label={t('console.setup.email')}
              error={state.fields.email}
            />
            <Field
              id={fieldId('password')}
              name="password"
              type="password"
              autocomplete="new-password"
              label={t('console.setup.password')}
              error={state.fields.password}
            />
            <Field
              id={fieldId('passwordRepeat')}
              name="passwordRepeat"
              type="password"
              autocomplete="new-password"
              label={t('console.setup.passwordRepeat')}
              error={state.fields.passwordRepeat}
            />
            <button class="button" type="submit" disabled={state.busy}>
              {t('console.setup.submit')}
            </button>
          </form>
        </>
      );
  }
}
