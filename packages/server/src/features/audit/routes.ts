import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import {
  AUDIT_OUTCOMES,
  hasControlCharacter,
  recordAuditEvent,
  type AuditActor,
  type AuditDetailValue,
} from './audit-log.js';
import { AUDIT_PAGE_LIMIT, InvalidCursorError, queryAuditEvents } from './queries.js';

/** Which events a viewer may see: all, or only those of some actors (a supervisor's team). */
export type AuditViewerScope = { kind: 'all' } | { kind: 'actors'; actorIds: readonly string[] };

export interface AuditRoutesOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The viewer's scope: which actors' events the signed-in user may see. */
  scope: (request: FastifyRequest) => AuditViewerScope | Promise<AuditViewerScope>;
  /** Who is asking: the viewer's own query is recorded in the audit trail. */
  actorOf: (request: FastifyRequest) => AuditActor | null;
}

// Ids and names as the audit trail stores them (see audit-log.ts): no control characters, bounded length.
const Opaque = z
  .string()
  .min(1)
  .max(200)
  .refine((value) => !hasControlCharacter(value));
const ResourceType = z
  .string()
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/);
const Action = z
  .string()
  .max(64)
  .regex(/^[a-z][A-Za-z0-9]*$/);
const Instant = z.iso.datetime({ offset: true });

const AuditQuery = z
  .strictObject({
    actorId: Opaque.optional(),
    resourceType: ResourceType.optional(),
    resourceId: Opaque.optional(),
    action: Action.optional(),
    outcome: z.enum(AUDIT_OUTCOMES).optional(),
    from: Instant.optional().describe('Inclusive, ISO-8601 instant'),
    to: Instant.optional().describe('Exclusive, ISO-8601 instant'),
    cursor: z.string().min(1).max(64).optional().describe('nextCursor of the previous page'),
    limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_LIMIT.max).optional(),
  })
  .refine((q) => q.resourceId === undefined || q.resourceType !== undefined, {
    path: ['resourceId'],
    message: 'resourceId needs resourceType',
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
    path: ['to'],
    message: 'to must not be before from',
  });

const AuditEventItem = z.object({
  seq: z.number().int(),
  id: z.string(),
  occurredAt: z.string(),
  actor: z.object({ id: z.string(), role: z.string().nullable() }).nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  fields: z.array(z.string()).describe('Names of the fields touched, never their values'),
  requestId: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

const AuditPage = z.object({ items: z.array(AuditEventItem), nextCursor: z.string().nullable() });

/**
 * `GET /audit-events` (under /api/v1): the audit viewer of the console, for supervisors (their team) and
 * administrators. Newest first, cursor pagination. Every query is itself recorded in the audit trail.
 */
export const auditRoutes: FastifyPluginAsyncZod<AuditRoutesOptions> = async (app, options) => {
  const { db, dialect } = options;
  app.get(
    '/audit-events',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit events, newest first, filtered by actor, record, action, outcome and period',
        querystring: AuditQuery,
        response: { 200: AuditPage, 400: ErrorResponse },
      },
    },
    async (request) => {
      const q = request.query;
      const scope: AuditViewerScope = await options.scope(request);
      let page;
      try {
        page = await queryAuditEvents(
          db,
          {
            actorId: q.actorId,
            resourceType: q.resourceType,
            resourceId: q.resourceId,
            action: q.action,
            outcome: q.outcome,
            from: q.from,
            to: q.to,
            actorIds: scope.kind === 'actors' ? scope.actorIds : undefined,
          },
          { cursor: q.cursor, limit: q.limit },
        );
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          throw AppError.validation([{ path: 'querystring.cursor', code: 'invalidValue' }]);
        }
        throw error;
      }
      const details: Record<string, AuditDetailValue> = { results: page.items.length };
      for (const key of [
        'actorId',
        'resourceType',
        'resourceId',
        'action',
        'outcome',
        'from',
        'to',
      ] as const) {
        const value = q[key];
        if (value !== undefined) details[key] = value;
      }
      if (q.cursor) details.nextPage = true;
      // Recorded before the answer leaves: no audit event, no answer.
      await recordAuditEvent(db, dialect, {
        actor: options.actorOf(request),
        action: 'list',
        resourceType: 'auditEvent',
        requestId: request.id,
        details,
      });
      return page;
    },
  );
};
