import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AuditViewerScope } from '../features/audit/routes.js';
import type { AccessContext } from './access-context.js';

/**
 * Which audit events a viewer may see: with `audit.read` scope `all` (administrators) every event; with scope
 * `team` (supervisors) the events whose actor is in the supervisor's team; `own` only the viewer's own events.
 */
export async function auditViewerScope(
  db: Kysely<Database>,
  access: AccessContext,
): Promise<AuditViewerScope> {
  const scope = access.scope('audit.read');
  if (scope === 'all') return { kind: 'all' };
  if (scope === 'own' || access.team === null) return { kind: 'actors', actorIds: [access.userId] };
  const members = await db.selectFrom('staff_users').select('id').where('team', '=', access.team).execute();
  return { kind: 'actors', actorIds: members.map((m) => m.id) };
}
