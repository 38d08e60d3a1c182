import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessContextFor } from '../src/access/access-context.js';
import { listContactsForPerson } from '../src/features/contacts/index.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn, type TestStaff } from './support/staff.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describeEachDatabase('hotline contacts', (dialect) => {
  let t: TestApp;
  const staff: Record<string, TestStaff> = {};
  const s: Record<string, SignedIn> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const accounts = {
      hotline: ['hotline', 'beograd'],
      hotline2: ['hotline', 'beograd'],
      caseworker: ['caseworker', 'beograd'],
      nisHotline: ['hotline', 'nis'],
      analyst: ['analyst', 'beograd'],
      admin: ['admin', 'beograd'],
    } as const;
    for (const [key, [role, team]] of Object.entries(accounts)) {
      staff[key] = await createStaff(t, role, { team });
      s[key] = await signIn(t, staff[key] as TestStaff);
    }
  });
  afterAll(async () => t.close());

  const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, lang = 'en') =>
    t.app.inject({
      method,
      url,
      headers: { ...authHeaders(s[who] as SignedIn), 'accept-language': lang },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  const createContact = async (who: string, body: Record<string, unknown>) => {
    const res = await call(who, 'POST', '/api/v1/contacts', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string; version: number };
  };

  it('records a contact with defaults, reads it back decrypted, and keeps caller data out of the stored bytes', async () => {
    const before = Date.now();
    const created = await createContact('hotline', {
      channel: 'phone',
      topic: 'offerCheck',
      caller: { kind: 'personConcerned', name: 'Zlatomirka Kanarinović', phone: '064 555 0101' },
      summary: 'Pozvala zbog ponude za posao u Nemačkoj, besplatan smeštaj.',
      language: 'sr',
      durationMinutes: 7,
    });
    expect(created.code).toMatch(/^K-\d{4}-0001$/);
    expect(created.version).toBe(1);

    const read = await call('hotline', 'GET', `/api/v1/contacts/${created.id}`);
    expect(read.statusCode).toBe(200);
    const contact = read.json();
    expect(contact).toMatchObject({
      id: created.id,
      code: created.code,
      direction: 'incoming',
      channel: 'phone',
      urgency: 'normal',
      topic: 'offerCheck',
      outcome: null,
      caller: { kind: 'personConcerned', name: 'Zlatomirka Kanarinović', phone: '064 555 0101' },
      summary: 'Pozvala zbog ponude za posao u Nemačkoj, besplatan smeštaj.',
      language: 'sr',
      durationMinutes: 7,
      handledBy: { id: staff.hotline?.id },
      person: null,
      caseId: null,
      team: 'beograd',
      version: 1,
    });
    expect(Date.parse(contact.occurredAt)).toBeGreaterThanOrEqual(before - 1000);

    const rows = await sql<{ row: string }>`select * from contacts`.execute(t.database.db);
    const stored =
      JSON.stringify(rows.rows) +
      JSON.stringify(await t.database.db.selectFrom('contact_identifiers').selectAll().execute());
    for (const needle of ['Zlatomirka', 'Kanarinović', '555 0101', '645550101', 'Nemačkoj'])
      expect(stored.includes(needle), needle).toBe(false);
    const audit = JSON.stringify(await t.database.db.selectFrom('audit_events').selectAll().execute());
    for (const needle of ['Zlatomirka', 'Kanarinović', '555 0101', 'Nemačkoj'])
      expect(audit).not.toContain(needle);
    expect(t.logs.text).not.toContain('Zlatomirka');
    expect(t.logs.text).not.toContain('555 0101');
  });

  it('refuses bad input with localized field errors and writes nothing', async () => {
    const count = async () => (await t.database.db.selectFrom('contacts').select('id').execute()).length;
    const n = await count();
    const bad = await call('hotline', 'POST', '/api/v1/contacts', {
      channel: 'fax',
      topic: 'other',
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['channel', 'extra']);
    const future = await call(
      'hotline',
      'POST',
      '/api/v1/contacts',
      { channel: 'phone', topic: 'other', occurredAt: new Date(Date.now() + 3_600_000).toISOString() },
      'sr-Latn',
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details).toEqual([
      { path: 'occurredAt', code: 'invalidValue', message: 'Vreme kontakta ne može biti u budućnosti.' },
    ]);
    const unknownPerson = await call('hotline', 'POST', '/api/v1/contacts', {
      channel: 'phone',
      topic: 'other',
      personId: MISSING,
    });
    expect(unknownPerson.statusCode).toBe(400);
    expect(unknownPerson.json().error.details[0]).toMatchObject({ path: 'personId', code: 'notFound' });
    const otherTeamOperator = await call('hotline', 'POST', '/api/v1/contacts', {
      channel: 'phone',
      topic: 'other',
      handledBy: staff.nisHotline?.id,
    });
    expect(otherTeamOperator.statusCode).toBe(400);
    expect(otherTeamOperator.json().error.details[0]).toMatchObject({ path: 'handledBy' });
    expect(await count()).toBe(n);
  });

  it('refuses a link to a case that does not exist', async () => {
    const res = await call('hotline', 'POST', '/api/v1/contacts', {
      channel: 'phone',
      topic: 'other',
      caseId: 'not-a-case',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ path: 'caseId', code: 'notFound' });
  });

  it('changes a contact with its version, answers a stale change with 409 and what changed, keeps the history', async () => {
    const created = await createContact('hotline', { channel: 'sms', topic: 'information', summary: 'Prvo' });
    const url = `/api/v1/contacts/${created.id}`;
    const first = await call('hotline', 'PATCH', url, {
      version: 1,
      urgency: 'high',
      summary: 'Drugo',
      caller: { name: 'Bosiljka Mirić' },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      version: 2,
      urgency: 'high',
      summary: 'Drugo',
      caller: { name: 'Bosiljka Mirić', kind: 'anonymous' },
    });

    // A teammate based a change on version 1: refused, and told who changed what since.
    const stale = await call('hotline2', 'PATCH', url, { version: 1, outcome: 'noAction' });
    expect(stale.statusCode).toBe(409);
    const details = stale.json().error.details;
    expect(details).toMatchObject({
      expectedVersion: 1,
      currentVersion: 2,
      changedFields: ['callerName', 'urgency', 'summary'],
    });
    expect(details.changes).toHaveLength(1);
    expect(details.changes[0]).toMatchObject({
      version: 2,
      action: 'update',
      changedBy: { id: staff.hotline?.id },
    });
    expect(JSON.stringify(details)).not.toContain('Drugo');
    expect((await call('hotline', 'GET', url)).json()).toMatchObject({ outcome: null, version: 2 });

    // The same change with nothing new writes nothing and keeps the version.
    const same = await call('hotline2', 'PATCH', url, { version: 2, urgency: 'high' });
    expect(same.json().version).toBe(2);

    const second = await call('hotline2', 'PATCH', url, {
      version: 2,
      outcome: 'noAction',
      caller: { name: null },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ version: 3, outcome: 'noAction', caller: { name: null } });

    const history = await call('caseworker', 'GET', `${url}/history`);
    expect(history.statusCode).toBe(200);
    expect(history.json().items).toMatchObject([
      { version: 1, action: 'create', changedBy: { id: staff.hotline?.id } },
      { version: 2, action: 'update', fields: ['callerName', 'urgency', 'summary'] },
      {
        version: 3,
        action: 'update',
        changedBy: { id: staff.hotline2?.id },
        fields: ['callerName', 'outcome'],
      },
    ]);
    expect(history.json().items[0].fields).toEqual(
      expect.arrayContaining(['occurredAt', 'channel', 'topic', 'urgency', 'summary', 'handledBy']),
    );
    expect(history.json().items[0].fields).not.toContain('callerName');
    const updates = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_type', '=', 'contact')
      .where('resource_id', '=', created.id)
      .where('action', '=', 'update')
      .execute();
    expect(updates).toHaveLength(2);
    // The name index follows the change: the removed name no longer matches.
    const matches = await call('hotline', 'POST', '/api/v1/contacts/matches', { name: 'Bosiljka Mirić' });
    expect(matches.json().contacts).toEqual([]);
  });

  it('lists newest first by when the contact happened, filters, and pages with an opaque cursor', async () => {
    const base = Date.parse('2026-03-01T10:00:00.000Z');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await createContact('caseworker', {
        channel: 'email',
        topic: i % 2 ? 'missingPerson' : 'exploitationReport',
        urgency: i === 4 ? 'immediateDanger' : 'low',
        outcome: 'referred',
        occurredAt: new Date(base + i * 60_000).toISOString(),
      });
      ids.push(created.id);
    }
    const page1 = await call('hotline', 'GET', '/api/v1/contacts?outcome=referred&limit=2');
    expect(page1.statusCode).toBe(200);
    expect(page1.json().items.map((c: { id: string }) => c.id)).toEqual([ids[4], ids[3]]);
    const cursor = page1.json().nextCursor as string;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const page2 = await call('hotline', 'GET', `/api/v1/contacts?outcome=referred&limit=2&cursor=${cursor}`);
    expect(page2.json().items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    const page3 = await call(
      'hotline',
      'GET',
      `/api/v1/contacts?outcome=referred&limit=2&cursor=${page2.json().nextCursor}`,
    );
    expect(page3.json()).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null });

    const missing = await call('hotline', 'GET', '/api/v1/contacts?topic=missingPerson&outcome=referred');
    expect(missing.json().items.map((c: { id: string }) => c.id)).toEqual([ids[3], ids[1]]);
    const danger = await call('hotline', 'GET', '/api/v1/contacts?urgency=immediateDanger');
    expect(danger.json().items.map((c: { id: string }) => c.id)).toEqual([ids[4]]);
    const badCursor = await call('hotline', 'GET', '/api/v1/contacts?cursor=bm9wZQ');
    expect(badCursor.statusCode).toBe(400);
    const badFilter = await call('hotline', 'GET', '/api/v1/contacts?urgency=panic');
    expect(badFilter.statusCode).toBe(400);
  });

  it('lists contacts of the same minute newest recorded first (then by id) and pages across the tie', async () => {
    const kase = await call('caseworker', 'POST', '/api/v1/cases', { kind: 'individual' });
    expect(kase.statusCode, kase.body).toBe(201);
    const caseId = kase.json().id as string;
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(
        (
          await createContact('caseworker', {
            channel: 'phone',
            topic: 'information',
            caseId,
            occurredAt: '2026-04-02T09:15:00.000Z',
          })
        ).id,
      );
    // Recording times against the order of the random ids, two of them equal: [a, b, c, d] by id get
    // recorded at +3 s, +2 s, +1 s and +1 s. Newest recorded first, ties by id (descending): a, b, d, c.
    const [a, b, c, d] = [...ids].sort() as [string, string, string, string];
    const recorded: [string, string][] = [
      [a, '2026-04-02T09:16:03.000Z'],
      [b, '2026-04-02T09:16:02.000Z'],
      [c, '2026-04-02T09:16:01.000Z'],
      [d, '2026-04-02T09:16:01.000Z'],
    ];
    for (const [id, at] of recorded)
      await t.database.db.updateTable('contacts').set({ created_at: at }).where('id', '=', id).execute();
    const expected = [a, b, d, c];

    const all = await call('hotline', 'GET', `/api/v1/contacts?caseId=${caseId}`);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().items.map((x: { id: string }) => x.id)).toEqual(expected);
    for (const size of [1, 3]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await call(
          'hotline',
          'GET',
          `/api/v1/contacts?caseId=${caseId}&limit=${size}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.statusCode, page.body).toBe(200);
        seen.push(...page.json().items.map((x: { id: string }) => x.id));
        cursor = page.json().nextCursor as string | null;
      } while (cursor);
      expect(seen).toEqual(expected);
    }
    // A cursor of the old two-part format (or any other shape) is refused, not misread.
    const old = Buffer.from(`2026-04-02T09:15:00.000Z|${a}`).toString('base64url');
    expect((await call('hotline', 'GET', `/api/v1/contacts?cursor=${old}`)).statusCode).toBe(400);
  });

  it('scopes contacts to the team and refuses roles without contact permissions', async () => {
    const created = await createContact('hotline', {
      channel: 'walkIn',
      topic: 'helpRequest',
      summary: 'Tajna',
    });
    const url = `/api/v1/contacts/${created.id}`;
    expect((await call('caseworker', 'GET', url)).statusCode).toBe(200);
    const outside = await call('nisHotline', 'GET', url);
    const missing = await call('nisHotline', 'GET', `/api/v1/contacts/${MISSING}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toEqual(missing.json());
    expect((await call('nisHotline', 'PATCH', url, { version: 1, urgency: 'low' })).statusCode).toBe(404);
    expect((await call('nisHotline', 'GET', `${url}/history`)).statusCode).toBe(404);
    const nisList = await call('nisHotline', 'GET', '/api/v1/contacts');
    expect(nisList.json().items).toEqual([]);

    for (const who of ['analyst', 'admin']) {
      expect((await call(who, 'GET', url)).statusCode).toBe(403);
      expect((await call(who, 'GET', '/api/v1/contacts')).statusCode).toBe(403);
      expect(
        (await call(who, 'POST', '/api/v1/contacts', { channel: 'phone', topic: 'other' })).statusCode,
      ).toBe(403);
      expect((await call(who, 'POST', '/api/v1/contacts/matches', { name: 'Marko' })).statusCode).toBe(403);
    }
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select('resource_id')
      .where('outcome', '=', 'denied')
      .where('actor_id', '=', staff.analyst?.id as string)
      .execute();
    expect(denied.map((d) => d.resource_id)).toContain('POST /api/v1/contacts');
    const reads = await t.database.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('resource_type', '=', 'contact')
      .where('resource_id', '=', created.id)
      .where('action', '=', 'read')
      .execute();
    expect(reads.map((r) => r.actor_id)).toEqual([staff.caseworker?.id]);
  });

  it('shows earlier contacts and persons for a phone number in any format and a name in either script', async () => {
    const person = await call('caseworker', 'POST', '/api/v1/persons', {
      givenName: 'Đorđe',
      familyName: 'Stevanović',
      phones: ['+381 64 777 0123'],
    });
    expect(person.statusCode).toBe(201);
    const personId = person.json().id as string;
    const earlier = await createContact('hotline', {
      channel: 'phone',
      topic: 'exploitationReport',
      caller: { kind: 'family', name: 'Ђорђе Стевановић', phone: '064/777-0123' },
      personId,
    });
    await createContact('nisHotline', {
      channel: 'phone',
      topic: 'other',
      caller: { kind: 'personConcerned', name: 'Đorđe Stevanović', phone: '0647770123' },
    });

    for (const phone of ['+381 64 777 0123', '064 777 0123', '00381647770123', '+381647770123']) {
      const res = await call('hotline2', 'POST', '/api/v1/contacts/matches', { phone });
      expect(res.statusCode, phone).toBe(200);
      const answer = res.json();
      expect(
        answer.contacts.map((c: { id: string }) => c.id),
        phone,
      ).toEqual([earlier.id]);
      expect(answer.contacts[0]).toMatchObject({
        matchedBy: ['phone'],
        personId,
        callerPhone: '064/777-0123',
      });
      expect(
        answer.persons.map((p: { id: string }) => p.id),
        phone,
      ).toEqual([personId]);
      expect(answer.persons[0].matchedBy).toEqual(['phone']);
    }

    for (const name of ['Djordje Stevanovic', 'Стевановић Ђорђе', 'đorđe stevanović']) {
      const res = await call('hotline2', 'POST', '/api/v1/contacts/matches', { name });
      const answer = res.json();
      expect(
        answer.contacts.map((c: { id: string }) => c.id),
        name,
      ).toEqual([earlier.id]);
      expect(answer.contacts[0].matchedBy).toEqual(['name']);
      expect(
        answer.persons.map((p: { id: string }) => p.id),
        name,
      ).toEqual([personId]);
    }
    // Phone and name together rank first; a different name of the same family stays out.
    const both = (
      await call('hotline2', 'POST', '/api/v1/contacts/matches', {
        phone: '064 777 0123',
        name: 'Djordje Stevanovic',
      })
    ).json();
    expect(both.contacts[0]).toMatchObject({ id: earlier.id, matchedBy: ['phone', 'name'] });
    expect(both.contacts[0].score).toBeGreaterThan(1);
    const other = (
      await call('hotline2', 'POST', '/api/v1/contacts/matches', { name: 'Milan Stevanović' })
    ).json();
    expect(other.contacts).toEqual([]);
    // Too little to look up: no match, not an error.
    const partial = (await call('hotline2', 'POST', '/api/v1/contacts/matches', { phone: '064' })).json();
    expect(partial).toEqual({ contacts: [], persons: [], cases: [] });
    expect((await call('hotline2', 'POST', '/api/v1/contacts/matches', {})).statusCode).toBe(400);
    // Leaving out the contact being edited.
    const self = (
      await call('hotline2', 'POST', '/api/v1/contacts/matches', {
        phone: '0647770123',
        excludeContactId: earlier.id,
      })
    ).json();
    expect(self.contacts).toEqual([]);

    // Another team's operator sees only what their scope allows.
    const nis = (
      await call('nisHotline', 'POST', '/api/v1/contacts/matches', { phone: '0647770123' })
    ).json();
    expect(nis.contacts.map((c: { id: string }) => c.id)).not.toContain(earlier.id);
    expect(nis.contacts).toHaveLength(1);
    expect(nis.persons).toEqual([]);

    // Audited with a keyed hash of the query, never its text.
    const searches = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'search')
      .where('actor_id', '=', staff.hotline2?.id as string)
      .execute();
    expect(searches.some((e) => e.resource_type === 'contact')).toBe(true);
    expect(searches.some((e) => e.resource_type === 'person')).toBe(true);
    const text = JSON.stringify(searches);
    expect(text).toMatch(/"queryHash/);
    for (const needle of ['Djordje', 'Стевановић', '7770123', '777 0123']) expect(text).not.toContain(needle);
    expect(t.logs.text).not.toContain('Djordje');
    expect(t.logs.text).not.toContain('777 0123');
  });

  it('finds an older full-name match among many contacts sharing only the family name', async () => {
    const target = await createContact('hotline', {
      channel: 'phone',
      topic: 'other',
      caller: { kind: 'personConcerned', name: 'Živorad Obrenović' },
      occurredAt: '2025-01-01T08:00:00.000Z',
    });
    for (let i = 0; i < 6; i++)
      await createContact('hotline', {
        channel: 'phone',
        topic: 'other',
        caller: { kind: 'family', name: `Mileva Obrenović` },
        occurredAt: `2026-01-0${i + 1}T08:00:00.000Z`,
      });
    const { ContactStore } = await import('../src/features/contacts/contact-store.js');
    const user = await t.database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('id', '=', staff.hotline?.id as string)
      .executeTakeFirstOrThrow();
    const store = new ContactStore(
      t.database.db,
      t.database.dialect,
      t.secrets.keyring,
      accessContextFor(user),
    );
    const { nameTokens } = await import('@putokaz/core');
    const hashes = nameTokens('Živorad Obrenović').map((token) => ({
      kind: 'name' as const,
      hash: t.secrets.keyring.blindIndex('contact.name', token),
    }));
    // Even with room for only two candidates, the contact sharing both tokens comes first.
    expect((await store.candidates(hashes, 2)).map((c) => c.id)[0]).toBe(target.id);
    const matches = (
      await call('hotline', 'POST', '/api/v1/contacts/matches', { name: 'Живорад Обреновић' })
    ).json();
    expect(matches.contacts.map((c: { id: string }) => c.id)).toEqual([target.id]);
  });

  it('gives the person timeline the contacts linked to a person, newest first, within scope', async () => {
    const person = await call('caseworker', 'POST', '/api/v1/persons', {
      givenName: 'Vesna',
      familyName: 'Lazić',
    });
    const personId = person.json().id as string;
    const times = ['2026-02-01T08:00:00.000Z', '2026-02-03T08:00:00.000Z', '2026-02-02T08:00:00.000Z'];
    const ids: string[] = [];
    for (const occurredAt of times)
      ids.push(
        (
          await createContact('caseworker', {
            channel: 'phone',
            topic: 'helpRequest',
            personId,
            occurredAt,
            summary: `Tajni sažetak ${occurredAt}`,
          })
        ).id,
      );
    const accessOf = async (key: string) =>
      accessContextFor(
        await t.database.db
          .selectFrom('staff_users')
          .selectAll()
          .where('id', '=', staff[key]?.id as string)
          .executeTakeFirstOrThrow(),
      );
    const access = await accessOf('hotline');
    const page1 = await listContactsForPerson(t.database.db, access, personId, null, 2);
    expect(page1.items.map((e) => e.id)).toEqual([ids[1], ids[2]]);
    expect(page1.items[0]).toEqual({
      kind: 'contact',
      id: ids[1],
      at: times[1],
      contact: {
        id: ids[1],
        code: expect.stringMatching(/^K-/),
        direction: 'incoming',
        channel: 'phone',
        topic: 'helpRequest',
        urgency: 'normal',
        outcome: null,
        caseId: null,
      },
    });
    const page2 = await listContactsForPerson(t.database.db, access, personId, page1.nextCursor, 2);
    expect(page2).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null });
    expect(
      (await listContactsForPerson(t.database.db, await accessOf('nisHotline'), personId)).items,
    ).toEqual([]);
    expect((await listContactsForPerson(t.database.db, await accessOf('analyst'), personId)).items).toEqual(
      [],
    );

    // The person timeline of the cases feature shows them, without the summary.
    const timeline = await call('caseworker', 'GET', `/api/v1/persons/${personId}/timeline`);
    expect(timeline.statusCode, timeline.body).toBe(200);
    const entries = timeline.json().items.filter((e: { kind: string }) => e.kind === 'contact');
    expect(entries.map((e: { id: string }) => e.id)).toEqual([ids[1], ids[2], ids[0]]);
    expect(timeline.body).not.toContain('Tajni sažetak');
  });

  it('shows the cases of a matched person and checks a linked case exists within scope', async () => {
    const person = await call('caseworker', 'POST', '/api/v1/persons', {
      givenName: 'Ljubomir',
      familyName: 'Kovačević',
      phones: ['+381 60 111 2233'],
    });
    const personId = person.json().id as string;
    const created = await call('caseworker', 'POST', '/api/v1/cases', { kind: 'individual' });
    expect(created.statusCode, created.body).toBe(201);
    const caseId = created.json().id as string;
    const added = await call('caseworker', 'POST', `/api/v1/cases/${caseId}/persons`, {
      personId,
      role: 'victim',
    });
    expect(added.statusCode, added.body).toBeLessThan(300);

    const matches = (
      await call('hotline', 'POST', '/api/v1/contacts/matches', { phone: '060 111 2233' })
    ).json();
    expect(matches.persons.map((p: { id: string }) => p.id)).toEqual([personId]);
    expect(matches.cases).toEqual([
      { id: caseId, code: created.json().code, title: null, score: 1, matchedBy: ['phone'] },
    ]);
    // Outside the team, the case is not shown (and neither is the person).
    expect(
      (await call('nisHotline', 'POST', '/api/v1/contacts/matches', { phone: '060 111 2233' })).json().cases,
    ).toEqual([]);

    const linked = await call('hotline', 'POST', '/api/v1/contacts', {
      channel: 'phone',
      topic: 'other',
      caseId,
    });
    expect(linked.statusCode).toBe(201);
    const linkedRead = await call('hotline', 'GET', `/api/v1/contacts/${linked.json().id}`);
    expect(linkedRead.json()).toMatchObject({ caseId, caseCode: created.json().code });
    const foreign = await call('nisHotline', 'POST', '/api/v1/contacts', {
      channel: 'phone',
      topic: 'other',
      caseId,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0]).toMatchObject({ path: 'caseId', code: 'notFound' });
    const caseAudit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('resource_type', '=', 'case')
      .where('action', '=', 'search')
      .where('actor_id', '=', staff.hotline?.id as string)
      .execute();
    expect(caseAudit.length).toBeGreaterThan(0);
  });
});

describe('contact codes', () => {
  it('are counted per year', async () => {
    const { formatContactCode, parseContactCode } = await import('@putokaz/core');
    expect(formatContactCode(2026, 42)).toBe('K-2026-0042');
    expect(parseContactCode('к-2026-42')).toBe('K-2026-0042');
  });
});
