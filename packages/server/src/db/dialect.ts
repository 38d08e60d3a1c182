/**
 * Every difference between SQLite and PostgreSQL that features may meet lives here, and nowhere else:
 * column types in migrations, JSON, booleans, timestamps, case-insensitive matching, locks, error codes.
 * Features write one Kysely query for both dialects and call these helpers where the two differ.
 */
import {
  sql,
  type ColumnDataType,
  type Expression,
  type Kysely,
  type RawBuilder,
  type Transaction,
} from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Column types for migrations. IDs are text on both (generated in TypeScript). */
export function columnTypes(dialect: DialectName) {
  const pg = dialect === 'postgres';
  return {
    id: 'text' as ColumnDataType,
    text: 'text' as ColumnDataType,
    integer: 'integer' as ColumnDataType,
    /** 64-bit counters; read back as numbers (pg's int8 parser is set in connection.ts). */
    bigint: 'bigint' as ColumnDataType,
    /** UTC instants: ISO-8601 text on SQLite, timestamptz on PostgreSQL; always ISO strings in TypeScript. */
    timestamp: (pg ? 'timestamptz' : 'text') as ColumnDataType,
    /** Calendar dates (YYYY-MM-DD). */
    date: (pg ? 'date' : 'text') as ColumnDataType,
    /** JSON documents: jsonb on PostgreSQL, text holding JSON on SQLite. */
    json: (pg ? 'jsonb' : 'text') as ColumnDataType,
    /** Booleans: boolean on PostgreSQL, 0/1 integer on SQLite. Prefer nullable timestamps where they say more. */
    boolean: (pg ? 'boolean' : 'integer') as ColumnDataType,
    /** Binary values (ciphertexts of attachments). */
    bytes: (pg ? 'bytea' : 'blob') as ColumnDataType,
  };
}

/** The current instant as the ISO string every timestamp column holds. */
export function nowIso(clock: () => Date = () => new Date()): string {
  return clock().toISOString();
}

/** Values for JSON columns: always written as a JSON string (pg would turn JS arrays into SQL arrays). */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Reads a JSON column: PostgreSQL's jsonb arrives parsed, SQLite's text does not. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function toBool(dialect: DialectName, value: boolean): boolean | number {
  return dialect === 'postgres' ? value : value ? 1 : 0;
}

export function fromBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/** Escapes `%`, `_` and the escape character itself for a LIKE pattern with `ESCAPE '\'`. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `column LIKE pattern` matching a prefix, on columns that hold text already folded in TypeScript
 * (lowercase ASCII search keys). Both engines compare such keys the same way; neither folds Unicode reliably.
 */
export function startsWith(column: Expression<string | null>, prefix: string): RawBuilder<boolean> {
  return sql<boolean>`${column} like ${`${escapeLike(prefix)}%`} escape '\\'`;
}

/** True when a driver error is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True when a driver error means the database cannot be reached (used by /healthz). */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ENOTFOUND',
      'ETIMEDOUT',
      '57P01',
      '57P03',
      '08006',
      '08001',
      '08003',
    ].includes(code)
  );
}

/**
 * Serializes a critical section across processes inside a transaction: a transaction-scoped advisory lock on
 * PostgreSQL; on SQLite the write lock taken by the first write already serializes writers, so this only
 * upgrades the transaction to a writer at once (a no-op write) to avoid lock-upgrade deadlocks.
 */
export async function lockForUpdate<DB>(
  trx: Transaction<DB> | Kysely<DB>,
  dialect: DialectName,
  name: string,
): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
  } else {
    await sql`insert into putokaz_locks (name, taken) values (${name}, 1)
      on conflict (name) do update set taken = putokaz_locks.taken + 1`.execute(trx);
  }
}
