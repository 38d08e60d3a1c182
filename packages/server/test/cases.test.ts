import type { Role } from '@putokaz/core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

// Synthetic data only.
const GROUP_CASE = {
  kind: 'group',
  forms: ['labour'],
  sector: 'construction',
  places: [
    { stage: 'recruitment', country: 'RS', city: 'Kragujevac' },
    { stage: 'exploitation', country: 'de', city: 'Minden' },
  ],
  periodFrom: '2025-03',
  periodTo: '2025-09-14',
  recruitmentChannel: 'socialNetworkAd',
  indicators: ['documents-retained', 'living-costs-deducted'],
  entities: [
    { kind: 'employer', name: 'Baugruppe Zlatorog GmbH' },
    { kind: 'recruiter', name: 'Драгослав Вукомановић', note: 'the "company driver"' },
  ],
  narrative: 'Nine workers were housed far from the sites; passports taken on arrival (synthetic).',
};

describeEachDatabase('cases, services and the person timeline', (dialect) => {
  let t: TestApp;
  const staff = new Map<string, { id: string; session: SignedIn }>();
  const as = (who: string) => {
    const entry = staff.get(who);
    if (!entry) throw new Error(`no staff ${who}`);
    return { ...authHeaders(entry.session), 'accept-language': 'en' };
  };
  const call = (who: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: as(who), ...(payload ? { payload } : {}) });
  const person = async (who: string, givenName: string, familyName: string) => {
    const res = await call(who, 'POST', '/persons', { givenName, familyName });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const accounts: [string, Role, string][] = [
      ['worker', 'caseworker', 'beograd'],
      ['colleague', 'caseworker', 'beograd'],
      ['hotline', 'hotline', 'beograd'],
      ['supervisor', 'supervisor', 'beograd'],
      ['stranger', 'caseworker', 'nis'],
      ['strangerSupervisor', 'supervisor', 'nis'],
      ['analyst', 'analyst', 'beograd'],
    ];
    for (const [name, role, team] of accounts) {
      const account = await createStaff(t, role, { team });
      staff.set(name, { id: account.id, session: await signIn(t, account) });
    }
  });
  afterAll(async () => t.close());

  it('opens a group case, keeps narrative and entities encrypted, reads it back within scope', async () => {
    const created = await call('worker', 'POST', '/cases', GROUP_CASE);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      code: expect.stringMatching(/^C-\d{4}-0001$/),
      version: 1,
    });
    const id = created.json().id as string;

    const read = await call('worker', 'GET', `/cases/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      status: 'open',
      kind: 'group',
      places: [
        { stage: 'recruitment', country: 'RS', city: 'Kragujevac' },
        { stage: 'exploitation', country: 'DE', city: 'Minden' },
      ],
      entities: GROUP_CASE.entities,
      narrative: GROUP_CASE.narrative,
      assignedTo: staff.get('worker')?.id,
      team: 'beograd',
      persons: [],
    });

    const row = await t.database.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const stored = JSON.stringify(row);
    for (const needle of ['Zlatorog', 'Вукомановић', 'passports']) expect(stored).not.toContain(needle);

    // Scope: the team reads, another team does not find it, an analyst is refused.
    expect((await call('hotline', 'GET', `/cases/${id}`)).statusCode).toBe(200);
    expect((await call('colleague', 'GET', `/cases/${id}`)).statusCode).toBe(200);
    const outside = await call('stranger', 'GET', `/cases/${id}`);
    const missing = await call('stranger', 'GET', '/cases/00000000-0000-4000-8000-000000000000');
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toEqual(missing.json());
    expect((await call('strangerSupervisor', 'GET', `/cases/${id}`)).statusCode).toBe(404);
    expect((await call('analyst', 'GET', `/cases/${id}`)).statusCode).toBe(403);

    const reads = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'fields'])
      .where('resource_type', '=', 'case')
      .where('action', '=', 'read')
      .where('resource_id', '=', id)
      .execute();
    expect(reads.length).toBe(3);
    const audit = JSON.stringify(await t.database.db.selectFrom('audit_events').selectAll().execute());
    expect(audit).not.toContain('Zlatorog');
  });

  it('lets the hotline read team cases but not write, and a caseworker write only their own', async () => {
    const { id } = (await call('worker', 'POST', '/cases', { kind: 'individual', forms: ['sexual'] })).json();
    expect(
      (await call('hotline', 'PATCH', `/cases/${id}`, { version: 1, sector: 'hospitality' })).statusCode,
    ).toBe(403);
    expect((await call('hotline', 'POST', '/cases', { kind: 'individual' })).statusCode).toBe(403);
    expect(
      (await call('colleague', 'PATCH', `/cases/${id}`, { version: 1, sector: 'hospitality' })).statusCode,
    ).toBe(403);
    expect(
      (await call('stranger', 'PATCH', `/cases/${id}`, { version: 1, sector: 'hospitality' })).statusCode,
    ).toBe(404);
    const own = await call('worker', 'PATCH', `/cases/${id}`, { version: 1, sector: 'hospitality' });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ version: 2, sector: 'hospitality' });
    const bySupervisor = await call('supervisor', 'PATCH', `/cases/${id}`, {
      version: 2,
      forms: ['sexual', 'labour'],
    });
    expect(bySupervisor.statusCode).toBe(200);

    const listed = async (who: string) =>
      ((await call(who, 'GET', '/cases?limit=100')).json().items as { id: string }[]).map((c) => c.id);
    expect(await listed('hotline')).toContain(id);
    expect(await listed('stranger')).not.toContain(id);
  });

  it('answers a stale edit with 409 and what changed, and keeps the history', async () => {
    const { id } = (await call('worker', 'POST', '/cases', GROUP_CASE)).json();
    const first = await call('worker', 'PATCH', `/cases/${id}`, {
      version: 1,
      narrative: 'Updated narrative (synthetic).',
      indicators: ['documents-retained'],
    });
    expect(first.statusCode).toBe(200);
    const stale = await call('supervisor', 'PATCH', `/cases/${id}`, { version: 1, sector: 'agriculture' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'conflict',
      details: {
        expectedVersion: 1,
        currentVersion: 2,
        changedFields: ['indicators', 'narrative'],
        changes: [
          {
            version: 2,
            kind: 'update',
            fields: ['indicators', 'narrative'],
            actorId: staff.get('worker')?.id,
          },
        ],
      },
    });
    // Nothing was overwritten.
    expect((await call('worker', 'GET', `/cases/${id}`)).json()).toMatchObject({
      sector: 'construction',
      version: 2,
    });
    // A change that changes nothing keeps the version.
    const same = await call('worker', 'PATCH', `/cases/${id}`, { version: 2, sector: 'construction' });
    expect(same.json().version).toBe(2);
    // A period that ends before it starts is refused.
    const period = await call('worker', 'PATCH', `/cases/${id}`, { version: 2, periodTo: '2025-01' });
    expect(period.statusCode).toBe(400);
    expect(period.json().error.details[0]).toMatchObject({ path: 'periodTo', code: 'periodOrder' });

    const history = (await call('hotline', 'GET', `/cases/${id}/history`)).json();
    expect(history.items.map((c: { kind: string }) => c.kind)).toEqual(['update', 'create']);
    expect(history.items[0]).toMatchObject({
      fields: ['indicators', 'narrative'],
      actorId: staff.get('worker')?.id,
    });
    expect(JSON.stringify(history)).not.toContain('Updated narrative');
  });

  it('walks the status workflow: refused transitions, a close request, its approval and a reopening', async () => {
    const { id } = (await call('worker', 'POST', '/cases', { kind: 'individual' })).json();
    const status = (who: string, version: number, to: string, reason?: string) =>
      call(who, 'POST', `/cases/${id}/status`, { version, status: to, ...(reason ? { reason } : {}) });

    const jump = await status('worker', 1, 'followUp');
    expect(jump.statusCode).toBe(409);
    expect(jump.json().error).toMatchObject({ code: 'cases.notAllowed', details: { status: 'open' } });
    expect((await status('worker', 1, 'assistance')).json()).toMatchObject({
      outcome: 'changed',
      case: { status: 'assistance', version: 2 },
    });
    const noReason = await status('worker', 2, 'closed');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0]).toMatchObject({ path: 'reason', code: 'reasonRequired' });
    expect((await status('hotline', 2, 'closed', 'lostContact')).statusCode).toBe(403);

    const asked = await status('worker', 2, 'closed', 'assistanceCompleted');
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({
      outcome: 'closeRequested',
      case: {
        status: 'assistance',
        version: 3,
        closeRequest: { reason: 'assistanceCompleted', requestedBy: staff.get('worker')?.id },
      },
    });
    expect((await status('worker', 3, 'closed', 'other')).json().error.code).toBe(
      'cases.closeAlreadyRequested',
    );
    expect(
      (await call('worker', 'POST', `/cases/${id}/close-decision`, { version: 3, approve: true })).statusCode,
    ).toBe(403);
    expect(
      (await call('strangerSupervisor', 'POST', `/cases/${id}/close-decision`, { version: 3, approve: true }))
        .statusCode,
    ).toBe(404);
    const stale = await call('supervisor', 'POST', `/cases/${id}/close-decision`, {
      version: 2,
      approve: true,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.changedFields).toContain('closeRequest');
    const approved = await call('supervisor', 'POST', `/cases/${id}/close-decision`, {
      version: 3,
      approve: true,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'closed',
      closeReason: 'assistanceCompleted',
      closeRequest: null,
      version: 4,
    });

    const reopened = await status('worker', 4, 'open');
    expect(reopened.json()).toMatchObject({
      outcome: 'changed',
      case: { status: 'open', closeReason: null, closedAt: null },
    });
    // A supervisor closes at once.
    await status('supervisor', 5, 'assistance');
    const closed = await status('supervisor', 6, 'closed', 'personDeclined');
    expect(closed.json()).toMatchObject({
      outcome: 'changed',
      case: { status: 'closed', closeReason: 'personDeclined' },
    });
    // A rejected request is cleared.
    await status('worker', 7, 'open');
    await status('worker', 8, 'assistance');
    await status('worker', 9, 'closed', 'lostContact');
    const rejected = await call('supervisor', 'POST', `/cases/${id}/close-decision`, {
      version: 10,
      approve: false,
    });
    expect(rejected.json()).toMatchObject({ status: 'assistance', closeRequest: null, version: 11 });

    const kinds = (await call('worker', 'GET', `/cases/${id}/history?limit=100`))
      .json()
      .items.map((c: { kind: string; toStatus: string | null }) => `${c.kind}:${c.toStatus ?? ''}`);
    expect(kinds).toEqual([
      'closeRejected:assistance',
      'closeRequest:closed',
      'status:assistance',
      'status:open',
      'status:closed',
      'status:assistance',
      'status:open',
      'status:closed',
      'closeRequest:closed',
      'status:assistance',
      'create:open',
    ]);
  });

  it('lists changes made in the same millisecond in the order they were made', async () => {
    const { id } = (await call('worker', 'POST', '/cases', { kind: 'individual' })).json();
    // the clock stands still: every change below carries the same time, and only the id breaks the tie
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 1000 });
    try {
      for (const [version, to] of [
        [1, 'assistance'],
        [2, 'followUp'],
        [3, 'assistance'],
        [4, 'followUp'],
      ] as const) {
        const res = await call('worker', 'POST', `/cases/${id}/status`, { version, status: to });
        expect(res.statusCode, res.body).toBe(200);
      }
    } finally {
      vi.useRealTimers();
    }
    const items = (await call('worker', 'GET', `/cases/${id}/history`)).json().items as {
      kind: string;
      toStatus: string | null;
      occurredAt: string;
    }[];
    expect(new Set(items.slice(0, 4).map((c) => c.occurredAt)).size).toBe(1);
    expect(items.map((c) => `${c.kind}:${c.toStatus ?? ''}`)).toEqual([
      'status:followUp',
      'status:assistance',
      'status:followUp',
      'status:assistance',
      'create:open',
    ]);
  });

  it('names who asked to close, who is assigned and who changed a case; a user who left has no name', async () => {
    const db = t.database.db;
    const nameOfStaff = async (id: string) =>
      (
        await db
          .selectFrom('staff_users')
          .select('display_name')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).display_name;
    const leaver = await createStaff(t, 'caseworker', { team: 'beograd' });
    staff.set('leaver', { id: leaver.id, session: await signIn(t, leaver) });
    const supervisorId = staff.get('supervisor')?.id as string;
    const leaverName = await nameOfStaff(leaver.id);
    const supervisorName = await nameOfStaff(supervisorId);

    const { id } = (await call('leaver', 'POST', '/cases', { kind: 'individual' })).json();
    await call('leaver', 'POST', `/cases/${id}/status`, { version: 1, status: 'assistance' });
    const asked = await call('leaver', 'POST', `/cases/${id}/status`, {
      version: 2,
      status: 'closed',
      reason: 'lostContact',
    });
    expect(asked.json().outcome).toBe('closeRequested');
    const read = await call('supervisor', 'GET', `/cases/${id}`);
    expect(read.json()).toMatchObject({
      assignedTo: leaver.id,
      assignedToName: leaverName,
      closeRequest: { requestedBy: leaver.id, requestedByName: leaverName, reason: 'lostContact' },
    });
    const rejected = await call('supervisor', 'POST', `/cases/${id}/close-decision`, {
      version: 3,
      approve: false,
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const history = async () =>
      (await call('supervisor', 'GET', `/cases/${id}/history`))
        .json()
        .items.map((c: { kind: string; actorId: string; actorName: string | null }) => [
          c.kind,
          c.actorId,
          c.actorName,
        ]);
    expect(await history()).toEqual([
      ['closeRejected', supervisorId, supervisorName],
      ['closeRequest', leaver.id, leaverName],
      ['status', leaver.id, leaverName],
      ['create', leaver.id, leaverName],
    ]);

    // Disabled accounts keep their name; a user whose row is gone (removed by an operator) has none: the
    // console shows "former staff member". The ids stay, so the history still tells the changes apart.
    await call('leaver', 'POST', `/cases/${id}/status`, { version: 4, status: 'closed', reason: 'other' });
    await db.deleteFrom('staff_users').where('id', '=', leaver.id).execute();
    const after = await call('supervisor', 'GET', `/cases/${id}`);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json()).toMatchObject({
      assignedTo: leaver.id,
      assignedToName: null,
      closeRequest: { requestedBy: leaver.id, requestedByName: null },
    });
    expect((await history()).slice(0, 3)).toEqual([
      ['closeRequest', leaver.id, null],
      ['closeRejected', supervisorId, supervisorName],
      ['closeRequest', leaver.id, null],
    ]);
    const other = (await call('worker', 'POST', '/cases', { kind: 'individual' })).json();
    const unassigned = await call('worker', 'PATCH', `/cases/${other.id}`, { version: 1, assignedTo: null });
    expect(unassigned.json()).toMatchObject({ assignedTo: null, assignedToName: null });
  });

  it('adds persons with roles, refuses duplicates and persons out of scope, removes with history', async () => {
    const { id } = (await call('worker', 'POST', '/cases', GROUP_CASE)).json();
    const ana = await person('worker', 'Ana', 'Testović');
    const boris = await person('worker', 'Boris', 'Primerović');
    const foreign = await person('stranger', 'Vera', 'Drugotimska');
    const add = (personId: string, role: string, who = 'worker') =>
      call(who, 'POST', `/cases/${id}/persons`, { personId, role });

    expect((await add(ana.id, 'victim')).statusCode).toBe(201);
    const second = await add(boris.id, 'presumedVictim');
    expect(second.json().persons).toEqual([
      expect.objectContaining({ personId: ana.id, code: ana.code, role: 'victim', givenName: 'Ana' }),
      expect.objectContaining({ personId: boris.id, role: 'presumedVictim', familyName: 'Primerović' }),
    ]);
    expect((await add(ana.id, 'witness')).json().error.code).toBe('cases.personAlreadyOnCase');
    const outOfScope = await add(foreign.id, 'witness');
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json().error.code).toBe('cases.personNotFound');
    expect((await add(boris.id, 'witness', 'hotline')).statusCode).toBe(403);

    expect(
      (await call('worker', 'PATCH', `/cases/${id}/persons/${boris.id}`, { role: 'witness' })).json()
        .persons[1].role,
    ).toBe('witness');
    expect((await call('worker', 'DELETE', `/cases/${id}/persons/${boris.id}`)).statusCode).toBe(204);
    expect((await call('worker', 'DELETE', `/cases/${id}/persons/${boris.id}`)).statusCode).toBe(404);
    expect(
      (await call('worker', 'GET', `/cases/${id}`))
        .json()
        .persons.map((p: { personId: string }) => p.personId),
    ).toEqual([ana.id]);
    const list = (await call('worker', 'GET', '/cases?limit=100'))
      .json()
      .items.find((c: { id: string }) => c.id === id);
    expect(list.personCount).toBe(1);

    const history = (await call('worker', 'GET', `/cases/${id}/history`)).json().items;
    expect(
      history
        .slice(0, 4)
        .map((c: { kind: string; personCode: string; role: string }) => [c.kind, c.personCode, c.role]),
    ).toEqual([
      ['personRemoved', boris.code, 'witness'],
      ['personRole', boris.code, 'witness'],
      ['personAdded', boris.code, 'presumedVictim'],
      ['personAdded', ana.code, 'victim'],
    ]);
  });

  it('records services with costs, lists them by person and case with totals per currency', async () => {
    const { id: caseId } = (await call('worker', 'POST', '/cases', GROUP_CASE)).json();
    const marko = await person('worker', 'Marko', 'Uzorković');
    const jelena = await person('worker', 'Jelena', 'Probnić');
    for (const p of [marko, jelena])
      await call('worker', 'POST', `/cases/${caseId}/persons`, { personId: p.id, role: 'victim' });

    const food = await call('worker', 'POST', `/persons/${marko.id}/services`, {
      type: 'foodPackage',
      deliveredOn: '2026-01-10',
      quantity: 2,
      cost: { amountMinor: 450000, currency: 'rsd' },
      project: 'Synthetic donor 2026',
      caseId,
      note: 'Delivered at home (synthetic).',
    });
    expect(food.statusCode, food.body).toBe(201);
    expect(food.json()).toMatchObject({
      personCode: marko.code,
      caseId,
      type: 'foodPackage',
      quantity: 2,
      cost: { amountMinor: 450000, currency: 'RSD' },
      provider: 'organisation',
      note: 'Delivered at home (synthetic).',
    });
    const escort = await call('worker', 'POST', `/cases/${caseId}/services`, {
      personId: jelena.id,
      type: 'accompaniment',
      institutionKind: 'embassy',
      deliveredOn: '2026-01-12',
      cost: { amountMinor: 2500, currency: 'EUR' },
      provider: 'partner',
      partnerName: 'Partner Association (synthetic)',
    });
    expect(escort.statusCode, escort.body).toBe(201);
    await call('worker', 'POST', `/cases/${caseId}/services`, {
      personId: jelena.id,
      type: 'transport',
      deliveredOn: '2026-01-12',
      cost: { amountMinor: 1250, currency: 'EUR' },
    });
    await call('worker', 'POST', `/persons/${jelena.id}/services`, {
      type: 'psychologicalSupport',
      deliveredOn: '2026-01-15',
    });

    const noInstitution = await call('worker', 'POST', `/persons/${jelena.id}/services`, {
      type: 'accompaniment',
      deliveredOn: '2026-01-15',
    });
    expect(noInstitution.statusCode).toBe(400);
    expect(noInstitution.json().error.details[0].path).toBe('institutionKind');
    const badCurrency = await call('worker', 'POST', `/persons/${jelena.id}/services`, {
      type: 'medication',
      deliveredOn: '2026-01-15',
      cost: { amountMinor: 10.5, currency: 'EURO' },
    });
    expect(
      badCurrency
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['cost.amountMinor', 'cost.currency']);
    expect(
      (
        await call('hotline', 'POST', `/persons/${jelena.id}/services`, {
          type: 'medication',
          deliveredOn: '2026-01-15',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call('colleague', 'POST', `/persons/${jelena.id}/services`, {
          type: 'medication',
          deliveredOn: '2026-01-15',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call('stranger', 'POST', `/persons/${jelena.id}/services`, {
          type: 'medication',
          deliveredOn: '2026-01-15',
        })
      ).statusCode,
    ).toBe(404);
    const notMember = await person('worker', 'Nikola', 'Van-Slučaja');
    expect(
      (
        await call('worker', 'POST', `/cases/${caseId}/services`, {
          personId: notMember.id,
          type: 'medication',
          deliveredOn: '2026-01-15',
        })
      ).json().error.code,
    ).toBe('services.personNotOnCase');

    const byCase = await call('hotline', 'GET', `/cases/${caseId}/services`);
    expect(byCase.statusCode).toBe(200);
    expect(byCase.json().items.map((s: { type: string }) => s.type)).toEqual([
      'transport',
      'accompaniment',
      'foodPackage',
    ]);
    expect(byCase.json().totals).toEqual({
      count: 3,
      costs: [
        { currency: 'EUR', amountMinor: 3750, services: 2 },
        { currency: 'RSD', amountMinor: 450000, services: 1 },
      ],
    });
    const page1 = (await call('worker', 'GET', `/persons/${jelena.id}/services?limit=2`)).json();
    expect(page1.items.map((s: { type: string }) => s.type)).toEqual(['psychologicalSupport', 'transport']);
    const page2 = (
      await call('worker', 'GET', `/persons/${jelena.id}/services?limit=2&cursor=${page1.nextCursor}`)
    ).json();
    expect(page2).toMatchObject({
      items: [{ type: 'accompaniment', institutionKind: 'embassy' }],
      nextCursor: null,
    });
    expect((await call('stranger', 'GET', `/persons/${jelena.id}/services`)).statusCode).toBe(404);
    expect((await call('analyst', 'GET', `/cases/${caseId}/services`)).statusCode).toBe(403);

    const stored = JSON.stringify(await t.database.db.selectFrom('services').selectAll().execute());
    expect(stored).not.toContain('Delivered at home');
  });

  it("merges a person's timeline newest first across services and case events, page by page", async () => {
    const p = await person('worker', 'Tijana', 'Vremenić');
    const { id: caseId, code } = (await call('worker', 'POST', '/cases', { kind: 'group' })).json();
    await call('worker', 'POST', `/cases/${caseId}/persons`, { personId: p.id, role: 'presumedVictim' });
    await call('worker', 'POST', `/persons/${p.id}/services`, {
      type: 'hygieneKit',
      deliveredOn: '2020-05-01',
      note: 'Kit left with a neighbour (synthetic).',
    });
    await call('worker', 'POST', `/cases/${caseId}/status`, { version: 1, status: 'assistance' });
    await call('worker', 'PATCH', `/cases/${caseId}/persons/${p.id}`, { role: 'victim' });
    const today = new Date().toISOString().slice(0, 10);
    await call('worker', 'POST', `/persons/${p.id}/services`, {
      type: 'medicalCare',
      deliveredOn: today,
      caseId,
    });

    // A hotline contact about the person, after the first service (2020-05-01).
    const contact = await call('hotline', 'POST', '/contacts', {
      channel: 'phone',
      topic: 'helpRequest',
      occurredAt: '2021-03-02T10:00:00.000Z',
      personId: p.id,
      summary: 'Asked for help (synthetic).',
    });
    expect(contact.statusCode, contact.body).toBe(201);

    const all = (await call('hotline', 'GET', `/persons/${p.id}/timeline?limit=100`)).json();
    const labels = all.items.map(
      (e: {
        kind: string;
        service?: { type: string };
        case?: { change: string };
        contact?: { topic: string };
      }) =>
        e.kind === 'service'
          ? `service:${e.service?.type}`
          : e.kind === 'contact'
            ? `contact:${e.contact?.topic}`
            : `case:${e.case?.change}`,
    );
    expect(labels).toEqual([
      'service:medicalCare',
      'case:personRole',
      'case:status',
      'case:personAdded',
      'contact:helpRequest',
      'service:hygieneKit',
    ]);
    expect(JSON.stringify(all)).not.toContain('Asked for help');
    // The timeline is an overview: service notes and contact summaries stay on their lists.
    expect(JSON.stringify(all)).not.toContain('neighbour');
    expect(all.items[1].case).toMatchObject({ caseCode: code, role: 'victim' });
    const ats = all.items.map((e: { at: string }) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(
        'worker',
        'GET',
        `/persons/${p.id}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().items.map((e: { id: string }) => e.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e: { id: string }) => e.id));

    expect((await call('stranger', 'GET', `/persons/${p.id}/timeline`)).statusCode).toBe(404);
    expect((await call('analyst', 'GET', `/persons/${p.id}/timeline`)).statusCode).toBe(403);
    expect((await call('worker', 'GET', `/persons/${p.id}/timeline?cursor=bm9wZQ`)).statusCode).toBe(400);
    const audited = await t.database.db
      .selectFrom('audit_events')
      .select('fields')
      .where('resource_type', '=', 'person')
      .where('resource_id', '=', p.id)
      .where('action', '=', 'read')
      .execute();
    expect(audited.length).toBeGreaterThanOrEqual(4);
  });

  it('finds a case in the one search box by code and by entity name across scripts', async () => {
    const { id, code } = (
      await call('worker', 'POST', '/cases', {
        kind: 'group',
        entities: [{ kind: 'employer', name: 'Građevinska Grupa Šumadija d.o.o.' }],
      })
    ).json();
    const search = async (who: string, q: string) =>
      (await call(who, 'GET', `/search?q=${encodeURIComponent(q)}`)).json().results as {
        type: string;
        id: string;
        code: string;
        matched?: string;
      }[];
    expect((await search('hotline', code.toLowerCase()))[0]).toMatchObject({
      type: 'case',
      id,
      code,
      matched: 'code',
    });
    const byEntity = await search('hotline', 'Шумадија');
    expect(byEntity.find((r) => r.id === id)).toMatchObject({
      type: 'case',
      matched: 'entity',
      entity: 'Građevinska Grupa Šumadija d.o.o.',
    });
    expect((await search('worker', 'gradjevinska grupa')).some((r) => r.id === id)).toBe(true);
    expect((await search('stranger', code)).some((r) => r.id === id)).toBe(false);
    expect((await search('stranger', 'Sumadija')).some((r) => r.id === id)).toBe(false);
    const audit = JSON.stringify(
      await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'search').execute(),
    );
    expect(audit).not.toContain('umadij');
  });
});
