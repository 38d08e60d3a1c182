import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHelpRequest } from '../src/features/help-requests/store.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

describeEachDatabase('help request → contact in one step', (dialect) => {
  let t: TestApp;
  let hotline: SignedIn;
  let hotlineId: string;
  let analyst: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const operator = await createStaff(t, 'hotline', { team: 'beograd' });
    hotlineId = operator.id;
    hotline = await signIn(t, operator);
    analyst = await signIn(t, await createStaff(t, 'analyst'));
  });
  afterAll(async () => t.close());

  const newRequest = (input: Partial<Parameters<typeof createHelpRequest>[3]> = {}) =>
    createHelpRequest(
      t.database.db,
      t.database.dialect,
      t.secrets.keyring,
      {
        narrative: 'Radim u Slovačkoj, uzeli su mi pasoš i ne plaćaju.',
        lang: 'sr-Latn',
        contactInfo: { way: 'viber', value: '+381 65 444 0987', safeTime: 'posle 20h' },
        offer: null,
        ...input,
      },
      { requestId: null, now: new Date('2026-04-02T09:30:00.000Z') },
    );

  const takeAsContact = (id: string, body: Record<string, unknown>, session = hotline, lang = 'en') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/help-requests/${id}/contact`,
      headers: { ...authHeaders(session), 'accept-language': lang },
      payload: body,
    });

  it('creates a web-form contact from the request and marks the request handled with a note naming it', async () => {
    const { id, code } = await newRequest();
    const res = await takeAsContact(
      id,
      { version: 1, urgency: 'high', note: 'Zvati večeras' },
      hotline,
      'sr-Latn',
    );
    expect(res.statusCode, res.body).toBe(201);
    const { contact, helpRequest } = res.json();
    expect(contact.code).toMatch(/^K-\d{4}-\d{4}$/);
    expect(helpRequest).toMatchObject({ id, status: 'handled', version: 2 });

    const read = await t.app.inject({ url: `/api/v1/contacts/${contact.id}`, headers: authHeaders(hotline) });
    expect(read.json()).toMatchObject({
      channel: 'webForm',
      direction: 'incoming',
      occurredAt: '2026-04-02T09:30:00.000Z',
      topic: 'helpRequest',
      urgency: 'high',
      language: 'sr',
      helpRequestId: id,
      caller: { kind: 'personConcerned', phone: '+381 65 444 0987', name: null },
      handledBy: { id: hotlineId },
    });
    const summary = read.json().summary as string;
    expect(summary).toContain('Radim u Slovačkoj, uzeli su mi pasoš i ne plaćaju.');
    expect(summary).toContain('Viber, +381 65 444 0987');
    expect(summary).toContain('Bezbedno vreme za kontakt: posle 20h');
    expect(summary).toContain(`Zahtev za pomoć ${code}`);

    const inbox = await t.app.inject({ url: `/api/v1/help-requests/${id}`, headers: authHeaders(hotline) });
    expect(inbox.json()).toMatchObject({ status: 'handled', handledBy: { id: hotlineId } });
    expect(inbox.json().handledNote).toBe(`Evidentirano kao kontakt ${contact.code}.\nZvati večeras`);

    // The phone number the person left is now a match for the next call.
    const matches = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts/matches',
      headers: authHeaders(hotline),
      payload: { phone: '065 444 0987' },
    });
    expect(matches.json().contacts.map((c: { id: string }) => c.id)).toEqual([contact.id]);

    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'resource_type', 'details'])
      .where('actor_id', '=', hotlineId)
      .execute();
    expect(events.filter((e) => e.resource_type === 'helpRequest' && e.action === 'update')).toHaveLength(1);
    expect(events.filter((e) => e.resource_type === 'contact' && e.action === 'create')).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('pasoš');
  });

  it('makes an offer sent for a check an offer-check contact; an anonymous request has an anonymous caller', async () => {
    const { id } = await newRequest({
      contactInfo: null,
      offer: { text: 'Posao u Malti, 3000 EUR', indicatorIds: [] },
    });
    const res = await takeAsContact(id, { version: 1 });
    expect(res.statusCode, res.body).toBe(201);
    const read = await t.app.inject({
      url: `/api/v1/contacts/${res.json().contact.id}`,
      headers: authHeaders(hotline),
    });
    expect(read.json()).toMatchObject({ topic: 'offerCheck', caller: { kind: 'anonymous', phone: null } });
    expect(read.json().summary).toContain('Offer sent for a check:\nPosao u Malti, 3000 EUR');
    expect(read.json().summary).toContain('Left no way of contact');
  });

  it('changes nothing when any part fails: stale version, already handled, unknown person, missing request', async () => {
    const count = async () => (await t.database.db.selectFrom('contacts').select('id').execute()).length;
    const before = await count();
    const { id } = await newRequest();

    const stale = await takeAsContact(id, { version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(await count()).toBe(before);
    const open = await t.database.db
      .selectFrom('help_requests')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(open).toEqual({ status: 'open', version: 1 });

    const unknownPerson = await takeAsContact(id, {
      version: 1,
      personId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownPerson.statusCode).toBe(400);
    expect(await count()).toBe(before);

    const missing = await takeAsContact('00000000-0000-4000-8000-000000000000', { version: 1 });
    expect(missing.statusCode).toBe(404);

    expect((await takeAsContact(id, { version: 1 })).statusCode).toBe(201);
    const again = await takeAsContact(id, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('helpRequest.alreadyHandled');
    expect(await count()).toBe(before + 1);

    const codes = await t.database.db
      .selectFrom('counters')
      .selectAll()
      .where('name', 'like', 'contact:%')
      .execute();
    // The failed attempts rolled their counter increments back with them.
    expect(codes.reduce((n, c) => n + Number(c.value), 0)).toBe(before + 1);
  });

  it('refuses roles without contact.write', async () => {
    const { id } = await newRequest();
    const res = await takeAsContact(id, { version: 1 }, analyst);
    expect(res.statusCode).toBe(403);
    const row = await t.database.db
      .selectFrom('help_requests')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('open');
  });
});
