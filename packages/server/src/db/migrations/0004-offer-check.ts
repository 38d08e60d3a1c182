import type { Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

const RISKS = ['low', 'medium', 'high'];
const LANGS = ['sr-Latn', 'sr-Cyrl', 'en', 'uk'];

/**
 * The public job-offer check: anonymous daily counters (no text, no address, no time of day), and the list of
 * reported contacts that the public app queries by hash prefix (the value itself is encrypted in the
 * application, for the console).
 */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('offer_check_daily')
    .addColumn('day', types.date, (c) => c.notNull())
    .addColumn('lang', types.text, (c) => c.notNull().check(oneOf('lang', LANGS)))
    .addColumn('risk', types.text, (c) => c.notNull().check(oneOf('risk', RISKS)))
    .addColumn('count', types.bigint, (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('offer_check_daily_pk', ['day', 'lang', 'risk'])
    .execute();

  await db.schema
    .createTable('offer_check_indicator_daily')
    .addColumn('day', types.date, (c) => c.notNull())
    .addColumn('lang', types.text, (c) => c.notNull().check(oneOf('lang', LANGS)))
    .addColumn('indicator_id', types.text, (c) => c.notNull())
    .addColumn('count', types.bigint, (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('offer_check_indicator_daily_pk', ['day', 'lang', 'indicator_id'])
    .execute();

  await db.schema
    .createTable('reported_contacts')
    .addColumn('hash', types.text, (c) => c.primaryKey()) // SHA-256 hex of "<kind>:<normalized>"
    .addColumn('kind', types.text, (c) => c.notNull().check(oneOf('kind', ['phone', 'email', 'domain'])))
    .addColumn('value', types.text, (c) => c.notNull()) // ciphertext of the normalized value
    .addColumn('note', types.text) // ciphertext
    .addColumn('added_at', types.timestamp, (c) => c.notNull())
    .addColumn('added_by', types.id)
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .execute();
}
