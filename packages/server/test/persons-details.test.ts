import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn, type TestStaff } from './support/staff.js';

/** Synthetic persons only. */
const FULL = {
  givenName: 'Zorislava',
  familyName: 'Vranješević',
  aliases: ['Zoka'],
  birthDate: { year: 1994 },
  documents: [{ type: 'passport', number: 'XQ 771 2093', issuingCountry: 'RS' }],
  phones: ['064 555 0177'],
  emails: ['zorislava.test@example.org'],
  addresses: [{ address: 'Bulevar Testova 17', city: 'Kragujevac', country: 'RS' }],
  sex: 'female',
  citizenships: ['RS', 'BA'],
  languages: ['sr'],
  identificationStatus: 'presumed',
  vulnerabilities: ['debt', 'noDocuments'],
};

describeEachDatabase('persons: details, history, consent, duplicates, erasure', (dialect) => {
  let t: TestApp;
  let owner: TestStaff;
  let worker: SignedIn;
  let supervisor: SignedIn;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await createStaff(t, 'caseworker', { team: 'beograd' });
    worker = await signIn(t, owner);
    supervisor = await signIn(t, await createStaff(t, 'supervisor', { team: 'beograd' }));
  });
  afterEach(async () => t.close());

  const call = (session: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { ...authHeaders(session), 'accept-language': 'en' },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const create = async (payload: Record<string, unknown>, session = worker) => {
    const res = await call(session, 'POST', '/api/v1/persons', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string; version: number };
  };

  it('keeps every detail, normalized, and answers them only within scope', async () => {
    const { id } = await create(FULL);
    const res = await call(worker, 'GET', `/api/v1/persons/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ...FULL,
      documents: [{ type: 'passport', number: 'XQ 771 2093', issuingCountry: 'RS' }],
      phones: ['+381645550177'],
      assignedTo: owner.id,
      team: 'beograd',
      identifiedOn: null,
      consent: { purposes: { keepData: { state: 'none' } }, partners: [] },
      keepDataWithdrawn: false,
      erasedAt: null,
      erasureRequests: [],
    });
    // Identified needs the date of identification.
    const noDate = await call(worker, 'PATCH', `/api/v1/persons/${id}`, {
      version: 1,
      identificationStatus: 'identified',
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.details).toMatchObject([{ path: 'identifiedOn', code: 'required' }]);
    const bad = await call(worker, 'POST', '/api/v1/persons', {
      givenName: 'A',
      familyName: 'B',
      emails: ['not an address'],
      citizenships: ['Serbia'],
    });
    expect(bad.statusCode).toBe(400);
    // A caseworker of another team and a hotline operator of this team cannot change it.
    const stranger = await signIn(t, await createStaff(t, 'caseworker', { team: 'nis' }));
    expect(
      (await call(stranger, 'PATCH', `/api/v1/persons/${id}`, { version: 1, sex: 'male' })).statusCode,
    ).toBe(404);
    const teammate = await signIn(t, await createStaff(t, 'caseworker', { team: 'beograd' }));
    expect((await call(teammate, 'GET', `/api/v1/persons/${id}`)).statusCode).toBe(200);
    expect(
      (await call(teammate, 'PATCH', `/api/v1/persons/${id}`, { version: 1, sex: 'male' })).statusCode,
    ).toBe(404);
    // A caseworker (own scope) cannot move a person to another team; a supervisor (team scope) can.
    expect(
      (await call(worker, 'PATCH', `/api/v1/persons/${id}`, { version: 1, team: 'nis' })).statusCode,
    ).toBe(403);
  });

  it('refuses a stale edit with what changed since, by whom and when, and keeps the history without values', async () => {
    const { id } = await create(FULL);
    const first = await call(worker, 'PATCH', `/api/v1/persons/${id}`, {
      version: 1,
      familyName: 'Vranješević-Test',
      phones: ['064 555 0177', '+381 11 555 0100'],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, familyName: 'Vranješević-Test' });
    // The supervisor edits on the new version.
    const second = await call(supervisor, 'PATCH', `/api/v1/persons/${id}`, {
      version: 2,
      vulnerabilities: ['debt'],
      identificationStatus: 'identified',
      identifiedOn: '2026-03-01',
    });
    expect(second.statusCode, second.body).toBe(200);
    // The worker still holds version 1: refused, nothing overwritten.
    const stale = await call(worker, 'PATCH', `/api/v1/persons/${id}`, { version: 1, givenName: 'Zora' });
    expect(stale.statusCode).toBe(409);
    const body = stale.json();
    expect(body.error.code).toBe('conflict');
    const changed = body.error.details as { path: string; version: number; changedBy: { id: string } }[];
    expect(changed.map((c) => c.path).sort()).toEqual(
      ['familyName', 'identificationStatus', 'identifiedOn', 'phones', 'vulnerabilities'].sort(),
    );
    expect(changed.find((c) => c.path === 'familyName')).toMatchObject({
      version: 2,
      changedBy: { id: owner.id },
    });
    expect(changed.find((c) => c.path === 'vulnerabilities')).toMatchObject({
      version: 3,
      currentVersion: 3,
    });
    expect(body.error.details[0].message).toMatch(/version \d/);
    const current = (await call(worker, 'GET', `/api/v1/persons/${id}`)).json();
    expect(current).toMatchObject({ givenName: 'Zorislava', version: 3, vulnerabilities: ['debt'] });

    // An edit that changes nothing keeps the version.
    const same = await call(worker, 'PATCH', `/api/v1/persons/${id}`, { version: 3, givenName: 'Zorislava' });
    expect(same.json().version).toBe(3);

    const history = await call(worker, 'GET', `/api/v1/persons/${id}/history?limit=2`);
    expect(history.statusCode).toBe(200);
    const page1 = history.json();
    expect(page1.items.map((h: { action: string }) => h.action)).toEqual(['update', 'update']);
    expect(page1.items[0].fields.sort()).toEqual(['identificationStatus', 'identifiedOn', 'vulnerabilities']);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = (
      await call(worker, 'GET', `/api/v1/persons/${id}/history?limit=2&cursor=${page1.nextCursor}`)
    ).json();
    expect(page2.items.map((h: { action: string; version: number }) => [h.action, h.version])).toEqual([
      ['create', 1],
    ]);
    expect(page2.nextCursor).toBeNull();
    const rows = JSON.stringify(await t.database.db.selectFrom('person_history').selectAll().execute());
    for (const value of ['Zorislava', 'Vranje', '5550177', 'Kragujevac', 'XQ'])
      expect(rows).not.toContain(value);

    // The stale attempt is audited, and nothing personal reaches the audit trail.
    const audit = JSON.stringify(await t.database.db.selectFrom('audit_events').selectAll().execute());
    expect(audit).toContain('conflict');
    for (const value of ['Zorislava', 'Zora', 'Vranje', '5550177']) expect(audit).not.toContain(value);
  });

  it('finds persons by e-mail, document number and alias, and lists them with an opaque, stable cursor', async () => {
    const { id } = await create(FULL);
    for (let i = 0; i < 4; i++) await create({ givenName: `Test${'abcd'[i]}`, familyName: 'Listović' });
    const search = async (q: string) =>
      (await call(worker, 'GET', `/api/v1/search?q=${encodeURIComponent(q)}`)).json().results as {
        id: string;
        type: string;
      }[];
    expect((await search('ZORISLAVA.TEST@example.org'))[0]?.id).toBe(id);
    expect((await search('xq7712093'))[0]?.id).toBe(id);
    expect((await search('Зока Врањешевић'))[0]?.id).toBe(id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/persons?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await call(worker, 'GET', url)).json();
      seen.push(...page.items.map((p: { id: string }) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen.at(-1)).toBe(id);
    const invalid = await call(worker, 'GET', '/api/v1/persons?cursor=bm9wZQ');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details[0]).toMatchObject({ path: 'cursor', code: 'invalidCursor' });
  });

  it('shows probable duplicates before a person is created, across scripts and spellings', async () => {
    const djordjevic = await create({
      givenName: 'Đorđe',
      familyName: 'Đorđević',
      birthDate: { date: '1991-05-12' },
      phones: ['+381 63 555 0123'],
    });
    const petrovic = await create({ givenName: 'Milan', familyName: 'Petrović' });
    await create({ givenName: 'Milan', familyName: 'Petković' });
    const candidates = async (body: Record<string, unknown>, session = worker) => {
      const res = await call(session, 'POST', '/api/v1/persons/candidates', body);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().results as { id: string; reasons: string[]; score: number }[];
    };
    const ascii = await candidates({ givenName: 'Djordje', familyName: 'Djordjevic' });
    expect(ascii.map((c) => c.id)).toEqual([djordjevic.id]);
    expect(ascii[0]?.reasons).toEqual(['name']);
    const cyrillic = await candidates({ givenName: 'Ђорђе', familyName: 'Ђорђевић', birthYear: 1991 });
    expect(cyrillic[0]).toMatchObject({ id: djordjevic.id, reasons: ['name', 'birthYear'] });
    const byPhone = await candidates({
      givenName: 'Nepoznata',
      familyName: 'Osoba',
      phones: ['063/555-0123'],
    });
    expect(byPhone[0]).toMatchObject({ id: djordjevic.id, reasons: ['phone'] });
    const milan = await candidates({ givenName: 'Милан', familyName: 'Петровић' });
    expect(milan.map((c) => c.id)).toEqual([petrovic.id]);
    // Not in scope: nothing.
    const stranger = await signIn(t, await createStaff(t, 'caseworker', { team: 'nis' }));
    expect(await candidates({ givenName: 'Djordje', familyName: 'Djordjevic' }, stranger)).toEqual([]);
    const audit = JSON.stringify(
      await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'search').execute(),
    );
    expect(audit).toContain('duplicates');
    expect(audit).not.toMatch(/djordje|Đorđ|Ђорђ/i);
  });

  it(
    'records consent per purpose and marks persons who withdrew "keep data" in the list and search',
    { timeout: 90_000 },
    async () => {
      const { id } = await create({ givenName: 'Radmila', familyName: 'Consentić' });
      const other = await create({ givenName: 'Bojana', familyName: 'Consentić' });
      const record = (body: Record<string, unknown>, session = worker, person = id) =>
        call(session, 'POST', `/api/v1/persons/${person}/consents`, body);
      const given = await record({
        purpose: 'keepData',
        action: 'given',
        date: '2026-01-10',
        method: 'written',
      });
      expect(given.statusCode, given.body).toBe(201);
      expect(given.json().consent.purposes.keepData).toMatchObject({ state: 'given', since: '2026-01-10' });
      const share = await record({
        purpose: 'shareWithPartner',
        action: 'given',
        date: '2026-01-10',
        method: 'verbal',
        partner: 'Sigurna kuća Test',
      });
      expect(share.json().consent.partners).toMatchObject([{ partner: 'Sigurna kuća Test', state: 'given' }]);
      expect(
        (await record({ purpose: 'shareWithPartner', action: 'given', date: '2026-01-10', method: 'verbal' }))
          .statusCode,
      ).toBe(400);
      expect(
        (await record({ purpose: 'keepData', action: 'given', date: '2999-01-01', method: 'verbal' }))
          .statusCode,
      ).toBe(400);
      const withdrawn = await record({
        purpose: 'keepData',
        action: 'withdrawn',
        date: '2026-02-01',
        method: 'electronic',
      });
      expect(withdrawn.json().consent.purposes.keepData).toMatchObject({
        state: 'withdrawn',
        method: 'electronic',
      });

      // Permission and scope: hotline cannot record consent (403); another team's caseworker gets 404.
      const hotline = await signIn(t, await createStaff(t, 'hotline', { team: 'beograd' }));
      const event = { purpose: 'contactByPhone', action: 'given', date: '2026-01-10', method: 'verbal' };
      expect((await record(event, hotline)).statusCode).toBe(403);
      const stranger = await signIn(t, await createStaff(t, 'caseworker', { team: 'nis' }));
      expect((await record(event, stranger)).statusCode).toBe(404);
      expect((await record(event, supervisor)).statusCode).toBe(201);

      const person = (await call(worker, 'GET', `/api/v1/persons/${id}`)).json();
      expect(person.keepDataWithdrawn).toBe(true);
      expect(person.consent.purposes.contactByPhone.state).toBe('given');
      const events = (await call(worker, 'GET', `/api/v1/persons/${id}/consents?limit=10`)).json();
      expect(events.items).toHaveLength(4);
      expect(events.items[0]).toMatchObject({
        purpose: 'contactByPhone',
        recordedBy: { name: expect.any(String) },
      });

      const list = (await call(worker, 'GET', '/api/v1/persons')).json().items as {
        id: string;
        keepDataWithdrawn: boolean;
      }[];
      expect(list.find((p) => p.id === id)?.keepDataWithdrawn).toBe(true);
      expect(list.find((p) => p.id === other.id)?.keepDataWithdrawn).toBe(false);
      const results = (await call(worker, 'GET', '/api/v1/search?q=Radmila%20Consentic')).json().results;
      expect(results[0]).toMatchObject({ id, keepDataWithdrawn: true });
      const history = (await call(worker, 'GET', `/api/v1/persons/${id}/history`)).json();
      expect(history.items.filter((h: { action: string }) => h.action === 'consent')).toHaveLength(4);
      const stored = JSON.stringify(
        await t.database.db.selectFrom('person_consent_events').selectAll().execute(),
      );
      expect(stored).not.toContain('Sigurna');
    },
  );

  it('names a staff member who no longer exists as null: assigned worker, history, consent, erasure, conflict', async () => {
    const leaver = await createStaff(t, 'caseworker', { team: 'beograd' });
    const session = await signIn(t, leaver);
    const { id } = await create({ givenName: 'Dragica', familyName: 'Odlazić' }, session);
    const consent = { purpose: 'keepData', action: 'given', date: '2026-01-10', method: 'written' };
    expect((await call(session, 'POST', `/api/v1/persons/${id}/consents`, consent)).statusCode).toBe(201);
    const edited = await call(session, 'PATCH', `/api/v1/persons/${id}`, { version: 1, sex: 'female' });
    expect(edited.statusCode, edited.body).toBe(200);
    const asked = await call(session, 'POST', `/api/v1/persons/${id}/erasure-request`, {
      reason: 'Synthetic',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const name = (
      await t.database.db
        .selectFrom('staff_users')
        .select('display_name')
        .where('id', '=', leaver.id)
        .executeTakeFirstOrThrow()
    ).display_name;
    expect(asked.json().requestedBy).toEqual({ id: leaver.id, name });
    expect((await call(supervisor, 'GET', `/api/v1/persons/${id}`)).json()).toMatchObject({
      assignedToName: name,
    });

    // The user's row is gone (removed by an operator): the ids stay, the names are null, and the console shows
    // "former staff member"; the server's own conflict text says "a former staff member".
    await t.database.db.deleteFrom('staff_users').where('id', '=', leaver.id).execute();
    const gone = { id: leaver.id, name: null };
    const person = await call(supervisor, 'GET', `/api/v1/persons/${id}`);
    expect(person.statusCode, person.body).toBe(200);
    expect(person.json()).toMatchObject({
      assignedTo: leaver.id,
      assignedToName: null,
      erasureRequests: [{ requestedBy: gone, decidedBy: null }],
    });
    const history = (await call(supervisor, 'GET', `/api/v1/persons/${id}/history`)).json();
    expect(history.items.map((h: { action: string; actor: unknown }) => [h.action, h.actor])).toEqual([
      ['erasureRequest', gone],
      ['update', gone],
      ['consent', gone],
      ['create', gone],
    ]);
    const events = (await call(supervisor, 'GET', `/api/v1/persons/${id}/consents`)).json();
    expect(events.items).toMatchObject([{ purpose: 'keepData', recordedBy: gone }]);
    const stale = await call(supervisor, 'PATCH', `/api/v1/persons/${id}`, { version: 1, languages: ['sr'] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toEqual([
      expect.objectContaining({
        path: 'sex',
        changedBy: gone,
        message: expect.stringContaining('Sex was changed by a former staff member'),
      }),
    ]);
  });

  it(
    'erases a person only after another supervisor approves, leaving no byte of the identity data',
    { timeout: 120_000 },
    async () => {
      const { id, code } = await create(FULL);
      await call(worker, 'POST', `/api/v1/persons/${id}/consents`, {
        purpose: 'shareWithPartner',
        action: 'given',
        date: '2026-01-10',
        method: 'written',
        partner: 'Partner Testovac',
      });
      await call(worker, 'PATCH', `/api/v1/persons/${id}`, { version: 1, givenName: 'Zorislavka' });
      const before = await t.database.db
        .selectFrom('persons')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const ciphertexts = [
        before.given_name,
        before.family_name,
        before.phones,
        before.documents,
        before.emails,
      ].filter((v): v is string => v !== null);
      const hashes = (
        await t.database.db
          .selectFrom('person_identifiers')
          .select('hash')
          .where('person_id', '=', id)
          .execute()
      ).map((r) => r.hash);
      const uniqueHashes = [];
      for (const hash of hashes) {
        const shared = await t.database.db
          .selectFrom('person_identifiers')
          .select('person_id')
          .where('hash', '=', hash)
          .where('person_id', '!=', id)
          .execute();
        if (shared.length === 0) uniqueHashes.push(hash);
      }
      expect(uniqueHashes.length).toBeGreaterThan(4);

      // Hotline cannot ask; the caseworker can; a second request waits for the first.
      const hotline = await signIn(t, await createStaff(t, 'hotline', { team: 'beograd' }));
      expect(
        (await call(hotline, 'POST', `/api/v1/persons/${id}/erasure-request`, { reason: 'x' })).statusCode,
      ).toBe(403);
      const requested = await call(worker, 'POST', `/api/v1/persons/${id}/erasure-request`, {
        reason: 'Withdrew consent to keep data',
      });
      expect(requested.statusCode, requested.body).toBe(201);
      const request = requested.json();
      expect(
        (await call(worker, 'POST', `/api/v1/persons/${id}/erasure-request`, { reason: 'again' })).statusCode,
      ).toBe(409);
      // The caseworker cannot approve; a supervisor of another team does not see it.
      const approve = (session: SignedIn, version = request.version) =>
        call(session, 'POST', `/api/v1/persons/erasure-requests/${request.id}/approve`, { version });
      expect((await approve(worker)).statusCode).toBe(403);
      const otherTeam = await signIn(t, await createStaff(t, 'supervisor', { team: 'nis' }));
      expect((await approve(otherTeam)).statusCode).toBe(404);
      const pending = (await call(supervisor, 'GET', '/api/v1/persons/erasure-requests')).json();
      expect(pending.items).toMatchObject([
        { id: request.id, personCode: code, reason: 'Withdrew consent to keep data' },
      ]);

      // A supervisor cannot approve their own request.
      const { id: second } = await create({ givenName: 'Samo', familyName: 'Svojić' }, supervisor);
      const own = (
        await call(supervisor, 'POST', `/api/v1/persons/${second}/erasure-request`, { reason: 'test' })
      ).json();
      const self = await call(supervisor, 'POST', `/api/v1/persons/erasure-requests/${own.id}/approve`, {
        version: 1,
      });
      expect(self.statusCode).toBe(403);
      expect(self.json().error.code).toBe('persons.ownErasureRequest');
      const colleague = await signIn(t, await createStaff(t, 'supervisor', { team: 'beograd' }));
      const rejected = await call(colleague, 'POST', `/api/v1/persons/erasure-requests/${own.id}/reject`, {
        version: 1,
      });
      expect(rejected.json()).toMatchObject({ status: 'rejected' });

      // Stale version: 409; then approval.
      expect((await approve(supervisor, 7)).statusCode).toBe(409);
      const approved = await approve(supervisor);
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json()).toMatchObject({ status: 'approved', reason: null });
      expect((await approve(supervisor)).statusCode).toBe(409);

      const erased = (await call(supervisor, 'GET', `/api/v1/persons/${id}`)).json();
      expect(erased).toMatchObject({
        code,
        givenName: null,
        familyName: null,
        aliases: [],
        birthDate: null,
        documents: [],
        phones: [],
        emails: [],
        addresses: [],
        sex: 'female',
        citizenships: ['RS', 'BA'],
        identificationStatus: 'presumed',
        vulnerabilities: ['debt', 'noDocuments'],
        ageBand: '25-34',
        erasedAt: expect.any(String),
      });
      expect(erased.consent.partners).toEqual([]);
      expect(
        (await call(supervisor, 'PATCH', `/api/v1/persons/${id}`, { version: erased.version, sex: 'male' }))
          .statusCode,
      ).toBe(404);
      const found = (await call(supervisor, 'GET', '/api/v1/search?q=Zorislavka%20Vranjesevic')).json()
        .results;
      expect(found).toEqual([]);
      const list = (await call(supervisor, 'GET', '/api/v1/persons')).json().items;
      expect(list.find((p: { id: string }) => p.id === id)).toMatchObject({ erased: true, givenName: null });
      const history = (await call(supervisor, 'GET', `/api/v1/persons/${id}/history`)).json();
      expect(history.items[0]).toMatchObject({ action: 'erasure' });
      const audit = await t.database.db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', 'delete')
        .where('resource_id', '=', id)
        .execute();
      expect(audit).toHaveLength(1);

      const needles = [
        ...ciphertexts,
        ...uniqueHashes,
        'Zorislav',
        'Vranješević',
        'Vranjesevic',
        '645550177',
        'XQ7712093',
        'zorislava.test',
        'Bulevar Testova',
        'Partner Testovac',
        'Withdrew consent',
      ];
      if (dialect === 'sqlite') {
        await t.database.close();
        const dir = t.testDatabase.dataDir;
        const files = readdirSync(dir).filter((f) => f.startsWith('putokaz.sqlite'));
        for (const file of files) {
          const bytes = readFileSync(join(dir, file));
          for (const needle of needles) {
            expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle.slice(0, 30)} in ${file}`).toBe(
              false,
            );
          }
        }
        t.database = openDatabase(t.testDatabase.config);
      } else {
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
          for (const needle of needles)
            expect(text.includes(needle), `${needle.slice(0, 30)} in ${table_name}`).toBe(false);
        }
      }
    },
  );
});
