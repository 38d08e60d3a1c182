import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

describeEachDatabase('search across scripts and spellings', (dialect) => {
  let t: TestApp;
  let worker: SignedIn;
  const ids: Record<string, { id: string; code: string }> = {};

  beforeEach(async () => {
    t = await createTestApp(dialect);
    worker = await signIn(t, await createStaff(t, 'caseworker', { team: 'beograd' }));
    const people: [string, string, string, string[]][] = [
      ['djordjevic', 'Đorđe', 'Đorđević', ['+381 60 555 0142']],
      ['petrovic', 'Milan', 'Petrović', []],
      ['petkovic', 'Milan', 'Petković', []],
      ['kovalchuk', 'Олександр', 'Ковальчук', ['+380 50 555 0177']],
      ['jovanovic', 'Marko', 'Jovanović', []],
    ];
    for (const [key, givenName, familyName, phones] of people) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: authHeaders(worker),
        payload: { givenName, familyName, phones },
      });
      ids[key] = res.json();
    }
  });
  afterEach(async () => t.close());

  const search = async (q: string, session = worker) => {
    const res = await t.app.inject({
      url: `/api/v1/search?q=${encodeURIComponent(q)}`,
      headers: authHeaders(session),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().results as { id: string; type: string; code: string }[];
  };

  it('finds a Latin name typed in Cyrillic, without diacritics, in either order', async () => {
    for (const q of ['Djordjevic', 'Ђорђевић Ђорђе', 'dordevic djordje', 'ĐORĐEVIĆ']) {
      const results = await search(q);
      expect(results[0]?.id, q).toBe(ids.djordjevic?.id);
      expect(results[0]?.type).toBe('person');
    }
  });

  it('finds Ukrainian names by their usual Latin transliterations', async () => {
    for (const q of ['Oleksandr Kovalchuk', 'Kovalchuk', 'Aleksandr Kovalchuk']) {
      expect((await search(q))[0]?.id, q).toBe(ids.kovalchuk?.id);
    }
  });

  it('keeps different people apart and ranks the right one first', async () => {
    const results = await search('Milan Petrović');
    expect(results[0]?.id).toBe(ids.petrovic?.id);
    expect(results.map((r) => r.id)).not.toContain(ids.petkovic?.id);
    expect((await search('Milan Jovanović')).map((r) => r.id)).not.toContain(ids.jovanovic?.id);
  });

  it('finds by phone number written any way, and by reference code', async () => {
    expect((await search('060/555-0142'))[0]?.id).toBe(ids.djordjevic?.id);
    expect((await search('+381605550142'))[0]?.id).toBe(ids.djordjevic?.id);
    expect((await search(ids.jovanovic?.code.toLowerCase() as string))[0]?.id).toBe(ids.jovanovic?.id);
  });

  it('tolerates a typo in one name when the other matches', async () => {
    expect((await search('Marko Jovanovć'))[0]?.id).toBe(ids.jovanovic?.id);
  });

  it('finds nothing outside the scope, and audits the search without its text', async () => {
    const stranger = await signIn(t, await createStaff(t, 'caseworker', { team: 'nis' }));
    expect(await search('Djordjevic', stranger)).toEqual([]);
    const analyst = await signIn(t, await createStaff(t, 'analyst'));
    const denied = await t.app.inject({ url: '/api/v1/search?q=Djordjevic', headers: authHeaders(analyst) });
    expect(denied.statusCode).toBe(403);
    const events = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'search')
      .where('resource_type', '=', 'person')
      .execute();
    expect(events).toHaveLength(1);
    const text = JSON.stringify(events);
    expect(text).not.toMatch(/djordjevic|Đorđević/i);
    expect(text).toMatch(/queryHash/);
    expect(t.logs.text).not.toMatch(/Djordjevic/);
  });
});
