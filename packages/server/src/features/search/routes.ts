import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';
import { auditQueryHash, recordAuditEvent } from '../audit/audit-log.js';
import { PersonStore } from '../persons/person-store.js';

const Result = z.object({
  type: z.literal('person'),
  id: z.string(),
  code: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  score: z.number(),
});

/**
 * One search box for the console: persons by reference code, phone or name, across scripts and spellings.
 * Scoped to the user; audited with a keyed hash of the query, never its text.
 */
export const searchRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
}> = async (app, { db, dialect, keyring }) => {
  app.get(
    '/search',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['search'],
        summary:
          'Finds persons by code, phone or name (Cyrillic or Latin, any order, with or without diacritics), best first',
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(200),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
        response: { 200: z.object({ results: z.array(Result) }) },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const found = await new PersonStore(db, dialect, keyring, staff.access).search(
        request.query.q,
        request.query.limit,
      );
      await recordAuditEvent(db, dialect, {
        actor: { id: staff.user.id, role: staff.user.role },
        action: 'search',
        resourceType: 'person',
        resourceId: null,
        fields: ['givenName', 'familyName', 'phones'],
        requestId: request.id,
        outcome: 'success',
        details: { queryHash: auditQueryHash(keyring, request.query.q), results: found.length },
      });
      return {
        results: found.map(({ person, score }) => ({
          type: 'person' as const,
          id: person.id,
          code: person.code,
          givenName: person.givenName,
          familyName: person.familyName,
          score: Math.round(score * 1000) / 1000,
        })),
      };
    },
  );
};
