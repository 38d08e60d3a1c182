import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csrfTokenFor, staffOf } from '../../access/access-plugin.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import {
  clearedSessionCookie,
  findLiveSession,
  readSessionToken,
  revokeSession,
  sessionCookie,
  type SessionWithUser,
} from './session-store.js';
import { publicUser, type SignInDeps, SignInService, type RequestMeta } from './sign-in-service.js';

const LoginBody = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});
const NextStep = z.object({ next: z.enum(['totp', 'enroll']) });
const SecondFactorBody = z.union([
  z.strictObject({ code: z.string().min(1).max(20) }),
  z.strictObject({ recoveryCode: z.string().min(1).max(40) }),
]);
const StaffUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(['hotline', 'caseworker', 'supervisor', 'analyst', 'admin']),
  team: z.string().nullable(),
});
const SessionBody = z.object({ user: StaffUser, csrfToken: z.string() });

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { requestId: request.id, address: request.ip, userAgent: request.headers['user-agent'] };
}

/** Staff sign-in: password, then TOTP (or enrolment on the first sign-in), server-side sessions. */
export const authRoutes: FastifyPluginAsyncZod<SignInDeps> = async (app, deps) => {
  const service = new SignInService(deps);
  const { db, timeouts, keyring } = deps;

  const setSession = (reply: FastifyReply, token: string, seconds: number) =>
    reply.header('set-cookie', sessionCookie(token, seconds));

  const pendingSession = async (request: FastifyRequest): Promise<SessionWithUser> => {
    const token = readSessionToken(request.headers.cookie);
    const live = token ? await findLiveSession(db, token, timeouts, new Date()) : undefined;
    if (!live || live.session.stage === 'active') throw new AppError(401, 'auth.noPendingSignIn');
    return live;
  };

  app.post(
    '/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; the answer says which second step follows',
        body: LoginBody,
        response: { 200: NextStep, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      // A new sign-in always gets a new session id: whatever session the browser had ends here.
      const previous = readSessionToken(request.headers.cookie);
      if (previous) {
        const live = await findLiveSession(db, previous, timeouts, new Date());
        if (live) await revokeSession(db, live.session.id, 'newSignIn', new Date());
      }
      try {
        const result = await service.signIn(request.body.email, request.body.password, requestMeta(request));
        setSession(reply, result.token, 600);
        return { next: result.next };
      } catch (error) {
        if (error instanceof AppError && error.statusCode === 429) {
          const details = error.options.details as { retryAfterSeconds?: number } | undefined;
          if (details?.retryAfterSeconds) reply.header('retry-after', String(details.retryAfterSeconds));
        }
        throw error;
      }
    },
  );

  app.post(
    '/auth/totp',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Second step: a code from the authenticator app, or a recovery code',
        body: SecondFactorBody,
        response: { 200: SessionBody, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const pending = await pendingSession(request);
      const session = await service.verifySecondFactor(pending, request.body, requestMeta(request));
      setSession(reply, session.token, timeouts.absoluteHours * 3600);
      return { user: publicUser(pending.user), csrfToken: csrfTokenFor(keyring, session.token) };
    },
  );

  app.get(
    '/auth/enroll',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'First sign-in: the TOTP secret to add to an authenticator app, with its QR code (SVG)',
        response: {
          200: z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() }),
          401: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.startEnrolment(await pendingSession(request));
    },
  );

  app.post(
    '/auth/enroll',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary:
          'Confirms the authenticator app with its first code; returns ten single-use recovery codes once',
        body: z.strictObject({ code: z.string().min(1).max(20) }),
        response: {
          200: SessionBody.extend({ recoveryCodes: z.array(z.string()) }),
          400: ErrorResponse,
          401: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const pending = await pendingSession(request);
      const { session, recoveryCodes } = await service.confirmEnrolment(
        pending,
        request.body.code,
        requestMeta(request),
      );
      setSession(reply, session.token, timeouts.absoluteHours * 3600);
      return {
        user: publicUser(pending.user),
        csrfToken: csrfTokenFor(keyring, session.token),
        recoveryCodes,
      };
    },
  );

  app.get(
    '/auth/session',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in staff user and the CSRF token',
        response: { 200: SessionBody, 401: ErrorResponse },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      return { user: publicUser(staff.user), csrfToken: csrfTokenFor(keyring, staff.token) };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['auth'],
        summary: 'Ends the current session',
        response: { 204: z.null(), 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      await revokeSession(db, staff.session.id, 'signOut', new Date());
      await recordAuditEvent(db, deps.dialect, {
        actor: { id: staff.user.id, role: staff.user.role },
        action: 'signOut',
        resourceType: 'staffUser',
        resourceId: staff.user.id,
        requestId: request.id,
        outcome: 'success',
      });
      reply.header('set-cookie', clearedSessionCookie());
      return reply.code(204).send(null);
    },
  );
};
