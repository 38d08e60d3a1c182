import type { Role } from '@putokaz/core';
import { generate } from 'otplib';
import { newTotpSecret } from '../../src/features/auth/totp.js';
import { hashPassword } from '../../src/features/staff/passwords.js';
import { insertStaffUser } from '../../src/features/staff/queries.js';
import type { TestApp } from './app.js';

export interface TestStaff {
  id: string;
  email: string;
  password: string;
  totpSecret: string;
  role: Role;
}

let counter = 0;
const hashes = new Map<string, Promise<string>>();

/** A staff account with a password and an enrolled authenticator (synthetic). */
export async function createStaff(
  t: TestApp,
  role: Role,
  options: { team?: string | null; email?: string; password?: string; enrolled?: boolean } = {},
): Promise<TestStaff> {
  counter += 1;
  const email = options.email ?? `${role}.${counter}.${Date.now()}@example.org`;
  const password = options.password ?? 'planinski-potok-jutrom-7';
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const user = await insertStaffUser(t.database.db, {
    email,
    displayName: `Test ${role} ${counter}`,
    role,
    team: options.team === undefined ? 'beograd' : options.team,
    passwordHash: (await hashes.get(password)) as string,
  });
  const totpSecret = newTotpSecret();
  if (options.enrolled !== false) {
    await t.database.db
      .updateTable('staff_users')
      .set({
        totp_secret: t.secrets.keyring.encrypt(totpSecret, {
          table: 'staff_users',
          column: 'totp_secret',
          recordId: user.id,
        }),
        totp_enrolled_at: new Date().toISOString(),
      })
      .where('id', '=', user.id)
      .execute();
  }
  return { id: user.id, email, password, totpSecret, role };
}

/** The current TOTP code, or the one `steps` periods away. */
export function totpCode(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

export function cookieFrom(setCookie: string | string[] | undefined): string {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const pair = header?.split(';')[0];
  if (!pair) throw new Error('no session cookie in the answer');
  return pair;
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
}

/** Signs in through the API: password, then a TOTP code. */
export async function signIn(t: TestApp, staff: TestStaff, steps = 0): Promise<SignedIn> {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: staff.email, password: staff.password },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const pending = cookieFrom(login.headers['set-cookie']);
  const totp = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp',
    headers: { cookie: pending },
    payload: { code: await totpCode(staff.totpSecret, steps) },
  });
  if (totp.statusCode !== 200) throw new Error(`totp failed: ${totp.body}`);
  return { cookie: cookieFrom(totp.headers['set-cookie']), csrfToken: totp.json().csrfToken };
}

export function authHeaders(session: SignedIn): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}
