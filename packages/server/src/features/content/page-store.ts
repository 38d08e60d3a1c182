/**
 * The informational pages as data: the same editorial model as the scam alerts (translated-content-store.ts):
 * each page's translations per locale with the workflow status, the published version kept apart from the
 * working text, the history of every change, and the import of the repository's files that never overwrites
 * a console edit. This store adds what is a page's own: a saved text must parse as a page, and the public
 * app reads the published version as a page. Pages are a fixed set (core's `CONTENT_PAGES`): they are not
 * created or deleted in the console. Every change is one transaction that also writes the history row and
 * the audit event (`resourceType: contentPage`).
 */
import { randomUUID } from 'node:crypto';
import { contentSourceLocale, type Locale, type PageContent } from '@putokaz/core';
import type { Kysely, Selectable } from 'kysely';
import type { DialectName } from '../../db/dialect.js';
import type { ContentPageRevisionTable, ContentPageTable, Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { PageTextError, pageForLocale, parsePageText, type PageFile } from './page-files.js';
import {
  TranslatedContentStore,
  type ContentActor,
  type ContentRevisionView,
  type ContentSummary,
  type ContentView,
  type TranslationImport,
} from './translated-content-store.js';

/** A page's own fields. */
export interface PageFields {
  id: string;
  slug: string;
  version: number;
  updatedAt: string;
}

export type PageSummary = ContentSummary<PageFields>;
export type PageView = ContentView<PageFields>;

export type PageRevisionView = ContentRevisionView<ContentPageRevisionTable['action']>;

/** What the import did with one translation of a page (a page is never deleted, so never `skippedDeleted`). */
export type PageImportResult = TranslationImport & { slug: string };

/** What the public app gets for a page in one locale. */
export type PublishedPage =
  | { kind: 'unknown' } // the database knows nothing of the page: the built page (repository files) stands
  | { kind: 'unpublished' } // the page is in the database, but this locale has no published version
  | { kind: 'published'; page: PageContent; publishedAt: string };

/**
 * A page text the public page and the console can use, or a validation error naming `body`: one detail per
 * problem, code `invalidPage`, its message from `errors.content.page.<problem>` in the editor's language.
 */
export function checkedPageText(title: string, body: string): PageContent {
  try {
    return parsePageText(title, body);
  } catch (error) {
    if (!(error instanceof PageTextError)) throw error;
    throw AppError.validation(
      error.issues.map((issue) => ({
        path: 'body',
        code: 'invalidPage',
        messageKey: `errors.content.page.${issue.code}`,
        values: issue.values,
      })),
    );
  }
}

export class PageStore extends TranslatedContentStore<'page'> {
  constructor(db: Kysely<Database>, dialect: DialectName, clock: () => Date = () => new Date()) {
    super('page', db, dialect, clock);
  }

  // -------------------------------------------------------------------------------------------------------
  // Reading

  /** Every page with each translation's status, by id. */
  async list(): Promise<PageSummary[]> {
    const rows = await this.db.selectFrom('content_pages').selectAll().orderBy('slug').execute();
    const summaries = await this.summariesOf(rows.map((r) => r.id));
    return rows.map((row) => ({ ...PageStore.fields(row), translations: summaries.get(row.id) ?? {} }));
  }

  async get(id: string): Promise<PageView | undefined> {
    const row = await this.db.selectFrom('content_pages').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return { ...PageStore.fields(row), translations: await this.translationsOf(id) };
  }

  private static fields(row: Selectable<ContentPageTable>): PageFields {
    return { id: row.id, slug: row.slug, version: row.version, updatedAt: row.updated_at };
  }

  /**
   * The published version of a page in a public locale (`sr-Latn` transliterated from the Cyrillic), never a
   * draft or reviewed working text. A published text that no longer parses (it cannot happen through the
   * API, which validates) counts as unpublished.
   */
  async published(slug: string, locale: Locale): Promise<PublishedPage> {
    const page = await this.db
      .selectFrom('content_pages')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (!page) return { kind: 'unknown' };
    const row = await this.db
      .selectFrom('content_page_translations')
      .select(['published_title', 'published_body', 'published_at'])
      .where('page_id', '=', page.id)
      .where('locale', '=', contentSourceLocale(locale))
      .executeTakeFirst();
    if (!row || row.published_at === null || row.published_title === null || row.published_body === null)
      return { kind: 'unpublished' };
    try {
      return {
        kind: 'published',
        page: pageForLocale(parsePageText(row.published_title, row.published_body), locale),
        publishedAt: row.published_at,
      };
    } catch {
      return { kind: 'unpublished' };
    }
  }

  /** The published version of every page in a locale that has one (the guides' index names them). */
  async publishedNames(locale: Locale): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('content_page_translations as t')
      .innerJoin('content_pages as p', 'p.id', 't.page_id')
      .select(['p.slug', 't.published_title', 't.published_body'])
      .where('t.locale', '=', contentSourceLocale(locale))
      .where('t.published_at', 'is not', null)
      .execute();
    const names = new Map<string, string>();
    for (const r of rows) {
      if (r.published_title === null || r.published_body === null) continue;
      try {
        const page = pageForLocale(parsePageText(r.published_title, r.published_body), locale);
        if (page.name) names.set(r.slug, page.name);
      } catch {
        // An unparsable text has no name to give.
      }
    }
    return names;
  }

  // -------------------------------------------------------------------------------------------------------
  // Changes from the console (saving, status changes and unpublishing are the shared model's)

  /** A saved text must parse as a page (front matter and `## Heading {#id}` sections), else 400 `invalidPage`. */
  protected override checkText(title: string, body: string): void {
    checkedPageText(title, body);
  }

  // -------------------------------------------------------------------------------------------------------
  // Import of the repository's files

  /**
   * Loads one page from the repository with the alerts' rules: new translations are inserted, a changed
   * file updates a translation nobody edited in the console since the last import, an edited one is skipped
   * (and reported). Running it twice changes nothing the second time.
   */
  async importPage(
    file: PageFile,
    actor: ContentActor = { user: null, via: 'cli' },
  ): Promise<PageImportResult[]> {
    return this.db.transaction().execute(async (trx) => {
      const now = this.now();
      let page = await trx
        .selectFrom('content_pages')
        .select('id')
        .where('slug', '=', file.id)
        .executeTakeFirst();
      let pageAdded = false;
      if (!page) {
        page = { id: randomUUID() };
        await trx
          .insertInto('content_pages')
          .values({ id: page.id, slug: file.id, created_at: now, updated_at: now, version: 1 })
          .execute();
        pageAdded = true;
      }
      const results = await this.importTranslations(trx, page.id, file.translations, now);
      await this.auditImport(trx, actor, page.id, pageAdded, results);
      return results.map((r) => ({ slug: file.id, ...r }));
    });
  }
}
