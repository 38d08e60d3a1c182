import { orderedId } from '../../db/ordered-id.js';
import type { InstitutionKind, ServiceProvider, ServiceType } from '@putokaz/core';
import type { Kysely } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { fromJson, nowIso, toJson } from '../../db/dialect.js';
import type { Database, ServiceChangeTable, ServiceTable } from '../../db/schema.js';
import { ConflictError, RecordNotFoundError, updateVersioned } from '../../db/versioned.js';
import { AppError } from '../../http/errors.js';
import type { Keyring } from '../../security/keyring.js';
import { decodeCursor, encodeCursor, type CaseStore, type Page } from '../cases/case-store.js';
import { personInScope, readablePerson } from '../cases/person-access.js';
import { afterCursor, type TimelineCursor } from '../cases/timeline-cursor.js';

const noteField = (id: string) => ({ table: 'services', column: 'note', recordId: id });
const reasonField = (id: string) => ({ table: 'services', column: 'removal_reason', recordId: id });

/** The fields of a service a user corrects (the person and the case stay). */
export const SERVICE_FIELDS = [
  'type',
  'institutionKind',
  'deliveredOn',
  'quantity',
  'cost',
  'provider',
  'partnerName',
  'project',
  'note',
] as const;
export type ServiceField = (typeof SERVICE_FIELDS)[number];
export type ServiceFields = Omit<ServiceInput, 'caseId'>;

/** One entry of a service's history: who changed which fields when (the reason only for a removal). */
export interface ServiceChangeView {
  id: string;
  version: number;
  kind: ServiceChangeTable['kind'];
  fields: string[];
  reason: string | null;
  /** `name` is null when the user no longer exists. */
  actor: { id: string; name: string | null };
  at: string;
}

/** A stale correction or removal: the current version and every change since the version the caller had. */
export class ServiceConflict extends Error {
  constructor(
    readonly currentVersion: number,
    readonly changes: ServiceChangeView[],
  ) {
    super('service changed since');
    this.name = 'ServiceConflict';
  }
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface ServiceInput {
  type: ServiceType;
  institutionKind: InstitutionKind | null;
  deliveredOn: string;
  quantity: number;
  cost: { amountMinor: number; currency: string } | null;
  provider: ServiceProvider;
  partnerName: string | null;
  project: string | null;
  note: string | null;
  caseId: string | null;
}

export interface ServiceView {
  id: string;
  personId: string;
  personCode: string;
  caseId: string | null;
  caseCode: string | null;
  type: ServiceType;
  institutionKind: InstitutionKind | null;
  deliveredOn: string;
  quantity: number;
  cost: { amountMinor: number; currency: string } | null;
  provider: ServiceProvider;
  partnerName: string | null;
  project: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
  version: number;
  /** Set when the service was removed (only ever shown by `get` and the history, never in lists). */
  removed: { at: string; by: string; reason: string | null } | null;
}

/** The instant the timeline places a service at: its delivery day, at the time of day it was recorded. */
export function serviceSortAt(deliveredOn: string, recordedAt: string): string {
  return `${deliveredOn}T${recordedAt.slice(11)}`;
}

type Row = ServiceTable & { person_code: string; case_code: string | null };

/**
 * Services delivered to persons. Recording one needs `service.write` for the person (or for the case it is
 * recorded under, when the person is on that case); reading follows the person's (person.read) or the case's
 * (case.read) scope. The note is encrypted; the cost is kept in integer minor units with its currency.
 */
export class ServiceStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly keyring: Keyring,
    private readonly access: AccessContext,
    private readonly cases: CaseStore,
  ) {}

  async record(personId: string, input: ServiceInput): Promise<{ id: string; version: number }> {
    const person = await readablePerson(this.db, this.access, personId);
    if (!person) throw AppError.notFound();
    let allowed = await personInScope(this.db, this.access, personId, 'service.write');
    if (input.caseId !== null) {
      if (!(await this.cases.readable(input.caseId))) throw new AppError(404, 'services.caseNotFound');
      const member = await this.db
        .selectFrom('case_persons')
        .select('person_id')
        .where('case_id', '=', input.caseId)
        .where('person_id', '=', personId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (!member) throw new AppError(409, 'services.personNotOnCase');
      allowed ||= await this.cases.inScopeFor(input.caseId, 'service.write');
    }
    if (!allowed) throw AppError.forbidden();
    const id = orderedId();
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('services')
        .values({
          id,
          person_id: personId,
          case_id: input.caseId,
          type: input.type,
          institution_kind: input.institutionKind,
          delivered_on: input.deliveredOn,
          sort_at: serviceSortAt(input.deliveredOn, now),
          quantity: input.quantity,
          cost_minor: input.cost?.amountMinor ?? null,
          currency: input.cost?.currency ?? null,
          provider: input.provider,
          partner_name: input.partnerName,
          project: input.project,
          note: input.note === null ? null : this.keyring.encrypt(input.note, noteField(id)),
          team: person.team ?? this.access.team,
          created_by: this.access.userId,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      await this.recordChange(trx, id, 1, 'create', [], now);
    });
    return { id, version: 1 };
  }

  /** The service as the API shows it; without `withNote` the note is not decrypted (null). */
  private view(row: Row, withNote = true): ServiceView {
    return {
      id: row.id,
      personId: row.person_id,
      personCode: row.person_code,
      caseId: row.case_id,
      caseCode: row.case_code,
      type: row.type as ServiceType,
      institutionKind: row.institution_kind as InstitutionKind | null,
      deliveredOn: row.delivered_on,
      quantity: row.quantity,
      cost:
        row.cost_minor === null || row.currency === null
          ? null
          : { amountMinor: Number(row.cost_minor), currency: row.currency },
      provider: row.provider,
      partnerName: row.partner_name,
      project: row.project,
      note: row.note === null || !withNote ? null : this.keyring.decrypt(row.note, noteField(row.id)),
      createdBy: row.created_by,
      createdAt: row.created_at,
      version: row.version,
      removed:
        row.removed_at === null
          ? null
          : {
              at: row.removed_at,
              by: row.removed_by ?? '',
              reason:
                row.removal_reason === null || !withNote
                  ? null
                  : this.keyring.decrypt(row.removal_reason, reasonField(row.id)),
            },
    };
  }

  private base() {
    return this.db
      .selectFrom('services')
      .innerJoin('persons', 'persons.id', 'services.person_id')
      .leftJoin('cases', 'cases.id', 'services.case_id')
      .selectAll('services')
      .select(['persons.code as person_code', 'cases.code as case_code']);
  }

  /** One service, when its person (person.read) or its case (case.read) is within the user's scope. */
  async get(id: string): Promise<ServiceView | undefined> {
    const row = (await this.base().where('services.id', '=', id).executeTakeFirst()) as Row | undefined;
    if (!row) return undefined;
    const visible =
      (await readablePerson(this.db, this.access, row.person_id)) !== undefined ||
      (row.case_id !== null && (await this.cases.readable(row.case_id)));
    return visible ? this.view(row) : undefined;
  }

  /** Services by `sort_at` then id, newest first, for one person or one case. */
  private async page(
    where: { column: 'services.person_id' | 'services.case_id'; value: string },
    limit: number,
    cursor: string | undefined,
  ): Promise<Page<ServiceView>> {
    const after = decodeCursor(cursor, 2);
    let query = this.base().where(where.column, '=', where.value).where('services.removed_at', 'is', null);
    if (after) {
      const [at = '', id = ''] = after;
      query = query.where((eb) =>
        eb.or([
          eb('services.sort_at', '<', at),
          eb.and([eb('services.sort_at', '=', at), eb('services.id', '<', id)]),
        ]),
      );
    }
    const rows = (await query
      .orderBy('services.sort_at', 'desc')
      .orderBy('services.id', 'desc')
      .limit(limit + 1)
      .execute()) as Row[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => this.view(r)),
      nextCursor: rows.length > limit && last ? encodeCursor(last.sort_at, last.id) : null,
    };
  }

  /** One person's services (the person must be within person.read scope, else 404). */
  async listForPerson(personId: string, limit: number, cursor?: string): Promise<Page<ServiceView>> {
    if (!(await readablePerson(this.db, this.access, personId))) throw AppError.notFound();
    return this.page({ column: 'services.person_id', value: personId }, limit, cursor);
  }

  /** A case's services (the case must be within case.read scope, else 404). */
  async listForCase(caseId: string, limit: number, cursor?: string): Promise<Page<ServiceView>> {
    if (!(await this.cases.readable(caseId))) throw AppError.notFound();
    return this.page({ column: 'services.case_id', value: caseId }, limit, cursor);
  }

  /** What the services of a case cost, per currency (integer minor units), and how many there are. */
  async caseTotals(
    caseId: string,
  ): Promise<{ count: number; costs: { currency: string; amountMinor: number; services: number }[] }> {
    const count = await this.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('case_id', '=', caseId)
      .where('removed_at', 'is', null)
      .executeTakeFirstOrThrow();
    const rows = await this.db
      .selectFrom('services')
      .select((eb) => [
        'currency',
        eb.fn.sum<number>('cost_minor').as('total'),
        eb.fn.countAll<number>().as('n'),
      ])
      .where('case_id', '=', caseId)
      .where('removed_at', 'is', null)
      .where('currency', 'is not', null)
      .where('cost_minor', 'is not', null)
      .groupBy('currency')
      .orderBy('currency')
      .execute();
    return {
      count: Number(count.n),
      costs: rows.map((r) => ({
        currency: r.currency as string,
        amountMinor: Number(r.total),
        services: Number(r.n),
      })),
    };
  }

  private async recordChange(
    db: Kysely<Database>,
    serviceId: string,
    version: number,
    kind: ServiceChangeTable['kind'],
    fields: readonly string[],
    at: string = nowIso(),
  ): Promise<void> {
    await db
      .insertInto('service_changes')
      .values({
        id: orderedId(),
        service_id: serviceId,
        version,
        kind,
        fields: toJson(fields),
        actor_id: this.access.userId,
        occurred_at: at,
      })
      .execute();
  }

  /** The current values of the correctable fields of a stored service. */
  private fieldsOf(row: Row): ServiceFields {
    const view = this.view(row);
    return {
      type: view.type,
      institutionKind: view.institutionKind,
      deliveredOn: view.deliveredOn,
      quantity: view.quantity,
      cost: view.cost,
      provider: view.provider,
      partnerName: view.partnerName,
      project: view.project,
      note: view.note,
    };
  }

  /**
   * The service a user is about to change: 404 when neither its person nor its case is readable, 403 when it
   * is readable but neither the person's nor the case's service.write scope reaches it.
   */
  private async rowForChange(id: string): Promise<Row> {
    const row = (await this.base().where('services.id', '=', id).executeTakeFirst()) as Row | undefined;
    if (!row) throw AppError.notFound();
    const visible =
      (await readablePerson(this.db, this.access, row.person_id)) !== undefined ||
      (row.case_id !== null && (await this.cases.readable(row.case_id)));
    if (!visible) throw AppError.notFound();
    const writable =
      (await personInScope(this.db, this.access, row.person_id, 'service.write')) ||
      (row.case_id !== null && (await this.cases.inScopeFor(row.case_id, 'service.write')));
    if (!writable) throw AppError.forbidden();
    return row;
  }

  /** The changes of a service after `version`, oldest first, with the actors' names. */
  private async changesSince(id: string, version: number): Promise<ServiceChangeView[]> {
    const rows = await this.db
      .selectFrom('service_changes')
      .leftJoin('staff_users', 'staff_users.id', 'service_changes.actor_id')
      .select([
        'service_changes.id',
        'service_changes.version',
        'service_changes.kind',
        'service_changes.fields',
        'service_changes.actor_id',
        'service_changes.occurred_at',
        'staff_users.display_name',
      ])
      .where('service_changes.service_id', '=', id)
      .where('service_changes.version', '>', version)
      .orderBy('service_changes.version')
      .orderBy('service_changes.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      kind: r.kind,
      fields: fromJson<string[]>(r.fields),
      reason: null,
      actor: { id: r.actor_id, name: r.display_name ?? null },
      at: r.occurred_at,
    }));
  }

  private async conflict(id: string, expected: number, current: number): Promise<ServiceConflict> {
    return new ServiceConflict(current, await this.changesSince(id, expected));
  }

  /**
   * Corrects the given fields of a service at `version`. Only fields whose value differs are written and
   * recorded; a change that changes nothing keeps the version. A removed service cannot be corrected (its
   * removal bumped the version, so the caller gets the conflict naming it). Throws ServiceConflict when
   * stale; `validate` sees the merged values before anything is written.
   */
  async update(
    id: string,
    version: number,
    input: Partial<ServiceFields>,
    validate: (merged: ServiceFields) => void,
  ): Promise<{ version: number; fields: ServiceField[] }> {
    const row = await this.rowForChange(id);
    if (row.version !== version) throw await this.conflict(id, version, row.version);
    if (row.removed_at !== null) throw AppError.notFound();
    const current = this.fieldsOf(row);
    const merged: ServiceFields = { ...current };
    for (const field of SERVICE_FIELDS) {
      if (input[field] !== undefined) (merged as unknown as Record<string, unknown>)[field] = input[field];
    }
    // An accompaniment that becomes another service loses its institution; an organisation provider its partner.
    if (merged.type !== 'accompaniment' && input.institutionKind === undefined) merged.institutionKind = null;
    if (merged.provider !== 'partner' && input.partnerName === undefined) merged.partnerName = null;
    validate(merged);
    const changed = SERVICE_FIELDS.filter((f) => !sameValue(merged[f], current[f]));
    if (changed.length === 0) return { version, fields: [] };
    try {
      return await this.db.transaction().execute(async (trx) => {
        const newVersion = await updateVersioned(trx, 'services', id, version, {
          type: merged.type,
          institution_kind: merged.institutionKind,
          delivered_on: merged.deliveredOn,
          sort_at: serviceSortAt(merged.deliveredOn, row.created_at),
          quantity: merged.quantity,
          cost_minor: merged.cost?.amountMinor ?? null,
          currency: merged.cost?.currency ?? null,
          provider: merged.provider,
          partner_name: merged.partnerName,
          project: merged.project,
          ...(changed.includes('note')
            ? { note: merged.note === null ? null : this.keyring.encrypt(merged.note, noteField(id)) }
            : {}),
        });
        await this.recordChange(trx, id, newVersion, 'update', changed);
        return { version: newVersion, fields: changed };
      });
    } catch (error) {
      if (error instanceof ConflictError) {
        throw await this.conflict(id, version, error.currentVersion ?? version);
      }
      if (error instanceof RecordNotFoundError) throw AppError.notFound();
      throw error;
    }
  }

  /**
   * Removes a service (soft delete) at `version` with a reason: it stays for the history (the reason
   * encrypted) and leaves lists, timelines and totals. Removing twice is a 404 for the second caller that had
   * the new version, and a conflict naming the removal for one that had the old version.
   */
  async remove(id: string, version: number, reason: string): Promise<{ version: number }> {
    const row = await this.rowForChange(id);
    if (row.version !== version) throw await this.conflict(id, version, row.version);
    if (row.removed_at !== null) throw AppError.notFound();
    try {
      return await this.db.transaction().execute(async (trx) => {
        const newVersion = await updateVersioned(trx, 'services', id, version, {
          removed_at: nowIso(),
          removed_by: this.access.userId,
          removal_reason: this.keyring.encrypt(reason, reasonField(id)),
        });
        await this.recordChange(trx, id, newVersion, 'remove', ['removed']);
        return { version: newVersion };
      });
    } catch (error) {
      if (error instanceof ConflictError) {
        throw await this.conflict(id, version, error.currentVersion ?? version);
      }
      throw error;
    }
  }

  /**
   * A service's history, newest first (the service must be readable, else undefined). The removal's entry
   * carries the reason.
   */
  async history(id: string): Promise<ServiceChangeView[] | undefined> {
    const service = await this.get(id);
    if (!service) return undefined;
    const changes = (await this.changesSince(id, 0)).reverse();
    return changes.map((c) =>
      c.kind === 'remove' && service.removed ? { ...c, reason: service.removed.reason } : c,
    );
  }

  /** Services of a person for the timeline: newest first, after the cursor position. */
  async forTimeline(
    personId: string,
    cursor: TimelineCursor | undefined,
    limit: number,
  ): Promise<ServiceView[]> {
    let query = this.base()
      .where('services.person_id', '=', personId)
      .where('services.removed_at', 'is', null);
    if (cursor) query = query.where(afterCursor('service', cursor, 'services.sort_at', 'services.id'));
    const rows = (await query
      .orderBy('services.sort_at', 'desc')
      .orderBy('services.id', 'desc')
      .limit(limit)
      .execute()) as Row[];
    return rows.map((r) => this.view(r, false));
  }
}

/**
 * For the erasure of a person (persons feature, after a supervisor approved it): removes the free-text notes of
 * the person's services and the reasons of removed ones, which may hold identifying details, and keeps what statistics need (type, day,
 * quantity, cost, provider, project). Run it in the erasure's transaction.
 */
export async function eraseServiceNotes(db: Kysely<Database>, personId: string): Promise<number> {
  const result = await db
    .updateTable('services')
    .set({ note: null, removal_reason: null, updated_at: nowIso() })
    .where('person_id', '=', personId)
    .where((eb) => eb.or([eb('note', 'is not', null), eb('removal_reason', 'is not', null)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
