import type { Role } from '@putokaz/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

// Synthetic data only.
describeEachDatabase('assignable staff and the assigned worker of a person', (dialect) => {
  let t: TestApp;
  const staff = new Map<string, { id: string; session?: SignedIn }>();
  const idOf = (who: string) => staff.get(who)?.id as string;
  const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const session = staff.get(who)?.session;
    if (!session) throw new Error(`${who} is not signed in`);
    return t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...authHeaders(session), 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  };
  const ids = (res: { json(): { items: { id: string }[] } }) =>
    res
      .json()
      .items.map((i) => i.id)
      .sort();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const accounts: [string, Role, string | null, boolean][] = [
      ['worker', 'caseworker', 'beograd', true],
      ['colleague', 'caseworker', 'beograd', false],
      ['supervisor', 'supervisor', 'beograd', true],
      ['hotline', 'hotline', 'beograd', true],
      ['analyst', 'analyst', 'beograd', true],
      ['admin', 'admin', null, true],
      ['leaver', 'caseworker', 'beograd', false],
      ['nisWorker', 'caseworker', 'nis', false],
      ['nisSupervisor', 'supervisor', 'nis', true],
    ];
    for (const [name, role, team, signedIn] of accounts) {
      const account = await createStaff(t, role, { team });
      staff.set(name, { id: account.id, ...(signedIn ? { session: await signIn(t, account) } : {}) });
    }
    await t.database.db
      .updateTable('staff_users')
      .set({ status: 'disabled' })
      .where('id', '=', idOf('leaver'))
      .execute();
  });
  afterAll(async () => t.close());

  it('lists the active case workers and supervisors of the team to its members', async () => {
    const beograd = [idOf('worker'), idOf('colleague'), idOf('supervisor')].sort();
    for (const who of ['supervisor', 'worker', 'hotline']) {
      const res = await call(who, 'GET', '/staff/assignable');
      expect(res.statusCode, res.body).toBe(200);
      expect(ids(res)).toEqual(beograd);
    }
    const res = await call('supervisor', 'GET', '/staff/assignable?team=beograd');
    expect(ids(res)).toEqual(beograd);
    expect(res.json().items.find((i: { id: string }) => i.id === idOf('supervisor'))).toEqual({
      id: idOf('supervisor'),
      name: expect.any(String),
      team: 'beograd',
      role: 'supervisor',
    });
    // Another team is outside a supervisor's scope; an analyst assigns nothing.
    expect((await call('supervisor', 'GET', '/staff/assignable?team=nis')).statusCode).toBe(403);
    expect((await call('nisSupervisor', 'GET', '/staff/assignable?team=beograd')).statusCode).toBe(403);
    expect((await call('analyst', 'GET', '/staff/assignable')).statusCode).toBe(403);
    expect((await call('supervisor', 'GET', '/staff/assignable?unknown=1')).statusCode).toBe(400);

    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'outcome'])
      .where((eb) =>
        eb.or([
          eb('resource_type', '=', 'staffUser'),
          eb('resource_id', '=', 'GET /api/v1/staff/assignable'),
        ]),
      )
      .where('action', 'in', ['list', 'accessDenied'])
      .execute();
    expect(events.filter((e) => e.action === 'list').length).toBe(4);
    expect(events.filter((e) => e.action === 'accessDenied').map((e) => e.actor_id)).toContain(
      idOf('analyst'),
    );
  });

  it('lists every team to an administrator, or one team on request', async () => {
    const all = await call('admin', 'GET', '/staff/assignable');
    expect(all.statusCode).toBe(200);
    expect(ids(all)).toEqual(
      [
        idOf('worker'),
        idOf('colleague'),
        idOf('supervisor'),
        idOf('nisWorker'),
        idOf('nisSupervisor'),
      ].sort(),
    );
    const nis = await call('admin', 'GET', '/staff/assignable?team=nis');
    expect(ids(nis)).toEqual([idOf('nisWorker'), idOf('nisSupervisor')].sort());
  });

  it('assigns a person only to an active case worker or supervisor of its team or the caller’s', async () => {
    const created = await call('worker', 'POST', '/persons', { givenName: 'Ljubica', familyName: 'Dodelić' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const patch = (who: string, version: number, body: object) =>
      call(who, 'PATCH', `/persons/${id}`, { version, ...body });

    for (const who of ['hotline', 'analyst', 'admin', 'leaver', 'nisWorker']) {
      const refused = await patch('worker', 1, { assignedTo: idOf(who) });
      expect(refused.statusCode, who).toBe(400);
      expect(refused.json().error.details[0]).toMatchObject({ path: 'assignedTo' });
    }
    const toColleague = await patch('worker', 1, { assignedTo: idOf('colleague') });
    expect(toColleague.statusCode, toColleague.body).toBe(200);
    expect(toColleague.json()).toMatchObject({ version: 2, assignedTo: idOf('colleague') });
    expect(toColleague.json().assignedToName).toEqual(expect.any(String));

    // A worker (person.write: own) never moves a person to another team.
    const created2 = await call('worker', 'POST', '/persons', { givenName: 'Radmila', familyName: 'Timić' });
    const id2 = created2.json().id as string;
    const move = await call('worker', 'PATCH', `/persons/${id2}`, { version: 1, team: 'nis' });
    expect(move.statusCode).toBe(403);
    // A supervisor moves it and hands it to a worker of the new team.
    const moved = await call('supervisor', 'PATCH', `/persons/${id2}`, {
      version: 1,
      team: 'nis',
      assignedTo: idOf('nisWorker'),
    });
    // The person left the supervisor's scope with the change: 204, and it now belongs to the other team.
    expect(moved.statusCode, moved.body).toBe(204);
    expect((await call('supervisor', 'GET', `/persons/${id2}`)).statusCode).toBe(404);
    const there = await call('nisSupervisor', 'GET', `/persons/${id2}`);
    expect(there.json()).toMatchObject({ team: 'nis', assignedTo: idOf('nisWorker'), version: 2 });
  });
});
