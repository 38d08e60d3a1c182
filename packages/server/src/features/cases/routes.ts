import { periodInOrder } from '@putokaz/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import type { Keyring } from '../../security/keyring.js';
import { recordAuditEvent, type AuditAction, type AuditDetailValue } from '../audit/audit-log.js';
import { CASE_SENSITIVE_FIELDS, CaseStore, type CaseFields } from './case-store.js';
import {
  AddPersonBody,
  Case,
  CaseChange,
  CaseListItem,
  CasePersonParams,
  CloseDecisionBody,
  CreateCaseBody,
  IdParams,
  ListCasesQuery,
  PageQuery,
  PersonRoleBody,
  StatusBody,
  UpdateCaseBody,
} from './schemas.js';
import { timelineRoutes, type TimelineSource } from './timeline.js';

export interface CaseRoutesOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
  /** More sources for the person timeline (hotline contacts, when that feature provides one). */
  timelineSources?: readonly TimelineSource[];
}

function checkPeriod(from: string | null | undefined, to: string | null | undefined): void {
  if (!periodInOrder(from, to)) {
    throw AppError.validation([
      { path: 'periodTo', code: 'periodOrder', messageKey: 'errors.cases.periodOrder' },
    ]);
  }
}

/**
 * Cases: `/api/v1/cases` (case.read to see within scope, case.write to change, case.close.approve to close or
 * decide a close request), the persons on a case with their role, and the history of changes. Every read and
 * list is audited; every change carries the version it was based on (409 with what changed).
 */
export const caseRoutes: FastifyPluginAsyncZod<CaseRoutesOptions> = async (app, options) => {
  const { db, dialect, keyring } = options;
  const storeFor = (request: FastifyRequest) => new CaseStore(db, dialect, keyring, staffOf(request).access);
  const audit = (
    request: FastifyRequest,
    action: AuditAction,
    resourceId: string | null,
    fields: readonly string[],
    details: Record<string, AuditDetailValue> = {},
  ) => {
    const { user } = staffOf(request);
    return recordAuditEvent(db, dialect, {
      actor: { id: user.id, role: user.role },
      action,
      resourceType: 'case',
      resourceId,
      fields,
      requestId: request.id,
      outcome: 'success',
      details,
    });
  };

  app.post(
    '/cases',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['cases'],
        summary: 'Opens a case (status open); the narrative and entities are encrypted',
        body: CreateCaseBody,
        response: {
          201: z.object({ id: z.string(), code: z.string(), version: z.number() }),
          400: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      checkPeriod(body.periodFrom, body.periodTo);
      const input: CaseFields = { ...body, assignedTo: body.assignedTo ?? null };
      const created = await storeFor(request).create(input);
      await audit(request, 'create', created.id, Object.keys(body));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/cases',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['cases'],
        summary: 'Cases within your scope, newest first, optionally of one status',
        querystring: ListCasesQuery,
        response: {
          200: z.object({ items: z.array(CaseListItem), nextCursor: z.string().nullable() }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => {
      const page = await storeFor(request).list(request.query);
      await audit(request, 'list', null, [], {
        count: page.items.length,
        status: request.query.status ?? null,
      });
      return page;
    },
  );

  app.get(
    '/cases/:id',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['cases'],
        summary: 'One case with its persons (decrypted); outside your scope it is not found',
        params: IdParams,
        response: { 200: Case, 404: ErrorResponse },
      },
    },
    async (request) => {
      const found = await storeFor(request).get(request.params.id);
      if (!found) throw AppError.notFound();
      await audit(request, 'read', found.id, CASE_SENSITIVE_FIELDS, { persons: found.persons.length });
      return found;
    },
  );

  app.patch(
    '/cases/:id',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['cases'],
        summary:
          'Changes fields of a case at the version it was read; a stale version is a 409 with what changed',
        params: IdParams,
        body: UpdateCaseBody,
        response: {
          200: Case,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      const store = storeFor(request);
      const { version, ...changes } = request.body;
      if ('periodFrom' in changes || 'periodTo' in changes) {
        const current = await store.get(request.params.id);
        if (!current) throw AppError.notFound();
        checkPeriod(
          changes.periodFrom === undefined ? current.periodFrom : changes.periodFrom,
          changes.periodTo === undefined ? current.periodTo : changes.periodTo,
        );
      }
      const result = await store.update(request.params.id, version, changes as Partial<CaseFields>);
      if (result.fields.length) await audit(request, 'update', request.params.id, result.fields);
      const updated = await store.get(request.params.id);
      if (!updated) throw AppError.notFound();
      return updated;
    },
  );

  app.post(
    '/cases/:id/status',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['cases'],
        summary:
          'Moves a case through the workflow; closing (with a reason) without case.close.approve records a close request',
        params: IdParams,
        body: StatusBody,
        response: {
          200: z.object({ outcome: z.enum(['changed', 'closeRequested']), case: Case }),
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      const store = storeFor(request);
      const { version, status, reason } = request.body;
      const result = await store.changeStatus(request.params.id, version, status, reason ?? null);
      await audit(request, 'update', request.params.id, ['status'], {
        to: status,
        outcome: result.outcome,
      });
      const updated = await store.get(request.params.id);
      if (!updated) throw AppError.notFound();
      return { outcome: result.outcome, case: updated };
    },
  );

  app.post(
    '/cases/:id/close-decision',
    {
      config: { permission: 'case.close.approve' },
      schema: {
        tags: ['cases'],
        summary: 'Confirms (closes the case with the requested reason) or rejects a pending close request',
        params: IdParams,
        body: CloseDecisionBody,
        response: {
          200: Case,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      const store = storeFor(request);
      await store.decideClose(request.params.id, request.body.version, request.body.approve);
      await audit(request, 'update', request.params.id, ['status'], {
        closeApproved: request.body.approve,
      });
      const updated = await store.get(request.params.id);
      if (!updated) throw AppError.notFound();
      return updated;
    },
  );

  app.get(
    '/cases/:id/history',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['cases'],
        summary: 'Every change of a case (who, when, which fields), newest first',
        params: IdParams,
        querystring: PageQuery,
        response: {
          200: z.object({ items: z.array(CaseChange), nextCursor: z.string().nullable() }),
          400: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => {
      const store = storeFor(request);
      if (!(await store.readable(request.params.id))) throw AppError.notFound();
      const page = await store.history(request.params.id, request.query.limit, request.query.cursor);
      await audit(request, 'list', request.params.id, ['history'], { count: page.items.length });
      return page;
    },
  );

  app.post(
    '/cases/:id/persons',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['cases'],
        summary: 'Adds a person (within your scope) to a case with a role',
        params: IdParams,
        body: AddPersonBody,
        response: {
          201: Case,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const store = storeFor(request);
      await store.addPerson(request.params.id, request.body.personId, request.body.role);
      await audit(request, 'update', request.params.id, ['persons'], {
        personId: request.body.personId,
        role: request.body.role,
      });
      const updated = await store.get(request.params.id);
      if (!updated) throw AppError.notFound();
      return reply.code(201).send(updated);
    },
  );

  app.patch(
    '/cases/:id/persons/:personId',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['cases'],
        summary: "Changes a person's role on a case",
        params: CasePersonParams,
        body: PersonRoleBody,
        response: { 200: Case, 400: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const store = storeFor(request);
      await store.changePersonRole(request.params.id, request.params.personId, request.body.role);
      await audit(request, 'update', request.params.id, ['persons'], {
        personId: request.params.personId,
        role: request.body.role,
      });
      const updated = await store.get(request.params.id);
      if (!updated) throw AppError.notFound();
      return updated;
    },
  );

  app.delete(
    '/cases/:id/persons/:personId',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['cases'],
        summary: 'Takes a person off a case (kept in the history)',
        params: CasePersonParams,
        response: { 204: z.null(), 403: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      await storeFor(request).removePerson(request.params.id, request.params.personId);
      await audit(request, 'update', request.params.id, ['persons'], {
        personId: request.params.personId,
        removed: true,
      });
      return reply.code(204).send(null);
    },
  );

  await app.register(timelineRoutes, {
    db,
    dialect,
    keyring,
    sources: options.timelineSources ?? [],
  });
};
