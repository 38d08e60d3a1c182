import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn } from './support/staff.js';

describeEachDatabase('persons: encryption at rest, scope and audit', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('keeps a known name and phone number out of every stored byte', async () => {
    const worker = await signIn(t, await createStaff(t, 'caseworker'));
    const name = { givenName: 'Zlatomirka', familyName: 'Kanarinović' };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: authHeaders(worker),
      payload: { ...name, phones: ['060 555 0199'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      code: expect.stringMatching(/^P-\d{4}-0001$/),
      version: 1,
    });
    const read = await t.app.inject({
      url: `/api/v1/persons/${created.json().id}`,
      headers: authHeaders(worker),
    });
    expect(read.json()).toMatchObject({ ...name, phones: ['+381605550199'] });

    const needles = ['Zlatomirka', 'Kanarinović', 'Kanarinovic', '605550199', '555 0199'];
    if (dialect === 'sqlite') {
      await t.database.close();
      const dir = t.testDatabase.dataDir;
      const files = readdirSync(dir).filter((f) => f.startsWith('putokaz.sqlite'));
      expect(files).toContain('putokaz.sqlite');
      for (const file of files) {
        const bytes = readFileSync(join(dir, file));
        for (const needle of needles) {
          expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle} in ${file}`).toBe(false);
          expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${needle} (UTF-16) in ${file}`).toBe(false);
        }
      }
      // Reopen so the suite can clean up.
      t.database = (await import('../src/db/connection.js')).openDatabase(t.testDatabase.config);
    } else {
      // Every row of every table of the schema, as text.
      const tables = await sql<{
        table_name: string;
      }>`select table_name from information_schema.tables where table_schema = current_schema()`.execute(
        t.database.db,
      );
      for (const { table_name } of tables.rows) {
        const rows = await sql<{
          row: string;
        }>`select t::text as row from ${sql.table(table_name)} t`.execute(t.database.db);
        const text = rows.rows.map((r) => r.row).join('\n');
        for (const needle of needles) expect(text.includes(needle), `${needle} in ${table_name}`).toBe(false);
      }
    }
  });

  it('answers a person outside the scope exactly like a missing one, and audits reads', async () => {
    const owner = await createStaff(t, 'caseworker', { team: 'beograd' });
    const teammate = await createStaff(t, 'supervisor', { team: 'beograd' });
    const stranger = await createStaff(t, 'caseworker', { team: 'nis' });
    const strangerSupervisor = await createStaff(t, 'supervisor', { team: 'nis' });
    const analyst = await createStaff(t, 'analyst', { team: 'beograd' });
    const admin = await createStaff(t, 'admin', { team: 'beograd' });
    const sessions = {
      owner: await signIn(t, owner),
      teammate: await signIn(t, teammate),
      stranger: await signIn(t, stranger),
      strangerSupervisor: await signIn(t, strangerSupervisor),
      analyst: await signIn(t, analyst),
      admin: await signIn(t, admin),
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: authHeaders(sessions.owner),
      payload: { givenName: 'Milica', familyName: 'Testić' },
    });
    const id = created.json().id as string;
    const get = (who: keyof typeof sessions, path = id) =>
      t.app.inject({
        url: `/api/v1/persons/${path}`,
        headers: { ...authHeaders(sessions[who]), 'accept-language': 'en' },
      });

    expect((await get('owner')).statusCode).toBe(200);
    expect((await get('teammate')).statusCode).toBe(200);
    const outside = await get('stranger');
    const missing = await get('stranger', '00000000-0000-4000-8000-000000000000');
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toEqual(missing.json());
    expect((await get('strangerSupervisor')).statusCode).toBe(404);
    expect((await get('analyst')).statusCode).toBe(403);
    expect((await get('admin')).statusCode).toBe(403);

    const list = async (who: keyof typeof sessions) =>
      (await t.app.inject({ url: '/api/v1/persons', headers: authHeaders(sessions[who]) }))
        .json()
        .items.map((p: { id: string }) => p.id);
    expect(await list('teammate')).toEqual([id]);
    expect(await list('stranger')).toEqual([]);

    const reads = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_type', '=', 'person')
      .where('action', '=', 'read')
      .execute();
    expect(reads.map((e) => e.actor_id).sort()).toEqual([owner.id, teammate.id].sort());
    const auditText = JSON.stringify(await t.database.db.selectFrom('audit_events').selectAll().execute());
    expect(auditText).not.toContain('Milica');
    expect(auditText).not.toContain('Testić');
  });

  it('rejects a phone number it cannot read, with a localized field error', async () => {
    const worker = await signIn(t, await createStaff(t, 'hotline'));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: { ...authHeaders(worker), 'accept-language': 'sr-Latn' },
      payload: { givenName: 'A', familyName: 'B', phones: ['+381 60 555 0100', 'call me'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      {
        path: 'phones.1',
        code: 'invalidPhone',
        message: 'Ovo nije broj telefona. Dodaj pozivni broj zemlje ako broj nije srpski.',
      },
    ]);
    expect(await t.database.db.selectFrom('persons').selectAll().execute()).toEqual([]);
  });
});
