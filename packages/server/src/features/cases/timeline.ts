import { CASE_PERSON_ROLES, CASE_STATUSES } from '@putokaz/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AccessContext } from '../../access/access-context.js';
import { staffOf } from '../../access/access-plugin.js';
import { inScope } from '../../access/record-scope.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import type { Keyring } from '../../security/keyring.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { ServiceStore, serviceSortAt } from '../services/service-store.js';
import { Service } from '../services/schemas.js';
import { CASE_SCOPE, CaseStore, decodeCursor, encodeCursor } from './case-store.js';
import { readablePerson } from './person-access.js';
import { afterCursor, compareTimeline, type TimelineCursor } from './timeline-cursor.js';

/** A hotline contact on the timeline: only its non-sensitive facts (the summary stays on the contact). */
export const TimelineContact = z.object({
  id: z.string(),
  code: z.string(),
  direction: z.string(),
  channel: z.string(),
  topic: z.string(),
  urgency: z.string(),
  outcome: z.string().nullable(),
  caseId: z.string().nullable(),
});
export type TimelineContact = z.infer<typeof TimelineContact>;

const CaseEvent = z.object({
  caseId: z.string(),
  caseCode: z.string(),
  change: z.enum(['personAdded', 'personRole', 'personRemoved', 'status', 'closeRequest', 'closeRejected']),
  fromStatus: z.enum(CASE_STATUSES).nullable(),
  toStatus: z.enum(CASE_STATUSES).nullable(),
  reason: z.string().nullable(),
  role: z.enum(CASE_PERSON_ROLES).nullable(),
  actorId: z.string(),
});

export const TimelineEntry = z.discriminatedUnion('kind', [
  // The note stays on the services list: the timeline is an overview and decrypts nothing.
  z.object({
    kind: z.literal('service'),
    id: z.string(),
    at: z.string(),
    service: Service.omit({ note: true }),
  }),
  z.object({ kind: z.literal('case'), id: z.string(), at: z.string(), case: CaseEvent }),
  z.object({ kind: z.literal('contact'), id: z.string(), at: z.string(), contact: TimelineContact }),
]);
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/**
 * A source of timeline entries besides services and cases. The extension point for hotline contacts: the
 * contacts feature provides `{ kind: 'contact', entries }`, where `entries` returns the person's contacts
 * within the user's contact.read scope, newest first by `occurredAt`, after `cursor` (use `afterCursor('contact',
 * cursor, 'contacts.occurred_at', 'contacts.id')`), at most `limit`. Sources the user may not use return [].
 */
export interface TimelineSource {
  readonly kind: 'contact';
  entries(input: {
    db: Kysely<Database>;
    keyring: Keyring;
    access: AccessContext;
    personId: string;
    cursor: TimelineCursor | undefined;
    limit: number;
  }): Promise<TimelineEntry[]>;
}

const PERSON_CHANGES = ['personAdded', 'personRole', 'personRemoved'] as const;
const CASE_STATUS_CHANGES = ['status', 'closeRequest', 'closeRejected'] as const;

/** Case events of a person: their memberships, and status changes of the cases they are on (case.read scope). */
async function caseEntries(
  db: Kysely<Database>,
  access: AccessContext,
  personId: string,
  cursor: TimelineCursor | undefined,
  limit: number,
): Promise<TimelineEntry[]> {
  if (!access.can('case.read')) return [];
  let query = db
    .selectFrom('case_changes')
    .innerJoin('cases', 'cases.id', 'case_changes.case_id')
    .select([
      'case_changes.id as id',
      'case_changes.occurred_at as at',
      'case_changes.kind as change',
      'case_changes.from_status as fromStatus',
      'case_changes.to_status as toStatus',
      'case_changes.reason as reason',
      'case_changes.role as role',
      'case_changes.actor_id as actorId',
      'cases.id as caseId',
      'cases.code as caseCode',
    ])
    .where(inScope(access, 'case.read', CASE_SCOPE))
    .where((eb) =>
      eb.or([
        eb.and([eb('case_changes.person_id', '=', personId), eb('case_changes.kind', 'in', PERSON_CHANGES)]),
        eb.and([
          eb('case_changes.kind', 'in', CASE_STATUS_CHANGES),
          eb(
            'case_changes.case_id',
            'in',
            eb
              .selectFrom('case_persons')
              .select('case_persons.case_id')
              .where('case_persons.person_id', '=', personId),
          ),
        ]),
      ]),
    );
  if (cursor) query = query.where(afterCursor('case', cursor, 'case_changes.occurred_at', 'case_changes.id'));
  const rows = await query
    .orderBy('case_changes.occurred_at', 'desc')
    .orderBy('case_changes.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    kind: 'case' as const,
    id: r.id,
    at: r.at,
    case: {
      caseId: r.caseId,
      caseCode: r.caseCode,
      change: r.change as z.infer<typeof CaseEvent>['change'],
      fromStatus: r.fromStatus as z.infer<typeof CaseEvent>['fromStatus'],
      toStatus: r.toStatus as z.infer<typeof CaseEvent>['toStatus'],
      reason: r.reason,
      role: r.role as z.infer<typeof CaseEvent>['role'],
      actorId: r.actorId,
    },
  }));
}

/**
 * `GET /api/v1/persons/:id/timeline` (person.read, scoped, audited): services, case memberships and status
 * changes of the person's cases, and any further sources (hotline contacts), merged newest first and paged
 * with one opaque cursor (each source is paged after the same position, then the pages are merged).
 */
export const timelineRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
  sources: readonly TimelineSource[];
}> = async (app, { db, dialect, keyring, sources }) => {
  const timeline = async (request: FastifyRequest, personId: string, limit: number, cursorText?: string) => {
    const access = staffOf(request).access;
    if (!(await readablePerson(db, access, personId))) throw AppError.notFound();
    const decoded = decodeCursor(cursorText, 3);
    const cursor = decoded
      ? { at: decoded[0] ?? '', kind: decoded[1] ?? '', id: decoded[2] ?? '' }
      : undefined;
    const services = new ServiceStore(db, keyring, access, new CaseStore(db, dialect, keyring, access));
    const take = limit + 1;
    const pages = await Promise.all([
      services.forTimeline(personId, cursor, take).then((items) =>
        items.map((service): TimelineEntry => {
          const at = serviceSortAt(service.deliveredOn, service.createdAt);
          const { note: _note, ...overview } = service;
          return { kind: 'service', id: service.id, at, service: overview };
        }),
      ),
      caseEntries(db, access, personId, cursor, take),
      ...sources.map((source) => source.entries({ db, keyring, access, personId, cursor, limit: take })),
    ]);
    const merged = pages.flat().sort(compareTimeline);
    const items = merged.slice(0, limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor: merged.length > limit && last ? encodeCursor(last.at, last.kind, last.id) : null,
    };
  };

  app.get(
    '/persons/:id/timeline',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['persons'],
        summary:
          "A person's timeline: services, case memberships, case status changes and contacts, newest first",
        params: z.strictObject({ id: z.string().max(64) }),
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(100).default(25),
          cursor: z.string().max(400).optional(),
        }),
        response: {
          200: z.object({ items: z.array(TimelineEntry), nextCursor: z.string().nullable() }),
          400: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => {
      const page = await timeline(request, request.params.id, request.query.limit, request.query.cursor);
      const { user } = staffOf(request);
      await recordAuditEvent(db, dialect, {
        actor: { id: user.id, role: user.role },
        action: 'read',
        resourceType: 'person',
        resourceId: request.params.id,
        fields: ['timeline'],
        requestId: request.id,
        outcome: 'success',
        details: {
          count: page.items.length,
          services: page.items.filter((i) => i.kind === 'service').length,
        },
      });
      return page;
    },
  );
};
