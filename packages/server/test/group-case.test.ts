import type { Role } from '@putokaz/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

/**
 * The group case of the blueprint, end to end through the HTTP API only: a partner organisation refers workers
 * returning from Germany to the hotline; nine persons, one company, one group case, services, consent, search
 * across scripts, a conflicting edit, the case workflow and an erasure, with the denials along the way.
 * Every name, phone number and company here is synthetic. One app per database; the steps share state and run
 * in order.
 */

type Who = 'hotline' | 'worker' | 'supervisor' | 'analyst' | 'stranger';
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

interface PersonSeed {
  key: string;
  givenName: string;
  familyName: string;
  phones?: string[];
  sex: 'female' | 'male';
  citizenships: string[];
  birthYear: number;
  role: 'victim' | 'presumedVictim' | 'witness';
}

// Synthetic persons: Serbian Latin (with diacritics), Serbian Cyrillic and one Ukrainian name in Cyrillic.
const PERSONS: readonly PersonSeed[] = [
  {
    key: 'dragan',
    givenName: 'Dragan',
    familyName: 'Đorđević',
    phones: ['064 123 4567'],
    sex: 'male',
    citizenships: ['RS'],
    birthYear: 1981,
    role: 'victim',
  },
  {
    key: 'milos',
    givenName: 'Милош',
    familyName: 'Петровић',
    phones: ['+381 65 234 5678'],
    sex: 'male',
    citizenships: ['RS'],
    birthYear: 1990,
    role: 'victim',
  },
  {
    key: 'nikola',
    givenName: 'Nikola',
    familyName: 'Jovanović',
    sex: 'male',
    citizenships: ['RS'],
    birthYear: 1986,
    role: 'victim',
  },
  {
    key: 'jelena',
    givenName: 'Јелена',
    familyName: 'Стојановић',
    phones: ['063/987-65-43'],
    sex: 'female',
    citizenships: ['RS'],
    birthYear: 1994,
    role: 'presumedVictim',
  },
  {
    key: 'stefan',
    givenName: 'Stefan',
    familyName: 'Milošević',
    sex: 'male',
    citizenships: ['RS', 'BA'],
    birthYear: 1999,
    role: 'presumedVictim',
  },
  {
    key: 'zoran',
    givenName: 'Зоран',
    familyName: 'Николић',
    sex: 'male',
    citizenships: ['RS'],
    birthYear: 1975,
    role: 'presumedVictim',
  },
  {
    key: 'marko',
    givenName: 'Marko',
    familyName: 'Ilić',
    phones: ['0601112233'],
    sex: 'male',
    citizenships: ['RS'],
    birthYear: 1992,
    role: 'victim',
  },
  {
    key: 'oleksandr',
    givenName: 'Олександр',
    familyName: 'Коваленко',
    phones: ['+380 67 123 4567'],
    sex: 'male',
    citizenships: ['UA'],
    birthYear: 1988,
    role: 'presumedVictim',
  },
  {
    key: 'dejan',
    givenName: 'Дејан',
    familyName: 'Радовановић',
    sex: 'male',
    citizenships: ['RS'],
    birthYear: 1979,
    role: 'witness',
  },
];

const GROUP_CASE = {
  kind: 'group',
  forms: ['labour'],
  sector: 'construction',
  places: [
    { stage: 'recruitment', country: 'RS', city: 'Kragujevac' },
    { stage: 'transit', country: 'HU' },
    { stage: 'exploitation', country: 'DE', city: 'Bielefeld' },
  ],
  periodFrom: '2026-03',
  periodTo: '2026-09',
  recruitmentChannel: 'acquaintance',
  indicators: ['travel-cost-deducted', 'living-costs-deducted', 'documents-retained', 'excessive-hours'],
  entities: [
    { kind: 'employer', name: 'Primer Bau GmbH' },
    { kind: 'recruiter', name: 'Vozač Sintetić', note: 'the "company driver" (synthetic)' },
  ],
  narrative:
    'Nine workers recruited through an acquaintance; one-way ticket, food and housing deducted from pay; ' +
    'six days a week, twelve hours a day; came home without earnings (synthetic).',
} as const;

/** A calendar date `days` before today (UTC). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

interface Created {
  id: string;
  code: string;
}

interface TimelineItem {
  kind: 'service' | 'case' | 'contact';
  id: string;
  at: string;
  service?: { type: string; caseId: string | null };
  case?: { change: string; fromStatus: string | null; toStatus: string | null; reason: string | null };
  contact?: { id: string; code: string; topic: string; caseId: string | null };
}

describeEachDatabase('the group case end to end', (dialect) => {
  let t: TestApp;
  const sessions = new Map<Who, { id: string; session: SignedIn }>();
  const persons = new Map<string, Created>();
  const contact = { id: '', code: '' };
  const groupCase = { id: '', code: '' };

  const staffId = (who: Who) => sessions.get(who)?.id as string;
  const call = (who: Who, method: Method, url: string, payload?: object) => {
    const entry = sessions.get(who);
    if (!entry) throw new Error(`no staff ${who}`);
    return t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...authHeaders(entry.session), 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  };
  const person = (key: string): Created => {
    const found = persons.get(key);
    if (!found) throw new Error(`no person ${key}`);
    return found;
  };
  const search = async (who: Who, q: string) => {
    const res = await call(who, 'GET', `/search?q=${encodeURIComponent(q)}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { results: { type: string; id: string; code: string; [k: string]: unknown }[] })
      .results;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const accounts: [Who, Role, string][] = [
      ['hotline', 'hotline', 'beograd'],
      ['worker', 'caseworker', 'beograd'],
      ['supervisor', 'supervisor', 'beograd'],
      ['analyst', 'analyst', 'beograd'],
      ['stranger', 'caseworker', 'nis'],
    ];
    for (const [who, role, team] of accounts) {
      const account = await createStaff(t, role, { team });
      sessions.set(who, { id: account.id, session: await signIn(t, account) });
    }
  });
  afterAll(async () => t.close());

  describe('in order', () => {
    it('1. the hotline records the referral from the partner organisation', async () => {
      const created = await call('hotline', 'POST', '/contacts', {
        direction: 'incoming',
        channel: 'institutionReferral',
        caller: {
          kind: 'professional',
          name: 'Savetnica Primerka (partner, synthetic)',
          phone: '011 555 0199',
        },
        language: 'sr',
        topic: 'exploitationReport',
        urgency: 'high',
        summary: 'Nine workers back from a construction site in Germany, unpaid, documents kept (synthetic).',
        durationMinutes: 18,
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toEqual({
        id: expect.any(String),
        code: expect.stringMatching(/^K-\d{4}-\d+$/),
        version: 1,
      });
      Object.assign(contact, created.json());

      const read = await call('hotline', 'GET', `/contacts/${contact.id}`);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toMatchObject({
        id: contact.id,
        code: contact.code,
        direction: 'incoming',
        channel: 'institutionReferral',
        caller: {
          kind: 'professional',
          name: 'Savetnica Primerka (partner, synthetic)',
          phone: '011 555 0199',
        },
        language: 'sr',
        topic: 'exploitationReport',
        urgency: 'high',
        outcome: null,
        durationMinutes: 18,
        handledBy: { id: staffId('hotline') },
        person: null,
        caseId: null,
        team: 'beograd',
        version: 1,
      });

      // The hotline records contacts; it opens no case.
      expect((await call('hotline', 'POST', '/cases', { kind: 'group' })).statusCode).toBe(403);
      // An analyst sees no contact; another team does not find it.
      expect((await call('analyst', 'GET', `/contacts/${contact.id}`)).statusCode).toBe(403);
      expect((await call('stranger', 'GET', `/contacts/${contact.id}`)).statusCode).toBe(404);
    });

    it('2. the caseworker records nine persons, checking the duplicate candidates on a near-duplicate', async () => {
      for (const seed of PERSONS.slice(0, 8)) {
        const res = await call('worker', 'POST', '/persons', {
          givenName: seed.givenName,
          familyName: seed.familyName,
          ...(seed.phones ? { phones: seed.phones } : {}),
          sex: seed.sex,
          citizenships: seed.citizenships,
          birthDate: { year: seed.birthYear },
          identificationStatus: 'presumed',
          languages: seed.citizenships.includes('UA') ? ['uk', 'ru'] : ['sr'],
        });
        expect(res.statusCode, res.body).toBe(201);
        const body = res.json() as Created & { version: number };
        expect(body).toEqual({
          id: expect.any(String),
          code: expect.stringMatching(/^P-\d{4}-\d+$/),
          version: 1,
        });
        persons.set(seed.key, { id: body.id, code: body.code });
      }
      expect(new Set([...persons.values()].map((p) => p.code)).size).toBe(8);

      // A colleague who met one of the workers separately types his name in Cyrillic: the candidates endpoint
      // shows the person already recorded in Latin (same name, same year of birth), so nobody is recorded twice.
      const candidates = await call('worker', 'POST', '/persons/candidates', {
        givenName: 'Никола',
        familyName: 'Јовановић',
        birthYear: 1986,
      });
      expect(candidates.statusCode, candidates.body).toBe(200);
      const results = candidates.json().results as { id: string; score: number; reasons: string[] }[];
      expect(results[0]).toMatchObject({
        id: person('nikola').id,
        code: person('nikola').code,
        givenName: 'Nikola',
        familyName: 'Jovanović',
        reasons: expect.arrayContaining(['name', 'birthYear']),
      });
      expect(results[0]?.score).toBeGreaterThan(0.8);
      // Only he is proposed: the other workers of the group are different people.
      expect(results.map((r) => r.id)).toEqual([person('nikola').id]);

      // The ninth is a different person: the candidates list shows nobody with that name.
      const dejan = PERSONS[8] as PersonSeed;
      const none = await call('worker', 'POST', '/persons/candidates', {
        givenName: dejan.givenName,
        familyName: dejan.familyName,
      });
      expect(none.statusCode).toBe(200);
      expect(none.json().results).toEqual([]);
      const res = await call('worker', 'POST', '/persons', {
        givenName: dejan.givenName,
        familyName: dejan.familyName,
        sex: dejan.sex,
        citizenships: dejan.citizenships,
        birthDate: { year: dejan.birthYear },
      });
      expect(res.statusCode, res.body).toBe(201);
      persons.set(dejan.key, res.json());
      expect(persons.size).toBe(9);

      const read = await call('worker', 'GET', `/persons/${person('milos').id}`);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({
        code: person('milos').code,
        givenName: 'Милош',
        familyName: 'Петровић',
        phones: ['+381652345678'],
        citizenships: ['RS'],
        birthDate: { year: 1990 },
        identificationStatus: 'presumed',
        assignedTo: staffId('worker'),
        team: 'beograd',
        erasedAt: null,
      });

      // Denials: an analyst never reads a person; another team does not find one.
      const analyst = await call('analyst', 'GET', `/persons/${person('milos').id}`);
      expect(analyst.statusCode).toBe(403);
      expect(analyst.json().error.code).toBe('forbidden');
      expect((await call('analyst', 'GET', '/persons')).statusCode).toBe(403);
      expect((await call('analyst', 'GET', '/search?q=Petrovic')).statusCode).toBe(403);
      const outside = await call('stranger', 'GET', `/persons/${person('milos').id}`);
      expect(outside.statusCode).toBe(404);
      expect(outside.json().error.code).toBe('notFound');
      expect(await search('stranger', 'Petrović')).toEqual([]);
    });

    it('3. one group case for the company, with the nine persons and their roles', async () => {
      const created = await call('worker', 'POST', '/cases', GROUP_CASE);
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toEqual({
        id: expect.any(String),
        code: expect.stringMatching(/^C-\d{4}-\d+$/),
        version: 1,
      });
      Object.assign(groupCase, created.json());

      for (const seed of PERSONS) {
        const added = await call('worker', 'POST', `/cases/${groupCase.id}/persons`, {
          personId: person(seed.key).id,
          role: seed.role,
        });
        expect(added.statusCode, added.body).toBe(201);
      }
      // The same person twice is refused.
      const again = await call('worker', 'POST', `/cases/${groupCase.id}/persons`, {
        personId: person('dragan').id,
        role: 'witness',
      });
      expect(again.statusCode).toBe(409);

      const read = await call('worker', 'GET', `/cases/${groupCase.id}`);
      expect(read.statusCode).toBe(200);
      const body = read.json();
      expect(body).toMatchObject({
        code: groupCase.code,
        kind: 'group',
        status: 'open',
        forms: ['labour'],
        sector: 'construction',
        places: GROUP_CASE.places,
        periodFrom: '2026-03',
        periodTo: '2026-09',
        recruitmentChannel: 'acquaintance',
        indicators: GROUP_CASE.indicators,
        entities: GROUP_CASE.entities,
        narrative: GROUP_CASE.narrative,
        assignedTo: staffId('worker'),
        team: 'beograd',
      });
      const members = body.persons as { personId: string; code: string; givenName: string; role: string }[];
      expect(members).toHaveLength(9);
      const byId = new Map(members.map((m) => [m.personId, m]));
      for (const seed of PERSONS) {
        expect(byId.get(person(seed.key).id)).toMatchObject({
          code: person(seed.key).code,
          givenName: seed.givenName,
          familyName: seed.familyName,
          role: seed.role,
        });
      }
      const list = (await call('supervisor', 'GET', '/cases')).json();
      expect(list.items).toEqual([
        expect.objectContaining({
          id: groupCase.id,
          kind: 'group',
          personCount: 9,
          countries: expect.any(Array),
        }),
      ]);
      expect([...list.items[0].countries].sort()).toEqual(['DE', 'HU', 'RS']);

      // Denials: an analyst cannot read cases; another team gets the same 404 as a missing case.
      const analyst = await call('analyst', 'GET', `/cases/${groupCase.id}`);
      expect(analyst.statusCode).toBe(403);
      expect((await call('analyst', 'GET', '/cases')).statusCode).toBe(403);
      const outside = await call('stranger', 'GET', `/cases/${groupCase.id}`);
      const missing = await call('stranger', 'GET', '/cases/00000000-0000-4000-8000-000000000000');
      expect(outside.statusCode).toBe(404);
      expect(outside.json()).toEqual(missing.json());
      expect((await call('stranger', 'GET', `/cases/${groupCase.id}/services`)).statusCode).toBe(404);
      expect((await call('stranger', 'GET', '/cases')).json().items).toEqual([]);
    });

    it('4. services: food, hygiene, a psychologist, transport in RSD and EUR, an escort to the embassy', async () => {
      const record = async (personKey: string, service: Record<string, unknown>) => {
        const res = await call('worker', 'POST', `/cases/${groupCase.id}/services`, {
          personId: person(personKey).id,
          ...service,
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json();
      };
      const withPackages = ['dragan', 'milos', 'nikola', 'jelena', 'stefan', 'zoran', 'marko', 'oleksandr'];
      for (const key of withPackages) {
        await record(key, { type: 'foodPackage', deliveredOn: daysAgo(20), quantity: 2, project: 'Donor A' });
        await record(key, { type: 'hygieneKit', deliveredOn: daysAgo(20) });
      }
      const psychologist = await record('jelena', {
        type: 'psychologicalSupport',
        deliveredOn: daysAgo(15),
        provider: 'partner',
        partnerName: 'Savetovalište Primer',
        note: 'First session (synthetic).',
      });
      expect(psychologist).toMatchObject({
        personId: person('jelena').id,
        personCode: person('jelena').code,
        caseId: groupCase.id,
        caseCode: groupCase.code,
        type: 'psychologicalSupport',
        provider: 'partner',
        partnerName: 'Savetovalište Primer',
        cost: null,
        quantity: 1,
        note: 'First session (synthetic).',
        createdBy: staffId('worker'),
        version: 1,
      });
      const busRsd = await record('dragan', {
        type: 'transport',
        deliveredOn: daysAgo(12),
        cost: { amountMinor: 1_850_00, currency: 'rsd' },
        note: 'Bus Kragujevac–Beograd (synthetic).',
      });
      expect(busRsd.cost).toEqual({ amountMinor: 185000, currency: 'RSD' });
      await record('milos', {
        type: 'transport',
        deliveredOn: daysAgo(12),
        cost: { amountMinor: 1_200_00, currency: 'RSD' },
      });
      await record('oleksandr', {
        type: 'transport',
        deliveredOn: daysAgo(11),
        cost: { amountMinor: 45_50, currency: 'EUR' },
        project: 'Donor B',
      });
      const escort = await record('oleksandr', {
        type: 'accompaniment',
        institutionKind: 'embassy',
        deliveredOn: daysAgo(10),
        cost: { amountMinor: 12_00, currency: 'EUR' },
      });
      expect(escort).toMatchObject({ type: 'accompaniment', institutionKind: 'embassy' });
      // An escort names the institution.
      const noInstitution = await call('worker', 'POST', `/cases/${groupCase.id}/services`, {
        personId: person('dragan').id,
        type: 'accompaniment',
        deliveredOn: daysAgo(1),
      });
      expect(noInstitution.statusCode).toBe(400);

      // Recorded on the person's own address under the case, it counts for the case too.
      const direct = await call('worker', 'POST', `/persons/${person('marko').id}/services`, {
        type: 'medication',
        deliveredOn: daysAgo(9),
        cost: { amountMinor: 980_00, currency: 'RSD' },
        caseId: groupCase.id,
      });
      expect(direct.statusCode, direct.body).toBe(201);
      expect(direct.json()).toMatchObject({
        caseId: groupCase.id,
        caseCode: groupCase.code,
        type: 'medication',
      });

      const listed = await call('supervisor', 'GET', `/cases/${groupCase.id}/services?limit=100`);
      expect(listed.statusCode, listed.body).toBe(200);
      const page = listed.json();
      expect(page.items).toHaveLength(8 * 2 + 6);
      expect(page.nextCursor).toBeNull();
      expect(page.totals.count).toBe(22);
      const costs = [...page.totals.costs].sort((a: { currency: string }, b: { currency: string }) =>
        a.currency.localeCompare(b.currency),
      );
      expect(costs).toEqual([
        { currency: 'EUR', amountMinor: 45_50 + 12_00, services: 2 },
        { currency: 'RSD', amountMinor: 1_850_00 + 1_200_00 + 980_00, services: 3 },
      ]);
      // Newest delivery first.
      const days = page.items.map((s: { deliveredOn: string }) => s.deliveredOn);
      expect(days).toEqual([...days].sort().reverse());
      expect(page.items[0]).toMatchObject({ type: 'medication', personCode: person('marko').code });

      const food = page.items.filter((s: { type: string }) => s.type === 'foodPackage');
      expect(food).toHaveLength(8);
      expect(food.every((s: { quantity: number }) => s.quantity === 2)).toBe(true);

      // The person's own list holds their services only.
      const oleksandr = (await call('worker', 'GET', `/persons/${person('oleksandr').id}/services`)).json();
      // Newest first; on the same day, the one recorded last first.
      expect(oleksandr.items.map((s: { type: string }) => s.type)).toEqual([
        'accompaniment',
        'transport',
        'hygieneKit',
        'foodPackage',
      ]);
      expect(oleksandr.items).toHaveLength(4);
    });

    it('5. consent: everyone keeps data and counts in statistics; one person withdraws statistics', async () => {
      const today = daysAgo(0);
      for (const seed of PERSONS) {
        for (const purpose of ['keepData', 'anonymizedStatistics']) {
          const res = await call('worker', 'POST', `/persons/${person(seed.key).id}/consents`, {
            purpose,
            action: 'given',
            date: daysAgo(20),
            method: 'written',
          });
          expect(res.statusCode, res.body).toBe(201);
        }
      }
      const withdrawn = await call('worker', 'POST', `/persons/${person('stefan').id}/consents`, {
        purpose: 'anonymizedStatistics',
        action: 'withdrawn',
        date: today,
        method: 'verbal',
      });
      expect(withdrawn.statusCode, withdrawn.body).toBe(201);
      expect(withdrawn.json()).toMatchObject({
        event: {
          purpose: 'anonymizedStatistics',
          action: 'withdrawn',
          date: today,
          method: 'verbal',
          partner: null,
          recordedBy: { id: staffId('worker') },
        },
        consent: {
          purposes: {
            keepData: { state: 'given', method: 'written' },
            anonymizedStatistics: { state: 'withdrawn', since: today, method: 'verbal' },
            contactByPhone: { state: 'none' },
          },
        },
      });

      const stefan = (await call('supervisor', 'GET', `/persons/${person('stefan').id}`)).json();
      expect(stefan.consent.purposes).toMatchObject({
        keepData: { state: 'given' },
        anonymizedStatistics: { state: 'withdrawn', since: today },
      });
      expect(stefan.keepDataWithdrawn).toBe(false);
      const other = (await call('supervisor', 'GET', `/persons/${person('milos').id}`)).json();
      expect(other.consent.purposes).toMatchObject({
        keepData: { state: 'given' },
        anonymizedStatistics: { state: 'given' },
      });
      const events = (await call('worker', 'GET', `/persons/${person('stefan').id}/consents`)).json();
      expect(
        events.items.map((e: { purpose: string; action: string }) => `${e.purpose}:${e.action}`),
      ).toEqual(['anonymizedStatistics:withdrawn', 'anonymizedStatistics:given', 'keepData:given']);
      // Recording consent needs consent.write: the hotline has none.
      const hotline = await call('hotline', 'POST', `/persons/${person('stefan').id}/consents`, {
        purpose: 'keepData',
        action: 'withdrawn',
        date: today,
        method: 'verbal',
      });
      expect(hotline.statusCode).toBe(403);
    });

    it('6. the referral contact is linked to the case and a person, based on its version', async () => {
      const linked = await call('hotline', 'PATCH', `/contacts/${contact.id}`, {
        version: 1,
        caseId: groupCase.id,
        personId: person('dragan').id,
        outcome: 'caseOpened',
      });
      expect(linked.statusCode, linked.body).toBe(200);
      expect(linked.json()).toMatchObject({
        id: contact.id,
        version: 2,
        caseId: groupCase.id,
        caseCode: groupCase.code,
        person: { id: person('dragan').id, code: person('dragan').code },
        outcome: 'caseOpened',
        topic: 'exploitationReport',
        urgency: 'high',
      });
      // A stale change of the contact is refused and overwrites nothing.
      const stale = await call('worker', 'PATCH', `/contacts/${contact.id}`, { version: 1, urgency: 'low' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('conflict');
      const current = (await call('worker', 'GET', `/contacts/${contact.id}`)).json();
      expect(current).toMatchObject({ version: 2, urgency: 'high', caseId: groupCase.id });

      const forCase = (await call('worker', 'GET', `/contacts?caseId=${groupCase.id}`)).json();
      expect(forCase.items.map((c: { id: string }) => c.id)).toEqual([contact.id]);
      const history = (await call('worker', 'GET', `/contacts/${contact.id}/history`)).json();
      expect(history.items.map((h: { action: string; version: number }) => [h.action, h.version])).toEqual([
        ['create', 1],
        ['update', 2],
      ]);
      expect([...history.items[1].fields].sort()).toEqual(['caseId', 'outcome', 'personId']);
    });

    it('7. search finds persons across scripts, spellings, name order and phone formats, and the case', async () => {
      const first = async (q: string) => {
        const results = await search('worker', q);
        expect(results.length, `no result for ${q}`).toBeGreaterThan(0);
        return results[0];
      };
      // Stored in Latin, typed in Cyrillic.
      expect(await first('Никола Јовановић')).toMatchObject({
        type: 'person',
        id: person('nikola').id,
        code: person('nikola').code,
        givenName: 'Nikola',
        familyName: 'Jovanović',
        erased: false,
      });
      // Stored in Cyrillic, typed in Latin without diacritics.
      expect(await first('Milos Petrovic')).toMatchObject({ type: 'person', id: person('milos').id });
      // "Djordjevic" finds "Đorđević"; family name first.
      expect(await first('Djordjevic')).toMatchObject({ type: 'person', id: person('dragan').id });
      expect(await first('Djordjevic Dragan')).toMatchObject({
        type: 'person',
        id: person('dragan').id,
        familyName: 'Đorđević',
      });
      expect(await first('Стојановић Јелена')).toMatchObject({ id: person('jelena').id });
      // Phones in another format than they were typed in.
      expect(await first('+381 64 1234567')).toMatchObject({ type: 'person', id: person('dragan').id });
      expect(await first('063 987 6543')).toMatchObject({ type: 'person', id: person('jelena').id });
      expect(await first('+381601112233')).toMatchObject({ type: 'person', id: person('marko').id });
      // By reference code.
      expect(await first(person('dejan').code)).toMatchObject({ type: 'person', id: person('dejan').id });
      // The Ukrainian name in its usual Latin transliteration.
      expect(await first('Oleksandr Kovalenko')).toMatchObject({
        type: 'person',
        id: person('oleksandr').id,
      });
      // The case by its code and by the company's name.
      expect(await first(groupCase.code)).toMatchObject({
        type: 'case',
        id: groupCase.id,
        code: groupCase.code,
        kind: 'group',
        matched: 'code',
      });
      expect(await first('Primer Bau')).toMatchObject({
        type: 'case',
        id: groupCase.id,
        code: groupCase.code,
        matched: 'entity',
        entity: 'Primer Bau GmbH',
      });
      // Different people stay apart: a different family name is not ranked first for Petrović.
      expect(await search('worker', 'Miloš Petković')).toEqual([]);
      expect(await search('worker', 'Milan Petrović')).toEqual([]);
      // A small typo in a Latin query still finds the name stored in Cyrillic, ranked a little lower.
      const typo = await first('Jelena Stojanovc');
      expect(typo).toMatchObject({ type: 'person', id: person('jelena').id, familyName: 'Стојановић' });
      expect(typo?.score).toBeLessThan(1);
      expect(await first('Olexandr Kovalenko')).toMatchObject({ id: person('oleksandr').id });
      // Another team finds none of it.
      expect(await search('stranger', 'Primer Bau')).toEqual([]);
      expect(await search('stranger', groupCase.code)).toEqual([]);
      expect(await search('stranger', person('nikola').code)).toEqual([]);
      expect(await search('stranger', 'Djordjevic')).toEqual([]);
    });

    it('7b. when a worker calls back, the hotline sees his record, his case and the earlier referral', async () => {
      // He calls from his own phone, typed differently than it was recorded.
      const byPhone = await call('hotline', 'POST', '/contacts/matches', { phone: '064/123-45-67' });
      expect(byPhone.statusCode, byPhone.body).toBe(200);
      const answer = byPhone.json();
      expect(answer.persons).toEqual([
        expect.objectContaining({
          id: person('dragan').id,
          code: person('dragan').code,
          givenName: 'Dragan',
          familyName: 'Đorđević',
          matchedBy: ['phone'],
        }),
      ]);
      expect(answer.cases).toEqual([
        expect.objectContaining({ id: groupCase.id, code: groupCase.code, matchedBy: ['phone'] }),
      ]);
      // The partner organisation calls again from the number it gave: its earlier referral shows.
      const partner = (
        await call('hotline', 'POST', '/contacts/matches', { phone: '+381 11 555 0199' })
      ).json();
      expect(partner.contacts).toEqual([
        expect.objectContaining({
          id: contact.id,
          code: contact.code,
          topic: 'exploitationReport',
          caseId: groupCase.id,
          personId: person('dragan').id,
          matchedBy: ['phone'],
        }),
      ]);
      // By the company's name, the case.
      const company = (await call('hotline', 'POST', '/contacts/matches', { name: 'Primer Bau' })).json();
      expect(company.cases.map((c: { id: string }) => c.id)).toContain(groupCase.id);
      // Another team's hotline sees none of it.
      const stranger = (
        await call('stranger', 'POST', '/contacts/matches', { phone: '064/123-45-67', name: 'Primer Bau' })
      ).json();
      expect(stranger).toEqual({ contacts: [], persons: [], cases: [] });
    });

    it('8. a conflicting edit: the second user gets 409 with the changed fields, nothing is overwritten', async () => {
      const id = person('stefan').id;
      const [mine, theirs] = await Promise.all([
        call('worker', 'GET', `/persons/${id}`),
        call('supervisor', 'GET', `/persons/${id}`),
      ]);
      const version = mine.json().version as number;
      expect(theirs.json().version).toBe(version);

      const first = await call('supervisor', 'PATCH', `/persons/${id}`, {
        version,
        phones: ['066 777 8899'],
        vulnerabilities: ['debt'],
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({
        version: version + 1,
        phones: ['+381667778899'],
        vulnerabilities: ['debt'],
      });

      const second = await call('worker', 'PATCH', `/persons/${id}`, {
        version,
        phones: ['066 000 0000'],
        familyName: 'Milošević-Drugi',
      });
      expect(second.statusCode).toBe(409);
      const error = second.json().error;
      expect(error.code).toBe('conflict');
      const changed = error.details as { path: string; version: number; changedBy: { id: string } }[];
      expect(changed.map((c) => c.path).sort()).toEqual(['phones', 'vulnerabilities']);
      expect(changed[0]).toMatchObject({ version: version + 1, changedBy: { id: staffId('supervisor') } });

      const after = (await call('worker', 'GET', `/persons/${id}`)).json();
      expect(after).toMatchObject({
        version: version + 1,
        familyName: 'Milošević',
        phones: ['+381667778899'],
        vulnerabilities: ['debt'],
      });

      // The same on the case: the supervisor moves it first, the caseworker's stale edit is refused.
      const caseVersion = (await call('worker', 'GET', `/cases/${groupCase.id}`)).json().version as number;
      const edit = await call('supervisor', 'PATCH', `/cases/${groupCase.id}`, {
        version: caseVersion,
        periodTo: '2026-10',
      });
      expect(edit.statusCode, edit.body).toBe(200);
      expect(edit.json()).toMatchObject({ version: caseVersion + 1, periodTo: '2026-10' });
      const staleCase = await call('worker', 'PATCH', `/cases/${groupCase.id}`, {
        version: caseVersion,
        sector: 'agriculture',
      });
      expect(staleCase.statusCode).toBe(409);
      expect(staleCase.json().error).toMatchObject({
        code: 'conflict',
        details: {
          expectedVersion: caseVersion,
          currentVersion: caseVersion + 1,
          changedFields: ['periodTo'],
        },
      });
      expect((await call('worker', 'GET', `/cases/${groupCase.id}`)).json()).toMatchObject({
        sector: 'construction',
        periodTo: '2026-10',
      });
    });

    it('9. the case moves open → assistance → follow-up, a close request, the supervisor confirms; the timeline shows it', async () => {
      const move = async (who: Who, body: Record<string, unknown>) => {
        const version = (await call(who, 'GET', `/cases/${groupCase.id}`)).json().version as number;
        return call(who, 'POST', `/cases/${groupCase.id}/status`, { version, ...body });
      };
      const assistance = await move('worker', { status: 'assistance' });
      expect(assistance.statusCode, assistance.body).toBe(200);
      expect(assistance.json()).toMatchObject({ outcome: 'changed', case: { status: 'assistance' } });
      // No skipping back to open from assistance.
      const back = await move('worker', { status: 'open' });
      expect(back.statusCode).toBe(409);
      const followUp = await move('worker', { status: 'followUp' });
      expect(followUp.json()).toMatchObject({ outcome: 'changed', case: { status: 'followUp' } });
      // Closing needs a reason; the caseworker's close is a request.
      expect((await move('worker', { status: 'closed' })).statusCode).toBe(400);
      const request = await move('worker', { status: 'closed', reason: 'assistanceCompleted' });
      expect(request.statusCode, request.body).toBe(200);
      expect(request.json()).toMatchObject({
        outcome: 'closeRequested',
        case: {
          status: 'followUp',
          closeRequest: { reason: 'assistanceCompleted', requestedBy: staffId('worker') },
        },
      });
      // The caseworker cannot confirm their own request.
      const version = request.json().case.version as number;
      const selfConfirm = await call('worker', 'POST', `/cases/${groupCase.id}/close-decision`, {
        version,
        approve: true,
      });
      expect(selfConfirm.statusCode).toBe(403);
      const confirmed = await call('supervisor', 'POST', `/cases/${groupCase.id}/close-decision`, {
        version,
        approve: true,
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect(confirmed.json()).toMatchObject({
        status: 'closed',
        closeReason: 'assistanceCompleted',
        closedAt: expect.any(String),
        closeRequest: null,
      });

      const history = (await call('worker', 'GET', `/cases/${groupCase.id}/history?limit=100`)).json();
      const statuses = history.items
        .filter((h: { toStatus: string | null }) => h.toStatus !== null)
        .map(
          (h: { kind: string; fromStatus: string | null; toStatus: string }) =>
            `${h.kind}:${h.fromStatus}→${h.toStatus}`,
        );
      expect(statuses).toEqual([
        'status:followUp→closed',
        'closeRequest:followUp→closed',
        'status:assistance→followUp',
        'status:open→assistance',
        'create:null→open',
      ]);
      const confirmation = history.items[0] as { actorId: string; reason: string | null };
      expect(confirmation).toMatchObject({ actorId: staffId('supervisor'), reason: 'assistanceCompleted' });

      // Dragan's timeline: the status changes, his services, the referral contact and his joining the case.
      const timeline = await call('worker', 'GET', `/persons/${person('dragan').id}/timeline?limit=100`);
      expect(timeline.statusCode, timeline.body).toBe(200);
      const items = timeline.json().items as TimelineItem[];
      expect(timeline.json().nextCursor).toBeNull();
      const ats = items.map((i) => i.at);
      expect(ats).toEqual([...ats].sort().reverse());
      const caseEvents = items.filter((i) => i.kind === 'case').map((i) => i.case);
      expect(
        caseEvents.filter((c) => c?.change === 'status').map((c) => `${c?.fromStatus}→${c?.toStatus}`),
      ).toEqual(['followUp→closed', 'assistance→followUp', 'open→assistance']);
      expect(caseEvents.map((c) => c?.change)).toEqual(
        expect.arrayContaining(['closeRequest', 'personAdded']),
      );
      expect(caseEvents.at(-1)).toMatchObject({ change: 'personAdded' });
      const services = items.filter((i) => i.kind === 'service').map((i) => i.service?.type);
      expect(services).toEqual(['transport', 'hygieneKit', 'foodPackage']);
      expect(items.filter((i) => i.kind === 'service').every((i) => i.service?.caseId === groupCase.id)).toBe(
        true,
      );
      const contacts = items.filter((i) => i.kind === 'contact');
      expect(contacts).toEqual([
        expect.objectContaining({
          id: contact.id,
          contact: expect.objectContaining({
            code: contact.code,
            topic: 'exploitationReport',
            caseId: groupCase.id,
          }),
        }),
      ]);
      // The timeline is an overview: no service note, no contact summary.
      expect(timeline.body).not.toContain('Bus Kragujevac');
      expect(timeline.body).not.toContain('Nine workers back');
      expect((await call('stranger', 'GET', `/persons/${person('dragan').id}/timeline`)).statusCode).toBe(
        404,
      );
      expect((await call('analyst', 'GET', `/persons/${person('dragan').id}/timeline`)).statusCode).toBe(403);
    });

    it('10. an erasure: requested by the caseworker, approved by the supervisor only; code and statistics remain', async () => {
      const id = person('zoran').id;
      const code = person('zoran').code;
      expect((await search('worker', 'Zoran Nikolic')).map((r) => r.id)).toContain(id);

      const requested = await call('worker', 'POST', `/persons/${id}/erasure-request`, {
        reason: 'The person asked for the data to be removed (synthetic).',
      });
      expect(requested.statusCode, requested.body).toBe(201);
      const request = requested.json();
      expect(request).toMatchObject({
        personId: id,
        personCode: code,
        status: 'pending',
        requestedBy: { id: staffId('worker') },
        decidedBy: null,
      });
      const approve = (who: Who) =>
        call(who, 'POST', `/persons/erasure-requests/${request.id}/approve`, { version: request.version });
      // The same caseworker cannot approve (nor can any caseworker); another team does not see it.
      expect((await approve('worker')).statusCode).toBe(403);
      expect((await approve('stranger')).statusCode).toBe(403);
      const pending = (await call('supervisor', 'GET', '/persons/erasure-requests')).json();
      expect(pending.items).toMatchObject([{ id: request.id, personCode: code, status: 'pending' }]);
      const approved = await approve('supervisor');
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json()).toMatchObject({
        id: request.id,
        status: 'approved',
        decidedBy: { id: staffId('supervisor') },
        decidedAt: expect.any(String),
      });

      // The name is found no more, in either script.
      for (const q of ['Zoran Nikolic', 'Зоран Николић', 'Nikolić']) {
        expect((await search('supervisor', q)).map((r) => r.id)).not.toContain(id);
      }
      const erased = await call('supervisor', 'GET', `/persons/${id}`);
      expect(erased.statusCode).toBe(200);
      expect(erased.json()).toMatchObject({
        id,
        code,
        givenName: null,
        familyName: null,
        aliases: [],
        phones: [],
        documents: [],
        birthDate: null,
        erasedAt: expect.any(String),
        sex: 'male',
        citizenships: ['RS'],
        identificationStatus: 'presumed',
        ageBand: expect.any(String),
      });
      // The code still finds the (erased) record.
      expect(await search('supervisor', code)).toMatchObject([
        { type: 'person', id, code, givenName: null, familyName: null, erased: true },
      ]);
      // The case still lists the person, by code only.
      const onCase = (await call('worker', 'GET', `/cases/${groupCase.id}`)).json();
      expect(onCase.persons).toHaveLength(9);
      expect(onCase.persons.find((p: { personId: string }) => p.personId === id)).toMatchObject({
        code,
        givenName: null,
        familyName: null,
        role: 'presumedVictim',
      });
      // The case's totals are unchanged: the services delivered stay counted.
      const totals = (await call('worker', 'GET', `/cases/${groupCase.id}/services?limit=1`)).json().totals;
      expect(totals.count).toBe(22);
      // An erased person cannot be edited any more.
      const edit = await call('supervisor', 'PATCH', `/persons/${id}`, {
        version: erased.json().version,
        givenName: 'Zoran',
      });
      expect(edit.statusCode).toBe(404);
      // Nothing of the name is left in the stored rows of the person.
      const row = JSON.stringify(
        await t.database.db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
      for (const needle of ['Зоран', 'Николић', 'Zoran', 'Nikolic']) expect(row).not.toContain(needle);
    });

    it('11. the audit trail holds every read and change of the story, and nothing personal', async () => {
      const events = await t.database.db
        .selectFrom('audit_events')
        .select(['actor_id', 'action', 'resource_type', 'resource_id'])
        .execute();
      const count = (action: string, resourceType: string, resourceId?: string, actor?: Who) =>
        events.filter(
          (e) =>
            e.action === action &&
            e.resource_type === resourceType &&
            (resourceId === undefined || e.resource_id === resourceId) &&
            (actor === undefined || e.actor_id === staffId(actor)),
        ).length;
      expect(count('create', 'person', undefined, 'worker')).toBe(9);
      expect(count('read', 'person', person('milos').id)).toBeGreaterThanOrEqual(2);
      expect(count('create', 'case', groupCase.id, 'worker')).toBe(1);
      expect(count('create', 'service', undefined, 'worker')).toBe(22);
      expect(count('create', 'personConsent', undefined, 'worker')).toBe(19);
      expect(count('delete', 'person', person('zoran').id, 'supervisor')).toBe(1);
      expect(count('search', 'person')).toBeGreaterThan(10);

      const stored = JSON.stringify(await t.database.db.selectFrom('audit_events').selectAll().execute());
      // Needles long enough (or non-ASCII) not to turn up by chance inside a random hash or token.
      const needles = [
        ...PERSONS.flatMap((p) => [p.givenName, p.familyName]),
        'Djordjevic',
        'Primer Bau',
        'Savetnica',
        '1234567',
        '9876543',
        'Nine workers',
      ].filter((n) => n.length >= 6 || /[^ -~]/.test(n));
      for (const needle of needles) expect(stored, needle).not.toContain(needle);
    });
  });
});
