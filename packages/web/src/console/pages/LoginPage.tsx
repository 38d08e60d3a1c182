import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { errorMessage, fieldErrors, postJson } from '../api';
import { Field } from '../components/Field';
import { useDocumentTitle } from '../document-title';

/** Where a successful sign-in leads: the console's start page. */
const AFTER_SIGN_IN = '/console/';

interface LoginState {
  busy: boolean;
  error?: string;
  fields: Record<string, string>;
}

export function LoginPage() {
  const translator = useI18n();
  const { t } = translator;
  useDocumentTitle(t('console.login.title'));
  const [state, setState] = useState<LoginState>({ busy: false, fields: {} });

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const credentials = {
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
    };
    setState({ busy: true, fields: {} });
    try {
      await postJson('/api/v1/auth/login', credentials, translator.locale);
      window.location.assign(AFTER_SIGN_IN);
    } catch (error) {
      setState({ busy: false, error: errorMessage(translator, error), fields: fieldErrors(error) });
    }
  };

  return (
    <>
      <h1>{t('console.login.title')}</h1>
      <p>{t('console.login.notice')}</p>
      {state.error ? (
        <div class="message message--error" role="alert">
          <p>{state.error}</p>
        </div>
      ) : null}
      <form method="post" noValidate onSubmit={onSubmit} aria-busy={state.busy ? 'true' : undefined}>
        <Field
          id="login-email"
          name="email"
          type="email"
          autocomplete="username"
          label={t('console.login.email')}
          error={state.fields.email}
        />
        <Field
          id="login-password"
          name="password"
          type="password"
          autocomplete="current-password"
          label={t('console.login.password')}
          error={state.fields.password}
        />
        <button class="button" type="submit" disabled={state.busy}>
          {t('console.login.submit')}
        </button>
      </form>
    </>
  );
}
