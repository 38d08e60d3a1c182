import { PASSWORD_MIN_LENGTH } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { errorMessage, fieldErrors } from '../api';
import { Field } from '../components/Field';
import { Message } from '../components/Message';
import { Table } from '../components/Table';
import { useDocumentTitle } from '../document-title';
import { deviceName, formatDateTime, roleName } from '../format';
import { useConsole, useSession } from '../session';

/** `GET /api/v1/account`. */
interface AccountOverview {
  sessions: AccountSession[];
  recoveryCodesLeft: number;
}

interface AccountSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  current: boolean;
}

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; data: AccountOverview };

/** A recovery-code count at or under this gets the advice to renew them. */
const FEW_RECOVERY_CODES = 3;

/** Own account: details, sessions (end one, for example on a lost device), recovery codes left, password. */
export function AccountPage() {
  const translator = useI18n();
  const { t } = translator;
  const session = useSession();
  const { api } = useConsole();
  useDocumentTitle(t('console.account.title'));
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | undefined>();
  const [ending, setEnding] = useState<string | undefined>();
  const sessionsHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    try {
      setLoaded({ kind: 'ready', data: await api.get<AccountOverview>('/api/v1/account') });
    } catch (error) {
      setLoaded({ kind: 'failed', message: errorMessage(translator, error) });
    }
    // The translator is read when a load fails; a language switch does not load again.
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const endSession = async (id: string) => {
    setEnding(id);
    setStatus(undefined);
    try {
      await api.delete(`/api/v1/account/sessions/${encodeURIComponent(id)}`);
      setStatus({ kind: 'success', text: t('console.account.sessionEnded') });
      await load();
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(translator, error) });
    } finally {
      setEnding(undefined);
      sessionsHeading.current?.focus();
    }
  };

  const { user } = session;
  return (
    <>
      <h1 tabindex={-1}>{t('console.account.title')}</h1>
      <h2>{t('console.account.details')}</h2>
      <dl class="details">
        <dt>{t('console.account.name')}</dt>
        <dd>{user.displayName}</dd>
        <dt>{t('console.account.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('console.account.role')}</dt>
        <dd>{roleName(translator, user.role)}</dd>
        <dt>{t('console.account.team')}</dt>
        <dd>{user.team ?? t('console.notSet')}</dd>
      </dl>

      <section aria-labelledby="account-sessions">
        <h2 id="account-sessions" tabindex={-1} ref={sessionsHeading}>
          {t('console.account.sessions')}
        </h2>
        {status ? <Message kind={status.kind}>{status.text}</Message> : null}
        {loaded.kind === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
        {loaded.kind === 'failed' ? <Message kind="error">{loaded.message}</Message> : null}
        {loaded.kind === 'ready' ? (
          <Table id="account-sessions-table" caption={t('console.account.sessionsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('console.account.device')}</th>
                <th scope="col">{t('console.account.signedIn')}</th>
                <th scope="col">{t('console.account.lastSeen')}</th>
                <th scope="col">{t('console.account.expires')}</th>
                <th scope="col">{t('console.account.action')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.sessions.map((item) => (
                <tr key={item.id}>
                  <th scope="row" id={`session-${item.id}`}>
                    {deviceName(translator, item.userAgent)}
                  </th>
                  <td>{formatDateTime(translator.locale, item.createdAt)}</td>
                  <td>{formatDateTime(translator.locale, item.lastSeenAt)}</td>
                  <td>{formatDateTime(translator.locale, item.expiresAt)}</td>
                  <td>
                    {item.current ? (
                      <strong>{t('console.account.current')}</strong>
                    ) : (
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        aria-describedby={`session-${item.id}`}
                        disabled={ending !== undefined}
                        onClick={() => void endSession(item.id)}
                      >
                        {t('console.account.endSession')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}
      </section>

      <section aria-labelledby="account-recovery">
        <h2 id="account-recovery">{t('console.account.recovery')}</h2>
        {loaded.kind === 'ready' ? (
          <>
            <p>{t('console.account.recoveryLeft', { count: loaded.data.recoveryCodesLeft })}</p>
            {loaded.data.recoveryCodesLeft <= FEW_RECOVERY_CODES ? (
              <Message kind="info" live={false}>
                {t('console.account.recoveryRenew')}
              </Message>
            ) : (
              <p>{t('console.account.recoveryRenew')}</p>
            )}
          </>
        ) : null}
      </section>

      <PasswordChange onChanged={() => void load()} />
    </>
  );
}

const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'newPasswordRepeat'] as const;
const passwordFieldId = (name: string) => `account-${name}`;

interface PasswordState {
  busy: boolean;
  done: boolean;
  error?: string;
  fields: Record<string, string>;
}

/** Password change: the current one, the new one twice; the server ends every other session. */
function PasswordChange({ onChanged }: { onChanged: () => void }) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const { email } = useSession().user;
  const [state, setState] = useState<PasswordState>({ busy: false, done: false, fields: {} });
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const first = PASSWORD_FIELDS.find((name) => state.fields[name]);
    if (first) document.getElementById(passwordFieldId(first))?.focus();
  }, [state.fields]);

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.busy) return;
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '');
    const body = { currentPassword: value('currentPassword'), newPassword: value('newPassword') };
    if (!body.currentPassword) {
      setState({ busy: false, done: false, fields: { currentPassword: t('errors.validation.required') } });
      return;
    }
    if (body.newPassword !== value('newPasswordRepeat')) {
      setState({ busy: false, done: false, fields: { newPasswordRepeat: t('errors.password.mismatch') } });
      return;
    }
    setState({ busy: true, done: false, fields: {} });
    try {
      await api.post<void>('/api/v1/account/password', body);
      formRef.current?.reset();
      setState({ busy: false, done: true, fields: {} });
      onChanged();
    } catch (error) {
      const fields = fieldErrors(error);
      setState({
        busy: false,
        done: false,
        fields,
        error: Object.keys(fields).length ? undefined : errorMessage(translator, error),
      });
    }
  };

  return (
    <section aria-labelledby="account-password">
      <h2 id="account-password">{t('console.account.password')}</h2>
      {state.done ? <Message kind="success">{t('console.account.passwordChanged')}</Message> : null}
      {state.error ? <Message kind="error">{state.error}</Message> : null}
      <form
        ref={formRef}
        method="post"
        noValidate
        onSubmit={onSubmit}
        aria-busy={state.busy ? 'true' : undefined}
      >
        {/* For password managers: whose password this is (not shown, not focusable). */}
        <input type="text" name="username" autocomplete="username" value={email} readOnly hidden />
        <Field
          id={passwordFieldId('currentPassword')}
          name="currentPassword"
          type="password"
          autocomplete="current-password"
          label={t('console.account.currentPassword')}
          error={state.fields.currentPassword}
        />
        <Field
          id={passwordFieldId('newPassword')}
          name="newPassword"
          type="password"
          autocomplete="new-password"
          label={t('console.password.new', { minimum: PASSWORD_MIN_LENGTH })}
          error={state.fields.newPassword}
        />
        <Field
          id={passwordFieldId('newPasswordRepeat')}
          name="newPasswordRepeat"
          type="password"
          autocomplete="new-password"
          label={t('console.password.repeat')}
          error={state.fields.newPasswordRepeat}
        />
        <button class="button" type="submit" disabled={state.busy}>
          {t('console.account.passwordSubmit')}
        </button>
      </form>
    </section>
  );
}
