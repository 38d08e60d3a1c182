import { randomUUID } from 'node:crypto';
import type { InstitutionKind, ServiceProvider, ServiceType } from '@putokaz/core';
import type { Kysely } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { nowIso } from '../../db/dialect.js';
import type { Database, ServiceTable } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import type { Keyring } from '../../security/keyring.js';
import { decodeCursor, encodeCursor, type CaseStore, type Page } from '../cases/case-store.js';
import { personInScope, readablePerson } from '../cases/person-access.js';
import { afterCursor, type TimelineCursor } from '../cases/timeline-cursor.js';

const noteField = (id: string) => ({ table: 'services', column: 'note', recordId: id });

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
    const id = randomUUID();
    const now = nowIso();
    await this.db
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
    let query = this.base().where(where.column, '=', where.value);
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
      .executeTakeFirstOrThrow();
    const rows = await this.db
      .selectFrom('services')
      .select((eb) => [
        'currency',
        eb.fn.sum<number>('cost_minor').as('total'),
        eb.fn.countAll<number>().as('n'),
      ])
      .where('case_id', '=', caseId)
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

  /** Services of a person for the timeline: newest first, after the cursor position. */
  async forTimeline(
    personId: string,
    cursor: TimelineCursor | undefined,
    limit: number,
  ): Promise<ServiceView[]> {
    let query = this.base().where('services.person_id', '=', personId);
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
 * the person's services, which may hold identifying details, and keeps what statistics need (type, day,
 * quantity, cost, provider, project). Run it in the erasure's transaction.
 */
export async function eraseServiceNotes(db: Kysely<Database>, personId: string): Promise<number> {
  const result = await db
    .updateTable('services')
    .set({ note: null, updated_at: nowIso() })
    .where('person_id', '=', personId)
    .where('note', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
