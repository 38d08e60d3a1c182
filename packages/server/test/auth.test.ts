import { afterEach, beforeEach, expect, it } from 'vitest';
import { accountThrottleKey } from '../src/features/auth/sign-in-service.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, cookieFrom, createStaff, signIn, totpCode } from './support/staff.js';

describeEachDatabase('staff sign-in', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const login = (email: string, password: string, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en', ...extra },
      payload: { email, password },
    });

  const auditActions = async () =>
    (
      await t.database.db.selectFrom('audit_events').select(['action', 'outcome']).orderBy('seq').execute()
    ).map((e) => `${e.action}:${e.outcome}`);

  it('signs in with password and TOTP into a __Host- session, and signs out', async () => {
    const staff = await createStaff(t, 'caseworker');
    const first = await login(staff.email.toUpperCase(), staff.password);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ next: 'totp' });
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(
      /^__Host-putokaz_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict/,
    );
    const pending = cookieFrom(first.headers['set-cookie']);

    // A half-finished sign-in reaches nothing.
    expect(
      (await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: pending } })).statusCode,
    ).toBe(401);

    const totp = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      headers: { cookie: pending },
      payload: { code: await totpCode(staff.totpSecret) },
    });
    expect(totp.statusCode).toBe(200);
    const session = cookieFrom(totp.headers['set-cookie']);
    expect(session).not.toBe(pending); // the session id changes at sign-in
    expect(totp.json()).toMatchObject({ user: { id: staff.id, role: 'caseworker', team: 'beograd' } });
    const csrfToken = totp.json().csrfToken as string;

    const current = await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: session } });
    expect(current.statusCode).toBe(200);
    expect(current.json()).toEqual({ user: expect.objectContaining({ email: staff.email }), csrfToken });

    // State changes need the CSRF token.
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf');
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session, 'x-csrf-token': csrfToken },
    });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toContain('Max-Age=0');
    expect(
      (await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: session } })).statusCode,
    ).toBe(401);
    expect(await auditActions()).toEqual(['signInPassword:success', 'signIn:success', 'signOut:success']);
  });

  it('answers an unknown e-mail exactly like a wrong password, after the same password check', async () => {
    const staff = await createStaff(t, 'hotline');
    const timed = async (email: string, password: string) => {
      const started = performance.now();
      const res = await login(email, password);
      return { res, ms: performance.now() - started };
    };
    const wrong = await timed(staff.email, 'not-the-password-at-all');
    const unknown = await timed('nobody.here@example.org', 'not-the-password-at-all');
    expect(wrong.res.statusCode).toBe(401);
    expect(unknown.res.statusCode).toBe(401);
    expect(unknown.res.json()).toEqual(wrong.res.json());
    expect(wrong.res.json().error).toEqual({
      code: 'auth.failed',
      message: 'The e-mail or password is not correct.',
    });
    // Both answers wait for an argon2id verification (64 MiB): neither is an early return.
    expect(Math.min(wrong.ms, unknown.ms)).toBeGreaterThan(20);
    expect(Math.max(wrong.ms, unknown.ms) / Math.min(wrong.ms, unknown.ms)).toBeLessThan(4);
    expect(await auditActions()).toEqual(['signInFailed:failure', 'signInFailed:failure']);
  });

  it('accepts a TOTP code once: replaying it fails', async () => {
    const staff = await createStaff(t, 'hotline');
    const code = await totpCode(staff.totpSecret);
    const use = async () => {
      const pending = cookieFrom((await login(staff.email, staff.password)).headers['set-cookie']);
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp',
        headers: { cookie: pending, 'accept-language': 'en' },
        payload: { code },
      });
    };
    expect((await use()).statusCode).toBe(200);
    const replay = await use();
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('auth.invalidCode');
    const wrong = cookieFrom((await login(staff.email, staff.password)).headers['set-cookie']);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      headers: { cookie: wrong },
      payload: { code: '000000' },
    });
    expect(bad.statusCode).toBe(401);
  });

  it('enrols an authenticator at the first sign-in and issues ten single-use recovery codes', async () => {
    const staff = await createStaff(t, 'supervisor', { enrolled: false });
    const first = await login(staff.email, staff.password);
    expect(first.json()).toEqual({ next: 'enroll' });
    const pending = cookieFrom(first.headers['set-cookie']);
    const material = await t.app.inject({ url: '/api/v1/auth/enroll', headers: { cookie: pending } });
    expect(material.statusCode).toBe(200);
    const { secret, uri, qrSvg } = material.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(qrSvg).toMatch(/^<svg[^>]*>/);
    expect(qrSvg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    // The same secret is offered until it is confirmed.
    expect(
      (await t.app.inject({ url: '/api/v1/auth/enroll', headers: { cookie: pending } })).json().secret,
    ).toBe(secret);
    const stored = await t.database.db
      .selectFrom('staff_sessions')
      .select('pending_totp_secret')
      .where('stage', '=', 'enroll')
      .executeTakeFirstOrThrow();
    expect(stored.pending_totp_secret).not.toContain(secret);

    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/enroll',
      headers: { cookie: pending },
      payload: { code: await totpCode(secret) },
    });
    expect(confirm.statusCode).toBe(200);
    const codes = confirm.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const row = await t.database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('id', '=', staff.id)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret).toMatch(/^v1\./);
    expect(row.totp_secret).not.toContain(secret);

    // A recovery code replaces the authenticator once.
    const useRecovery = async (code: string) => {
      const p = cookieFrom((await login(staff.email, staff.password)).headers['set-cookie']);
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp',
        headers: { cookie: p },
        payload: { recoveryCode: code },
      });
    };
    expect((await useRecovery(codes[0]?.toLowerCase() as string)).statusCode).toBe(200);
    expect((await useRecovery(codes[0] as string)).statusCode).toBe(401);
  });

  it('ends sessions after the idle and the absolute timeout', async () => {
    const staff = await createStaff(t, 'hotline');
    const idle = await signIn(t, staff);
    const absolute = await signIn(t, staff, 1);
    const sessions = await t.database.db
      .selectFrom('staff_sessions')
      .selectAll()
      .where('stage', '=', 'active')
      .orderBy('created_at')
      .execute();
    expect(sessions).toHaveLength(2);
    const [first, second] = sessions;
    await t.database.db
      .updateTable('staff_sessions')
      .set({ last_seen_at: new Date(Date.now() - 16 * 60_000).toISOString() })
      .where('id', '=', first?.id as string)
      .execute();
    await t.database.db
      .updateTable('staff_sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', second?.id as string)
      .execute();
    expect(
      (await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: idle.cookie } })).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: absolute.cookie } })).statusCode,
    ).toBe(401);
  });

  it('slows down repeated failures, then locks per account (also for unknown e-mails), and an admin lifts the lock', async () => {
    const staff = await createStaff(t, 'hotline');
    for (let i = 0; i < 5; i++)
      expect((await login(staff.email, 'wrong-password-again')).statusCode).toBe(401);
    const slow = await login(staff.email, staff.password);
    expect(slow.statusCode).toBe(429);
    expect(slow.json().error.code).toBe('auth.slowDown');
    expect(slow.headers['retry-after']).toBe('1');

    const lockedUntil = new Date(Date.now() + 15 * 60_000).toISOString();
    const now = new Date().toISOString();
    for (const email of [staff.email, 'ghost@example.org']) {
      await t.database.db
        .insertInto('sign_in_throttle')
        .values({
          key: accountThrottleKey(t.secrets.keyring, email),
          failures: 10,
          first_failure_at: now,
          last_failure_at: now,
          locked_until: lockedUntil,
        })
        .onConflict((oc) => oc.column('key').doUpdateSet({ failures: 10, locked_until: lockedUntil }))
        .execute();
    }
    const locked = await login(staff.email, staff.password, { 'accept-language': 'sr-Latn' });
    const ghost = await login('ghost@example.org', staff.password, { 'accept-language': 'sr-Latn' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('auth.locked');
    expect(locked.json().error.message).toBe(
      'Previše neuspešnih pokušaja prijave. Pokušaj ponovo za 15 minuta ili zamoli administratora da ukloni blokadu.',
    );
    expect(ghost.json().error.code).toBe(locked.json().error.code);

    const admin = await createStaff(t, 'admin');
    const adminSession = await signIn(t, admin);
    const users = (await t.app.inject({ url: '/api/v1/users', headers: authHeaders(adminSession) })).json()
      .items;
    expect(users.find((u: { id: string }) => u.id === staff.id).locked).toBe(true);
    const unlock = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${staff.id}/unlock`,
      headers: authHeaders(adminSession),
    });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json().user.locked).toBe(false);
    expect((await login(staff.email, staff.password)).statusCode).toBe(200);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['signInThrottled:failure', 'unlock:success']),
    );
  });

  it('lets a user list and revoke their own sessions, and ends all sessions of a disabled account', async () => {
    const staff = await createStaff(t, 'caseworker');
    const laptop = await signIn(t, staff);
    const phone = await signIn(t, staff, 1);
    const account = await t.app.inject({ url: '/api/v1/account', headers: authHeaders(laptop) });
    const sessions = account.json().sessions as { id: string; current: boolean }[];
    expect(sessions).toHaveLength(2);
    const other = sessions.find((s) => !s.current);
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/account/sessions/${other?.id}`,
      headers: authHeaders(laptop),
    });
    expect(revoke.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: phone.cookie } })).statusCode,
    ).toBe(401);

    const admin = await createStaff(t, 'admin');
    const adminSession = await signIn(t, admin);
    const disable = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${staff.id}`,
      headers: authHeaders(adminSession),
      payload: { version: 1, status: 'disabled' },
    });
    expect(disable.statusCode).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: laptop.cookie } })).statusCode,
    ).toBe(401);
    expect((await login(staff.email, staff.password)).statusCode).toBe(401);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${staff.id}`,
      headers: authHeaders(adminSession),
      payload: { version: 1, role: 'supervisor' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('creates a user with a one-time invitation that leads to password and authenticator set-up', async () => {
    const admin = await createStaff(t, 'admin');
    const session = await signIn(t, admin);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: authHeaders(session),
      payload: {
        email: 'new.worker@example.org',
        displayName: 'Nova Radnica',
        role: 'hotline',
        team: 'novi-sad',
      },
    });
    expect(created.statusCode).toBe(201);
    const token = new URL(created.json().invitationPath, 'http://x').searchParams.get('token') as string;
    expect((await login('new.worker@example.org', 'anything-at-all-123')).statusCode).toBe(401);
    const verify = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/verify',
      payload: { token },
    });
    expect(verify.json()).toMatchObject({ valid: true, displayName: 'Nova Radnica' });
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'password' },
    });
    expect(weak.statusCode).toBe(400);
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'zeleni-most-na-dunavu-3' },
    });
    expect(accept.statusCode).toBe(204);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/invitations/accept',
          payload: { token, password: 'zeleni-most-na-dunavu-3' },
        })
      ).statusCode,
    ).toBe(400);
    expect((await login('new.worker@example.org', 'zeleni-most-na-dunavu-3')).json()).toEqual({
      next: 'enroll',
    });
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: authHeaders(session),
      payload: { email: 'NEW.worker@example.org', displayName: 'X', role: 'hotline' },
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.details[0].code).toBe('emailTaken');
  });
});
