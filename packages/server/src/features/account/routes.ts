import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { remainingRecoveryCodes } from '../auth/recovery-codes.js';
import { revokeSession, revokeSessionsOfUser } from '../auth/session-store.js';
import { checkPassword } from '../staff/password-policy.js';
import { hashPassword, verifyPassword } from '../staff/passwords.js';

const SessionItem = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

/** A staff user's own account: password change, sessions (list and revoke), recovery codes left. */
export const accountRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  dialect: DialectName;
  organisationName: string;
}> = async (app, { db, dialect, organisationName }) => {
  app.get(
    '/account',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['account'],
        summary: 'Own account: sessions and how many recovery codes are left',
        response: { 200: z.object({ sessions: z.array(SessionItem), recoveryCodesLeft: z.number() }) },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const rows = await db
        .selectFrom('staff_sessions')
        .selectAll()
        .where('staff_user_id', '=', staff.user.id)
        .where('stage', '=', 'active')
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', new Date().toISOString())
        .orderBy('last_seen_at', 'desc')
        .execute();
      return {
        sessions: rows.map((r) => ({
          id: r.id,
          createdAt: r.created_at,
          lastSeenAt: r.last_seen_at,
          expiresAt: r.expires_at,
          userAgent: r.user_agent,
          current: r.id === staff.session.id,
        })),
        recoveryCodesLeft: await remainingRecoveryCodes(db, staff.user.id),
      };
    },
  );

  app.delete(
    '/account/sessions/:id',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['account'],
        summary: 'Ends one of your own sessions (for example on a lost device)',
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 204: z.null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      const session = await db
        .selectFrom('staff_sessions')
        .select(['id'])
        .where('id', '=', request.params.id)
        .where('staff_user_id', '=', staff.user.id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!session) throw AppError.notFound();
      await revokeSession(db, session.id, 'revokedByOwner', new Date());
      await recordAuditEvent(db, dialect, {
        actor: { id: staff.user.id, role: staff.user.role },
        action: 'revokeSession',
        resourceType: 'staffSession',
        resourceId: session.id,
        requestId: request.id,
        outcome: 'success',
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/account/password',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['account'],
        summary: 'Changes your password; your other sessions end',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(1024),
          newPassword: z.string().max(1024),
        }),
        response: { 204: z.null(), 400: ErrorResponse },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      if (!(await verifyPassword(staff.user.password_hash, request.body.currentPassword))) {
        throw AppError.validation([
          { path: 'currentPassword', code: 'wrongCurrent', messageKey: 'errors.password.wrongCurrent' },
        ]);
      }
      const problem = checkPassword(request.body.newPassword, {
        organisationName,
        email: staff.user.email,
        field: 'newPassword',
      });
      if (problem) throw AppError.validation([problem]);
      const now = new Date();
      await db
        .updateTable('staff_users')
        .set({
          password_hash: await hashPassword(request.body.newPassword),
          password_changed_at: now.toISOString(),
        })
        .where('id', '=', staff.user.id)
        .execute();
      await revokeSessionsOfUser(db, staff.user.id, 'passwordChanged', now, staff.session.id);
      await recordAuditEvent(db, dialect, {
        actor: { id: staff.user.id, role: staff.user.role },
        action: 'update',
        resourceType: 'staffUser',
        resourceId: staff.user.id,
        fields: ['password'],
        requestId: request.id,
        outcome: 'success',
      });
      return reply.code(204).send(null);
    },
  );
};
