import type { Role } from '@putokaz/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eraseServiceNotes } from '../src/features/services/service-store.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

// Synthetic data only.
describeEachDatabase('services: corrections, removal, history', (dialect) => {
  let t: TestApp;
  const staff = new Map<string, { id: string; name: string; session: SignedIn }>();
  const as = (who: string) => {
    const entry = staff.get(who);
    if (!entry) throw new Error(`no staff ${who}`);
    return { ...authHeaders(entry.session), 'accept-language': 'en' };
  };
  const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: as(who), ...(payload ? { payload } : {}) });
  const person = async (who: string, givenName: string, familyName: string) => {
    const res = await call(who, 'POST', '/persons', { givenName, familyName });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string };
  };
  const service = async (who: string, personId: string, body: object) => {
    const res = await call(who, 'POST', `/persons/${personId}/services`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  };
  const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
  const auditOf = async (resourceId: string) =>
    (
      await t.database.db
        .selectFrom('audit_events')
        .select(['action', 'actor_id', 'fields', 'details', 'outcome'])
        .where('resource_type', '=', 'service')
        .where('resource_id', '=', resourceId)
        .orderBy('occurred_at')
        .execute()
    ).map((e) => ({ ...e, fields: json(e.fields), details: json(e.details) as Record<string, unknown> }));

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const accounts: [string, Role, string][] = [
      ['worker', 'caseworker', 'beograd'],
      ['colleague', 'caseworker', 'beograd'],
      ['third', 'caseworker', 'beograd'],
      ['hotline', 'hotline', 'beograd'],
      ['supervisor', 'supervisor', 'beograd'],
      ['stranger', 'caseworker', 'nis'],
      ['strangerSupervisor', 'supervisor', 'nis'],
      ['analyst', 'analyst', 'beograd'],
    ];
    for (const [name, role, team] of accounts) {
      const account = await createStaff(t, role, { team });
      const row = await t.database.db
        .selectFrom('staff_users')
        .select('display_name')
        .where('id', '=', account.id)
        .executeTakeFirstOrThrow();
      staff.set(name, { id: account.id, name: row.display_name, session: await signIn(t, account) });
    }
  });
  afterAll(async () => t.close());

  it('corrects a service with its version, records the history and audits the field names', async () => {
    const p = await person('worker', 'Milica', 'Ispravković');
    const food = await service('worker', p.id, {
      type: 'foodPackage',
      deliveredOn: '2026-01-10',
      cost: { amountMinor: 450000, currency: 'RSD' },
      note: 'Left with the neighbour (synthetic).',
    });

    const fixed = await call('worker', 'PATCH', `/services/${food.id}`, {
      version: 1,
      quantity: 3,
      cost: { amountMinor: 4500, currency: 'eur' },
      note: 'Handed over in person (synthetic).',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({
      id: food.id,
      version: 2,
      quantity: 3,
      cost: { amountMinor: 4500, currency: 'EUR' },
      note: 'Handed over in person (synthetic).',
      deliveredOn: '2026-01-10',
      removed: null,
    });
    // Nothing changed: the version stays, nothing is recorded.
    const same = await call('worker', 'PATCH', `/services/${food.id}`, { version: 2, quantity: 3 });
    expect(same.statusCode).toBe(200);
    expect(same.json().version).toBe(2);
    // A later delivery day moves it on the timeline (sort_at follows deliveredOn).
    const moved = await call('worker', 'PATCH', `/services/${food.id}`, {
      version: 2,
      deliveredOn: '2026-01-11',
    });
    expect(moved.json()).toMatchObject({ version: 3, deliveredOn: '2026-01-11' });
    const row = await t.database.db
      .selectFrom('services')
      .selectAll()
      .where('id', '=', food.id)
      .executeTakeFirstOrThrow();
    expect(String(row.sort_at).slice(0, 10)).toBe('2026-01-11');
    expect(JSON.stringify(row)).not.toContain('Handed over');

    const history = await call('hotline', 'GET', `/services/${food.id}/history`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items).toMatchObject([
      { version: 3, kind: 'update', fields: ['deliveredOn'], actor: { id: staff.get('worker')?.id } },
      { version: 2, kind: 'update', fields: ['quantity', 'cost', 'note'] },
      { version: 1, kind: 'create', fields: [] },
    ]);
    const events = await auditOf(food.id);
    const updates = events.filter((e) => e.action === 'update');
    expect(updates.map((e) => e.fields)).toEqual([['cost', 'note', 'quantity'], ['deliveredOn']]);
    expect(JSON.stringify(events)).not.toContain('Handed over');
  });

  it('lets the owner and the team supervisor correct, and refuses everyone else', async () => {
    const p = await person('worker', 'Dragana', 'Dozvolić');
    const s = await service('worker', p.id, { type: 'transport', deliveredOn: '2026-02-01' });
    const patch = (who: string, version: number) =>
      call(who, 'PATCH', `/services/${s.id}`, { version, project: `Project of ${who}` });
    expect((await patch('hotline', 1)).statusCode).toBe(403); // no service.write
    expect((await patch('analyst', 1)).statusCode).toBe(403);
    expect((await patch('colleague', 1)).statusCode).toBe(403); // reads the team's person, writes own only
    const outside = await patch('stranger', 1);
    expect(outside.statusCode).toBe(404);
    expect((await patch('strangerSupervisor', 1)).statusCode).toBe(404);
    expect((await patch('worker', 1)).statusCode).toBe(200);
    expect((await patch('supervisor', 2)).statusCode).toBe(200);

    // Reading one service: person.read or case.read within scope.
    expect((await call('hotline', 'GET', `/services/${s.id}`)).statusCode).toBe(200);
    expect((await call('stranger', 'GET', `/services/${s.id}`)).statusCode).toBe(404);
    expect((await call('stranger', 'GET', `/services/${s.id}/history`)).statusCode).toBe(404);
    expect((await call('analyst', 'GET', `/services/${s.id}`)).statusCode).toBe(403);
    const reads = (await auditOf(s.id)).filter((e) => e.action === 'read');
    expect(reads.length).toBe(1);
    expect(reads[0]?.fields).toEqual(['note']);
  });

  it("lets the case's worker correct a service recorded under their case", async () => {
    const p = await person('worker', 'Stanislava', 'Slučajević');
    const created = await call('colleague', 'POST', '/cases', { kind: 'individual' });
    const caseId = created.json().id as string;
    expect(
      (await call('colleague', 'POST', `/cases/${caseId}/persons`, { personId: p.id, role: 'victim' }))
        .statusCode,
    ).toBe(201);
    const recorded = await call('colleague', 'POST', `/cases/${caseId}/services`, {
      personId: p.id,
      type: 'medication',
      deliveredOn: '2026-02-02',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const id = recorded.json().id as string;
    expect(
      (await call('colleague', 'PATCH', `/services/${id}`, { version: 1, quantity: 2 })).statusCode,
    ).toBe(200);
    expect((await call('worker', 'PATCH', `/services/${id}`, { version: 2, quantity: 4 })).statusCode).toBe(
      200,
    );
    expect((await call('third', 'PATCH', `/services/${id}`, { version: 3, quantity: 5 })).statusCode).toBe(
      403,
    );
  });

  it('answers a stale correction with 409 naming the fields, who and when, and changes nothing', async () => {
    const p = await person('worker', 'Vesna', 'Sukobić');
    const s = await service('worker', p.id, { type: 'legalAid', deliveredOn: '2026-02-03' });
    await call('supervisor', 'PATCH', `/services/${s.id}`, { version: 1, quantity: 2, project: 'Donor A' });
    const stale = await call('worker', 'PATCH', `/services/${s.id}`, { version: 1, note: 'Late note' });
    expect(stale.statusCode).toBe(409);
    const body = stale.json();
    expect(body.error.code).toBe('conflict');
    const supervisor = staff.get('supervisor');
    expect(body.error.details).toEqual([
      expect.objectContaining({
        path: 'quantity',
        code: 'changedSince',
        version: 2,
        currentVersion: 2,
        changedBy: { id: supervisor?.id, name: supervisor?.name },
        changedAt: expect.any(String),
        message: expect.stringContaining(`Quantity was changed by ${supervisor?.name}`),
      }),
      expect.objectContaining({ path: 'project', message: expect.stringContaining('Project or donor') }),
    ]);
    const current = (await call('worker', 'GET', `/services/${s.id}`)).json();
    expect(current).toMatchObject({ version: 2, note: null, quantity: 2 });
    const conflicts = (await auditOf(s.id)).filter(
      (e) => e.action === 'update' && e.details.result === 'conflict',
    );
    expect(conflicts.length).toBe(1);
  });

  it('names a staff member who no longer exists as null in the history and the conflict', async () => {
    // A user whose row is gone (removed by an operator): the id stays, the name is null and the console shows
    // "former staff member"; the server's own conflict text says "a former staff member".
    const account = await createStaff(t, 'caseworker', { team: 'beograd' });
    staff.set('leaver', { id: account.id, name: '', session: await signIn(t, account) });
    const p = await person('leaver', 'Jelena', 'Odlazić');
    const s = await service('leaver', p.id, { type: 'transport', deliveredOn: '2026-02-05' });
    expect((await call('leaver', 'PATCH', `/services/${s.id}`, { version: 1, quantity: 2 })).statusCode).toBe(
      200,
    );
    await t.database.db.deleteFrom('staff_users').where('id', '=', account.id).execute();

    const history = await call('supervisor', 'GET', `/services/${s.id}/history`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items.map((c: { actor: unknown }) => c.actor)).toEqual([
      { id: account.id, name: null },
      { id: account.id, name: null },
    ]);
    const stale = await call('supervisor', 'PATCH', `/services/${s.id}`, { version: 1, project: 'Donor B' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toEqual([
      expect.objectContaining({
        path: 'quantity',
        changedBy: { id: account.id, name: null },
        message: expect.stringContaining('Quantity was changed by a former staff member'),
      }),
    ]);
    const fixed = await call('supervisor', 'PATCH', `/services/${s.id}`, { version: 2, project: 'Donor B' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const supervisor = staff.get('supervisor');
    expect(
      (await call('supervisor', 'GET', `/services/${s.id}/history`))
        .json()
        .items.map((c: { actor: { name: string | null } }) => c.actor.name),
    ).toEqual([supervisor?.name, null, null]);
  });

  it('checks the corrected service like a recorded one and refuses unknown fields', async () => {
    const p = await person('worker', 'Jovana', 'Pravilić');
    const escort = await service('worker', p.id, {
      type: 'accompaniment',
      institutionKind: 'police',
      deliveredOn: '2026-02-04',
      provider: 'partner',
      partnerName: 'Partner Association (synthetic)',
    });
    const noInstitution = await call('worker', 'PATCH', `/services/${escort.id}`, {
      version: 1,
      institutionKind: null,
    });
    expect(noInstitution.statusCode).toBe(400);
    expect(noInstitution.json().error.details[0].path).toBe('institutionKind');
    const noPartner = await call('worker', 'PATCH', `/services/${escort.id}`, {
      version: 1,
      partnerName: null,
    });
    expect(noPartner.json().error.details[0].path).toBe('partnerName');
    for (const extra of [{ personId: p.id }, { caseId: null }, { removed: true }]) {
      expect(
        (await call('worker', 'PATCH', `/services/${escort.id}`, { version: 1, ...extra })).statusCode,
      ).toBe(400);
    }
    const future = await call('worker', 'PATCH', `/services/${escort.id}`, {
      version: 1,
      deliveredOn: '2999-01-01',
    });
    expect(future.statusCode).toBe(400);
    // Becoming a transport by the organisation drops the institution and the partner.
    const changed = await call('worker', 'PATCH', `/services/${escort.id}`, {
      version: 1,
      type: 'transport',
      provider: 'organisation',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      version: 2,
      type: 'transport',
      institutionKind: null,
      provider: 'organisation',
      partnerName: null,
    });
    const history = (await call('worker', 'GET', `/services/${escort.id}/history`)).json();
    expect(history.items[0].fields).toEqual(['type', 'institutionKind', 'provider', 'partnerName']);
  });

  it('removes a service with a reason: gone from lists, timeline and totals, kept in the history', async () => {
    const p = await person('worker', 'Tamara', 'Uklonić');
    const { id: caseId } = (await call('worker', 'POST', '/cases', { kind: 'individual' })).json();
    await call('worker', 'POST', `/cases/${caseId}/persons`, { personId: p.id, role: 'victim' });
    const keep = await service('worker', p.id, {
      type: 'foodPackage',
      deliveredOn: '2026-02-05',
      cost: { amountMinor: 1000, currency: 'EUR' },
      caseId,
    });
    const twice = await service('worker', p.id, {
      type: 'foodPackage',
      deliveredOn: '2026-02-05',
      cost: { amountMinor: 1000, currency: 'EUR' },
      caseId,
    });
    const totals = async () => (await call('worker', 'GET', `/cases/${caseId}/services`)).json();
    expect((await totals()).totals).toEqual({
      count: 2,
      costs: [{ currency: 'EUR', amountMinor: 2000, services: 2 }],
    });

    const remove = (who: string, body: object) => call(who, 'POST', `/services/${twice.id}/remove`, body);
    const reason = 'Recorded twice by mistake (synthetic).';
    expect((await remove('worker', { version: 1 })).statusCode).toBe(400);
    expect((await remove('worker', { version: 1, reason: '  ' })).statusCode).toBe(400);
    expect((await remove('hotline', { version: 1, reason })).statusCode).toBe(403);
    expect((await remove('colleague', { version: 1, reason })).statusCode).toBe(403);
    expect((await remove('stranger', { version: 1, reason })).statusCode).toBe(404);
    expect((await remove('analyst', { version: 1, reason })).statusCode).toBe(403);
    const removed = await remove('worker', { version: 1, reason });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({
      version: 2,
      removed: { by: staff.get('worker')?.id, reason, at: expect.any(String) },
    });

    const after = await totals();
    expect(after.items.map((s: { id: string }) => s.id)).toEqual([keep.id]);
    expect(after.totals).toEqual({ count: 1, costs: [{ currency: 'EUR', amountMinor: 1000, services: 1 }] });
    const byPerson = (await call('worker', 'GET', `/persons/${p.id}/services`)).json();
    expect(byPerson.items.map((s: { id: string }) => s.id)).toEqual([keep.id]);
    const timeline = (await call('worker', 'GET', `/persons/${p.id}/timeline`)).json();
    const serviceIds = timeline.items
      .filter((e: { kind: string }) => e.kind === 'service')
      .map((e: { id: string }) => e.id);
    expect(serviceIds).toEqual([keep.id]);

    const history = (await call('hotline', 'GET', `/services/${twice.id}/history`)).json();
    expect(history.items[0]).toMatchObject({ version: 2, kind: 'remove', reason });
    const stored = await t.database.db
      .selectFrom('services')
      .selectAll()
      .where('id', '=', twice.id)
      .executeTakeFirstOrThrow();
    expect(stored.removal_reason).not.toBeNull();
    expect(JSON.stringify(stored)).not.toContain('Recorded twice');
    const deleted = (await auditOf(twice.id)).filter((e) => e.action === 'delete');
    expect(deleted.length).toBe(1);
    expect(JSON.stringify(deleted)).not.toContain('Recorded twice');

    // Someone still on version 1 learns it was removed; with the new version it is simply gone.
    const stale = await call('supervisor', 'PATCH', `/services/${twice.id}`, { version: 1, quantity: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toEqual([
      expect.objectContaining({ path: 'removed', code: 'removedSince', version: 2 }),
    ]);
    expect(
      (await call('supervisor', 'PATCH', `/services/${twice.id}`, { version: 2, quantity: 2 })).statusCode,
    ).toBe(404);
    expect((await remove('worker', { version: 2, reason })).statusCode).toBe(404);

    // The erasure of the person removes the reason with the notes.
    await eraseServiceNotes(t.database.db, p.id);
    const erased = await t.database.db
      .selectFrom('services')
      .select('removal_reason')
      .where('id', '=', twice.id)
      .executeTakeFirstOrThrow();
    expect(erased.removal_reason).toBeNull();
  });
});
