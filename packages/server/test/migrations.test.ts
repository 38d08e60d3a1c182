import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.js';
import { fromBool, fromJson, isUniqueViolation, lockForUpdate, toBool, toJson } from '../src/db/dialect.js';
import { migrateToLatest, migrationStatus } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { insertStaffUser } from '../src/features/staff/queries.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './support/databases.js';

describeEachDatabase('migrations and dialect helpers', (dialect) => {
  let testDb: TestDatabase;
  let handle: DatabaseHandle;
  beforeEach(async () => {
    testDb = await createTestDatabase(dialect);
    handle = openDatabase(testDb.config);
  });
  afterEach(async () => {
    await handle.close();
    await testDb.cleanup();
  });

  it('applies every migration once and is idempotent', async () => {
    expect((await migrationStatus(handle.db, dialect)).pending).toEqual(Object.keys(MIGRATIONS));
    expect(await migrateToLatest(handle.db, dialect)).toEqual(Object.keys(MIGRATIONS));
    expect(await migrateToLatest(handle.db, dialect)).toEqual([]);
    expect(await migrationStatus(handle.db, dialect)).toEqual({
      applied: Object.keys(MIGRATIONS),
      pending: [],
    });
  });

  it('enforces constraints the same way on both databases', async () => {
    await migrateToLatest(handle.db, dialect);
    const base = { displayName: 'Ivana', role: 'hotline' as const, passwordHash: 'x' };
    await insertStaffUser(handle.db, { ...base, email: 'same@example.org' });
    const duplicate = insertStaffUser(handle.db, { ...base, email: 'SAME@example.org' });
    await expect(duplicate).rejects.toSatisfy(isUniqueViolation);
    const badRole = handle.db
      .insertInto('staff_users')
      .values({
        id: 'x1',
        email: 'r@example.org',
        display_name: 'R',
        role: 'superuser' as never,
        team: null,
        status: 'active',
        password_hash: 'x',
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        version: 1,
      })
      .execute();
    await expect(badRole).rejects.toThrow();
  });

  it('round-trips timestamps as UTC ISO strings, JSON, booleans and Unicode', async () => {
    await migrateToLatest(handle.db, dialect);
    const at = '2026-03-04T05:06:07.089Z';
    const user = await insertStaffUser(
      handle.db,
      { email: 'ђорђе@example.org', displayName: 'Ђорђе Đorđević 👋', role: 'caseworker', passwordHash: 'x' },
      () => new Date(at),
    );
    const row = await handle.db
      .selectFrom('staff_users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.created_at).toBe(at);
    expect(row.display_name).toBe('Ђорђе Đorđević 👋');
    const value = { list: [1, 'два', { ok: true }] };
    const json = await sql<{ v: unknown }>`select ${toJson(value)} as v`.execute(handle.db);
    expect(fromJson(json.rows[0]?.v)).toEqual(value);
    expect(fromBool(toBool(dialect, true))).toBe(true);
    expect(fromBool(toBool(dialect, false))).toBe(false);
    const count = await handle.db
      .selectFrom('staff_users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('serializes critical sections with lockForUpdate', async () => {
    await migrateToLatest(handle.db, dialect);
    const order: string[] = [];
    const section = (name: string) =>
      handle.db.transaction().execute(async (trx) => {
        await lockForUpdate(trx, dialect, 'test-lock');
        order.push(`${name}:in`);
        await new Promise((r) => setTimeout(r, 40));
        order.push(`${name}:out`);
      });
    await Promise.all([section('a'), section('b')]);
    expect([order.slice(0, 2), order.slice(2)]).toEqual(
      order[0] === 'a:in'
        ? [
            ['a:in', 'a:out'],
            ['b:in', 'b:out'],
          ]
        : [
            ['b:in', 'b:out'],
            ['a:in', 'a:out'],
          ],
    );
  });
});
