import { afterEach, beforeEach, expect, it } from 'vitest';
import { issueSetupTokenIfNeeded } from '../src/features/setup/setup-tokens.js';
import { verifyPassword } from '../src/features/staff/passwords.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';

const GOOD = { displayName: 'Ana Testović', email: 'Admin@Example.org', password: 'kišobran-pod-mostom-42' };

describeEachDatabase('first administrator through a setup link', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const post = (url: string, payload: unknown, lang = 'en') =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: { 'accept-language': lang } });

  it('creates the administrator once, stores an argon2id hash and retires the link', async () => {
    const issued = await issueSetupTokenIfNeeded(t.database.db);
    expect(issued?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const token = issued?.token as string;

    const verify = await post('/api/v1/setup/verify', { token });
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toEqual({ valid: true, expiresAt: issued?.expiresAt });

    const created = await post('/api/v1/setup', { token, ...GOOD });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      user: { email: 'admin@example.org', displayName: 'Ana Testović', role: 'admin' },
    });

    const row = await t.database.db.selectFrom('staff_users').selectAll().executeTakeFirstOrThrow();
    expect(row.role).toBe('admin');
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=1,t=3\$/);
    expect(await verifyPassword(row.password_hash, GOOD.password)).toBe(true);
    const tokenRow = await t.database.db.selectFrom('setup_tokens').selectAll().executeTakeFirstOrThrow();
    expect(tokenRow.token_hash).not.toContain(token);
    expect(tokenRow.used_at).not.toBeNull();

    const again = await post('/api/v1/setup', { token, ...GOOD, email: 'second@example.org' }, 'sr-Latn');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({
      code: 'setup.alreadyDone',
      message: 'Prvi administrator već postoji. Prijavi se.',
    });
    expect((await post('/api/v1/setup/verify', { token })).json()).toEqual({ valid: false });
    expect(await issueSetupTokenIfNeeded(t.database.db)).toBeUndefined();
    const count = await t.database.db
      .selectFrom('staff_users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(1);
  });

  it('refuses an unknown or expired token without creating anything', async () => {
    const unknown = await post('/api/v1/setup', { token: 'not-a-real-token', ...GOOD }, 'uk');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('setup.invalidToken');
    expect(unknown.json().error.message).toMatch(/недійсне/);

    const past = new Date(Date.now() - 25 * 3600_000);
    const expired = await issueSetupTokenIfNeeded(t.database.db, () => past);
    const late = await post('/api/v1/setup', { token: expired?.token, ...GOOD });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.code).toBe('setup.invalidToken');
    expect((await post('/api/v1/setup/verify', { token: expired?.token })).json()).toEqual({ valid: false });
    const rows = await t.database.db.selectFrom('staff_users').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('rejects weak passwords with a localized field error and keeps the link usable', async () => {
    const issued = await issueSetupTokenIfNeeded(t.database.db);
    const cases = [
      {
        password: 'kratka',
        code: 'tooShort',
        lang: 'sr-Cyrl',
        message: 'Лозинка мора имати најмање 12 знакова.',
      },
      { password: 'password1234', code: 'common', lang: 'en', message: /too common/ },
      { password: 'aaaaaaaaaaaaaaaa', code: 'common', lang: 'en', message: /too common/ },
      { password: 'putokaz-putokaz!', code: 'common', lang: 'en', message: /too common/ },
      {
        password: 'x'.repeat(129),
        code: 'tooLong',
        lang: 'uk',
        message: 'Пароль може містити щонайбільше 128 символів.',
      },
    ];
    for (const c of cases) {
      const res = await post(
        '/api/v1/setup',
        { token: issued?.token, ...GOOD, password: c.password },
        c.lang,
      );
      expect(res.statusCode, c.password).toBe(400);
      const detail = res.json().error.details[0];
      expect(detail.path).toBe('password');
      expect(detail.code).toBe(c.code);
      expect(detail.message).toMatch(c.message);
    }
    expect((await post('/api/v1/setup/verify', { token: issued?.token })).json().valid).toBe(true);
  });

  it('lets one of two simultaneous requests with the same link win', async () => {
    const issued = await issueSetupTokenIfNeeded(t.database.db);
    const results = await Promise.all([
      post('/api/v1/setup', { token: issued?.token, ...GOOD, email: 'one@example.org' }),
      post('/api/v1/setup', { token: issued?.token, ...GOOD, email: 'two@example.org' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, expect.any(Number)]);
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.find((r) => r.statusCode !== 201)?.json().error.code).toMatch(
      /^setup\.(alreadyDone|invalidToken)$/,
    );
    const rows = await t.database.db.selectFrom('staff_users').selectAll().execute();
    expect(rows).toHaveLength(1);
  });
});
