import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DialectName } from '../../db/dialect.js';

const HealthBody = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});

/** `GET /healthz`: 200 when the database answers, 503 when it does not. Public, no personal data. */
export const healthRoutes: FastifyPluginAsyncZod<{
  ping: () => Promise<void>;
  dialect: DialectName;
  version: string;
}> = async (app, { ping, dialect, version }) => {
  app.get(
    '/healthz',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'Liveness and database reachability',
        response: { 200: HealthBody, 503: HealthBody },
      },
      logLevel: 'warn',
    },
    async (request, reply) => {
      try {
        await ping();
        return { status: 'ok' as const, database: dialect, version };
      } catch (error) {
        request.log.warn({ err: error }, 'database unreachable');
        return reply.code(503).send({ status: 'unavailable' as const, database: dialect, version });
      }
    },
  );
};
