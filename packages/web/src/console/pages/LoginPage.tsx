import type { MessageKey } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { errorMessage, fieldErrors, postJson } from '../api';
import { Field } from '../components/Field';
import { Message } from '../components/Message';
import { useDocumentTitle } from '../document-title';
import { CONSOLE_PATHS } from '../routes';
import { useConsole, type SignInNotice } from '../session';

/** The answer to the password step: which second step follows. */
interface NextStep {
  next: 'totp' | 'enroll';
}

interface LoginState {
  busy: boolean;
  error?: string;
  fields: Record<string, string>;
}

const NOTICES: Readonly<Record<SignInNotice, MessageKey>> = {
  sessionEnded: 'console.session.ended',
  signedOut: 'console.session.signedOut',
  noPendingSignIn: 'errors.auth.noPendingSignIn',
};

export function LoginPage() {
  const translator = useI18n();
  const { t } = translator;
  const { navigate, notice, replaceSession } = useConsole();
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
      const answer = await postJson<NextStep>('/api/v1/auth/login', credentials, translator.locale);
      // A new sign-in ends whatever session this browser had.
      replaceSession(null);
      navigate(answer.next === 'enroll' ? CONSOLE_PATHS.enrol : CONSOLE_PATHS.totp);
    } catch (error) {
      setState({ busy: false, error: errorMessage(translator, error), fields: fieldErrors(error) });
    }
  };

  return (
    <>
      <h1 tabindex={-1}>{t('console.login.title')}</h1>
      {notice && !state.error ? <Message kind="info">{t(NOTICES[notice])}</Message> : null}
      <p>{t('console.login.notice')}</p>
      {state.error ? <Message kind="error">{state.error}</Message> : null}
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
