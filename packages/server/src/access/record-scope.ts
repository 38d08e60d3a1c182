import type { Permission } from '@putokaz/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { AccessContext } from './access-context.js';

/** Which columns say who a record belongs to. */
export interface ScopeColumns {
  team: string;
  /** Columns holding staff user ids that make a record "own" (assigned worker, creator). */
  owners: readonly string[];
}

/**
 * The SQL condition for the records a permission reaches for this user: `own` (a user id column matches),
 * `team` (the record's team is the user's team, or own), `all`. Queries add it to their WHERE, so rows outside
 * the scope are never loaded; a record outside the scope is answered exactly like a missing one (404).
 */
export function inScope(
  access: AccessContext,
  permission: Permission,
  columns: ScopeColumns,
): RawBuilder<SqlBool> {
  const scope = access.scope(permission);
  if (scope === 'all') return sql<SqlBool>`1 = 1`;
  const own = sql.join(
    columns.owners.map((column) => sql`${sql.ref(column)} = ${access.userId}`),
    sql` or `,
  );
  if (scope === 'own' || access.team === null) return sql<SqlBool>`(${own})`;
  return sql<SqlBool>`(${sql.ref(columns.team)} = ${access.team} or ${own})`;
}
