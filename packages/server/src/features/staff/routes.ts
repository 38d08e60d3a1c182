import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { ASSIGNABLE_ROLES, listAssignable } from './assignable.js';

const AssignableQuery = z.strictObject({ team: z.string().trim().min(1).max(100).optional() });

/**
 * `GET /staff/assignable` (permission `staff.assignable`): the active case workers and supervisors a person or a
 * case may be assigned to, for the console's pickers. Scope `team` (hotline, case workers, supervisors) lists
 * the caller's team; scope `all` (administrators) every team, or the one asked for. Asking for a team outside
 * the scope is refused (403) and audited like the access gate's refusals.
 */
export const staffRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; dialect: DialectName }> = async (
  app,
  { db, dialect },
) => {
  app.get(
    '/staff/assignable',
    {
      config: { permission: 'staff.assignable' },
      schema: {
        tags: ['staff'],
        summary:
          'Active staff who may be assigned persons and cases: your team (supervisors, case workers) or every team (administrators)',
        querystring: AssignableQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                team: z.string().nullable(),
                role: z.enum(ASSIGNABLE_ROLES),
              }),
            ),
          }),
          400: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { user, access } = staffOf(request);
      const team = request.query.team;
      const items = await listAssignable(db, access, team);
      if (!items) {
        await recordAuditEvent(db, dialect, {
          actor: { id: user.id, role: user.role },
          action: 'accessDenied',
          resourceType: 'route',
          resourceId: 'GET /api/v1/staff/assignable',
          requestId: request.id,
          outcome: 'denied',
          details: { team: team ?? null },
        });
        throw AppError.forbidden();
      }
      await recordAuditEvent(db, dialect, {
        actor: { id: user.id, role: user.role },
        action: 'list',
        resourceType: 'staffUser',
        resourceId: null,
        fields: ['displayName', 'team', 'role'],
        requestId: request.id,
        outcome: 'success',
        details: { team: team ?? null, count: items.length },
      });
      return { items };
    },
  );
};
