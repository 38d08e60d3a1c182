import type { Kysely } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import type { Database, StaffUserTable } from '../../db/schema.js';

/** The roles that hold persons and cases as their assigned worker (the same as a case's assignee). */
export const ASSIGNABLE_ROLES = [
  'caseworker',
  'supervisor',
] as const satisfies readonly StaffUserTable['role'][];

export interface AssignableStaff {
  id: string;
  name: string;
  team: string | null;
  role: (typeof ASSIGNABLE_ROLES)[number];
}

/**
 * The teams whose staff the caller may list (`staff.assignable`): every team with scope `all` (administrators),
 * otherwise only the caller's own team (a user without a team sees only themselves).
 */
export function assignableScope(
  access: AccessContext,
): { kind: 'all' } | { kind: 'team'; team: string | null } {
  return access.scope('staff.assignable') === 'all' ? { kind: 'all' } : { kind: 'team', team: access.team };
}

/**
 * Active staff who may be assigned persons and cases, within the caller's scope, optionally of one team,
 * sorted by team and name. A team outside the caller's scope gives `undefined` (the route answers 403).
 */
export async function listAssignable(
  db: Kysely<Database>,
  access: AccessContext,
  team: string | undefined,
): Promise<AssignableStaff[] | undefined> {
  const scope = assignableScope(access);
  if (scope.kind === 'team' && team !== undefined && team !== scope.team) return undefined;
  let query = db
    .selectFrom('staff_users')
    .select(['id', 'display_name', 'team', 'role'])
    .where('status', '=', 'active')
    .where('role', 'in', [...ASSIGNABLE_ROLES]);
  if (scope.kind === 'team') {
    query =
      scope.team === null ? query.where('id', '=', access.userId) : query.where('team', '=', scope.team);
  } else if (team !== undefined) {
    query = query.where('team', '=', team);
  }
  const rows = await query.orderBy('team').orderBy('display_name').orderBy('id').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.display_name,
    team: r.team,
    role: r.role as AssignableStaff['role'],
  }));
}

/**
 * Why a staff user cannot be a person's assigned worker, or undefined when they can: they must exist, be
 * active, hold an assignable role, and be of the person's team or of the caller's own team.
 */
export async function assigneeProblem(
  db: Kysely<Database>,
  assignedTo: string,
  teams: readonly (string | null)[],
): Promise<'unknownUser' | 'notAssignable' | undefined> {
  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'role', 'team', 'status'])
    .where('id', '=', assignedTo)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return 'unknownUser';
  if (!(ASSIGNABLE_ROLES as readonly string[]).includes(user.role)) return 'notAssignable';
  if (!teams.includes(user.team)) return 'notAssignable';
  return undefined;
}
