import type { Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

/**
 * Persons, with identity fields encrypted in the application and keyed blind indexes for exact lookups, and
 * the yearly counters behind pseudonymous reference codes (P-2026-0042).
 */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('counters')
    .addColumn('name', types.text, (c) => c.primaryKey())
    .addColumn('value', types.bigint, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('persons')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('code', types.text, (c) => c.notNull().unique())
    .addColumn('given_name', types.text) // ciphertext
    .addColumn('family_name', types.text) // ciphertext
    .addColumn('phones', types.text) // ciphertext of a JSON array of E.164 numbers
    .addColumn('identification_status', types.text, (c) =>
      c
        .notNull()
        .defaultTo('unknown')
        .check(oneOf('identification_status', ['presumed', 'identified', 'notVictim', 'unknown'])),
    )
    .addColumn('team', types.text)
    .addColumn('assigned_to', types.id)
    .addColumn('created_by', types.id, (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('persons_team').on('persons').columns(['team', 'created_at']).execute();
  await db.schema
    .createIndex('persons_assigned')
    .on('persons')
    .columns(['assigned_to', 'created_at'])
    .execute();

  await db.schema
    .createTable('person_identifiers')
    .addColumn('person_id', types.id, (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('kind', types.text, (c) =>
      c.notNull().check(oneOf('kind', ['name', 'phone', 'email', 'document'])),
    )
    .addColumn('hash', types.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('person_identifiers_pk', ['person_id', 'kind', 'hash'])
    .execute();
  await db.schema
    .createIndex('person_identifiers_lookup')
    .on('person_identifiers')
    .columns(['kind', 'hash'])
    .execute();
}
