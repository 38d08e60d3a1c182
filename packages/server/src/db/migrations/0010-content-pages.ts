import type { Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

const LOCALES = ['sr-Cyrl', 'en', 'uk'];
const STATUSES = ['draft', 'reviewed', 'published'];

/**
 * The informational pages of the public app as data (the guides, rights, safety, refugees), following the
 * alerts of 0006-content: a page (its fixed id from core's `CONTENT_PAGES`), its translations per locale with
 * the editorial status and the published version kept apart from the working text, and the history of every
 * change. Pages are not created or deleted in the console (the app's routes name them); they come from
 * `content/pages/` through the import. Not personal data: not encrypted.
 */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('content_pages')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('slug', types.text, (c) => c.notNull().unique())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('content_page_translations')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('page_id', types.id, (c) => c.notNull().references('content_pages.id').onDelete('cascade'))
    .addColumn('locale', types.text, (c) => c.notNull().check(oneOf('locale', LOCALES)))
    .addColumn('title', types.text, (c) => c.notNull())
    .addColumn('body', types.text, (c) => c.notNull())
    .addColumn('status', types.text, (c) => c.notNull().check(oneOf('status', STATUSES)))
    .addColumn('status_changed_at', types.timestamp, (c) => c.notNull())
    .addColumn('status_changed_by', types.id)
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_by', types.id)
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .addColumn('published_title', types.text)
    .addColumn('published_body', types.text)
    .addColumn('published_at', types.timestamp)
    .addColumn('published_by', types.id)
    .addColumn('imported_version', types.integer)
    .addColumn('imported_hash', types.text)
    .addUniqueConstraint('content_page_translations_locale', ['page_id', 'locale'])
    .execute();

  await db.schema
    .createTable('content_page_revisions')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('page_id', types.id, (c) => c.notNull())
    .addColumn('locale', types.text)
    .addColumn('action', types.text, (c) =>
      c.notNull().check(oneOf('action', ['create', 'edit', 'status', 'import'])),
    )
    .addColumn('version', types.integer, (c) => c.notNull())
    .addColumn('status', types.text)
    .addColumn('title', types.text)
    .addColumn('body', types.text)
    .addColumn('changed_at', types.timestamp, (c) => c.notNull())
    .addColumn('changed_by', types.id)
    .execute();
  await db.schema
    .createIndex('content_page_revisions_page')
    .on('content_page_revisions')
    .columns(['page_id', 'changed_at'])
    .execute();
}
