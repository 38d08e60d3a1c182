import {
  Migrator,
  sql,
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
} from 'kysely';
import { columnTypes, type DialectName } from './dialect.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

/** Hands each migration the dialect, so one migration file serves SQLite and PostgreSQL. */
class ContextMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const ctx = { dialect: this.dialect, types: columnTypes(this.dialect) };
    const out: Record<string, Migration> = {};
    for (const [name, migration] of Object.entries(MIGRATIONS)) {
      out[name] = { up: (db: Kysely<unknown>) => migration.up(db, ctx) };
    }
    return out;
  }
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    super(`Migration ${migration ?? '(unknown)'} failed: ${(cause as Error)?.message ?? String(cause)}`, {
      cause,
    });
    this.name = 'MigrationError';
  }
}

export interface MigrationReport {
  applied: string[];
  pending: string[];
}

/**
 * The migrator. On PostgreSQL its bookkeeping tables are pinned to the connection's current schema: Kysely
 * otherwise looks for them in every schema of the database and can mistake another schema's for its own.
 */
export async function createMigrator(db: Kysely<Database>, dialect: DialectName): Promise<Migrator> {
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  return new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: new ContextMigrationProvider(dialect),
    migrationTableName: 'putokaz_migrations',
    migrationLockTableName: 'putokaz_migrations_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/** Applies every pending migration; returns the names applied now. */
export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<string[]> {
  const result: MigrationResultSet = await (await createMigrator(db, dialect)).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new MigrationError(failed?.migrationName, result.error);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrationStatus(db: Kysely<Database>, dialect: DialectName): Promise<MigrationReport> {
  const migrations = await (await createMigrator(db, dialect)).getMigrations();
  return {
    applied: migrations.filter((m) => m.executedAt).map((m) => m.name),
    pending: migrations.filter((m) => !m.executedAt).map((m) => m.name),
  };
}
