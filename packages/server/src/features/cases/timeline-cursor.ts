import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * A position in a person's timeline. Entries are ordered newest first by `at`, then by `kind` (descending),
 * then by `id` (descending): a total order over entries of every source, so each source can be paged on its
 * own and the pages merged.
 */
export interface TimelineCursor {
  at: string;
  kind: string;
  id: string;
}

/** Sorts entries in timeline order (newest first; ties by kind, then id, both descending). */
export function compareTimeline(a: TimelineCursor, b: TimelineCursor): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.kind !== b.kind) return a.kind < b.kind ? 1 : -1;
  if (a.id !== b.id) return a.id < b.id ? 1 : -1;
  return 0;
}

/**
 * The SQL condition for the entries of one source (`kind`) that come after `cursor` in timeline order, on
 * that source's time and id columns.
 */
export function afterCursor(
  kind: string,
  cursor: TimelineCursor,
  atColumn: string,
  idColumn: string,
): RawBuilder<SqlBool> {
  const at = sql.ref(atColumn);
  if (kind < cursor.kind) return sql<SqlBool>`${at} <= ${cursor.at}`;
  if (kind > cursor.kind) return sql<SqlBool>`${at} < ${cursor.at}`;
  return sql<SqlBool>`(${at} < ${cursor.at} or (${at} = ${cursor.at} and ${sql.ref(idColumn)} < ${cursor.id}))`;
}
