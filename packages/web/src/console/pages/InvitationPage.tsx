import { PASSWORD_MIN_LENGTH } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { ApiError, errorMessage, fieldErrors, postJson } from '../api';
import { Field } from '../components/Field';
import { Link } from '../components/Link';
import { Message } from '../components/Message';
import { useDocumentTitle } from '../document-title';
import { formatDateTime } from '../format';
import { CONSOLE_PATHS } from '../routes';

type VerifyAnswer = { valid: true; displayName: string; expiresAt: string } | { valid: false };

type InvitationState =
  | { kind: 'missingToken' }
  | { kind: 'checking' }
  | { kind: 'invalidToken' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'form';
      displayName: string;
      expiresAt: string;
      busy: boolean;
      error?: string;
      fields: Record<string, string>;
    }
  | { kind: 'done' };

const FIELD_ORDER = ['password', 'passwordRepeat'] as const;
const fieldId = (name: string) => `invitation-${name}`;

/**
 * Choosing the password of an invited account (or a new one after an administrator's reset), from the
 * one-time link. The token was taken out of the address before this renders (see `takeUrlToken`).
 */
export function InvitationPage({ token }: { token: string | undefined }) {
  const translator = useI18n();
  const { t } = translator;
  useDocumentTitle(t('console.invitation.title'));
  const [state, setState] = useState<InvitationState>(
    token ? { kind: 'checking' } : { kind: 'missingToken' },
  );
  const localeRef = useRef(translator.locale);
  localeRef.current = translator.locale;
  const translatorRef = useRef(translator);
  translatorRef.current = translator;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!token) return;
    let current = true;
    postJson<VerifyAnswer>('/api/v1/invitations/verify', { token }, localeRef.current)
      .then((answer) => {
        if (!current) return;
        setState(
          answer.valid
            ? {
                kind: 'form',
                displayName: answer.displayName,
                expiresAt: answer.expiresAt,
                busy: false,
                fields: {},
              }
            : { kind: 'invalidToken' },
        );
      })
      .catch((error: unknown) => {
        if (current) setState({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
      });
    return () => {
      current = false;
    };
    // The token is checked once: a language switch does not check it again.
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
    const password = String(data.get('password') ?? '');
    if (password !== String(data.get('passwordRepeat') ?? '')) {
      setState({ ...state, error: undefined, fields: { passwordRepeat: t('errors.password.mismatch') } });
      return;
    }
    setState({ ...state, busy: true, error: undefined, fields: {} });
    try {
      await postJson<void>('/api/v1/invitations/accept', { token, password }, translator.locale);
      setState({ kind: 'done' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invitation.invalidToken') {
        setState({ kind: 'invalidToken' });
        return;
      }
      const fields = fieldErrors(error);
      setState({
        ...state,
        busy: false,
        error: Object.keys(fields).length ? undefined : errorMessage(translator, error),
        fields,
      });
    }
  };

  const heading = (
    <h1 ref={headingRef} tabindex={-1}>
      {t('console.invitation.title')}
    </h1>
  );
  const loginLink = (
    <p>
      <Link href={CONSOLE_PATHS.login}>{t('console.setup.goToLogin')}</Link>
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
          <Message kind="error">{t('console.invitation.missingToken')}</Message>
        </>
      );
    case 'invalidToken':
      return (
        <>
          {heading}
          <Message kind="error">{t('errors.invitation.invalidToken')}</Message>
          {loginLink}
        </>
      );
    case 'failed':
      return (
        <>
          {heading}
          <Message kind="error">{state.message}</Message>
        </>
      );
    case 'done':
      return (
        <>
          {heading}
          <Message kind="success">{t('console.invitation.done')}</Message>
          {loginLink}
        </>
      );
    case 'form':
      return (
        <>
          {heading}
          <p>
            {t('console.invitation.welcome', {
              name: state.displayName,
              expiresAt: formatDateTime(translator.locale, state.expiresAt, 'long'),
            })}
          </p>
          {state.error ? <Message kind="error">{state.error}</Message> : null}
          <form method="post" noValidate onSubmit={onSubmit} aria-busy={state.busy ? 'true' : undefined}>
            <Field
              id={fieldId('password')}
              name="password"
              type="password"
              autocomplete="new-password"
              label={t('console.password.new', { minimum: PASSWORD_MIN_LENGTH })}
              error={state.fields.password}
            />
            <Field
              id={fieldId('passwordRepeat')}
              name="passwordRepeat"
              type="password"
              autocomplete="new-password"
              label={t('console.password.repeat')}
              error={state.fields.passwordRepeat}
            />
            <button class="button" type="submit" disabled={state.busy}>
              {t('console.invitation.submit')}
            </button>
          </form>
        </>
      );
  }
}
