import { ROLES } from '@putokaz/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import { isUniqueViolation, type DialectName } from '../../db/dialect.js';
import type { Database, StaffUserTable } from '../../db/schema.js';
import { updateVersioned } from '../../db/versioned.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import type { Keyring } from '../../security/keyring.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { revokeSessionsOfUser } from '../auth/session-store.js';
import { accountThrottleKey } from '../auth/sign-in-service.js';
import { clearThrottle, isLocked } from '../auth/throttle.js';
import { checkPassword } from '../staff/password-policy.js';
import { hashPassword } from '../staff/passwords.js';
import { insertStaffUser } from '../staff/queries.js';
import { consumeInvitation, createInvitation, findUsableInvitation } from './invitations.js';

const Role = z.enum(ROLES);
const Team = z.string().trim().min(1).max(80).nullable();
const UserItem = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  team: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  secondFactor: z.boolean(),
  locked: z.boolean(),
  lastSignInAt: z.string().nullable(),
  version: z.number(),
});

/** An account that has not chosen a password yet: no password verifies against it. */
const NO_PASSWORD = '!invited';

async function present(db: Kysely<Database>, keyring: Keyring, user: StaffUserTable) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    team: user.team,
    status: user.status,
    secondFactor: user.totp_enrolled_at !== null,
    locked: await isLocked(db, accountThrottleKey(keyring, user.email), new Date()),
    lastSignInAt: user.last_sign_in_at,
    version: user.version,
  };
}

/** User management for administrators, and the public side of invitation links. */
export const userRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
  organisationName: string;
}> = async (app, { db, dialect, keyring, organisationName }) => {
  const audit = (
    request: { id: string },
    actor: { id: string; role: string },
    action: string,
    resourceId: string,
    fields: string[] = [],
  ) =>
    recordAuditEvent(db, dialect, {
      actor,
      action: action as never,
      resourceType: 'staffUser',
      resourceId,
      fields,
      requestId: request.id,
      outcome: 'success',
    });

  app.get(
    '/users',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'All staff accounts',
        response: { 200: z.object({ items: z.array(UserItem) }) },
      },
    },
    async () => {
      const rows = await db.selectFrom('staff_users').selectAll().orderBy('display_name').execute();
      return { items: await Promise.all(rows.map((r) => present(db, keyring, r))) };
    },
  );

  app.post(
    '/users',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Creates a staff account and a one-time invitation link to choose a password',
        body: z.strictObject({
          email: z.email().max(254),
          displayName: z.string().trim().min(1).max(200),
          role: Role,
          team: Team.optional(),
        }),
        response: {
          201: z.object({ user: UserItem, invitationPath: z.string() }),
          400: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      const now = new Date();
      try {
        const result = await db.transaction().execute(async (trx) => {
          const user = await insertStaffUser(trx, { ...request.body, passwordHash: NO_PASSWORD });
          const invitation = await createInvitation(trx, user.id, staff.user.id, now);
          return { user, invitation };
        });
        await audit(request, staff.user, 'create', result.user.id, ['email', 'displayName', 'role', 'team']);
        const row = await db
          .selectFrom('staff_users')
          .selectAll()
          .where('id', '=', result.user.id)
          .executeTakeFirstOrThrow();
        return reply
          .code(201)
          .send({ user: await present(db, keyring, row), invitationPath: result.invitation.path });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw AppError.validation([
            { path: 'email', code: 'emailTaken', messageKey: 'errors.users.emailTaken' },
          ]);
        }
        throw error;
      }
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary:
          'Changes role, team, name or status (disabling ends every session); needs the version it is based on',
        params: z.strictObject({ id: z.string().max(64) }),
        body: z.strictObject({
          version: z.number().int().positive(),
          role: Role.optional(),
          team: Team.optional(),
          displayName: z.string().trim().min(1).max(200).optional(),
          status: z.enum(['active', 'disabled']).optional(),
        }),
        response: {
          200: z.object({ user: UserItem }),
          400: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const { version, role, team, displayName, status } = request.body;
      if (request.params.id === staff.user.id && (role !== undefined || status === 'disabled')) {
        throw new AppError(400, 'users.selfChange');
      }
      const changes = {
        ...(role === undefined ? {} : { role }),
        ...(team === undefined ? {} : { team }),
        ...(displayName === undefined ? {} : { display_name: displayName }),
        ...(status === undefined ? {} : { status }),
      };
      await updateVersioned(db, 'staff_users', request.params.id, version, changes);
      if (status === 'disabled')
        await revokeSessionsOfUser(db, request.params.id, 'accountDisabled', new Date());
      const fields = Object.keys(request.body).filter((k) => k !== 'version');
      await audit(
        request,
        staff.user,
        role !== undefined ? 'permissionChange' : 'update',
        request.params.id,
        fields,
      );
      const row = await db
        .selectFrom('staff_users')
        .selectAll()
        .where('id', '=', request.params.id)
        .executeTakeFirstOrThrow();
      return { user: await present(db, keyring, row) };
    },
  );

  app.post(
    '/users/:id/unlock',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Lifts a sign-in lock of an account',
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 200: z.object({ user: UserItem }), 404: ErrorResponse },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const row = await db
        .selectFrom('staff_users')
        .selectAll()
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row) throw AppError.notFound();
      await clearThrottle(db, accountThrottleKey(keyring, row.email));
      await audit(request, staff.user, 'unlock', row.id);
      return { user: await present(db, keyring, row) };
    },
  );

  app.post(
    '/users/:id/invitation',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'A new one-time invitation link (password reset by an administrator)',
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 201: z.object({ invitationPath: z.string() }), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      const row = await db
        .selectFrom('staff_users')
        .select(['id'])
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row) throw AppError.notFound();
      const invitation = await createInvitation(db, row.id, staff.user.id, new Date());
      await audit(request, staff.user, 'invite', row.id);
      return reply.code(201).send({ invitationPath: invitation.path });
    },
  );

  app.post(
    '/invitations/verify',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['users'],
        summary: 'Tells whether an invitation link can still be used',
        body: z.strictObject({ token: z.string().min(1).max(200) }),
        response: {
          200: z.union([
            z.object({ valid: z.literal(true), displayName: z.string(), expiresAt: z.string() }),
            z.object({ valid: z.literal(false) }),
          ]),
        },
      },
    },
    async (request) => {
      const invitation = await findUsableInvitation(db, request.body.token, new Date());
      return invitation
        ? { valid: true as const, displayName: invitation.displayName, expiresAt: invitation.expiresAt }
        : { valid: false as const };
    },
  );

  app.post(
    '/invitations/accept',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['users'],
        summary:
          'Chooses the password of an invited account; the second factor is set up at the first sign-in',
        body: z.strictObject({ token: z.string().min(1).max(200), password: z.string().max(1024) }),
        response: { 204: z.null(), 400: ErrorResponse },
      },
    },
    async (request, reply) => {
      const now = new Date();
      const invitation = await findUsableInvitation(db, request.body.token, now);
      if (!invitation) throw new AppError(400, 'invitation.invalidToken');
      const problem = checkPassword(request.body.password, { organisationName, email: invitation.email });
      if (problem) throw AppError.validation([problem]);
      const passwordHash = await hashPassword(request.body.password);
      await db.transaction().execute(async (trx) => {
        if (!(await consumeInvitation(trx, invitation.id, now)))
          throw new AppError(400, 'invitation.invalidToken');
        // A reset also resets the second factor: the person enrols again at the next sign-in.
        await trx
          .updateTable('staff_users')
          .set({
            password_hash: passwordHash,
            password_changed_at: now.toISOString(),
            totp_secret: null,
            totp_last_step: null,
            totp_enrolled_at: null,
          })
          .where('id', '=', invitation.staffUserId)
          .execute();
        await trx
          .deleteFrom('staff_recovery_codes')
          .where('staff_user_id', '=', invitation.staffUserId)
          .execute();
        await revokeSessionsOfUser(trx, invitation.staffUserId, 'invitationAccepted', now);
      });
      await recordAuditEvent(db, dialect, {
        actor: { id: invitation.staffUserId, role: 'unknown' },
        action: 'update',
        resourceType: 'staffUser',
        resourceId: invitation.staffUserId,
        fields: ['password', 'secondFactor'],
        requestId: request.id,
        outcome: 'success',
      });
      return reply.code(204).send(null);
    },
  );
};
