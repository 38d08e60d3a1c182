import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '@putokaz/core';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { ErrorResponse } from '../../http/schemas.js';
import { createFirstAdministrator, verifySetupToken } from './setup-service.js';

const Token = z.string().min(1).max(200);

const VerifyBody = z.strictObject({ token: Token });
const VerifyResponse = z.union([
  z.object({ valid: z.literal(true), expiresAt: z.string() }),
  z.object({ valid: z.literal(false) }),
]);

const SetupBody = z.strictObject({
  token: Token,
  displayName: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  // Length rules with their own localized messages are checked by the password policy.
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
});

const SetupResponse = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string(), role: z.literal('admin') }),
});

/** The single-use setup link that creates the first administrator (docs/security.md). */
export const setupRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  dialect: DialectName;
  organisationName: string;
}> = async (app, { db, dialect, organisationName }) => {
  app.post(
    '/setup/verify',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['setup'],
        summary: 'Tells whether a setup token can still create the first administrator',
        body: VerifyBody,
        response: { 200: VerifyResponse, 400: ErrorResponse },
      },
    },
    async (request) => verifySetupToken(db, request.body.token),
  );

  app.post(
    '/setup',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['setup'],
        summary: 'Creates the first administrator with a single-use setup token',
        body: SetupBody,
        response: { 201: SetupResponse, 400: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const user = await createFirstAdministrator(db, dialect, request.body, { organisationName });
      request.log.info({ staffUserId: user.id }, 'first administrator created');
      return reply.code(201).send({
        user: { id: user.id, email: user.email, displayName: user.displayName, role: 'admin' as const },
      });
    },
  );
};
