import { orderedId } from '../../db/ordered-id.js';
import {
  changedContactFields,
  formatContactCode,
  nameTokens,
  normalizePhone,
  type ContactCallerKind,
  type ContactChannel,
  type ContactDirection,
  type ContactField,
  type ContactOutcome,
  type ContactTopic,
  type ContactUrgency,
} from '@putokaz/core';
import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { inScope } from '../../access/record-scope.js';
import { fromJson, lockForUpdate, nowIso, toJson, type DialectName } from '../../db/dialect.js';
import type { ContactTable, Database } from '../../db/schema.js';
import { ConflictError, updateVersioned } from '../../db/versioned.js';
import { AppError, type FieldProblem } from '../../http/errors.js';
import type { Keyring } from '../../security/keyring.js';

/** Which columns say whose a contact is: the team it was logged in, the operator who handled it, its author. */
export const CONTACT_SCOPE = {
  team: 'contacts.team',
  owners: ['contacts.handled_by', 'contacts.created_by'],
} as const;

/** Blind-index purposes of contacts (separate from persons', so the two tables cannot be joined on them). */
export const CONTACT_NAME_PURPOSE = 'contact.name';
export const CONTACT_PHONE_PURPOSE = 'contact.phone';

const field = (column: 'caller_name' | 'caller_phone' | 'summary', id: string) => ({
  table: 'contacts',
  column,
  recordId: id,
});

/** A contact as the API takes it (create) or changes it (update: any subset). */
export interface ContactInput {
  occurredAt: string;
  direction: ContactDirection;
  channel: ContactChannel;
  callerKind: ContactCallerKind;
  callerName: string | null;
  callerPhone: string | null;
  language: string | null;
  topic: ContactTopic;
  urgency: ContactUrgency;
  summary: string | null;
  outcome: ContactOutcome | null;
  durationMinutes: number | null;
  handledBy: string;
  personId: string | null;
  caseId: string | null;
}

export interface ContactView {
  id: string;
  code: string;
  occurredAt: string;
  direction: ContactDirection;
  channel: ContactChannel;
  caller: { kind: ContactCallerKind; name: string | null; phone: string | null };
  language: string | null;
  topic: ContactTopic;
  urgency: ContactUrgency;
  summary: string | null;
  outcome: ContactOutcome | null;
  durationMinutes: number | null;
  handledBy: { id: string; displayName: string | null };
  person: { id: string; code: string | null } | null;
  caseId: string | null;
  /** The linked case's reference code (C-2026-0042), when the case exists. */
  caseCode: string | null;
  helpRequestId: string | null;
  team: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ContactChange {
  version: number;
  action: 'create' | 'update';
  changedAt: string;
  changedBy: { id: string; displayName: string | null };
  fields: ContactField[];
}

export interface ContactFilters {
  topic?: ContactTopic | undefined;
  urgency?: ContactUrgency | undefined;
  outcome?: ContactOutcome | undefined;
  personId?: string | undefined;
  caseId?: string | undefined;
}

type Row = ContactTable & {
  handled_by_name: string | null;
  person_code: string | null;
  case_code: string | null;
};
type Db = Kysely<Database> | Transaction<Database>;

/** Next value of a named counter, under a lock, in the caller's transaction. */
async function nextCounter(trx: Db, dialect: DialectName, name: string): Promise<number> {
  await lockForUpdate(trx, dialect, `counter:${name}`);
  const row = await trx.selectFrom('counters').select('value').where('name', '=', name).executeTakeFirst();
  const value = (row?.value ?? 0) + 1;
  if (row) await trx.updateTable('counters').set({ value }).where('name', '=', name).execute();
  else await trx.insertInto('counters').values({ name, value }).execute();
  return value;
}

/** An opaque timeline cursor (a person's contacts on the timeline): the last item's `occurred_at` and id. */
export function encodeCursor(occurredAt: string, id: string): string {
  return Buffer.from(`${occurredAt}|${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { occurredAt: string; id: string } | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const [occurredAt, id, extra] = text.split('|');
  if (extra !== undefined || !occurredAt || !id) return undefined;
  if (Number.isNaN(Date.parse(occurredAt)) || !/^[A-Za-z0-9-]{1,64}$/.test(id)) return undefined;
  return { occurredAt, id };
}

/**
 * An opaque cursor of the contacts list: the last item's `occurred_at`, `created_at` and id (the list's sort
 * key; contacts recorded for the same minute come in the order they were recorded, newest first).
 */
export function encodeListCursor(occurredAt: string, createdAt: string, id: string): string {
  return Buffer.from(`${occurredAt}|${createdAt}|${id}`, 'utf8').toString('base64url');
}

export function decodeListCursor(
  cursor: string,
): { occurredAt: string; createdAt: string; id: string } | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const [occurredAt, createdAt, id, extra] = text.split('|');
  if (extra !== undefined || !occurredAt || !createdAt || !id) return undefined;
  if (Number.isNaN(Date.parse(occurredAt)) || Number.isNaN(Date.parse(createdAt))) return undefined;
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) return undefined;
  return { occurredAt, createdAt, id };
}

/** A phone number as the caller gave it → its E.164 form for the blind index, when it is a number at all. */
export function phoneKey(given: string | null | undefined): string | undefined {
  if (!given) return undefined;
  return normalizePhone(given) ?? undefined;
}

/** Is a table missing? (SQLite "no such table", PostgreSQL 42P01.) */
function isMissingTable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === '42P01' || (typeof e?.message === 'string' && e.message.includes('no such table'));
}

/**
 * Contacts as one signed-in user may see them: every query carries the user's scope (`contact.read` for
 * reads, `contact.write` for changes), the caller's name and phone number and the summary are encrypted before
 * they reach the database, and exact lookups go through keyed blind indexes.
 */
export class ContactStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly keyring: Keyring,
    private readonly access: AccessContext,
  ) {}

  private baseQuery(db: Db) {
    return db
      .selectFrom('contacts')
      .leftJoin('staff_users', 'staff_users.id', 'contacts.handled_by')
      .leftJoin('persons', 'persons.id', 'contacts.person_id')
      .leftJoin('cases', 'cases.id', 'contacts.case_id')
      .selectAll('contacts')
      .select([
        'staff_users.display_name as handled_by_name',
        'persons.code as person_code',
        'cases.code as case_code',
      ]);
  }

  decrypt(row: Row): ContactView {
    const read = (column: 'caller_name' | 'caller_phone' | 'summary') => {
      const value = row[column];
      return value === null ? null : this.keyring.decrypt(value, field(column, row.id));
    };
    return {
      id: row.id,
      code: row.code,
      occurredAt: row.occurred_at,
      direction: row.direction,
      channel: row.channel,
      caller: { kind: row.caller_kind, name: read('caller_name'), phone: read('caller_phone') },
      language: row.language,
      topic: row.topic,
      urgency: row.urgency,
      summary: read('summary'),
      outcome: row.outcome,
      durationMinutes: row.duration_minutes,
      handledBy: { id: row.handled_by, displayName: row.handled_by_name },
      person: row.person_id ? { id: row.person_id, code: row.person_code } : null,
      caseId: row.case_id,
      caseCode: row.case_code,
      helpRequestId: row.help_request_id,
      team: row.team,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  }

  /** The blind-index rows of a caller's name and phone number. */
  private identifiers(id: string, name: string | null, phone: string | null) {
    const e164 = phoneKey(phone);
    return [
      ...nameTokens(name).map((t) => ({
        contact_id: id,
        kind: 'name' as const,
        hash: this.keyring.blindIndex(CONTACT_NAME_PURPOSE, t),
      })),
      ...(e164
        ? [
            {
              contact_id: id,
              kind: 'phone' as const,
              hash: this.keyring.blindIndex(CONTACT_PHONE_PURPOSE, e164),
            },
          ]
        : []),
    ];
  }

  /**
   * Checks the links of a contact before it is written: the operator who handled it is an active staff user
   * the writer may assign (their team unless their scope is `all`), the person exists within the writer's
   * `person.read` scope, the case exists (when the cases table does). Throws a validation error naming the
   * fields; `existing` is the contact being changed (its unchanged links are not checked again).
   */
  async checkLinks(
    input: Partial<Pick<ContactInput, 'handledBy' | 'personId' | 'caseId'>>,
    existing?: ContactView,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    const invalid = (path: string) =>
      problems.push({ path, code: 'notFound', messageKey: 'errors.contacts.linkNotFound' });
    if (input.handledBy && input.handledBy !== existing?.handledBy.id) {
      const user = await this.db
        .selectFrom('staff_users')
        .select(['id', 'team', 'status', 'role'])
        .where('id', '=', input.handledBy)
        .executeTakeFirst();
      const sameTeam = this.access.scope('contact.write') === 'all' || user?.team === this.access.team;
      const own = input.handledBy === this.access.userId;
      if (!user || user.status !== 'active' || !(own || (sameTeam && this.access.team !== null)))
        invalid('handledBy');
    }
    if (input.personId && input.personId !== existing?.person?.id) {
      const person = this.access.can('person.read')
        ? await this.db
            .selectFrom('persons')
            .select('id')
            .where('id', '=', input.personId)
            .where(
              inScope(this.access, 'person.read', {
                team: 'persons.team',
                owners: ['persons.assigned_to', 'persons.created_by'],
              }),
            )
            .executeTakeFirst()
        : undefined;
      if (!person) invalid('personId');
    }
    if (input.caseId && input.caseId !== existing?.caseId) {
      if ((await this.caseExists(input.caseId)) === false) invalid('caseId');
    }
    if (problems.length) throw AppError.validation(problems);
  }

  /**
   * Whether a case exists within the user's case.read scope: false when it does not (or is outside the scope),
   * undefined while there is no cases table (the link is then kept as given).
   */
  async caseExists(caseId: string): Promise<boolean | undefined> {
    try {
      const found = await this.db
        .selectFrom('cases')
        .select('id')
        .where('id', '=', caseId)
        .where(
          this.access.can('case.read')
            ? inScope(this.access, 'case.read', {
                team: 'cases.team',
                owners: ['cases.assigned_to', 'cases.created_by'],
              })
            : sql<SqlBool>`1 = 0`,
        )
        .executeTakeFirst();
      return found !== undefined;
    } catch (error) {
      if (isMissingTable(error)) return undefined;
      throw error;
    }
  }

  /**
   * Records a contact with a new reference code (K-<year>-<n>) and its first history entry, in the caller's
   * transaction when one is given (the help-request step uses that). The links must have been checked.
   */
  async create(
    input: ContactInput,
    options: { trx?: Transaction<Database>; helpRequestId?: string; fields?: readonly ContactField[] } = {},
  ): Promise<{ id: string; code: string; version: number }> {
    const run = async (trx: Transaction<Database>) => {
      const id = orderedId();
      const now = nowIso();
      const year = Number(now.slice(0, 4));
      const code = formatContactCode(year, await nextCounter(trx, this.dialect, `contact:${year}`));
      const encrypt = (column: 'caller_name' | 'caller_phone' | 'summary', value: string | null) =>
        value === null ? null : this.keyring.encrypt(value, field(column, id));
      await trx
        .insertInto('contacts')
        .values({
          id,
          code,
          occurred_at: input.occurredAt,
          direction: input.direction,
          channel: input.channel,
          caller_kind: input.callerKind,
          caller_name: encrypt('caller_name', input.callerName),
          caller_phone: encrypt('caller_phone', input.callerPhone),
          language: input.language,
          topic: input.topic,
          urgency: input.urgency,
          summary: encrypt('summary', input.summary),
          outcome: input.outcome,
          duration_minutes: input.durationMinutes,
          handled_by: input.handledBy,
          person_id: input.personId,
          case_id: input.caseId,
          help_request_id: options.helpRequestId ?? null,
          team: this.access.team,
          created_by: this.access.userId,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      const identifiers = this.identifiers(id, input.callerName, input.callerPhone);
      if (identifiers.length)
        await trx
          .insertInto('contact_identifiers')
          .values(identifiers)
          .onConflict((oc) => oc.doNothing())
          .execute();
      const fields = options.fields ?? changedContactFields({}, { ...input });
      await trx
        .insertInto('contact_changes')
        .values({
          contact_id: id,
          version: 1,
          action: 'create',
          changed_at: now,
          changed_by: this.access.userId,
          fields: toJson(fields),
        })
        .execute();
      return { id, code, version: 1 };
    };
    return options.trx ? run(options.trx) : this.db.transaction().execute(run);
  }

  /** One contact within the user's `contact.read` scope; undefined when missing or outside the scope alike. */
  async get(id: string, db: Db = this.db): Promise<ContactView | undefined> {
    const row = await this.baseQuery(db)
      .where('contacts.id', '=', id)
      .where(inScope(this.access, 'contact.read', CONTACT_SCOPE))
      .executeTakeFirst();
    return row ? this.decrypt(row) : undefined;
  }

  /**
   * A page of contacts within scope, filtered, newest first by when they happened; contacts of the same time
   * newest recorded first, then by id, so the order and the pages are stable.
   */
  async list(
    filters: ContactFilters,
    limit: number,
    cursor?: string,
  ): Promise<{ items: ContactView[]; nextCursor: string | null }> {
    let query = this.baseQuery(this.db).where(inScope(this.access, 'contact.read', CONTACT_SCOPE));
    if (filters.topic) query = query.where('contacts.topic', '=', filters.topic);
    if (filters.urgency) query = query.where('contacts.urgency', '=', filters.urgency);
    if (filters.outcome) query = query.where('contacts.outcome', '=', filters.outcome);
    if (filters.personId) query = query.where('contacts.person_id', '=', filters.personId);
    if (filters.caseId) query = query.where('contacts.case_id', '=', filters.caseId);
    if (cursor) {
      const after = decodeListCursor(cursor);
      if (!after) throw AppError.validation([{ path: 'cursor', code: 'invalidValue' }]);
      query = query.where((eb) =>
        eb.or([
          eb('contacts.occurred_at', '<', after.occurredAt),
          eb.and([
            eb('contacts.occurred_at', '=', after.occurredAt),
            eb.or([
              eb('contacts.created_at', '<', after.createdAt),
              eb.and([eb('contacts.created_at', '=', after.createdAt), eb('contacts.id', '<', after.id)]),
            ]),
          ]),
        ]),
      );
    }
    const rows = await query
      .orderBy('contacts.occurred_at', 'desc')
      .orderBy('contacts.created_at', 'desc')
      .orderBy('contacts.id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => this.decrypt(r)),
      nextCursor:
        rows.length > limit && last ? encodeListCursor(last.occurred_at, last.created_at, last.id) : null,
    };
  }

  /** Who changed which fields, oldest first (versions after `afterVersion` when given). */
  async history(id: string, afterVersion = 0, db: Db = this.db): Promise<ContactChange[]> {
    const rows = await db
      .selectFrom('contact_changes')
      .leftJoin('staff_users', 'staff_users.id', 'contact_changes.changed_by')
      .select([
        'contact_changes.version',
        'contact_changes.action',
        'contact_changes.changed_at',
        'contact_changes.changed_by',
        'contact_changes.fields',
        'staff_users.display_name',
      ])
      .where('contact_changes.contact_id', '=', id)
      .where('contact_changes.version', '>', afterVersion)
      .orderBy('contact_changes.version', 'asc')
      .execute();
    return rows.map((r) => ({
      version: r.version,
      action: r.action,
      changedAt: r.changed_at,
      changedBy: { id: r.changed_by, displayName: r.display_name },
      fields: fromJson<ContactField[]>(r.fields),
    }));
  }

  /**
   * Changes a contact that is still at `version`, within the user's `contact.write` scope. Returns the fields
   * that changed (none: nothing is written, the version stays). A stale version throws a 409 whose details
   * list the changes made since (who, when, which fields); outside the scope it is not found.
   */
  async update(
    id: string,
    version: number,
    changes: Partial<ContactInput>,
  ): Promise<{ contact: ContactView; fields: ContactField[] }> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const row = await this.baseQuery(trx)
          .where('contacts.id', '=', id)
          .where(inScope(this.access, 'contact.write', CONTACT_SCOPE))
          .executeTakeFirst();
        if (!row) throw AppError.notFound();
        if (row.version !== version) throw new ConflictError('contacts', id, version, row.version);
        const current = this.decrypt(row);
        const before: Record<ContactField, string | number | null> = {
          occurredAt: current.occurredAt,
          direction: current.direction,
          channel: current.channel,
          callerKind: current.caller.kind,
          callerName: current.caller.name,
          callerPhone: current.caller.phone,
          language: current.language,
          topic: current.topic,
          urgency: current.urgency,
          summary: current.summary,
          outcome: current.outcome,
          durationMinutes: current.durationMinutes,
          handledBy: current.handledBy.id,
          personId: current.person?.id ?? null,
          caseId: current.caseId,
        };
        const fields = changedContactFields(before, changes);
        if (fields.length === 0) return { contact: current, fields };
        const encrypt = (column: 'caller_name' | 'caller_phone' | 'summary', value: string | null) =>
          value === null ? null : this.keyring.encrypt(value, field(column, id));
        const set: Partial<Record<string, unknown>> = {};
        for (const name of fields) {
          const value = changes[name] ?? null;
          switch (name) {
            case 'callerName':
              set.caller_name = encrypt('caller_name', value as string | null);
              break;
            case 'callerPhone':
              set.caller_phone = encrypt('caller_phone', value as string | null);
              break;
            case 'summary':
              set.summary = encrypt('summary', value as string | null);
              break;
            case 'occurredAt':
              set.occurred_at = value;
              break;
            case 'callerKind':
              set.caller_kind = value;
              break;
            case 'durationMinutes':
              set.duration_minutes = value;
              break;
            case 'handledBy':
              set.handled_by = value;
              break;
            case 'personId':
              set.person_id = value;
              break;
            case 'caseId':
              set.case_id = value;
              break;
            default:
              set[name] = value;
          }
        }
        const next = await updateVersioned(trx, 'contacts', id, version, set as never);
        if (fields.includes('callerName') || fields.includes('callerPhone')) {
          await trx.deleteFrom('contact_identifiers').where('contact_id', '=', id).execute();
          const identifiers = this.identifiers(
            id,
            fields.includes('callerName') ? (changes.callerName ?? null) : current.caller.name,
            fields.includes('callerPhone') ? (changes.callerPhone ?? null) : current.caller.phone,
          );
          if (identifiers.length)
            await trx
              .insertInto('contact_identifiers')
              .values(identifiers)
              .onConflict((oc) => oc.doNothing())
              .execute();
        }
        await trx
          .insertInto('contact_changes')
          .values({
            contact_id: id,
            version: next,
            action: 'update',
            changed_at: nowIso(),
            changed_by: this.access.userId,
            fields: toJson(fields),
          })
          .execute();
        const updated = await this.baseQuery(trx).where('contacts.id', '=', id).executeTakeFirstOrThrow();
        return { contact: this.decrypt(updated), fields };
      });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // The transaction has rolled back: say what changed since the version the change was based on.
      const since = await this.history(id, version);
      throw AppError.conflict({
        expectedVersion: version,
        currentVersion: error.currentVersion,
        changedFields: [...new Set(since.flatMap((c) => c.fields))],
        changes: since,
      });
    }
  }

  /**
   * Contacts within scope whose caller's phone number or name tokens have these blind indexes: those sharing
   * the phone number first, then those sharing more name tokens, then the most recent, at most `limit`.
   */
  async candidates(
    hashes: readonly { kind: 'name' | 'phone'; hash: string }[],
    limit: number,
  ): Promise<ContactView[]> {
    if (hashes.length === 0) return [];
    const ids = await this.db
      .selectFrom('contact_identifiers')
      .innerJoin('contacts', 'contacts.id', 'contact_identifiers.contact_id')
      .select([
        'contacts.id as id',
        'contacts.occurred_at as occurred_at',
        // How much a candidate shares with the query: the phone number outweighs any number of name tokens.
        sql<number>`sum(case when ${sql.ref('contact_identifiers.kind')} = 'phone' then 100 else 1 end)`.as(
          'weight',
        ),
      ])
      .where((eb) =>
        eb.or(
          hashes.map((h) =>
            eb.and([
              eb('contact_identifiers.kind', '=', h.kind),
              eb('contact_identifiers.hash', '=', h.hash),
            ]),
          ),
        ),
      )
      .where(inScope(this.access, 'contact.read', CONTACT_SCOPE))
      .groupBy(['contacts.id', 'contacts.occurred_at'])
      .orderBy('weight', 'desc')
      .orderBy('contacts.occurred_at', 'desc')
      .limit(limit)
      .execute();
    if (ids.length === 0) return [];
    const rows = await this.baseQuery(this.db)
      .where(
        'contacts.id',
        'in',
        ids.map((r) => r.id),
      )
      .execute();
    const order = new Map(ids.map((r, index) => [r.id, index]));
    return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)).map((r) => this.decrypt(r));
  }
}
