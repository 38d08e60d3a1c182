import type { Kysely, Transaction, Updateable } from 'kysely';
import { nowIso } from './dialect.js';
import type { Database } from './schema.js';

/** Tables with optimistic concurrency: an `id`, a `version` and an `updated_at`. */
export type VersionedTable = {
  [T in keyof Database]: Database[T] extends { id: string; version: number; updated_at: string } ? T : never;
}[keyof Database];

/** A stale update: the record changed (or vanished) since the version the caller based its change on. */
export class ConflictError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly currentVersion: number | undefined,
  ) {
    super(`${table} ${id} is at version ${currentVersion ?? 'none'}, not ${expectedVersion}`);
    this.name = 'ConflictError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table} ${id} not found`);
    this.name = 'RecordNotFoundError';
  }
}

/**
 * Updates one record only if it is still at `expectedVersion`, bumping the version. A stale update changes
 * nothing and throws ConflictError with the current version; a missing record throws RecordNotFoundError.
 * Returns the new version.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  id: string,
  expectedVersion: number,
  changes: Omit<Updateable<Database[T]>, 'id' | 'version' | 'updated_at'>,
  clock?: () => Date,
): Promise<number> {
  const nextVersion = expectedVersion + 1;
  const values = { ...changes, version: nextVersion, updated_at: nowIso(clock) } as Updateable<Database[T]>;
  // Kysely cannot narrow a generic table name: the query runs against the shared shape of versioned tables.
  const rows = db as unknown as Kysely<{ versioned: { id: string; version: number; updated_at: string } }>;
  const name = table as unknown as 'versioned';
  const result = await rows
    .updateTable(name)
    .set(values as never)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return nextVersion;
  const current = await rows.selectFrom(name).select('version').where('id', '=', id).executeTakeFirst();
  if (!current) throw new RecordNotFoundError(table, id);
  throw new ConflictError(table, id, expectedVersion, current.version);
}
