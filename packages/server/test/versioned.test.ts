import { afterEach, beforeEach, expect, it } from 'vitest';
import { insertStaffUser } from '../src/features/staff/queries.js';
import { ConflictError, RecordNotFoundError, updateVersioned } from '../src/db/versioned.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';

describeEachDatabase('optimistic concurrency', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('applies an update based on the current version and bumps it', async () => {
    const user = await insertStaffUser(t.database.db, {
      email: 'v@example.org',
      displayName: 'Vera',
      role: 'hotline',
      passwordHash: 'x',
    });
    expect(await updateVersioned(t.database.db, 'staff_users', user.id, 1, { display_name: 'Vera T.' })).toBe(
      2,
    );
    const row = await t.database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ display_name: 'Vera T.', version: 2 });
  });

  it('rejects a stale update as a conflict and changes nothing', async () => {
    const user = await insertStaffUser(t.database.db, {
      email: 'w@example.org',
      displayName: 'Walter',
      role: 'hotline',
      passwordHash: 'x',
    });
    await updateVersioned(t.database.db, 'staff_users', user.id, 1, { display_name: 'First edit' });
    const before = await t.database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();

    const stale = updateVersioned(t.database.db, 'staff_users', user.id, 1, {
      display_name: 'Second edit',
      team: 'x',
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, currentVersion: 2 });

    const after = await t.database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it('reports a missing record as not found', async () => {
    await expect(
      updateVersioned(t.database.db, 'staff_users', 'missing', 1, { display_name: 'x' }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
