import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn } from './support/staff.js';

describeEachDatabase('audit viewer in the app', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('shows administrators every event and supervisors only their team', async () => {
    const belgrade = await createStaff(t, 'caseworker', { team: 'beograd' });
    const nis = await createStaff(t, 'caseworker', { team: 'nis' });
    const supervisor = await createStaff(t, 'supervisor', { team: 'beograd' });
    const admin = await createStaff(t, 'admin', { team: null });
    await signIn(t, belgrade);
    await signIn(t, nis);
    const sup = await signIn(t, supervisor);
    const adm = await signIn(t, admin);

    const actors = async (session: typeof sup, query = '') => {
      const res = await t.app.inject({ url: `/api/v1/audit-events${query}`, headers: authHeaders(session) });
      expect(res.statusCode, res.body).toBe(200);
      return new Set((res.json().items as { actor: { id: string } | null }[]).map((e) => e.actor?.id));
    };
    const seenByAdmin = await actors(adm);
    expect(seenByAdmin).toEqual(new Set([belgrade.id, nis.id, supervisor.id, admin.id]));
    const seenBySupervisor = await actors(sup);
    expect(seenBySupervisor.has(belgrade.id)).toBe(true);
    expect(seenBySupervisor.has(supervisor.id)).toBe(true);
    expect(seenBySupervisor.has(nis.id)).toBe(false);
    expect(seenBySupervisor.has(admin.id)).toBe(false);
    // Filtering by an actor outside the team finds nothing rather than leaking it.
    expect((await actors(sup, `?actorId=${nis.id}`)).size).toBe(0);
    // Every query of the trail is itself recorded.
    const lists = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_type', '=', 'auditEvent')
      .execute();
    expect(lists.length).toBeGreaterThanOrEqual(3);
  });
});
