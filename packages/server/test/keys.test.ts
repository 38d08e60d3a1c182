import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.js';
import { ENCRYPTED_COLUMNS } from '../src/features/keys/encrypted-fields.js';
import { reencryptAll } from '../src/features/keys/rotation.js';
import { openServerSecrets } from '../src/security/runtime.js';
import { createTestApp, TEST_MASTER_KEY, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn } from './support/staff.js';

describeEachDatabase('key rotation', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const cli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      env: { ...t.testDatabase.env, PUTOKAZ_MASTER_KEY: TEST_MASTER_KEY },
    };
    const code = await run(['node', 'putokaz', ...args], io);
    return { code, out: out.join(''), err: err.join('') };
  };

  const seed = async () => {
    const worker = await signIn(t, await createStaff(t, 'caseworker'));
    const ids: string[] = [];
    for (const [givenName, familyName] of [
      ['Ana', 'Prva'],
      ['Bojan', 'Drugi'],
      ['Vesna', 'Treća'],
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: authHeaders(worker),
        payload: { givenName, familyName, phones: ['+381605550111'] },
      });
      ids.push(res.json().id);
    }
    return { worker, ids };
  };

  /** Every stored ciphertext, by table and column, found by scanning all text of all tables. */
  const ciphertextColumns = async () => {
    const found = new Set<string>();
    const tables =
      dialect === 'sqlite'
        ? (
            await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
              t.database.db,
            )
          ).rows.map((r) => r.name)
        : (
            await sql<{
              name: string;
            }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
              t.database.db,
            )
          ).rows.map((r) => r.name);
    for (const table of tables) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
        t.database.db,
      );
      for (const row of rows.rows) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value === 'string' && /^v1\.[A-Za-z0-9_-]+\./.test(value))
            found.add(`${table}.${column}`);
        }
      }
    }
    return found;
  };

  it('lists every encrypted column for rotation', async () => {
    await seed();
    const listed = new Set(ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`));
    for (const column of await ciphertextColumns()) expect(listed, column).toContain(column);
  });

  it('re-encrypts every value under a new key, resumably, and the data stays readable', async () => {
    const { ids } = await seed();
    const before = await cli(['keys', 'status']);
    expect(before.code).toBe(0);
    const oldKey = /^(\S+) \(active\)\t(\d+)/m.exec(before.out);
    expect(Number(oldKey?.[2])).toBe(3 * 3 + 1);

    // An interrupted rotation: a new key, one batch re-encrypted, then a crash.
    const secrets = await openServerSecrets(t.database.db, dialect, {
      env: { PUTOKAZ_MASTER_KEY: TEST_MASTER_KEY },
      dataDir: t.testDatabase.dataDir,
    });
    await secrets.keyring.rotate();
    await expect(
      reencryptAll(t.database.db, secrets.keyring, {
        batchSize: 1,
        onBatch: () => {
          throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    const resumed = await cli(['keys', 'rotate', '--resume']);
    expect(resumed.code, resumed.err).toBe(0);
    expect(resumed.out).toMatch(/re-encrypted 9 value\(s\)/);

    const rotated = await cli(['keys', 'rotate']);
    expect(rotated.code, rotated.err).toBe(0);
    expect(rotated.out).toMatch(/re-encrypted 10 value\(s\)/);
    const after = await cli(['keys', 'status']);
    expect(after.out).toMatch(/\(active\)\t10 value/);
    expect(after.out.split('\n').filter((l) => /\t0 value/.test(l))).toHaveLength(2);

    // A server started now reads every person.
    const fresh = await createTestApp(dialect);
    await fresh.close();
    const reader = await openServerSecrets(t.database.db, dialect, {
      env: { PUTOKAZ_MASTER_KEY: TEST_MASTER_KEY },
      dataDir: t.testDatabase.dataDir,
    });
    for (const id of ids) {
      const row = await t.database.db
        .selectFrom('persons')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(reader.keyring.keyIdOf(row.given_name as string)).toBe(reader.keyring.activeKeyId);
      expect(
        reader.keyring.decrypt(row.given_name as string, {
          table: 'persons',
          column: 'given_name',
          recordId: id,
        }),
      ).toMatch(/^(Ana|Bojan|Vesna)$/);
    }
  });

  it('refuses to start with a wrong master key', async () => {
    await seed();
    const wrong = Buffer.alloc(32, 1).toString('base64');
    await expect(
      openServerSecrets(t.database.db, dialect, {
        env: { PUTOKAZ_MASTER_KEY: wrong },
        dataDir: t.testDatabase.dataDir,
      }),
    ).rejects.toThrow(/PUTOKAZ_MASTER_KEY/);
    const res = await (async () => {
      const err: string[] = [];
      const code = await run(['node', 'putokaz', 'keys', 'status'], {
        out: () => undefined,
        err: (s) => err.push(s),
        env: { ...t.testDatabase.env, PUTOKAZ_MASTER_KEY: wrong },
      });
      return { code, err: err.join('') };
    })();
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/^putokaz: .*PUTOKAZ_MASTER_KEY/);
    expect(res.err.trim().split('\n')).toHaveLength(1);
  });
});
