/**
 * Translated, reviewed, published content: the editorial model that scam alerts (alert-store.ts) and
 * informational pages (page-store.ts) share. An item (an alert, a page) has one translation per locale with
 * the workflow status (draft → reviewed → published), the published version kept apart from the working
 * text, a history row for every change and an audit event; the repository's files are imported without ever
 * overwriting a console edit. This class holds that model once, for the tables of one kind
 * (`CONTENT_KINDS`); the kinds' stores extend it with what is their own (an alert's date and deletion, a
 * page's validation and public rendering).
 *
 * Every change is one transaction that also writes the history row and the audit event.
 */
import { createHash, randomUUID } from 'node:crypto';
import { canChangeStatus, type ContentLocale, type ContentStatus } from '@putokaz/core';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { nowIso, type DialectName } from '../../db/dialect.js';
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

/** An item as the console lists it: its own fields and each translation's status. */
export type ContentSummary<Item> = Item & {
  translations: Partial<Record<ContentLocale, TranslationSummary>>;
};

/** An item as the console opens it: its own fields and every translation. */
export type ContentView<Item> = Item & { translations: Partial<Record<ContentLocale, TranslationView>> };

export interface ContentRevisionView<Action extends string> {
  id: string;
  locale: ContentLocale | null;
  action: Action;
  version: number;
  status: ContentStatus | null;
  title: string | null;
  body: string | null;
  changedAt: string;
  changedBy: StaffRef | null;
}

/** One translation as a repository file gives it. */
export interface TranslationFile {
  locale: ContentLocale;
  title: string;
  body: string;
  status: ContentStatus;
}

export type ImportOutcome = 'added' | 'updated' | 'unchanged' | 'skippedEdited' | 'skippedDeleted';

/** What the import did with one translation of an item that exists (so never `skippedDeleted`). */
export interface TranslationImport {
  locale: ContentLocale;
  outcome: Exclude<ImportOutcome, 'skippedDeleted'>;
}

/** The hash of a file's text and status, to tell later whether the file changed. */
export function importHash(title: string, body: string, status: ContentStatus): string {
  return createHash('sha256')
    .update(JSON.stringify([title, body, status]))
    .digest('hex');
}

/** The tables, foreign-key column and audit resource type of each kind of content. */
export const CONTENT_KINDS = {
  alert: {
    items: 'content_alerts',
    translations: 'content_alert_translations',
    revisions: 'content_alert_revisions',
    owner: 'alert_id',
    resourceType: 'contentAlert',
  },
  page: {
    items: 'content_pages',
    translations: 'content_page_translations',
    revisions: 'content_page_revisions',
    owner: 'page_id',
    resourceType: 'contentPage',
  },
} as const satisfies Record<
  string,
  {
    items: keyof Database;
    translations: keyof Database;
    revisions: keyof Database;
    owner: string;
    resourceType: string;
  }
>;

export type ContentKind = keyof typeof CONTENT_KINDS;
type KindTables<K extends ContentKind> = (typeof CONTENT_KINDS)[K];

/** The history actions a kind's revision table allows (its check constraint). */
export type RevisionAction<K extends ContentKind> = Database[KindTables<K>['revisions']]['action'];

/** The history actions every kind has: the ones this class writes. */
type TranslationAction = 'create' | 'edit' | 'status' | 'import';

/**
 * Every kind's tables seen through one shape, for the queries written once below. The names are stand-ins
 * at the type level only: `content_items`, `content_translations` and `content_revisions` hold the kind's
 * real table names and `owner_id` its real foreign-key column (`alert_id`, `page_id`), so the SQL names the
 * real ones (the device `updateVersioned` uses for its table). The translation and revision columns are the
 * same in every kind (schema.ts derives the page tables from the alert ones). `owner_id` is only filtered
 * on and written; a query that reads it aliases it (`ownerRef … as owner_id`), and rows read with
 * `selectAll` are typed without it.
 */
interface SharedContentTables {
  content_items: { id: string; slug: string; version: number; updated_at: string };
  content_translations: Omit<ContentAlertTranslationTable, 'alert_id'> & { owner_id: string };
  content_revisions: Omit<ContentAlertRevisionTable, 'alert_id'> & { owner_id: string };
}

type TranslationRow = Omit<Selectable<SharedContentTables['content_translations']>, 'owner_id'>;
type TranslationInsert = Omit<Insertable<SharedContentTables['content_translations']>, 'id' | 'owner_id'>;
type RevisionInsert<K extends ContentKind> = Omit<
  Insertable<SharedContentTables['content_revisions']>,
  'id' | 'owner_id' | 'changed_at' | 'action'
> & { action: TranslationAction | RevisionAction<K>; changed_at?: string };

/** The real translation tables (for `updateVersioned`, which checks the columns against both). */
type TranslationTable = KindTables<ContentKind>['translations'];

/** The published-version columns of a translation with nothing published. */
const NOT_PUBLISHED = {
  published_title: null,
  published_body: null,
  published_at: null,
  published_by: null,
} as const;

/** The shared shape's stand-in names (see SharedContentTables). */
interface StandIns {
  items: 'content_items';
  translations: 'content_translations';
  revisions: 'content_revisions';
  owner: 'owner_id';
}

export class TranslatedContentStore<K extends ContentKind> {
  /** The kind's real names under the shared shape's stand-in types (see SharedContentTables). */
  private readonly names: StandIns;
  private readonly translationTable: TranslationTable;
  private readonly resourceType: string;

  constructor(
    kind: K,
    protected readonly db: Kysely<Database>,
    protected readonly dialect: DialectName,
    protected readonly clock: () => Date = () => new Date(),
  ) {
    const tables: KindTables<ContentKind> = CONTENT_KINDS[kind];
    this.names = tables as unknown as StandIns;
    this.translationTable = tables.translations;
    this.resourceType = tables.resourceType;
  }

  /** The database seen through the shared shape (see SharedContentTables). */
  private static shared(db: Kysely<Database>): Kysely<SharedContentTables> {
    return db as unknown as Kysely<SharedContentTables>;
  }

  protected now(): string {
    return nowIso(this.clock);
  }

  protected async staffNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return new Map();
    const rows = await this.db
      .selectFrom('staff_users')
      .select(['id', 'display_name'])
      .where('id', 'in', wanted)
      .execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  protected static ref(names: Map<string, string>, id: string | null): StaffRef | null {
    return id === null ? null : { id, displayName: names.get(id) ?? null };
  }

  protected async audit(
    trx: Kysely<Database>,
    actor: ContentActor,
    action: 'create' | 'update' | 'delete',
    id: string,
    fields: string[],
    details: Record<string, string | number | boolean | null>,
  ): Promise<void> {
    await recordAuditEvent(trx, this.dialect, {
      actor: actor.user,
      action,
      resourceType: this.resourceType,
      resourceId: id,
      fields,
      requestId: actor.requestId ?? null,
      details: { via: actor.via ?? (actor.user ? 'console' : 'cli'), ...details },
    });
  }

  /** Writes a history row of the item `id`. */
  protected async revision(trx: Kysely<Database>, id: string, entry: RevisionInsert<K>): Promise<void> {
    await TranslatedContentStore.shared(trx)
      .insertInto(this.names.revisions)
      .values({
        ...entry,
        id: randomUUID(),
        [this.names.owner]: id,
        changed_at: entry.changed_at ?? this.now(),
      })
      .execute();
  }

  /** Checks a working text before it is saved; a kind whose texts have a format overrides it (pages). */
  protected checkText(_title: string, _body: string): void {}

  /** Throws 404 unless the item can be changed; an alert overrides it to refuse a deleted alert. */
  protected async assertLive(trx: Kysely<Database>, id: string): Promise<void> {
    const row = await TranslatedContentStore.shared(trx)
      .selectFrom(this.names.items)
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw AppError.notFound();
  }

  // -------------------------------------------------------------------------------------------------------
  // Reading

  private async translationRow(
    trx: Kysely<Database>,
    id: string,
    locale: ContentLocale,
  ): Promise<TranslationRow | undefined> {
    return TranslatedContentStore.shared(trx)
      .selectFrom(this.names.translations)
      .selectAll()
      .where(this.names.owner, '=', id)
      .where('locale', '=', locale)
      .executeTakeFirst();
  }

  private translationView(t: TranslationRow, names: Map<string, string>): TranslationView {
    const ref = TranslatedContentStore.ref;
    return {
      locale: t.locale,
      title: t.title,
      body: t.body,
      status: t.status,
      version: t.version,
      updatedAt: t.updated_at,
      updatedBy: ref(names, t.updated_by),
      statusChangedAt: t.status_changed_at,
      statusChangedBy: ref(names, t.status_changed_by),
      published:
        t.published_at !== null && t.published_title !== null && t.published_body !== null
          ? {
              title: t.published_title,
              body: t.published_body,
              publishedAt: t.published_at,
              publishedBy: ref(names, t.published_by),
            }
          : null,
      editedSinceImport: t.imported_version !== null && t.imported_version !== t.version,
    };
  }

  /** Every translation of an item, with the working text, the published version and who changed them. */
  protected async translationsOf(
    id: string,
    db: Kysely<Database> = this.db,
  ): Promise<Partial<Record<ContentLocale, TranslationView>>> {
    const translations = await TranslatedContentStore.shared(db)
      .selectFrom(this.names.translations)
      .selectAll()
      .where(this.names.owner, '=', id)
      .execute();
    const names = await this.staffNames(
      translations.flatMap((t) => [t.updated_by, t.status_changed_by, t.published_by]),
    );
    const own: Partial<Record<ContentLocale, TranslationView>> = {};
    for (const t of translations) own[t.locale] = this.translationView(t, names);
    return own;
  }

  /** The status of each translation of the items `ids`, by item id (every id has an entry). */
  protected async summariesOf(
    ids: readonly string[],
  ): Promise<Map<string, Partial<Record<ContentLocale, TranslationSummary>>>> {
    const summaries = new Map(
      ids.map((id) => [id, {} as Partial<Record<ContentLocale, TranslationSummary>>]),
    );
    if (!ids.length) return summaries;
    const rows = await TranslatedContentStore.shared(this.db)
      .selectFrom(this.names.translations)
      .select((eb) => [
        eb.ref(this.names.owner).as('owner_id'),
        'locale',
        'status',
        'title',
        'version',
        'updated_at',
        'published_at',
      ])
      .where(this.names.owner, 'in', ids)
      .execute();
    for (const t of rows) {
      const own = summaries.get(t.owner_id);
      if (!own) continue;
      own[t.locale] = {
        status: t.status,
        title: t.title,
        version: t.version,
        updatedAt: t.updated_at,
        publishedAt: t.published_at,
      };
    }
    return summaries;
  }

  private async translation(id: string, locale: ContentLocale): Promise<TranslationView> {
    const row = await this.translationRow(this.db, id, locale);
    if (!row) throw AppError.notFound();
    const names = await this.staffNames([row.updated_by, row.status_changed_by, row.published_by]);
    return this.translationView(row, names);
  }

  /** The history of an item, newest first (also of a deleted alert), or undefined when it does not exist. */
  async history(id: string, limit = 200): Promise<ContentRevisionView<RevisionAction<K>>[] | undefined> {
    const shared = TranslatedContentStore.shared(this.db);
    const exists = await shared
      .selectFrom(this.names.items)
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!exists) return undefined;
    const rows = await shared
      .selectFrom(this.names.revisions)
      .selectAll()
      .where(this.names.owner, '=', id)
      .orderBy('changed_at', 'desc')
      .orderBy('version', 'desc')
      .limit(limit)
      .execute();
    const names = await this.staffNames(rows.map((r) => r.changed_by));
    return rows.map((r) => ({
      id: r.id,
      locale: r.locale,
      // The kind's own table holds only its actions (its check constraint).
      action: r.action as RevisionAction<K>,
      version: r.version,
      status: r.status,
      title: r.title,
      body: r.body,
      changedAt: r.changed_at,
      changedBy: TranslatedContentStore.ref(names, r.changed_by),
    }));
  }

  // -------------------------------------------------------------------------------------------------------
  // Changes from the console

  private async insertTranslation(trx: Kysely<Database>, id: string, row: TranslationInsert): Promise<void> {
    await TranslatedContentStore.shared(trx)
      .insertInto(this.names.translations)
      .values({ ...row, id: randomUUID(), [this.names.owner]: id })
      .execute();
  }

  private async currentAt(
    trx: Kysely<Database>,
    id: string,
    locale: ContentLocale,
    version: number,
  ): Promise<TranslationRow> {
    await this.assertLive(trx, id);
    const current = await this.translationRow(trx, id, locale);
    if (!current) throw AppError.notFound();
    if (current.version !== version) {
      throw new ConflictError(this.translationTable, current.id, version, current.version);
    }
    return current;
  }

  /**
   * Writes a translation's working text (after `checkText`). `version` is the version the editor started
   * from (0 for a translation that does not exist yet). A changed text becomes a draft again; the published version, if
   * any, stays public until the new text is reviewed and published.
   */
  async saveTranslation(
    id: string,
    locale: ContentLocale,
    input: { version: number; title: string; body: string },
    actor: ContentActor,
  ): Promise<TranslationView> {
    this.checkText(input.title, input.body);
    const userId = actor.user?.id ?? null;
    await this.db.transaction().execute(async (trx) => {
      await this.assertLive(trx, id);
      const current = await this.translationRow(trx, id, locale);
      const now = this.now();
      if (!current) {
        if (input.version !== 0) throw new ConflictError(this.translationTable, id, input.version, 0);
        await this.insertTranslation(trx, id, {
          locale,
          title: input.title,
          body: input.body,
          status: 'draft',
          status_changed_at: now,
          status_changed_by: userId,
          updated_at: now,
          updated_by: userId,
          version: 1,
          ...NOT_PUBLISHED,
          imported_version: null,
          imported_hash: null,
        });
        await this.revision(trx, id, {
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
        throw new ConflictError(this.translationTable, current.id, input.version, current.version);
      }
      if (current.title === input.title && current.body === input.body) return;
      const statusChanges = current.status !== 'draft';
      const next = await updateVersioned(
        trx,
        this.translationTable,
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
      await this.revision(trx, id, {
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
      const current = await this.currentAt(trx, id, locale, input.version);
      if (!canChangeStatus(current.status, input.status)) {
        if (input.status === 'published') throw new AppError(409, 'content.notReviewed');
        throw new AppError(409, 'content.invalidStatusChange');
      }
      const now = this.now();
      const publish = input.status === 'published';
      const withdraw = current.status === 'published' && input.status === 'draft';
      const next = await updateVersioned(
        trx,
        this.translationTable,
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
          ...(withdraw ? NOT_PUBLISHED : {}),
        },
        this.clock,
      );
      await this.revision(trx, id, {
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
      const current = await this.currentAt(trx, id, locale, version);
      if (current.published_at === null) throw new AppError(409, 'content.notPublished');
      const now = this.now();
      const status = current.status === 'published' ? 'draft' : current.status;
      const next = await updateVersioned(
        trx,
        this.translationTable,
        current.id,
        version,
        {
          status,
          status_changed_at: now,
          status_changed_by: userId,
          ...NOT_PUBLISHED,
        },
        this.clock,
      );
      await this.revision(trx, id, {
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

  // -------------------------------------------------------------------------------------------------------
  // Import of the repository's files

  /**
   * Imports an item's translations from its files, inside the caller's transaction: a new translation is
   * inserted (a `published` file publishes it); a changed file updates a translation only if nobody edited
   * it in the console since the last import (else it is skipped and reported); a file already imported, or
   * whose text and status the translation already has, changes nothing.
   */
  protected async importTranslations(
    trx: Kysely<Database>,
    id: string,
    files: readonly TranslationFile[],
    now: string,
  ): Promise<TranslationImport[]> {
    const results: TranslationImport[] = [];
    for (const t of files) {
      const hash = importHash(t.title, t.body, t.status);
      const published =
        t.status === 'published'
          ? { published_title: t.title, published_body: t.body, published_at: now, published_by: null }
          : {};
      const current = await this.translationRow(trx, id, t.locale);
      let outcome: TranslationImport['outcome'];
      let version = 0;
      if (!current) {
        await this.insertTranslation(trx, id, {
          locale: t.locale,
          title: t.title,
          body: t.body,
          status: t.status,
          status_changed_at: now,
          status_changed_by: null,
          updated_at: now,
          updated_by: null,
          version: 1,
          ...NOT_PUBLISHED,
          ...published,
          imported_version: 1,
          imported_hash: hash,
        });
        version = 1;
        outcome = 'added';
      } else if (current.imported_hash === hash) {
        outcome = 'unchanged';
      } else if (current.title === t.title && current.body === t.body && current.status === t.status) {
        // Same text already (typed in the console too): remember the import, change nothing else.
        await TranslatedContentStore.shared(trx)
          .updateTable(this.names.translations)
          .set({ imported_version: current.version, imported_hash: hash })
          .where('id', '=', current.id)
          .execute();
        outcome = 'unchanged';
      } else if (current.imported_version !== null && current.imported_version === current.version) {
        version = await updateVersioned(
          trx,
          this.translationTable,
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
        await TranslatedContentStore.shared(trx)
          .updateTable(this.names.translations)
          .set({ imported_version: version, imported_hash: hash })
          .where('id', '=', current.id)
          .execute();
        outcome = 'updated';
      } else {
        outcome = 'skippedEdited';
      }
      if (outcome === 'added' || outcome === 'updated') {
        await this.revision(trx, id, {
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
      results.push({ locale: t.locale, outcome });
    }
    return results;
  }

  /**
   * The audit event of an item's import, written only when the import changed something: the item was
   * created, a translation added or updated, or one of the kind's own `changes` is true.
   */
  protected async auditImport(
    trx: Kysely<Database>,
    actor: ContentActor,
    id: string,
    created: boolean,
    results: readonly TranslationImport[],
    changes: Record<string, boolean> = {},
  ): Promise<void> {
    const added = results.filter((r) => r.outcome === 'added').length;
    const updated = results.filter((r) => r.outcome === 'updated').length;
    if (!created && !added && !updated && !Object.values(changes).some(Boolean)) return;
    await this.audit(trx, actor, created ? 'create' : 'update', id, ['title', 'body', 'status'], {
      import: true,
      added,
      updated,
      ...changes,
    });
  }
}
