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
import { CaseStore } from '../cases/case-store.js';
import {
  CaseServiceTotals,
  RecordCaseServiceBody,
  RecordServiceBody,
  RemoveServiceBody,
  Service,
  ServiceChange,
  ServicePage,
  UpdateServiceBody,
  serviceProblems,
} from './schemas.js';
import { ServiceConflict, ServiceStore, type ServiceFields, type ServiceInput } from './service-store.js';

const IdParams = z.strictObject({ id: z.string().max(64) });
const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(400).optional(),
});

/**
 * Services delivered: recorded per person (`/persons/:id/services`) or on a case (`/cases/:id/services`,
 * with the person in the body) with service.write; read with person.read or case.read within scope. Lists are
 * cursor-paginated newest first; a case's list carries its totals per currency.
 */
export const serviceRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
}> = async (app, { db, dialect, keyring }) => {
  const storeFor = (request: FastifyRequest) => {
    const { access } = staffOf(request);
    return new ServiceStore(db, keyring, access, new CaseStore(db, dialect, keyring, access));
  };
  const audit = (
    request: FastifyRequest,
    action: AuditAction,
    resourceType: 'service' | 'person' | 'case',
    resourceId: string,
    fields: readonly string[],
    details: Record<string, AuditDetailValue> = {},
  ) => {
    const { user } = staffOf(request);
    return recordAuditEvent(db, dialect, {
      actor: { id: user.id, role: user.role },
      action,
      resourceType,
      resourceId,
      fields,
      requestId: request.id,
      outcome: 'success',
      details,
    });
  };
  /**
   * The 409 of a stale correction or removal, like the persons' one: one line per field changed since the
   * caller's version (and one for a removal), localized, with who, when and the version.
   */
  const conflictError = async (
    request: FastifyRequest,
    id: string,
    fields: string[],
    error: ServiceConflict,
  ) => {
    const t = request.i18n;
    await audit(request, 'update', 'service', id, fields, {
      result: 'conflict',
      currentVersion: error.currentVersion,
    });
    const at = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
    const formerStaff = t.format('console.cases.formerStaffInText'); // a user who no longer exists
    return AppError.conflict(
      error.changes.flatMap((change) => {
        const common = {
          version: change.version,
          changedAt: change.at,
          changedBy: change.actor,
          currentVersion: error.currentVersion,
        };
        if (change.kind === 'remove')
          return [
            {
              path: 'removed',
              code: 'removedSince',
              message: t.format('services.conflict.removed', {
                name: change.actor.name ?? formerStaff,
                at: at(change.at),
                version: change.version,
              }),
              ...common,
            },
          ];
        return change.fields.map((field) => ({
          path: field,
          code: 'changedSince',
          message: t.format('services.conflict.changed', {
            field: t.has(`services.field.${field}`) ? t.format(`services.field.${field}`) : field,
            name: change.actor.name ?? formerStaff,
            at: at(change.at),
            version: change.version,
          }),
          ...common,
        }));
      }),
    );
  };
  const recorded = async (request: FastifyRequest, id: string) => {
    const found = await storeFor(request).get(id);
    if (!found) throw AppError.notFound();
    return found;
  };

  app.post(
    '/persons/:id/services',
    {
      config: { permission: 'service.write' },
      schema: {
        tags: ['services'],
        summary: 'Records a service delivered to a person (optionally under one of their cases)',
        params: IdParams,
        body: RecordServiceBody,
        response: {
          201: Service,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const input: ServiceInput = request.body;
      const created = await storeFor(request).record(request.params.id, input);
      await audit(request, 'create', 'service', created.id, Object.keys(request.body), {
        personId: request.params.id,
        caseId: input.caseId,
      });
      return reply.code(201).send(await recorded(request, created.id));
    },
  );

  app.get(
    '/persons/:id/services',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['services'],
        summary: "A person's services, newest first",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: ServicePage, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const page = await storeFor(request).listForPerson(
        request.params.id,
        request.query.limit,
        request.query.cursor,
      );
      await audit(request, 'list', 'person', request.params.id, ['services'], { count: page.items.length });
      return page;
    },
  );

  app.post(
    '/cases/:id/services',
    {
      config: { permission: 'service.write' },
      schema: {
        tags: ['services'],
        summary: 'Records a service delivered to a person on this case',
        params: IdParams,
        body: RecordCaseServiceBody,
        response: {
          201: Service,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { personId, ...rest } = request.body;
      const store = storeFor(request);
      const cases = new CaseStore(db, dialect, keyring, staffOf(request).access);
      if (!(await cases.readable(request.params.id))) throw AppError.notFound();
      const created = await store.record(personId, { ...rest, caseId: request.params.id });
      await audit(request, 'create', 'service', created.id, Object.keys(request.body), {
        personId,
        caseId: request.params.id,
      });
      return reply.code(201).send(await recorded(request, created.id));
    },
  );

  app.get(
    '/cases/:id/services',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['services'],
        summary: "A case's services, newest first, with the totals per currency",
        params: IdParams,
        querystring: PageQuery,
        response: {
          200: ServicePage.extend({ totals: CaseServiceTotals }),
          400: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => {
      const store = storeFor(request);
      const page = await store.listForCase(request.params.id, request.query.limit, request.query.cursor);
      const totals = await store.caseTotals(request.params.id);
      await audit(request, 'list', 'case', request.params.id, ['services'], { count: page.items.length });
      return { ...page, totals };
    },
  );

  app.get(
    '/services/:id',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['services'],
        summary: 'One service (with its note), when its person or its case is within your scope',
        params: IdParams,
        response: { 200: Service, 404: ErrorResponse },
      },
    },
    async (request) => {
      const service = await recorded(request, request.params.id);
      await audit(request, 'read', 'service', service.id, ['note'], { personId: service.personId });
      return service;
    },
  );

  app.patch(
    '/services/:id',
    {
      config: { permission: 'service.write' },
      schema: {
        tags: ['services'],
        summary:
          'Corrects a service based on the version read; a stale version gets 409 listing the fields changed since, by whom and when',
        params: IdParams,
        body: UpdateServiceBody,
        response: {
          200: Service,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      const fields = Object.keys(input);
      let result;
      try {
        result = await storeFor(request).update(
          request.params.id,
          version,
          input as Partial<ServiceFields>,
          (merged) => {
            const problems = serviceProblems(merged);
            if (problems.length) throw AppError.validation(problems);
          },
        );
      } catch (error) {
        if (error instanceof ServiceConflict)
          throw await conflictError(request, request.params.id, fields, error);
        throw error;
      }
      const service = await recorded(request, request.params.id);
      if (result.fields.length)
        await audit(request, 'update', 'service', service.id, result.fields, {
          personId: service.personId,
          caseId: service.caseId,
        });
      return service;
    },
  );

  app.post(
    '/services/:id/remove',
    {
      config: { permission: 'service.write' },
      schema: {
        tags: ['services'],
        summary:
          'Removes a service recorded by mistake (soft delete with a reason): kept in its history, gone from lists, timelines and totals',
        params: IdParams,
        body: RemoveServiceBody,
        response: {
          200: Service,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      try {
        await storeFor(request).remove(request.params.id, request.body.version, request.body.reason);
      } catch (error) {
        if (error instanceof ServiceConflict)
          throw await conflictError(request, request.params.id, ['removed'], error);
        throw error;
      }
      const service = await recorded(request, request.params.id);
      await audit(request, 'delete', 'service', service.id, ['removed', 'reason'], {
        personId: service.personId,
        caseId: service.caseId,
      });
      return service;
    },
  );

  app.get(
    '/services/:id/history',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['services'],
        summary: 'Every change of a service (who, when, which fields; the reason of a removal), newest first',
        params: IdParams,
        response: { 200: z.object({ items: z.array(ServiceChange) }), 404: ErrorResponse },
      },
    },
    async (request) => {
      const items = await storeFor(request).history(request.params.id);
      if (!items) throw AppError.notFound();
      await audit(request, 'list', 'service', request.params.id, ['history'], { count: items.length });
      return { items };
    },
  );
};
