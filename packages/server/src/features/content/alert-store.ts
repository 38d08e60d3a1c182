/**
 * Scam alerts as data: alerts, their translations per locale with the editorial status, the published version
 * kept apart from the working text, the history of every change, and the import of the repository's files.
 * The translations' workflow, history and import are the shared model of translated-content-store.ts; this
 * store adds what is an alert's own: its date, creation and deletion in the console, and the public list.
 * Every change is one transaction that also writes the history row and the audit event.
 */
import { randomUUID } from 'node:crypto';
import { contentSourceLocale, contentTextFor, type ContentLocale, type Locale } from '@putokaz/core';
import type { Kysely, Selectable } from 'kysely';
import { isUniqueViolation, type DialectName } from '../../db/dialect.js';
import type { ContentAlertRevisionTable, ContentAlertTable, Database } from '../../db/schema.js';
import { updateVersioned } from '../../db/versioned.js';
import { AppError } from '../../http/errors.js';
import {
  TranslatedContentStore,
  type ContentActor,
  type ContentRevisionView,
  type ContentSummary,
  type ContentView,
  type ImportOutcome,
  type TranslationFile,
} from './translated-content-store.js';

export {
  importHash,
  type ContentActor,
  type ImportOutcome,
  type StaffRef,
  type TranslationSummary,
  type TranslationView,
} from './translated-content-store.js';

/** An alert's own fields. */
export interface AlertFields {
  id: string;
  slug: string;
  date: string;
  source: 'file' | 'console';
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type AlertSummary = ContentSummary<AlertFields>;
export type AlertView = ContentView<AlertFields>;

export type RevisionView = ContentRevisionView<ContentAlertRevisionTable['action']>;

export interface PublicAlert {
  slug: string;
  date: string;
  title: string;
  body: string;
  publishedAt: string;
}

/** One alert as the repository's files give it. */
export interface AlertFile {
  slug: string;
  date: string;
  translations: readonly TranslationFile[];
}

export interface ImportResult {
  slug: string;
  locale: ContentLocale;
  outcome: ImportOutcome;
}

export class AlertStore extends TranslatedContentStore<'alert'> {
  constructor(db: Kysely<Database>, dialect: DialectName, clock: () => Date = () => new Date()) {
    super('alert', db, dialect, clock);
  }

  /** A deleted alert cannot be changed (404), though its history stays. */
  protected override async assertLive(trx: Kysely<Database>, id: string): Promise<void> {
    const row = await trx
      .selectFrom('content_alerts')
      .select('id')
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw AppError.notFound();
  }

  // -------------------------------------------------------------------------------------------------------
  // Reading

  /** Alerts (not deleted), newest first by date; the cursor is the last item's `date|id`. */
  async list(limit: number, cursor?: string): Promise<{ items: AlertSummary[]; nextCursor: string | null }> {
    let query = this.db.selectFrom('content_alerts').selectAll().where('deleted_at', 'is', null);
    if (cursor) {
      const [date, id] = cursor.split('|');
      if (!date || !id) throw AppError.validation([{ path: 'cursor', code: 'invalidValue' }]);
      query = query.where((eb) =>
        eb.or([eb('date', '<', date), eb.and([eb('date', '=', date), eb('id', '<', id)])]),
      );
    }
    const rows = await query
      .orderBy('date', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const summaries = await this.summariesOf(page.map((r) => r.id));
    const last = page.at(-1);
    return {
      items: page.map((row) => ({ ...AlertStore.fields(row), translations: summaries.get(row.id) ?? {} })),
      nextCursor: rows.length > limit && last ? `${last.date}|${last.id}` : null,
    };
  }

  /** One alert with every translation, or undefined when it does not exist or was deleted. */
  async get(id: string, db: Kysely<Database> = this.db): Promise<AlertView | undefined> {
    const row = await db
      .selectFrom('content_alerts')
      .selectAll()
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    return { ...AlertStore.fields(row), translations: await this.translationsOf(id, db) };
  }

  private static fields(row: Selectable<ContentAlertTable>): AlertFields {
    return {
      id: row.id,
      slug: row.slug,
      date: row.date,
      source: row.source,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /**
   * What the public app shows in a locale: only the published version of each translation (never a draft or
   * reviewed working text), of alerts that are not deleted, newest first. `sr-Latn` is the Cyrillic text
   * transliterated.
   */
  async publicAlerts(locale: Locale, limit = 50): Promise<PublicAlert[]> {
    const rows = await this.db
      .selectFrom('content_alert_translations as t')
      .innerJoin('content_alerts as a', 'a.id', 't.alert_id')
      .select(['a.slug', 'a.date', 't.published_title', 't.published_body', 't.published_at'])
      .where('a.deleted_at', 'is', null)
      .where('t.locale', '=', contentSourceLocale(locale))
      .where('t.published_at', 'is not', null)
      .orderBy('a.date', 'desc')
      .orderBy('t.published_at', 'desc')
      .orderBy('a.slug', 'asc')
      .limit(limit)
      .execute();
    return rows.flatMap((r) =>
      r.published_title !== null && r.published_body !== null && r.published_at !== null
        ? [
            {
              slug: r.slug,
              date: r.date,
              title: contentTextFor(locale, r.published_title),
              body: contentTextFor(locale, r.published_body),
              publishedAt: r.published_at,
            },
          ]
        : [],
    );
  }

  // -------------------------------------------------------------------------------------------------------
  // Changes from the console (the translations' changes are the shared model's)

  async create(input: { slug: string; date: string }, actor: ContentActor): Promise<AlertView> {
    const id = randomUUID();
    try {
      await this.db.transaction().execute(async (trx) => {
        const now = this.now();
        await trx
          .insertInto('content_alerts')
          .values({
            id,
            slug: input.slug,
            date: input.date,
            source: 'console',
            created_at: now,
            created_by: actor.user?.id ?? null,
            updated_at: now,
            version: 1,
            deleted_at: null,
            deleted_by: null,
          })
          .execute();
        await this.itemRevision(trx, id, 'create', 1, null, actor.user?.id ?? null, now);
        await this.audit(trx, actor, 'create', id, ['slug', 'date'], {});
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError(409, 'content.slugTaken');
      throw error;
    }
    return (await this.get(id)) as AlertView;
  }

  /** A history row of the alert itself (no locale): created, date changed (the new date), deleted. */
  private async itemRevision(
    trx: Kysely<Database>,
    id: string,
    action: 'create' | 'date' | 'delete',
    version: number,
    date: string | null,
    changedBy: string | null,
    changedAt?: string,
  ): Promise<void> {
    await this.revision(trx, id, {
      locale: null,
      action,
      version,
      status: null,
      title: date,
      body: null,
      changed_by: changedBy,
      ...(changedAt ? { changed_at: changedAt } : {}),
    });
  }

  /** Changes the alert's date (versioned). */
  async updateDate(id: string, version: number, date: string, actor: ContentActor): Promise<AlertView> {
    await this.db.transaction().execute(async (trx) => {
      await this.assertLive(trx, id);
      const next = await updateVersioned(trx, 'content_alerts', id, version, { date }, this.clock);
      await this.itemRevision(trx, id, 'date', next, date, actor.user?.id ?? null);
      await this.audit(trx, actor, 'update', id, ['date'], {});
    });
    return (await this.get(id)) as AlertView;
  }

  /** Deletes an alert: it leaves the console list and the public app; its history stays. */
  async delete(id: string, actor: ContentActor): Promise<void> {
    const userId = actor.user?.id ?? null;
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('content_alerts')
        .select(['id', 'version'])
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (!row) throw AppError.notFound();
      const now = this.now();
      const next = await updateVersioned(
        trx,
        'content_alerts',
        id,
        row.version,
        { deleted_at: now, deleted_by: userId },
        this.clock,
      );
      await this.itemRevision(trx, id, 'delete', next, null, userId, now);
      await this.audit(trx, actor, 'delete', id, [], {});
    });
  }

  // -------------------------------------------------------------------------------------------------------
  // Import of the repository's files

  /**
   * Loads one alert from the repository. New alerts and translations are inserted; a translation whose file
   * changed is updated only if nobody edited it in the console since the last import (else it is skipped and
   * reported); a deleted alert is not brought back. Running it twice changes nothing the second time.
   */
  async importAlert(
    file: AlertFile,
    actor: ContentActor = { user: null, via: 'cli' },
  ): Promise<ImportResult[]> {
    return this.db.transaction().execute(async (trx) => {
      const now = this.now();
      let alert = await trx
        .selectFrom('content_alerts')
        .select(['id', 'deleted_at', 'date', 'version'])
        .where('slug', '=', file.slug)
        .executeTakeFirst();
      let alertAdded = false;
      if (!alert) {
        const id = randomUUID();
        await trx
          .insertInto('content_alerts')
          .values({
            id,
            slug: file.slug,
            date: file.date,
            source: 'file',
            created_at: now,
            created_by: null,
            updated_at: now,
            version: 1,
            deleted_at: null,
            deleted_by: null,
          })
          .execute();
        await this.itemRevision(trx, id, 'create', 1, null, null, now);
        alert = { id, deleted_at: null, date: file.date, version: 1 };
        alertAdded = true;
      }
      let dateUpdated = false;
      if (alert.deleted_at === null && alert.version === 1 && alert.date !== file.date) {
        // The date follows the files until someone changes the alert in the console (its version moves on).
        await trx
          .updateTable('content_alerts')
          .set({ date: file.date, updated_at: now })
          .where('id', '=', alert.id)
          .where('version', '=', 1)
          .execute();
        await this.itemRevision(trx, alert.id, 'date', 1, file.date, null, now);
        dateUpdated = true;
      }
      if (alert.deleted_at !== null) {
        return file.translations.map((t) => ({
          slug: file.slug,
          locale: t.locale,
          outcome: 'skippedDeleted',
        }));
      }
      const results = await this.importTranslations(trx, alert.id, file.translations, now);
      await this.auditImport(trx, actor, alert.id, alertAdded, results, { dateUpdated });
      return results.map((r) => ({ slug: file.slug, ...r }));
    });
  }
}
