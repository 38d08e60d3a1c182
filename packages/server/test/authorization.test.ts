import { readFileSync } from 'node:fs';
import { PERMISSIONS, POLICY, ROLES, isPermission, type Permission, type Role } from '@putokaz/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

/** Public endpoints: the public app, sign-in steps, setup and invitation links, operations. */
const PUBLIC_PREFIXES = [
  '/healthz',
  '/api/v1/openapi.json',
  '/api/v1/setup',
  '/api/v1/auth/login',
  '/api/v1/auth/totp',
  '/api/v1/auth/enroll',
  '/api/v1/invitations/',
  '/api/v1/public/',
];

describeEachDatabase('authorization', (dialect) => {
  let t: TestApp;
  const sessions = new Map<Role, SignedIn>();
  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const role of ROLES) sessions.set(role, await signIn(t, await createStaff(t, role)));
  });
  afterAll(async () => t.close());

  it('every API route declares a permission from the catalogue, and only known public routes are public', () => {
    const api = t.app.routeTable.filter((r) => r.url.startsWith('/api/') || r.url === '/healthz');
    expect(api.length).toBeGreaterThan(10);
    for (const route of api) {
      const label = `${route.method} ${route.url}`;
      expect(route.permission, label).toBeDefined();
      if (route.permission === 'public') {
        expect(
          PUBLIC_PREFIXES.some((p) => route.url.startsWith(p)),
          `${label} is public`,
        ).toBe(true);
      } else expect(isPermission(route.permission), label).toBe(true);
    }
  });

  it('records denied attempts in the audit trail', async () => {
    const res = await t.app.inject({
      url: '/api/v1/users',
      headers: authHeaders(sessions.get('analyst') as SignedIn),
    });
    expect(res.statusCode).toBe(403);
    const denied = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.some((e) => e.resource_id === 'GET /api/v1/users')).toBe(true);
  });
  it('answers every protected route as the policy says, for every role and for anonymous callers', async () => {
    // Sign-out ends the session used for the other calls, so it is called last.
    const protectedRoutes = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/') && r.permission !== 'public' && r.permission !== undefined)
      .sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
    const failures: string[] = [];
    for (const route of protectedRoutes) {
      const url = route.url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const payload = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
      const anonymous = await t.app.inject({
        method: route.method as 'GET',
        url,
        ...(payload ? { payload } : {}),
      });
      if (anonymous.statusCode !== 401)
        failures.push(`anonymous ${route.method} ${route.url} → ${anonymous.statusCode}`);
      for (const role of ROLES) {
        const allowed = POLICY[role][route.permission as Permission] !== undefined;
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: authHeaders(sessions.get(role) as SignedIn),
          ...(payload ? { payload } : {}),
        });
        const denied = res.statusCode === 401 || res.statusCode === 403;
        if (allowed === denied)
          failures.push(`${role} ${route.method} ${route.url} → ${res.statusCode} (allowed: ${allowed})`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('policy', () => {
  it('is the table printed in docs/security.md', () => {
    const doc = readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');
    const section = doc.slice(
      doc.indexOf('## Permissions'),
      doc.indexOf('## Encryption of sensitive fields'),
    );
    const rows = section.split('\n').filter((l) => /^\| [a-zA-Z]/.test(l) && !l.startsWith('| permission'));
    const documented = new Map<string, string[]>();
    for (const row of rows) {
      const [names = '', ...cells] = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      for (const name of names.split(/\s*[/,]\s*/)) documented.set(name, cells);
    }
    expect([...documented.keys()].sort()).toEqual([...PERMISSIONS].sort());
    for (const [permission, cells] of documented) {
      ROLES.forEach((role, i) => {
        expect(cells[i] === '–' ? undefined : cells[i], `${role} ${permission}`).toBe(
          POLICY[role][permission as Permission],
        );
      });
    }
  });

  it('gives analysts aggregates only and administrators no case data', () => {
    const caseData: Permission[] = [
      'person.read',
      'person.write',
      'case.read',
      'case.write',
      'contact.read',
      'helpRequest.read',
    ];
    for (const p of caseData) {
      expect(POLICY.analyst[p], `analyst ${p}`).toBeUndefined();
      expect(POLICY.admin[p], `admin ${p}`).toBeUndefined();
    }
    expect(POLICY.analyst['stats.read']).toBe('all');
    expect(POLICY.admin['user.manage']).toBe('all');
  });
});
