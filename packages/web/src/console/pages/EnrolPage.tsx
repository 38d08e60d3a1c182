import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { ApiError, callApi, errorMessage, postJson } from '../api';
import { Field, FieldNotes } from '../components/Field';
import { Link } from '../components/Link';
import { Message } from '../components/Message';
import { useDocumentTitle } from '../document-title';
import { groupSecret, svgDataUrl } from '../format';
import { CONSOLE_PATHS } from '../routes';
import { useConsole, type Session } from '../session';

/** `GET /api/v1/auth/enroll`: the secret for the authenticator app and its QR code as an SVG document. */
interface EnrolmentMaterial {
  secret: string;
  uri: string;
  qrSvg: string;
}

type EnrolState =
  | { kind: 'loading' }
  | { kind: 'noPendingSignIn' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'form';
      material: EnrolmentMaterial;
      busy: boolean;
      codeError?: string;
      error?: string;
    }
  | { kind: 'codes'; codes: readonly string[] };

const CODE_ID = 'enrol-code';

/**
 * The first sign-in: the person adds the account to an authenticator app (QR code, or the key typed in),
 * confirms it with a first code, and then sees the ten recovery codes once.
 */
export function EnrolPage() {
  const translator = useI18n();
  const { t } = translator;
  const { replaceSession } = useConsole();
  const [state, setState] = useState<EnrolState>({ kind: 'loading' });
  useDocumentTitle(t(state.kind === 'codes' ? 'console.recovery.title' : 'console.enrol.title'));
  const localeRef = useRef(translator.locale);
  localeRef.current = translator.locale;
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    callApi<EnrolmentMaterial>('GET', '/api/v1/auth/enroll', { locale: localeRef.current })
      .then((material) => {
        if (current) setState({ kind: 'form', material, busy: false });
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.status === 401) setState({ kind: 'noPendingSignIn' });
        else setState({ kind: 'failed', message: errorMessage(translator, error) });
      });
    return () => {
      current = false;
    };
    // Fetched once: a language switch does not ask for the material again.
  }, []);

  useEffect(() => {
    if (state.kind === 'form' && state.codeError) inputRef.current?.focus();
  }, [state]);

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.kind !== 'form' || state.busy) return;
    const input = event.currentTarget.elements.namedItem('code');
    const code = input instanceof HTMLInputElement ? input.value.replace(/\s+/g, '') : '';
    if (!code) {
      setState({ ...state, error: undefined, codeError: t('errors.validation.required') });
      return;
    }
    setState({ ...state, busy: true, error: undefined, codeError: undefined });
    try {
      const answer = await postJson<Session & { recoveryCodes: string[] }>(
        '/api/v1/auth/enroll',
        { code },
        translator.locale,
      );
      replaceSession({ user: answer.user, csrfToken: answer.csrfToken });
      setState({ kind: 'codes', codes: answer.recoveryCodes });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'auth.noPendingSignIn') {
        setState({ kind: 'noPendingSignIn' });
        return;
      }
      if (input instanceof HTMLInputElement) input.value = '';
      const message = errorMessage(translator, error);
      const atField =
        error instanceof ApiError && (error.code === 'auth.invalidCode' || error.status === 400);
      setState({
        ...state,
        busy: false,
        codeError: atField ? message : undefined,
        error: atField ? undefined : message,
      });
    }
  };

  if (state.kind === 'codes') return <RecoveryCodes codes={state.codes} />;

  const heading = <h1 tabindex={-1}>{t('console.enrol.title')}</h1>;
  switch (state.kind) {
    case 'loading':
      return (
        <>
          {heading}
          <p role="status">{t('common.loading')}</p>
        </>
      );
    case 'noPendingSignIn':
      return (
        <>
          {heading}
          <Message kind="error">{t('errors.auth.noPendingSignIn')}</Message>
          <p>
            <Link href={CONSOLE_PATHS.login}>{t('console.setup.goToLogin')}</Link>
          </p>
        </>
      );
    case 'failed':
      return (
        <>
          {heading}
          <Message kind="error">{state.message}</Message>
        </>
      );
    case 'form':
      return (
        <>
          {heading}
          <p>{t('console.enrol.intro')}</p>
          {state.error ? <Message kind="error">{state.error}</Message> : null}
          <ol class="steps">
            <li>
              <p>{t('console.enrol.install')}</p>
            </li>
            <li>
              <p>{t('console.enrol.scan')}</p>
              <img
                class="qr-code"
                src={svgDataUrl(state.material.qrSvg)}
                alt={t('console.enrol.qrAlt')}
                width={200}
                height={200}
              />
              <p>{t('console.enrol.manual')}</p>
              <dl class="secret">
                <dt>{t('console.enrol.secret')}</dt>
                <dd>
                  <code id="enrol-secret" translate={false}>
                    {groupSecret(state.material.secret)}
                  </code>
                </dd>
              </dl>
            </li>
            <li>
              <p>{t('console.enrol.confirm')}</p>
              <form method="post" noValidate onSubmit={onSubmit} aria-busy={state.busy ? 'true' : undefined}>
                <Field
                  id={CODE_ID}
                  name="code"
                  label={t('console.totp.code')}
                  autocomplete="one-time-code"
                  inputMode="numeric"
                  maxLength={8}
                  error={state.codeError}
                  inputRef={inputRef}
                />
                <button class="button" type="submit" disabled={state.busy}>
                  {t('console.enrol.submit')}
                </button>
              </form>
            </li>
          </ol>
        </>
      );
  }
}

/** The ten recovery codes, shown once: print them or write them down, confirm, continue. */
function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const { t } = useI18n();
  const { navigate } = useConsole();
  const [confirmed, setConfirmed] = useState(false);
  const [missing, setMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const onContinue = () => {
    if (!confirmed) {
      setMissing(true);
      checkboxRef.current?.focus();
      return;
    }
    navigate(CONSOLE_PATHS.home, { replace: true });
  };

  const error = missing && !confirmed ? t('console.recovery.confirmRequired') : undefined;
  return (
    <>
      <h1 tabindex={-1} ref={headingRef}>
        {t('console.recovery.title')}
      </h1>
      <p>{t('console.recovery.intro')}</p>
      <Message kind="info" live={false}>
        {t('console.recovery.once')}
      </Message>
      <h2 id="recovery-codes-heading">{t('console.recovery.list')}</h2>
      <ol class="recovery-codes" aria-labelledby="recovery-codes-heading">
        {codes.map((code) => (
          <li key={code}>
            <code translate={false}>{code}</code>
          </li>
        ))}
      </ol>
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {t('console.recovery.print')}
        </button>
      </p>
      <div class="field field--checkbox no-print">
        <input
          ref={checkboxRef}
          id="recovery-confirm"
          type="checkbox"
          checked={confirmed}
          onChange={(event: TargetedEvent<HTMLInputElement>) => setConfirmed(event.currentTarget.checked)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'recovery-confirm-error' : undefined}
        />
        <label for="recovery-confirm">{t('console.recovery.confirm')}</label>
        <FieldNotes id="recovery-confirm" error={error} />
      </div>
      <p class="no-print">
        <button type="button" class="button" onClick={onContinue}>
          {t('console.recovery.continue')}
        </button>
      </p>
    </>
  );
}
