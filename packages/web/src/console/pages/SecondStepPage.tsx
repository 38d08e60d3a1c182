import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { ApiError, errorMessage, fieldErrors, postJson } from '../api';
import { Field } from '../components/Field';
import { Link } from '../components/Link';
import { Message } from '../components/Message';
import { useDocumentTitle } from '../document-title';
import { CONSOLE_PATHS } from '../routes';
import { useConsole, type Session } from '../session';

type Method = 'app' | 'recovery';

interface StepState {
  method: Method;
  busy: boolean;
  /** A problem with the code itself, shown at the field. */
  codeError?: string;
  /** Anything else (too many attempts, no connection), shown above the form. */
  error?: string;
}

const FIELD_ID = 'second-step-code';

/**
 * The second step of signing in: the six-digit code of the authenticator app, or one of the recovery codes.
 * A wrong code keeps the person here with the message at the field.
 */
export function SecondStepPage() {
  const translator = useI18n();
  const { t } = translator;
  const { navigate, replaceSession } = useConsole();
  useDocumentTitle(t('console.totp.title'));
  const [state, setState] = useState<StepState>({ method: 'app', busy: false });
  const [code, setCode] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const switched = useRef(false);

  useEffect(() => {
    if (state.codeError || switched.current) inputRef.current?.focus();
    switched.current = false;
  }, [state]);

  const toggle = () => {
    switched.current = true;
    setCode('');
    setState({ method: state.method === 'app' ? 'recovery' : 'app', busy: false });
  };

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.busy) return;
    const value = code.trim();
    if (!value) {
      setState({ ...state, error: undefined, codeError: t('errors.validation.required') });
      return;
    }
    const body = state.method === 'app' ? { code: value.replace(/\s+/g, '') } : { recoveryCode: value };
    setState({ ...state, busy: true, error: undefined, codeError: undefined });
    try {
      const session = await postJson<Session>('/api/v1/auth/totp', body, translator.locale);
      replaceSession(session);
      navigate(CONSOLE_PATHS.home, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'auth.noPendingSignIn') {
        navigate(CONSOLE_PATHS.login, { replace: true, notice: 'noPendingSignIn' });
        return;
      }
      setCode('');
      const message = errorMessage(translator, error);
      const atField =
        error instanceof ApiError && (error.code === 'auth.invalidCode' || error.status === 400);
      setState({
        ...state,
        busy: false,
        codeError: atField
          ? (fieldErrors(error).code ?? fieldErrors(error).recoveryCode ?? message)
          : undefined,
        error: atField ? undefined : message,
      });
    }
  };

  const app = state.method === 'app';
  return (
    <>
      <h1 tabindex={-1}>{t('console.totp.title')}</h1>
      <p>{t(app ? 'console.totp.intro' : 'console.totp.recoveryIntro')}</p>
      {state.error ? <Message kind="error">{state.error}</Message> : null}
      <form method="post" noValidate onSubmit={onSubmit} aria-busy={state.busy ? 'true' : undefined}>
        {app ? (
          <Field
            key="app"
            id={FIELD_ID}
            name="code"
            label={t('console.totp.code')}
            autocomplete="one-time-code"
            inputMode="numeric"
            maxLength={8}
            value={code}
            onInput={setCode}
            error={state.codeError}
            inputRef={inputRef}
          />
        ) : (
          <Field
            key="recovery"
            id={FIELD_ID}
            name="recoveryCode"
            label={t('console.totp.recoveryCode')}
            hint={t('console.totp.recoveryHint')}
            autocomplete="off"
            maxLength={20}
            value={code}
            onInput={setCode}
            error={state.codeError}
            inputRef={inputRef}
          />
        )}
        <div class="actions">
          <button class="button" type="submit" disabled={state.busy}>
            {t('console.totp.submit')}
          </button>
          <button class="button button--secondary" type="button" onClick={toggle}>
            {t(app ? 'console.totp.useRecovery' : 'console.totp.useApp')}
          </button>
        </div>
      </form>
      <p>
        <Link href={CONSOLE_PATHS.login}>{t('console.totp.startAgain')}</Link>
      </p>
    </>
  );
}
