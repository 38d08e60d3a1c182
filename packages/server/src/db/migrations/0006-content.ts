import type { Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

const LOCALES = ['sr-Cyrl', 'en', 'uk'];
const STATUSES = ['draft', 'reviewed', 'published'];

/**
 * Public content as data, starting with scam alerts: an alert (slug, date), its translations per locale with
 * the editorial status (draft, reviewed, published), the published version kept apart from the working text
 * (an edit never reaches the public app before it is reviewed and published), and the history of every
 * change. Nothing here is personal data: texts are written for the public, so they are not encrypted.
 */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('content_alerts')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('slug', types.text, (c) => c.notNull().unique())
    .addColumn('date', types.date, (c) => c.notNull())
    .addColumn('source', types.text, (c) => c.notNull().check(oneOf('source', ['file', 'console'])))
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('created_by', types.id)
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', types.timestamp)
    .addColumn('deleted_by', types.id)
    .execute();
  await db.schema.createIndex('content_alerts_date').on('content_alerts').columns(['date', 'id']).execute();

  await db.schema
    .createTable('content_alert_translations')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('alert_id', types.id, (c) => c.notNull().references('content_alerts.id').onDelete('cascade'))
    .addColumn('locale', types.text, (c) => c.notNull().check(oneOf('locale', LOCALES)))
    .addColumn('title', types.text, (c) => c.notNull())
    .addColumn('body', types.text, (c) => c.notNull())
    .addColumn('status', types.text, (c) => c.notNull().check(oneOf('status', STATUSES)))
    .addColumn('status_changed_at', types.timestamp, (c) => c.notNull())
    .addColumn('status_changed_by', types.id) // null: the import
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_by', types.id) // null: the import
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    // The version the public sees; null while nothing is published.
    .addColumn('published_title', types.text)
    .addColumn('published_body', types.text)
    .addColumn('published_at', types.timestamp)
    .addColumn('published_by', types.id)
    // The last import from the repository: its version here and a hash of the file's text and status.
    .addColumn('imported_version', types.integer)
    .addColumn('imported_hash', types.text)
    .addUniqueConstraint('content_alert_translations_locale', ['alert_id', 'locale'])
    .execute();
  await db.schema
    .createIndex('content_alert_translations_public')
    .on('content_alert_translations')
    .columns(['locale', 'published_at'])
    .execute();

  // Every change, kept for good (also after an alert is deleted, which only marks it).
  await db.schema
    .createTable('content_alert_revisions')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('alert_id', types.id, (c) => c.notNull())
    .addColumn('locale', types.text)
    .addColumn('action', types.text, (c) =>
      c.notNull().check(oneOf('action', ['create', 'edit', 'status', 'import', 'date', 'delete'])),
    )
    .addColumn('version', types.integer, (c) => c.notNull())
    .addColumn('status', types.text)
    .addColumn('title', types.text)
    .addColumn('body', types.text)
    .addColumn('changed_at', types.timestamp, (c) => c.notNull())
    .addColumn('changed_by', types.id) // null: the import
    .execute();
  await db.schema
    .createIndex('content_alert_revisions_alert')
    .on('content_alert_revisions')
    .columns(['alert_id', 'changed_at'])
    .execute();
}
