import type { Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

/**
 * Help requests from the public app: what happened, how (and whether) to contact the person, and an offer sent
 * for a second look, all encrypted in the application. No column for an address, a user agent or any device
 * data exists. Spent proof-of-work challenges are remembered (by their random id only) until they expire, so
 * each is used once across every server instance.
 */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('help_requests')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('code', types.text, (c) => c.notNull().unique())
    .addColumn('status', types.text, (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(oneOf('status', ['open', 'handled'])),
    )
    .addColumn('lang', types.text, (c) =>
      c.notNull().check(oneOf('lang', ['sr-Latn', 'sr-Cyrl', 'en', 'uk'])),
    )
    .addColumn('narrative', types.text, (c) => c.notNull()) // ciphertext: what happened
    .addColumn('contact_way', types.text, (c) =>
      c.check(oneOf('contact_way', ['phone', 'sms', 'email', 'viber', 'whatsapp', 'signal', 'telegram'])),
    ) // null: anonymous
    .addColumn('contact_info', types.text) // ciphertext of {"value","safeTime"}
    .addColumn('offer', types.text) // ciphertext of {"text","indicatorIds"}
    .addColumn('handled_at', types.timestamp)
    .addColumn('handled_by', types.id)
    .addColumn('handled_note', types.text) // ciphertext
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('help_requests_newest')
    .on('help_requests')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('help_requests_status')
    .on('help_requests')
    .columns(['status', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('help_request_spent_challenges')
    .addColumn('id', types.text, (c) => c.primaryKey())
    .addColumn('expires_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('help_request_spent_challenges_expiry')
    .on('help_request_spent_challenges')
    .column('expires_at')
    .execute();
}
