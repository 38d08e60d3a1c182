import { sql, type Expression, type SqlBool } from 'kysely';
import type { columnTypes, DialectName } from '../dialect.js';

/** What every migration receives besides the database: the dialect and its column types. */
export interface MigrationContext {
  dialect: DialectName;
  types: ReturnType<typeof columnTypes>;
}

/** A CHECK constraint limiting a text column to a fixed set of values (portable). */
export function oneOf(column: string, values: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
