import { ROLES, type Role, type Translator } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { ApiError, errorMessage, fieldErrors } from '../api';
import { Field, SelectField, type SelectOption } from '../components/Field';
import { Message } from '../components/Message';
import { Table } from '../components/Table';
import { useDocumentTitle } from '../document-title';
import { formatDateTime, roleName } from '../format';
import { useConsole, useSession, type SessionApi } from '../session';

/** One staff account as `GET /api/v1/users` lists it. */
interface StaffAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  team: string | null;
  status: 'active' | 'disabled';
  secondFactor: boolean;
  locked: boolean;
  lastSignInAt: string | null;
  version: number;
}

/** How long an invitation link works (the server's rule, shown to the administrator). */
const INVITATION_HOURS = 72;

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; users: StaffAccount[] };

interface Invitation {
  readonly name: string;
  readonly link: string;
}

type Notice = { kind: 'success' | 'error' | 'info'; text: string };

const byName = (a: StaffAccount, b: StaffAccount) => a.displayName.localeCompare(b.displayName);

function roleOptions(translator: Translator): SelectOption[] {
  return ROLES.map((role) => ({ value: role, label: roleName(translator, role) }));
}

async function fetchUsers(api: SessionApi): Promise<StaffAccount[]> {
  return (await api.get<{ items: StaffAccount[] }>('/api/v1/users')).items;
}

/** User management for administrators: the accounts, creating one, and managing each. */
export function UsersPage() {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  useDocumentTitle(t('console.users.title'));
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [selected, setSelected] = useState<string | undefined>();
  const [invitation, setInvitation] = useState<Invitation | undefined>();
  const invitationHeading = useRef<HTMLHeadingElement>(null);
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  const reload = useCallback(async () => {
    try {
      const users = await fetchUsers(api);
      setLoaded({ kind: 'ready', users });
      return users;
    } catch (error) {
      setLoaded({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
      return undefined;
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (invitation) invitationHeading.current?.focus();
  }, [invitation]);

  const replaceUser = (user: StaffAccount) =>
    setLoaded((current) =>
      current.kind === 'ready'
        ? { kind: 'ready', users: current.users.map((u) => (u.id === user.id ? user : u)) }
        : current,
    );

  const showInvitation = (name: string, path: string) =>
    setInvitation({ name, link: `${window.location.origin}${path}` });

  const users = loaded.kind === 'ready' ? loaded.users : [];
  const selectedUser = users.find((u) => u.id === selected);

  return (
    <>
      <h1 tabindex={-1}>{t('console.users.title')}</h1>
      {invitation ? (
        <InvitationLink invitation={invitation} headingRef={invitationHeading} key={invitation.link} />
      ) : null}
      {loaded.kind === 'loading' ? <p role="status">{t('console.users.loading')}</p> : null}
      {loaded.kind === 'failed' ? <Message kind="error">{loaded.message}</Message> : null}
      {loaded.kind === 'ready' ? (
        <UsersTable users={users} selected={selected} onSelect={(id) => setSelected(id)} />
      ) : null}
      {selectedUser ? (
        <UserEditor
          key={selectedUser.id}
          user={selectedUser}
          onUpdated={replaceUser}
          onReload={async () => {
            const fresh = await reload();
            return fresh?.find((u) => u.id === selectedUser.id);
          }}
          onInvitation={(path) => showInvitation(selectedUser.displayName, path)}
          onClose={() => {
            setSelected(undefined);
            document.getElementById(`manage-${selectedUser.id}`)?.focus();
          }}
        />
      ) : null}
      <CreateUser
        onCreated={(user, path) => {
          setLoaded((current) =>
            current.kind === 'ready'
              ? { kind: 'ready', users: [...current.users, user].sort(byName) }
              : current,
          );
          showInvitation(user.displayName, path);
        }}
      />
    </>
  );
}

function UsersTable({
  users,
  selected,
  onSelect,
}: {
  users: readonly StaffAccount[];
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const session = useSession();
  return (
    <Table id="users-table" caption={t('console.users.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('console.users.name')}</th>
          <th scope="col">{t('console.users.role')}</th>
          <th scope="col">{t('console.users.team')}</th>
          <th scope="col">{t('console.users.status')}</th>
          <th scope="col">{t('console.users.secondFactor')}</th>
          <th scope="col">{t('console.users.lock')}</th>
          <th scope="col">{t('console.users.lastSignIn')}</th>
          <th scope="col">{t('console.users.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} class={user.id === selected ? 'is-selected' : undefined}>
            <th scope="row">
              {user.displayName}
              {user.id === session.user.id ? ` ${t('console.users.you')}` : ''}
              <span class="cell-note">{user.email}</span>
            </th>
            <td>{roleName(translator, user.role)}</td>
            <td>{user.team ?? t('console.notSet')}</td>
            <td>
              {t(user.status === 'active' ? 'console.users.statusActive' : 'console.users.statusDisabled')}
            </td>
            <td>{t(user.secondFactor ? 'console.users.secondFactorYes' : 'console.users.secondFactorNo')}</td>
            <td>{t(user.locked ? 'console.users.locked' : 'console.users.notLocked')}</td>
            <td>
              {user.lastSignInAt
                ? formatDateTime(translator.locale, user.lastSignInAt)
                : t('console.users.never')}
            </td>
            <td>
              <button
                type="button"
                id={`manage-${user.id}`}
                class="button button--secondary button--small"
                aria-label={t('console.users.manageUser', { name: user.displayName })}
                aria-expanded={user.id === selected ? 'true' : 'false'}
                aria-controls={user.id === selected ? 'user-editor' : undefined}
                onClick={() => onSelect(user.id)}
              >
                {t('console.users.manage')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The invitation link of a new account (or a password reset), shown once, with a copy button. */
function InvitationLink({
  invitation,
  headingRef,
}: {
  invitation: Invitation;
  headingRef: { current: HTMLHeadingElement | null };
}) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<'copied' | 'failed' | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.link);
      setCopy('copied');
    } catch {
      setCopy('failed');
      inputRef.current?.select();
    }
  };
  return (
    <section class="panel panel--highlight" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading" tabindex={-1} ref={headingRef}>
        {t('console.users.invitationTitle', { name: invitation.name })}
      </h2>
      <div class="field">
        <label for="invitation-link">{t('console.users.invitationLink')}</label>
        <input
          ref={inputRef}
          id="invitation-link"
          type="text"
          readOnly
          value={invitation.link}
          aria-describedby="invitation-note"
          spellcheck={false}
          class="input--wide"
          onFocus={(event: TargetedEvent<HTMLInputElement>) => event.currentTarget.select()}
        />
      </div>
      <p id="invitation-note">
        {t('console.users.invitationNote', { hours: INVITATION_HOURS, name: invitation.name })}
      </p>
      <p>
        <button type="button" class="button button--secondary" onClick={() => void onCopy()}>
          {t('console.users.copy')}
        </button>
      </p>
      <div role="status">
        {copy === 'copied' ? <p>{t('console.users.copied')}</p> : null}
        {copy === 'failed' ? <p>{t('console.users.copyFailed')}</p> : null}
      </div>
    </section>
  );
}

const CREATE_FIELDS = ['displayName', 'email', 'role', 'team'] as const;
const createId = (name: string) => `create-${name}`;

interface CreateState {
  busy: boolean;
  error?: string;
  fields: Record<string, string>;
}

function CreateUser({ onCreated }: { onCreated: (user: StaffAccount, invitationPath: string) => void }) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const [state, setState] = useState<CreateState>({ busy: false, fields: {} });
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const first = CREATE_FIELDS.find((name) => state.fields[name]);
    if (first) document.getElementById(createId(first))?.focus();
  }, [state.fields]);

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.busy) return;
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const team = value('team');
    const body = {
      displayName: value('displayName'),
      email: value('email'),
      role: value('role'),
      ...(team ? { team } : {}),
    };
    const missing: Record<string, string> = {};
    for (const name of ['displayName', 'email', 'role'] as const) {
      if (!body[name]) missing[name] = t('errors.validation.required');
    }
    if (Object.keys(missing).length) {
      setState({ busy: false, fields: missing });
      return;
    }
    setState({ busy: true, fields: {} });
    try {
      const answer = await api.post<{ user: StaffAccount; invitationPath: string }>('/api/v1/users', body);
      formRef.current?.reset();
      setState({ busy: false, fields: {} });
      onCreated(answer.user, answer.invitationPath);
    } catch (error) {
      const fields = fieldErrors(error);
      setState({
        busy: false,
        fields,
        error: Object.keys(fields).length ? undefined : errorMessage(translator, error),
      });
    }
  };

  return (
    <section aria-labelledby="create-user-heading" class="panel">
      <h2 id="create-user-heading">{t('console.users.create')}</h2>
      <p>{t('console.users.createIntro')}</p>
      {state.error ? <Message kind="error">{state.error}</Message> : null}
      <form
        ref={formRef}
        method="post"
        noValidate
        onSubmit={onSubmit}
        aria-busy={state.busy ? 'true' : undefined}
      >
        <Field
          id={createId('displayName')}
          name="displayName"
          autocomplete="off"
          label={t('console.users.name')}
          error={state.fields.displayName}
        />
        <Field
          id={createId('email')}
          name="email"
          type="email"
          autocomplete="off"
          label={t('console.users.email')}
          error={state.fields.email}
        />
        <SelectField
          id={createId('role')}
          name="role"
          label={t('console.users.role')}
          options={[{ value: '', label: t('console.users.chooseRole') }, ...roleOptions(translator)]}
          initial=""
          error={state.fields.role}
        />
        <Field
          id={createId('team')}
          name="team"
          autocomplete="off"
          required={false}
          label={t('console.users.teamOptional')}
          error={state.fields.team}
        />
        <button class="button" type="submit" disabled={state.busy}>
          {t('console.users.createSubmit')}
        </button>
      </form>
    </section>
  );
}

type Confirming = 'disable' | 'enable' | undefined;

/** Managing one account: name, role and team; disable or enable (confirmed); unlock; a new invitation link. */
function UserEditor({
  user,
  onUpdated,
  onReload,
  onInvitation,
  onClose,
}: {
  user: StaffAccount;
  onUpdated: (user: StaffAccount) => void;
  /** Loads the list again after a conflict; resolves to the current state of this account. */
  onReload: () => Promise<StaffAccount | undefined>;
  onInvitation: (path: string) => void;
  onClose: () => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const session = useSession();
  const self = user.id === session.user.id;
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<string>(user.role);
  const [team, setTeam] = useState(user.team ?? '');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  // A newer version of the account (after a save, or a reload after a conflict) resets the form to it.
  useEffect(() => {
    setDisplayName(user.displayName);
    setRole(user.role);
    setTeam(user.team ?? '');
  }, [user.version, user.displayName, user.role, user.team]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  /** Runs one change; a 409 shows the server's message and reloads the account. */
  const run = async (action: () => Promise<StaffAccount | void>, success: string) => {
    setBusy(true);
    setNotice([]);
    setFields({});
    try {
      const updated = await action();
      if (updated) onUpdated(updated);
      setNotice([{ kind: 'success', text: success }]);
    } catch (error) {
      const message = errorMessage(translator, error);
      if (error instanceof ApiError && error.status === 409) {
        await onReload();
        setNotice([
          { kind: 'error', text: message },
          { kind: 'info', text: t('console.users.reloaded') },
        ]);
      } else {
        const problems = fieldErrors(error);
        setFields(problems);
        setNotice(Object.keys(problems).length ? [] : [{ kind: 'error', text: message }]);
      }
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  };

  const patch = (changes: Record<string, unknown>) => async () =>
    (
      await api.patch<{ user: StaffAccount }>(`/api/v1/users/${encodeURIComponent(user.id)}`, {
        version: user.version,
        ...changes,
      })
    ).user;

  const onSave = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const name = displayName.trim();
    const teamValue = team.trim() || null;
    const changes: Record<string, unknown> = {};
    if (name !== user.displayName) changes.displayName = name;
    if (!self && role !== user.role) changes.role = role;
    if (teamValue !== user.team) changes.team = teamValue;
    if (!name) {
      setFields({ displayName: t('errors.validation.required') });
      document.getElementById('edit-displayName')?.focus();
      return;
    }
    if (Object.keys(changes).length === 0) {
      setNotice([{ kind: 'success', text: t('console.users.noChanges') }]);
      return;
    }
    void run(patch(changes), t('console.users.saved'));
  };

  const onStatus = (status: 'active' | 'disabled') =>
    void run(
      patch({ status }),
      t(status === 'disabled' ? 'console.users.disabled' : 'console.users.enabled', {
        name: user.displayName,
      }),
    );

  const onUnlock = () =>
    void run(
      async () =>
        (await api.post<{ user: StaffAccount }>(`/api/v1/users/${encodeURIComponent(user.id)}/unlock`)).user,
      t('console.users.unlocked', { name: user.displayName }),
    );

  const onNewInvitation = async () => {
    setBusy(true);
    setNotice([]);
    try {
      const answer = await api.post<{ invitationPath: string }>(
        `/api/v1/users/${encodeURIComponent(user.id)}/invitation`,
      );
      onInvitation(answer.invitationPath);
    } catch (error) {
      setNotice([{ kind: 'error', text: errorMessage(translator, error) }]);
    } finally {
      setBusy(false);
    }
  };

  const disabled = user.status === 'disabled';
  return (
    <section id="user-editor" class="panel" aria-labelledby="user-editor-heading">
      <h2 id="user-editor-heading" tabindex={-1} ref={headingRef}>
        {t('console.users.editTitle', { name: user.displayName })}
      </h2>
      <div aria-live="polite">
        {notice.map((item) => (
          <div key={item.text} class={`message message--${item.kind}`}>
            <p>{item.text}</p>
          </div>
        ))}
      </div>
      <form method="post" noValidate onSubmit={onSave} aria-busy={busy ? 'true' : undefined}>
        <Field
          id="edit-displayName"
          name="displayName"
          autocomplete="off"
          label={t('console.users.name')}
          value={displayName}
          onInput={setDisplayName}
          error={fields.displayName}
        />
        <SelectField
          id="edit-role"
          name="role"
          label={t('console.users.role')}
          options={roleOptions(translator)}
          value={role}
          onChange={setRole}
          disabled={self}
          hint={self ? t('errors.users.selfChange') : undefined}
          error={fields.role}
        />
        <Field
          id="edit-team"
          name="team"
          autocomplete="off"
          required={false}
          label={t('console.users.teamOptional')}
          value={team}
          onInput={setTeam}
          error={fields.team}
        />
        <div class="actions">
          <button class="button" type="submit" disabled={busy}>
            {t('console.users.save')}
          </button>
          <button class="button button--secondary" type="button" onClick={onClose}>
            {t('console.users.close')}
          </button>
        </div>
      </form>

      <div class="actions actions--separated">
        {self ? null : (
          <button
            type="button"
            class={disabled ? 'button button--secondary' : 'button button--danger'}
            disabled={busy}
            aria-expanded={confirming ? 'true' : 'false'}
            aria-controls="user-confirm"
            onClick={() => setConfirming(disabled ? 'enable' : 'disable')}
          >
            {t(disabled ? 'console.users.enable' : 'console.users.disable')}
          </button>
        )}
        {user.locked ? (
          <button type="button" class="button button--secondary" disabled={busy} onClick={onUnlock}>
            {t('console.users.unlock')}
          </button>
        ) : null}
        <button
          type="button"
          class="button button--secondary"
          disabled={busy}
          aria-describedby="new-invitation-hint"
          onClick={() => void onNewInvitation()}
        >
          {t('console.users.newInvitation')}
        </button>
      </div>
      <p id="new-invitation-hint" class="field__hint">
        {t('console.users.newInvitationHint')}
      </p>

      <div id="user-confirm">
        {confirming ? (
          <div class="message message--warning">
            <p tabindex={-1} ref={confirmRef}>
              {t(confirming === 'disable' ? 'console.users.disableConfirm' : 'console.users.enableConfirm', {
                name: user.displayName,
              })}
            </p>
            <div class="actions">
              <button
                type="button"
                class={confirming === 'disable' ? 'button button--danger' : 'button'}
                disabled={busy}
                onClick={() => onStatus(confirming === 'disable' ? 'disabled' : 'active')}
              >
                {t(confirming === 'disable' ? 'console.users.disableYes' : 'console.users.enableYes')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setConfirming(undefined)}>
                {t('console.cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
