/**
 * Scam alerts as data: alerts, their translations per locale with the editorial status, the published version
 * kept apart from the working text, the history of every change, and the import of the repository's files.
 * Every change is one transaction that also writes the history row and the audit event.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  canChangeStatus,
  contentSourceLocale,
  contentTextFor,
  type ContentLocale,
  type ContentStatus,
  type Locale,
} from '@putokaz/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { isUniqueViolation, nowIso, type DialectName } from '../../db/dialect.js';
import type { ContentAlertRevisionTable, ContentAlertTranslationTable, Database } from '../../db/schema.js';
import { ConflictError, updateVersioned } from '../../db/versioned.js';
import { AppError } from '../../http/errors.js';
import { recordAuditEvent, type AuditActor } from '../audit/audit-log.js';

/** Who changes content: a signed-in staff user (with the request id), or the import (`null`). */
export interface ContentActor {
  readonly user: AuditActor | null;
  readonly requestId?: string | null;
  readonly via?: 'console' | 'cli';
}

export interface StaffRef {
  id: string;
  displayName: string | null;
}

export interface TranslationView {
  locale: ContentLocale;
  title: string;
  body: string;
  status: ContentStatus;
  version: number;
  updatedAt: string;
  updatedBy: StaffRef | null;
  statusChangedAt: string;
  statusChangedBy: StaffRef | null;
  /** The version the public app shows, or null. It may be older than the working text. */
  published: { title: string; body: string; publishedAt: string; publishedBy: StaffRef | null } | null;
  /** Whether the text changed in the console since the repository's file was last imported. */
  editedSinceImport: boolean;
}

export interface TranslationSummary {
  status: ContentStatus;
  title: string;
  version: number;
  updatedAt: string;
  publishedAt: string | null;
}

export interface AlertSummary {
  id: string;
  slug: string;
  date: string;
  source: 'file' | 'console';
  version: number;
  createdAt: string;
  updatedAt: string;
  translations: Partial<Record<ContentLocale, TranslationSummary>>;
}

export interface AlertView extends Omit<AlertSummary, 'translations'> {
  translations: Partial<Record<ContentLocale, TranslationView>>;
}

export interface RevisionView {
  id: string;
  locale: ContentLocale | null;
  action: ContentAlertRevisionTable['action'];
  version: number;
  status: ContentStatus | null;
  title: string | null;
  body: string | null;
  changedAt: string;
  changedBy: StaffRef | null;
}

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
  translations: readonly { locale: ContentLocale; title: string; body: string; status: ContentStatus }[];
}

export type ImportOutcome = 'added' | 'updated' | 'unchanged' | 'skippedEdited' | 'skippedDeleted';

export interface ImportResult {
  slug: string;
  locale: ContentLocale;
  outcome: ImportOutcome;
}

type TranslationRow = Selectable<ContentAlertTranslationTable>;

/** The hash of a file's text and status, to tell later whether the file changed. */
export function importHash(title: string, body: string, status: ContentStatus): string {
  return createHash('sha256')
    .update(JSON.stringify([title, body, status]))
    .digest('hex');
}

export class AlertStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private now(): string {
    return nowIso(this.clock);
  }

  private async staffNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return new Map();
    const rows = await this.db
      .selectFrom('staff_users')
      .select(['id', 'display_name'])
      .where('id', 'in', wanted)
      .execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  private static ref(names: Map<string, string>, id: string | null): StaffRef | null {
    return id === null ? null : { id, displayName: names.get(id) ?? null };
  }

  private async audit(
    trx: Kysely<Database>,
    actor: ContentActor,
    action: 'create' | 'update' | 'delete',
    alertId: string,
    fields: string[],
    details: Record<string, string | number | boolean | null>,
  ): Promise<void> {
    await recordAuditEvent(trx, this.dialect, {
      actor: actor.user,
      action,
      resourceType: 'contentAlert',
      resourceId: alertId,
      fields,
      requestId: actor.requestId ?? null,
      details: { via: actor.via ?? (actor.user ? 'console' : 'cli'), ...details },
    });
  }

  private async revision(
    trx: Kysely<Database>,
    entry: Omit<ContentAlertRevisionTable, 'id' | 'changed_at'> & { changed_at?: string },
  ): Promise<void> {
    await trx
      .insertInto('content_alert_revisions')
      .values({ id: randomUUID(), changed_at: entry.changed_at ?? this.now(), ...entry })
      .execute();
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
    const translations = page.length
      ? await this.db
          .selectFrom('content_alert_translations')
          .select(['alert_id', 'locale', 'status', 'title', 'version', 'updated_at', 'published_at'])
          .where(
            'alert_id',
            'in',
            page.map((r) => r.id),
          )
          .execute()
      : [];
    const last = page.at(-1);
    return {
      items: page.map((row) => {
        const own: Partial<Record<ContentLocale, TranslationSummary>> = {};
        for (const t of translations.filter((t) => t.alert_id === row.id)) {
          own[t.locale] = {
            status: t.status,
            title: t.title,
            version: t.version,
            updatedAt: t.updated_at,
            publishedAt: t.published_at,
          };
        }
        return {
          id: row.id,
          slug: row.slug,
          date: row.date,
          source: row.source,
          version: row.version,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          translations: own,
        };
      }),
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
    const translations = await db
      .selectFrom('content_alert_translations')
      .selectAll()
      .where('alert_id', '=', id)
      .execute();
    const names = await this.staffNames(
      translations.flatMap((t) => [t.updated_by, t.status_changed_by, t.published_by]),
    );
    const own: Partial<Record<ContentLocale, TranslationView>> = {};
    for (const t of translations) own[t.locale] = this.translationView(t, names);
    return {
      id: row.id,
      slug: row.slug,
      date: row.date,
      source: row.source,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      translations: own,
    };
  }

  private translationView(t: TranslationRow, names: Map<string, string>): TranslationView {
    return {
      locale: t.locale,
      title: t.title,
      body: t.body,
      status: t.status,
      version: t.version,
      updatedAt: t.updated_at,
      updatedBy: AlertStore.ref(names, t.updated_by),
      statusChangedAt: t.status_changed_at,
      statusChangedBy: AlertStore.ref(names, t.status_changed_by),
      published:
        t.published_at !== null && t.published_title !== null && t.published_body !== null
          ? {
              title: t.published_title,
              body: t.published_body,
              publishedAt: t.published_at,
              publishedBy: AlertStore.ref(names, t.published_by),
            }
          : null,
      editedSinceImport: t.imported_version !== null && t.imported_version !== t.version,
    };
  }

  /** The history of an alert, newest first (also of a deleted one). */
  async history(id: string, limit = 200): Promise<RevisionView[] | undefined> {
    const exists = await this.db
      .selectFrom('content_alerts')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!exists) return undefined;
    const rows = await this.db
      .selectFrom('content_alert_revisions')
      .selectAll()
      .where('alert_id', '=', id)
      .orderBy('changed_at', 'desc')
      .orderBy('version', 'desc')
      .limit(limit)
      .execute();
    const names = await this.staffNames(rows.map((r) => r.changed_by));
    return rows.map((r) => ({
      id: r.id,
      locale: r.locale,
      action: r.action,
      version: r.version,
      status: r.status,
      title: r.title,
      body: r.body,
      changedAt: r.changed_at,
      changedBy: AlertStore.ref(names, r.changed_by),
    }));
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
  // Changes from the console

  async create(input: { slug: string; date: string }, actor: ContentActor): Promise<AlertView> {
    const id = randomUUID();
    const now = this.now();
    try {
      await this.db.transaction().execute(async (trx) => {
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
        await this.revision(trx, {
          alert_id: id,
          locale: null,
          action: 'create',
          version: 1,
          status: null,
          title: null,
          body: null,
          changed_by: actor.user?.id ?? null,
          changed_at: now,
        });
        await this.audit(trx, actor, 'create', id, ['slug', 'date'], {});
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError(409, 'content.slugTaken');
      throw error;
    }
    return (await this.get(id)) as AlertView;
  }

  private async liveAlert(trx: Kysely<Database>, id: string): Promise<void> {
    const row = await trx
      .selectFrom('content_alerts')
      .select('id')
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw AppError.notFound();
  }

  private async translationRow(
    trx: Kysely<Database>,
    id: string,
    locale: ContentLocale,
  ): Promise<TranslationRow | undefined> {
    return trx
      .selectFrom('content_alert_translations')
      .selectAll()
      .where('alert_id', '=', id)
      .where('locale', '=', locale)
      .executeTakeFirst();
  }

  /** Changes the alert's date (versioned). */
  async updateDate(id: string, version: number, date: string, actor: ContentActor): Promise<AlertView> {
    await this.db.transaction().execute(async (trx) => {
      await this.liveAlert(trx, id);
      const next = await updateVersioned(trx, 'content_alerts', id, version, { date }, this.clock);
      await this.revision(trx, {
        alert_id: id,
        locale: null,
        action: 'date',
        version: next,
        status: null,
        title: date,
        body: null,
        changed_by: actor.user?.id ?? null,
      });
      await this.audit(trx, actor, 'update', id, ['date'], {});
    });
    return (await this.get(id)) as AlertView;
  }

  /**
   * Writes a translation's working text. `version` is the version the editor started from (0 for a
   * translation that does not exist yet). A changed text becomes a draft again; the published version, if
   * any, stays public until the new text is reviewed and published.
   */
  async saveTranslation(
    id: string,
    locale: ContentLocale,
    input: { version: number; title: string; body: string },
    actor: ContentActor,
  ): Promise<TranslationView> {
    const userId = actor.user?.id ?? null;
    await this.db.transaction().execute(async (trx) => {
      await this.liveAlert(trx, id);
      const current = await this.translationRow(trx, id, locale);
      const now = this.now();
      if (!current) {
        if (input.version !== 0) throw new ConflictError('content_alert_translations', id, input.version, 0);
        await trx
          .insertInto('content_alert_translations')
          .values({
            id: randomUUID(),
            alert_id: id,
            locale,
            title: input.title,
            body: input.body,
            status: 'draft',
            status_changed_at: now,
            status_changed_by: userId,
            updated_at: now,
            updated_by: userId,
            version: 1,
            published_title: null,
            published_body: null,
            published_at: null,
            published_by: null,
            imported_version: null,
            imported_hash: null,
          })
          .execute();
        await this.revision(trx, {
          alert_id: id,
          locale,
          action: 'create',
          version: 1,
          status: 'draft',
          title: input.title,
          body: input.body,
          changed_by: userId,
          changed_at: now,
        });
        await this.audit(trx, actor, 'create', id, ['title', 'body'], { locale });
        return;
      }
      if (current.version !== input.version) {
        throw new ConflictError('content_alert_translations', current.id, input.version, current.version);
      }
      if (current.title === input.title && current.body === input.body) return;
      const statusChanges = current.status !== 'draft';
      const next = await updateVersioned(
        trx,
        'content_alert_translations',
        current.id,
        input.version,
        {
          title: input.title,
          body: input.body,
          status: 'draft',
          updated_by: userId,
          ...(statusChanges ? { status_changed_at: now, status_changed_by: userId } : {}),
        },
        this.clock,
      );
      await this.revision(trx, {
        alert_id: id,
        locale,
        action: 'edit',
        version: next,
        status: 'draft',
        title: input.title,
        body: input.body,
        changed_by: userId,
        changed_at: now,
      });
      const fields = [
        ...(current.title === input.title ? [] : ['title']),
        ...(current.body === input.body ? [] : ['body']),
        ...(statusChanges ? ['status'] : []),
      ];
      await this.audit(trx, actor, 'update', id, fields, { locale, status: 'draft' });
    });
    return this.translation(id, locale);
  }

  private async translation(id: string, locale: ContentLocale): Promise<TranslationView> {
    const row = await this.translationRow(this.db, id, locale);
    if (!row) throw AppError.notFound();
    const names = await this.staffNames([row.updated_by, row.status_changed_by, row.published_by]);
    return this.translationView(row, names);
  }

  /**
   * Moves a translation through the workflow (see `canChangeStatus`): publishing copies the reviewed text
   * into the public version; going back from published to draft withdraws it from the public app.
   */
  async changeStatus(
    id: string,
    locale: ContentLocale,
    input: { version: number; status: ContentStatus },
    actor: ContentActor,
  ): Promise<TranslationView> {
    const userId = actor.user?.id ?? null;
    await this.db.transaction().execute(async (trx) => {
      await this.liveAlert(trx, id);
      const current = await this.translationRow(trx, id, locale);
      if (!current) throw AppError.notFound();
      if (current.version !== input.version) {
        throw new ConflictError('content_alert_translations', current.id, input.version, current.version);
      }
      if (!canChangeStatus(current.status, input.status)) {
        if (input.status === 'published') throw new AppError(409, 'content.notReviewed');
        throw new AppError(409, 'content.invalidStatusChange');
      }
      const now = this.now();
      const publish = input.status === 'published';
      const withdraw = current.status === 'published' && input.status === 'draft';
      const next = await updateVersioned(
        trx,
        'content_alert_translations',
        current.id,
        input.version,
        {
          status: input.status,
          status_changed_at: now,
          status_changed_by: userId,
          ...(publish
            ? {
                published_title: current.title,
                published_body: current.body,
                published_at: now,
                published_by: userId,
              }
            : {}),
          ...(withdraw
            ? { published_title: null, published_body: null, published_at: null, published_by: null }
            : {}),
        },
        this.clock,
      );
      await this.revision(trx, {
        alert_id: id,
        locale,
        action: 'status',
        version: next,
        status: input.status,
        title: null,
        body: null,
        changed_by: userId,
        changed_at: now,
      });
      await this.audit(trx, actor, 'update', id, ['status'], {
        locale,
        from: current.status,
        status: input.status,
      });
    });
    return this.translation(id, locale);
  }

  /**
   * Takes a translation's published version off the public app (the working text stays; a published text
   * becomes a draft). Versioned like every change.
   */
  async unpublish(
    id: string,
    locale: ContentLocale,
    version: number,
    actor: ContentActor,
  ): Promise<TranslationView> {
    const userId = actor.user?.id ?? null;
    await this.db.transaction().execute(async (trx) => {
      await this.liveAlert(trx, id);
      const current = await this.translationRow(trx, id, locale);
      if (!current) throw AppError.notFound();
      if (current.version !== version) {
        throw new ConflictError('content_alert_translations', current.id, version, current.version);
      }
      if (current.published_at === null) throw new AppError(409, 'content.notPublished');
      const now = this.now();
      const status = current.status === 'published' ? 'draft' : current.status;
      const next = await updateVersioned(
        trx,
        'content_alert_translations',
        current.id,
        version,
        {
          status,
          status_changed_at: now,
          status_changed_by: userId,
          published_title: null,
          published_body: null,
          published_at: null,
          published_by: null,
        },
        this.clock,
      );
      await this.revision(trx, {
        alert_id: id,
        locale,
        action: 'status',
        version: next,
        status,
        title: null,
        body: null,
        changed_by: userId,
        changed_at: now,
      });
      await this.audit(trx, actor, 'update', id, ['published'], { locale, status, unpublished: true });
    });
    return this.translation(id, locale);
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
      await this.revision(trx, {
        alert_id: id,
        locale: null,
        action: 'delete',
        version: next,
        status: null,
        title: null,
        body: null,
        changed_by: userId,
        changed_at: now,
      });
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
      const results: ImportResult[] = [];
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
        await this.revision(trx, {
          alert_id: id,
          locale: null,
          action: 'create',
          version: 1,
          status: null,
          title: null,
          body: null,
          changed_by: null,
          changed_at: now,
        });
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
        await this.revision(trx, {
          alert_id: alert.id,
          locale: null,
          action: 'date',
          version: 1,
          status: null,
          title: file.date,
          body: null,
          changed_by: null,
          changed_at: now,
        });
        dateUpdated = true;
      }
      if (alert.deleted_at !== null) {
        return file.translations.map((t) => ({
          slug: file.slug,
          locale: t.locale,
          outcome: 'skippedDeleted',
        }));
      }
      const alertId = alert.id;
      for (const t of file.translations) {
        const hash = importHash(t.title, t.body, t.status);
        const published =
          t.status === 'published'
            ? { published_title: t.title, published_body: t.body, published_at: now, published_by: null }
            : {};
        const current = await this.translationRow(trx, alertId, t.locale);
        let outcome: ImportOutcome;
        if (!current) {
          await trx
            .insertInto('content_alert_translations')
            .values({
              id: randomUUID(),
              alert_id: alertId,
              locale: t.locale,
              title: t.title,
              body: t.body,
              status: t.status,
              status_changed_at: now,
              status_changed_by: null,
              updated_at: now,
              updated_by: null,
              version: 1,
              published_title: null,
              published_body: null,
              published_at: null,
              published_by: null,
              ...published,
              imported_version: 1,
              imported_hash: hash,
            })
            .execute();
          await this.importRevision(trx, alertId, t, 1, now);
          outcome = 'added';
        } else if (current.imported_hash === hash) {
          outcome = 'unchanged';
        } else if (current.title === t.title && current.body === t.body && current.status === t.status) {
          // Same text already (typed in the console too): remember the import, change nothing else.
          await trx
            .updateTable('content_alert_translations')
            .set({ imported_version: current.version, imported_hash: hash })
            .where('id', '=', current.id)
            .execute();
          outcome = 'unchanged';
        } else if (current.imported_version !== null && current.imported_version === current.version) {
          const next = await updateVersioned(
            trx,
            'content_alert_translations',
            current.id,
            current.version,
            {
              title: t.title,
              body: t.body,
              status: t.status,
              updated_by: null,
              ...(current.status === t.status ? {} : { status_changed_at: now, status_changed_by: null }),
              ...published,
            },
            this.clock,
          );
          await trx
            .updateTable('content_alert_translations')
            .set({ imported_version: next, imported_hash: hash })
            .where('id', '=', current.id)
            .execute();
          await this.importRevision(trx, alertId, t, next, now);
          outcome = 'updated';
        } else {
          outcome = 'skippedEdited';
        }
        results.push({ slug: file.slug, locale: t.locale, outcome });
      }
      const added = results.filter((r) => r.outcome === 'added').length;
      const updated = results.filter((r) => r.outcome === 'updated').length;
      if (alertAdded || dateUpdated || added || updated) {
        await this.audit(trx, actor, alertAdded ? 'create' : 'update', alertId, ['title', 'body', 'status'], {
          import: true,
          added,
          updated,
          dateUpdated,
        });
      }
      return results;
    });
  }

  private async importRevision(
    trx: Transaction<Database> | Kysely<Database>,
    alertId: string,
    t: AlertFile['translations'][number],
    version: number,
    now: string,
  ): Promise<void> {
    await this.revision(trx, {
      alert_id: alertId,
      locale: t.locale,
      action: 'import',
      version,
      status: t.status,
      title: t.title,
      body: t.body,
      changed_by: null,
      changed_at: now,
    });
  }
}
