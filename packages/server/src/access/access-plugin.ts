import { isPermission } from '@putokaz/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { DialectName } from '../db/dialect.js';
import type { Database, StaffSessionTable, StaffUserTable } from '../db/schema.js';
import { recordAuditEvent } from '../features/audit/audit-log.js';
import {
  findLiveSession,
  readSessionToken,
  touchSession,
  type SessionTimeouts,
} from '../features/auth/session-store.js';
import { sendError } from '../http/error-handler.js';
import type { Keyring } from '../security/keyring.js';
import { accessContextFor, type AccessContext } from './access-context.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff user, set for every route that declares a permission. */
    staff: { user: StaffUserTable; session: StaffSessionTable; access: AccessContext; token: string } | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF token of a session: derived from the session token with a keyed hash, so nothing extra is stored. */
export function csrfTokenFor(keyring: Keyring, sessionToken: string): string {
  return keyring.blindIndex('session.csrf', sessionToken);
}

/** The signed-in staff user of a request that has passed the access check. */
export function staffOf(request: FastifyRequest): NonNullable<FastifyRequest['staff']> {
  if (!request.staff) throw new Error(`route ${request.routeOptions.url} used staffOf without a permission`);
  return request.staff;
}

/**
 * The one authorization gate. Every route declares `config.permission`: `public`, or a permission from the
 * catalogue. For the latter the request needs a live, fully signed-in session (401 otherwise), a matching
 * `x-csrf-token` on state-changing methods (403), and a role that holds the permission (403, audited).
 * A route without a declaration is refused outright (and a test fails on it first).
 */
export const accessPlugin = fp(
  async (
    app: FastifyInstance,
    options: { db: Kysely<Database>; dialect: DialectName; keyring: Keyring; timeouts: SessionTimeouts },
  ) => {
    app.decorateRequest('staff', null);
    app.addHook('onRequest', async (request, reply) => {
      const permission = request.routeOptions.config?.permission;
      if (permission === 'public') return;
      if (permission === undefined || !isPermission(permission)) {
        // Not a declared route (404 handler, static files) or a mistake in a declaration.
        if (request.routeOptions.url === undefined || !request.url.startsWith('/api/')) return;
        request.log.error({ route: request.routeOptions.url }, 'route has no valid permission declaration');
        return sendError(request, reply, 403, 'forbidden');
      }
      const token = readSessionToken(request.headers.cookie);
      const now = new Date();
      const live = token ? await findLiveSession(options.db, token, options.timeouts, now) : undefined;
      if (!token || !live || live.session.stage !== 'active')
        return sendError(request, reply, 401, 'unauthorized');
      if (
        !SAFE_METHODS.has(request.method) &&
        request.headers['x-csrf-token'] !== csrfTokenFor(options.keyring, token)
      ) {
        return sendError(request, reply, 403, 'csrf');
      }
      const access = accessContextFor(live.user);
      if (!access.can(permission)) {
        await recordAuditEvent(options.db, options.dialect, {
          actor: { id: live.user.id, role: live.user.role },
          action: 'accessDenied',
          resourceType: 'route',
          resourceId: `${request.method} ${request.routeOptions.url}`,
          requestId: request.id,
          outcome: 'denied',
          details: { permission },
        });
        return sendError(request, reply, 403, 'forbidden');
      }
      await touchSession(options.db, live.session, now);
      request.staff = { ...live, access, token };
    });
  },
  { name: 'putokaz-access', dependencies: ['putokaz-locale'] },
);
