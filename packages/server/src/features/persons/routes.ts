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
import { recordAuditEvent } from '../audit/audit-log.js';
import { PersonStore } from './person-store.js';

const Person = z.object({
  id: z.string(),
  code: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  phones: z.array(z.string()),
  identificationStatus: z.enum(['presumed', 'identified', 'notVictim', 'unknown']),
  team: z.string().nullable(),
  assignedTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});

const IDENTITY_FIELDS = ['givenName', 'familyName', 'phones'];

/** Persons: identity encrypted at rest, scoped to the user, every read audited. */
export const personRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
}> = async (app, { db, dialect, keyring }) => {
  const storeFor = (request: FastifyRequest) =>
    new PersonStore(db, dialect, keyring, staffOf(request).access);
  const audit = (
    request: FastifyRequest,
    action: 'create' | 'read' | 'list',
    resourceId: string | null,
    fields: string[],
    details = {},
  ) => {
    const { user } = staffOf(request);
    return recordAuditEvent(db, dialect, {
      actor: { id: user.id, role: user.role },
      action,
      resourceType: 'person',
      resourceId,
      fields,
      requestId: request.id,
      outcome: 'success',
      details,
    });
  };

  app.post(
    '/persons',
    {
      config: { permission: 'person.write' },
      schema: {
        tags: ['persons'],
        summary: 'Records a person; identity is encrypted, the answer carries the pseudonymous code',
        body: z.strictObject({
          givenName: z.string().trim().min(1).max(200),
          familyName: z.string().trim().min(1).max(200),
          phones: z.array(z.string().max(40)).max(10).optional(),
        }),
        response: {
          201: z.object({ id: z.string(), code: z.string(), version: z.number() }),
          400: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { valid, invalid } = PersonStore.normalizePhones(request.body.phones ?? []);
      if (invalid.length) {
        throw AppError.validation(
          invalid.map((index) => ({
            path: `phones.${index}`,
            code: 'invalidPhone',
            messageKey: 'errors.validation.invalidPhone',
          })),
        );
      }
      const created = await storeFor(request).create(request.body, valid);
      await audit(request, 'create', created.id, Object.keys(request.body));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/persons/:id',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['persons'],
        summary: 'One person (decrypted); outside your scope it is not found',
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 200: Person, 404: ErrorResponse },
      },
    },
    async (request) => {
      const person = await storeFor(request).get(request.params.id);
      if (!person) throw AppError.notFound();
      await audit(request, 'read', person.id, IDENTITY_FIELDS);
      return person;
    },
  );

  app.get(
    '/persons',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['persons'],
        summary: 'Persons within your scope, newest first',
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(100).default(25),
          cursor: z.string().max(200).optional(),
        }),
        response: { 200: z.object({ items: z.array(Person), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const page = await storeFor(request).list(request.query.limit, request.query.cursor);
      await audit(request, 'list', null, IDENTITY_FIELDS, { count: page.items.length });
      return page;
    },
  );
};
