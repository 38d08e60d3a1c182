import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';
import { auditQueryHash, recordAuditEvent } from '../audit/audit-log.js';
import { SEARCH_PROVIDERS, type SearchProvider } from './providers.js';

const resultSchemas = SEARCH_PROVIDERS.map((p) => p.schema);
const Result =
  resultSchemas.length > 1
    ? z.union(resultSchemas as unknown as [z.ZodTypeAny, z.ZodTypeAny, ...z.ZodTypeAny[]])
    : (resultSchemas[0] as z.ZodTypeAny);

/**
 * One search box for the console: every provider the user may use (persons; later cases), merged best first.
 * Scoped to the user; audited per provider with a keyed hash of the query, never its text.
 */
export const searchRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
  providers?: readonly SearchProvider[];
}> = async (app, { db, dialect, keyring, providers = SEARCH_PROVIDERS }) => {
  app.get(
    '/search',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['search'],
        summary:
          'Finds records by code, phone, e-mail, document or name (Cyrillic or Latin, any order, with or without diacritics), best first',
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(200),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
        response: { 200: z.object({ results: z.array(Result) }) },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const { q, limit } = request.query;
      const context = { db, dialect, keyring, access: staff.access };
      const allowed = providers.filter((p) => staff.access.can(p.permission));
      const answers = await Promise.all(allowed.map((p) => p.search(context, q, limit)));
      const queryHash = auditQueryHash(keyring, q);
      for (const [index, provider] of allowed.entries()) {
        await recordAuditEvent(db, dialect, {
          actor: { id: staff.user.id, role: staff.user.role },
          action: 'search',
          resourceType: provider.auditResource,
          resourceId: null,
          fields: provider.auditFields,
          requestId: request.id,
          outcome: 'success',
          details: { queryHash, results: answers[index]?.length ?? 0 },
        });
      }
      // Merged best first; equal scores keep the providers' order.
      const results = answers
        .flatMap((list, index) => list.map((result, rank) => ({ result, index, rank })))
        .sort((a, b) => b.result.score - a.result.score || a.index - b.index || a.rank - b.rank)
        .slice(0, limit)
        .map((r) => r.result);
      return { results };
    },
  );
};
