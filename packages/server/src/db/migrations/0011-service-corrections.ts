import { sql, type Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

/**
 * Services can be corrected and removed. `services` gains the soft-delete columns (`removed_at`, `removed_by`,
 * `removal_reason`: a ciphertext, the reason may name someone); a removed service stays for the history but
 * is gone from lists, timelines and totals. `service_changes` keeps every change of a service: the version
 * after it, the kind (`create`, `update`, `remove`), the names of the fields changed (never values), the actor
 * and the time. Existing services get their `create` entry from their own columns.
 */
export async function up(db: Kysely<unknown>, { dialect, types }: MigrationContext): Promise<void> {
  await db.schema.alterTable('services').addColumn('removed_at', types.timestamp).execute();
  await db.schema.alterTable('services').addColumn('removed_by', types.id).execute();
  await db.schema.alterTable('services').addColumn('removal_reason', types.text).execute(); // ciphertext
  await db.schema
    .createTable('service_changes')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('service_id', types.id, (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('version', types.integer, (c) => c.notNull())
    .addColumn('kind', types.text, (c) => c.notNull().check(oneOf('kind', ['create', 'update', 'remove'])))
    .addColumn('fields', types.json, (c) => c.notNull()) // JSON array of field names, never values
    .addColumn('actor_id', types.id, (c) => c.notNull())
    .addColumn('occurred_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_changes_service')
    .on('service_changes')
    .columns(['service_id', 'version', 'id'])
    .execute();
  const noFields = dialect === 'postgres' ? sql`'[]'::jsonb` : sql`'[]'`;
  await sql`insert into service_changes (id, service_id, version, kind, fields, actor_id, occurred_at)
    select 'created-' || id, id, version, 'create', ${noFields}, created_by, created_at from services`.execute(
    db,
  );
}
