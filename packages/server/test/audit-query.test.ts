import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Database } from '../src/db/schema.js';
import { recordAuditEvent, verifyAuditChain, type AuditEventInput } from '../src/features/audit/audit-log.js';
import {
  decodeCursor,
  encodeCursor,
  InvalidCursorError,
  queryAuditEvents,
  type AuditEventFilter,
  type AuditEventView,
} from '../src/features/audit/queries.js';
import { auditRoutes, type AuditRoutesOptions } from '../src/features/audit/routes.js';
import { registerErrorHandling } from '../src/http/error-handler.js';
import { localePlugin } from '../src/http/locale.js';
import '../src/http/route-config.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './support/databases.js';

const START = Date.parse('2025-04-01T08:00:00.000Z');
const MINUTE = 60_000;

/**
 * 30 synthetic events, one a minute from START: actors staff-0..2 in turn, cases case-0..4, actions read,
 * update and export in turn, every seventh denied.
 */
function seedEvent(n: number): AuditEventInput {
  return {
    actor: { id: `staff-${n % 3}`, role: n % 3 === 2 ? 'supervisor' : 'caseworker' },
    action: (['read', 'update', 'export'] as const)[n % 3 === 0 ? 0 : n % 4 === 0 ? 2 : 1],
    resourceType: n % 10 === 9 ? 'person' : 'case',
    resourceId: `case-${n % 5}`,
    fields: n % 2 ? ['status'] : [],
    requestId: `req-${n}`,
    outcome: n % 7 === 6 ? 'denied' : 'success',
    details: { n },
  };
}

async function seed(db: Kysely<Database>, dialect: DatabaseHandle['dialect'], count = 30) {
  for (let n = 0; n < count; n++) {
    await recordAuditEvent(db, dialect, seedEvent(n), () => new Date(START + n * MINUTE));
  }
}

/** Expected result, computed in TypeScript from the seed. */
function expectedSeqs(match: (input: AuditEventInput, at: number) => boolean, count = 30): number[] {
  const out: number[] = [];
  for (let n = 0; n < count; n++) if (match(seedEvent(n), START + n * MINUTE)) out.push(n + 1);
  return out.reverse();
}

async function allPages(db: Kysely<Database>, filter: AuditEventFilter, limit: number) {
  const seen: AuditEventView[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page = await queryAuditEvents(db, filter, { cursor, limit });
    seen.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return seen;
}

/** A bare app with the API conventions (zod, locale, error shape, OpenAPI) and the audit routes. */
async function auditApp(
  options: AuditRoutesOptions,
): Promise<{ app: FastifyInstance; routes: RouteOptions[] }> {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  await app.register(localePlugin);
  registerErrorHandling(app);
  await app.register(fastifySwagger, {
    openapi: { openapi: '3.1.0', info: { title: 'test', version: '0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(auditRoutes, { prefix: '/api/v1', ...options });
  await app.ready();
  return { app, routes };
}

describeEachDatabase('audit viewer', (dialect) => {
  let t: TestDatabase;
  let handle: DatabaseHandle;
  let db: Kysely<Database>;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    handle = openDatabase(t.config);
    db = handle.db;
    await migrateToLatest(db, dialect);
    await seed(db, dialect);
  });
  afterEach(async () => {
    await handle.close();
    await t.cleanup();
  });

  it('filters by actor, record, action, outcome and period, newest first', async () => {
    const cases: [AuditEventFilter, (e: AuditEventInput, at: number) => boolean][] = [
      [{}, () => true],
      [{ actorId: 'staff-1' }, (e) => e.actor?.id === 'staff-1'],
      [
        { resourceType: 'case', resourceId: 'case-3' },
        (e) => e.resourceType === 'case' && e.resourceId === 'case-3',
      ],
      [{ resourceType: 'person' }, (e) => e.resourceType === 'person'],
      [{ action: 'export' }, (e) => e.action === 'export'],
      [{ outcome: 'denied' }, (e) => e.outcome === 'denied'],
      [
        { from: '2025-04-01T08:10:00.000Z', to: '2025-04-01T08:20:00.000Z' },
        (_e, at) => at >= START + 10 * MINUTE && at < START + 20 * MINUTE,
      ],
      // The same period given with an offset.
      [
        { from: '2025-04-01T10:10:00+02:00', to: '2025-04-01T10:20:00+02:00' },
        (_e, at) => at >= START + 10 * MINUTE && at < START + 20 * MINUTE,
      ],
      [
        { actorId: 'staff-0', action: 'read', from: '2025-04-01T08:05:00.000Z' },
        (e, at) => e.actor?.id === 'staff-0' && e.action === 'read' && at >= START + 5 * MINUTE,
      ],
      [{ actorIds: ['staff-0', 'staff-2'] }, (e) => e.actor?.id !== 'staff-1'],
      [{ actorIds: [] }, () => false],
      [{ actorId: 'staff-1', actorIds: ['staff-0'] }, () => false],
      [{ actorId: 'nobody' }, () => false],
    ];
    for (const [filter, match] of cases) {
      const page = await queryAuditEvents(db, filter, { limit: 200 });
      expect(
        page.items.map((i) => i.seq),
        JSON.stringify(filter),
      ).toEqual(expectedSeqs(match));
      expect(page.nextCursor).toBeNull();
    }
  });

  it('returns events as the viewer shows them', async () => {
    const page = await queryAuditEvents(db, { resourceType: 'case', resourceId: 'case-1' }, { limit: 1 });
    expect(page.items).toEqual([
      {
        seq: 27,
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        occurredAt: '2025-04-01T08:26:00.000Z',
        actor: { id: 'staff-2', role: 'supervisor' },
        action: 'update',
        resourceType: 'case',
        resourceId: 'case-1',
        fields: [],
        requestId: 'req-26',
        outcome: 'success',
        details: { n: 26 },
      },
    ]);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('paginates stably while events are appended', async () => {
    const everything = expectedSeqs(() => true);
    for (const limit of [1, 4, 7, 30, 31]) {
      expect((await allPages(db, {}, limit)).map((i) => i.seq)).toEqual(everything);
    }
    const first = await queryAuditEvents(db, { actorId: 'staff-0' }, { limit: 4 });
    // New events between pages do not shift the following pages.
    for (let n = 30; n < 36; n++) await recordAuditEvent(db, dialect, seedEvent(n));
    const rest: number[] = [];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await queryAuditEvents(db, { actorId: 'staff-0' }, { cursor, limit: 4 });
      rest.push(...page.items.map((i) => i.seq));
      cursor = page.nextCursor;
    }
    expect([...first.items.map((i) => i.seq), ...rest]).toEqual(
      expectedSeqs((e) => e.actor?.id === 'staff-0'),
    );
  });

  it('refuses cursors it did not make', async () => {
    expect(decodeCursor(encodeCursor(42))).toBe(42);
    for (const bad of [
      '',
      'abc',
      encodeCursor(42) + 'A',
      Buffer.from('a1:0').toString('base64url'),
      '../..',
    ]) {
      expect(() => decodeCursor(bad), bad).toThrow(InvalidCursorError);
    }
    await expect(queryAuditEvents(db, {}, { cursor: 'bm9wZQ' })).rejects.toThrow(InvalidCursorError);
  });

  it('serves GET /api/v1/audit-events with the audit.read permission and records each query', async () => {
    const { app, routes } = await auditApp({
      db,
      dialect,
      scope: () => ({ kind: 'all' }),
      actorOf: () => ({ id: 'admin-1', role: 'admin' }),
    });
    try {
      const route = routes.find((r) => r.url === '/api/v1/audit-events');
      expect(route?.config).toMatchObject({ permission: 'audit.read' });

      const first = await app.inject({
        url: '/api/v1/audit-events?resourceType=case&resourceId=case-2&limit=2',
      });
      expect(first.statusCode).toBe(200);
      const body = first.json() as { items: AuditEventView[]; nextCursor: string | null };
      const caseTwo = expectedSeqs((e) => e.resourceType === 'case' && e.resourceId === 'case-2');
      expect(body.items.map((i) => i.seq)).toEqual(caseTwo.slice(0, 2));
      const second = await app.inject({
        url: `/api/v1/audit-events?resourceType=case&resourceId=case-2&limit=2&cursor=${body.nextCursor}`,
      });
      expect((second.json() as { items: AuditEventView[] }).items.map((i) => i.seq)).toEqual(
        caseTwo.slice(2, 4),
      );

      // The viewer's own queries are in the audit trail, with the filter but without anything sensitive.
      const viewed = await queryAuditEvents(db, { resourceType: 'auditEvent' });
      expect(viewed.items.map((i) => i.details)).toEqual([
        { resourceType: 'case', resourceId: 'case-2', results: 2, nextPage: true },
        { resourceType: 'case', resourceId: 'case-2', results: 2 },
      ]);
      expect(viewed.items[0]).toMatchObject({
        actor: { id: 'admin-1', role: 'admin' },
        action: 'list',
        requestId: expect.any(String),
      });
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 32 });

      const filtered = await app.inject({
        url: '/api/v1/audit-events?action=export&outcome=success&from=2025-04-01T08:00:00Z&to=2025-04-01T09:00:00Z',
      });
      expect(filtered.statusCode).toBe(200);
      expect((filtered.json() as { items: AuditEventView[] }).items.map((i) => i.seq)).toEqual(
        expectedSeqs((e) => e.action === 'export' && e.outcome === 'success'),
      );

      // The route's schema also produces an OpenAPI document.
      expect(JSON.stringify(app.swagger())).toContain('/api/v1/audit-events');
    } finally {
      await app.close();
    }
  });

  it('answers 400 to queries outside the schema', async () => {
    const { app } = await auditApp({ db, dialect, scope: () => ({ kind: 'all' }), actorOf: () => null });
    try {
      const bad: [string, string][] = [
        ['unknown=1', 'querystring.unknown'],
        ['resourceId=case-1', 'querystring.resourceId'],
        ['from=yesterday', 'querystring.from'],
        ['from=2025-04-02T00:00:00Z&to=2025-04-01T00:00:00Z', 'querystring.to'],
        ['outcome=maybe', 'querystring.outcome'],
        ['action=Read%20Case', 'querystring.action'],
        ['action=read&action=update', 'querystring.action'],
        ['limit=0', 'querystring.limit'],
        ['limit=201', 'querystring.limit'],
        ['cursor=bm9wZQ', 'querystring.cursor'],
        ['actorId=a%0Ab', 'querystring.actorId'],
      ];
      for (const [query, path] of bad) {
        const res = await app.inject({
          url: `/api/v1/audit-events?${query}`,
          headers: { 'accept-language': 'en' },
        });
        expect(res.statusCode, query).toBe(400);
        const error = (res.json() as { error: { code: string; details: { path: string }[] } }).error;
        expect(error.code, query).toBe('validation');
        expect(
          error.details.map((d) => d.path),
          query,
        ).toContain(path);
      }
    } finally {
      await app.close();
    }
  });

  it("limits a viewer to the scope the lead's access check gives", async () => {
    const { app } = await auditApp({
      db,
      dialect,
      scope: () => ({ kind: 'actors', actorIds: ['staff-1'] }),
      actorOf: () => ({ id: 'staff-2', role: 'supervisor' }),
    });
    try {
      const all = await app.inject({ url: '/api/v1/audit-events?limit=200' });
      const items = (all.json() as { items: AuditEventView[] }).items;
      expect(items.map((i) => i.seq)).toEqual(expectedSeqs((e) => e.actor?.id === 'staff-1'));
      const other = await app.inject({ url: '/api/v1/audit-events?actorId=staff-0' });
      expect((other.json() as { items: AuditEventView[] }).items).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
