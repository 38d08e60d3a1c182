import type { Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

/** Staff accounts (the first administrator is created through a single-use setup token) and lock rows. */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('staff_users')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('email', types.text, (c) => c.notNull().unique())
    .addColumn('display_name', types.text, (c) => c.notNull())
    .addColumn('role', types.text, (c) =>
      c.notNull().check(oneOf('role', ['hotline', 'caseworker', 'supervisor', 'analyst', 'admin'])),
    )
    .addColumn('team', types.text)
    .addColumn('status', types.text, (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(oneOf('status', ['active', 'disabled'])),
    )
    .addColumn('password_hash', types.text, (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('setup_tokens')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('token_hash', types.text, (c) => c.notNull().unique())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('expires_at', types.timestamp, (c) => c.notNull())
    .addColumn('used_at', types.timestamp)
    .execute();

  await db.schema
    .createTable('putokaz_locks')
    .addColumn('name', types.text, (c) => c.primaryKey())
    .addColumn('taken', types.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
}
