import { orderedId } from '../../db/ordered-id.js';
import {
  caseCode,
  entityMatchScore,
  entityTokens,
  planCloseDecision,
  planStatusChange,
  type CaseEntity,
  type CaseKind,
  type CasePersonRole,
  type CasePlace,
  type CaseStatus,
  type CloseReason,
  type ExploitationForm,
  type IndicatorId,
  type RecruitmentChannel,
  type Sector,
  type StatusProblem,
} from '@putokaz/core';
import type { Kysely, Transaction } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { inScope } from '../../access/record-scope.js';
import { fromJson, lockForUpdate, nowIso, toJson, type DialectName } from '../../db/dialect.js';
import type { CaseChangeTable, CaseTable, Database } from '../../db/schema.js';
import { ConflictError, updateVersioned } from '../../db/versioned.js';
import { AppError } from '../../http/errors.js';
import type { Keyring } from '../../security/keyring.js';
import { nameOf, staffNames } from '../staff/names.js';
import { PERSON_SCOPE, personNames } from './person-access.js';

/** Which columns say whose a case is: its team, the assigned worker, its author. */
export const CASE_SCOPE = { team: 'cases.team', owners: ['cases.assigned_to', 'cases.created_by'] } as const;

/** Blind-index purpose of the tokens of entity names (employers, recruiters…) named in cases. */
export const CASE_ENTITY_PURPOSE = 'case.entity';

const field = (column: 'entities' | 'narrative', id: string) => ({ table: 'cases', column, recordId: id });

/** The fields of a case a user edits (create: all; update: any subset). */
export interface CaseFields {
  kind: CaseKind;
  forms: ExploitationForm[];
  sector: Sector | null;
  places: CasePlace[];
  periodFrom: string | null;
  periodTo: string | null;
  recruitmentChannel: RecruitmentChannel | null;
  indicators: IndicatorId[];
  entities: CaseEntity[];
  narrative: string | null;
  assignedTo: string | null;
}
export type CaseField = keyof CaseFields;
export const CASE_FIELDS: readonly CaseField[] = [
  'kind',
  'forms',
  'sector',
  'places',
  'periodFrom',
  'periodTo',
  'recruitmentChannel',
  'indicators',
  'entities',
  'narrative',
  'assignedTo',
];
/** Fields whose values are encrypted (audited by name when read). */
export const CASE_SENSITIVE_FIELDS = ['entities', 'narrative'];

export interface CasePersonView {
  personId: string;
  code: string;
  /** Null when the person is outside the reader's person scope or was erased. */
  givenName: string | null;
  familyName: string | null;
  role: CasePersonRole;
  addedAt: string;
}

export interface CaseView extends CaseFields {
  id: string;
  code: string;
  status: CaseStatus;
  closeReason: CloseReason | null;
  closedAt: string | null;
  /** `requestedByName` is null when the requester no longer exists (shown as a former staff member). */
  closeRequest: {
    reason: CloseReason;
    requestedBy: string;
    requestedByName: string | null;
    requestedAt: string;
  } | null;
  /** The assigned worker's display name; null when not assigned or the user no longer exists. */
  assignedToName: string | null;
  team: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  persons: CasePersonView[];
}

export interface CaseListItem {
  id: string;
  code: string;
  kind: CaseKind;
  status: CaseStatus;
  forms: ExploitationForm[];
  sector: Sector | null;
  countries: string[];
  closeRequested: boolean;
  personCount: number;
  assignedTo: string | null;
  team: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CaseChangeView {
  id: string;
  version: number;
  kind: CaseChangeTable['kind'];
  fields: string[];
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  reason: string | null;
  personId: string | null;
  personCode: string | null;
  role: CasePersonRole | null;
  actorId: string;
  /** Null when the user no longer exists (shown as a former staff member). */
  actorName: string | null;
  occurredAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** An opaque cursor of `at|id` (base64url), so clients never parse it. */
export function encodeCursor(...parts: string[]): string {
  return Buffer.from(parts.join('|'), 'utf8').toString('base64url');
}
export function decodeCursor(cursor: string | undefined, parts: number): string[] | undefined {
  if (!cursor) return undefined;
  const values = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (values.length !== parts || values.some((v) => v === '')) {
    throw AppError.validation([{ path: 'cursor', code: 'invalidValue' }]);
  }
  return values;
}

/** Next value of a named counter, under a lock, in the caller's transaction. */
async function nextCounter(trx: Kysely<Database>, dialect: DialectName, name: string): Promise<number> {
  await lockForUpdate(trx, dialect, `counter:${name}`);
  const row = await trx.selectFrom('counters').select('value').where('name', '=', name).executeTakeFirst();
  const value = (row?.value ?? 0) + 1;
  if (row) await trx.updateTable('counters').set({ value }).where('name', '=', name).execute();
  else await trx.insertInto('counters').values({ name, value }).execute();
  return value;
}

const STATUS_PROBLEM_STATUS: Readonly<Record<StatusProblem, number>> = {
  sameStatus: 409,
  notAllowed: 409,
  reasonRequired: 400,
  reasonNotAllowed: 400,
  closeAlreadyRequested: 409,
  noCloseRequest: 409,
};

/** A refused status change: reason problems are field errors, the others conflicts with the current status. */
function statusError(problem: StatusProblem, from: CaseStatus): AppError {
  if (problem === 'reasonRequired' || problem === 'reasonNotAllowed') {
    return AppError.validation([{ path: 'reason', code: problem, messageKey: `errors.cases.${problem}` }]);
  }
  return new AppError(STATUS_PROBLEM_STATUS[problem], `cases.${problem}`, {
    details: { status: from },
  });
}

/** Values compare equal when their JSON is the same (arrays in order, objects by key order as written). */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Cases as one signed-in user may see them: every query carries the user's scope (case.read to see, case.write
 * to change, case.close.approve to close), the narrative and the entity list are encrypted, and the names of
 * entities are findable through keyed blind indexes of their folded tokens.
 */
export class CaseStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly keyring: Keyring,
    private readonly access: AccessContext,
  ) {}

  private readScope() {
    return inScope(this.access, 'case.read', CASE_SCOPE);
  }

  private entityHashes(entities: readonly CaseEntity[]): string[] {
    const tokens = new Set(entities.flatMap((entity) => entityTokens(entity.name)));
    return [...tokens].map((token) => this.keyring.blindIndex(CASE_ENTITY_PURPOSE, token));
  }

  private async writeIdentifiers(trx: Transaction<Database>, id: string, entities: readonly CaseEntity[]) {
    await trx.deleteFrom('case_identifiers').where('case_id', '=', id).execute();
    const hashes = this.entityHashes(entities);
    if (hashes.length) {
      await trx
        .insertInto('case_identifiers')
        .values(hashes.map((hash) => ({ case_id: id, kind: 'entity' as const, hash })))
        .execute();
    }
  }

  private async recordChange(
    trx: Transaction<Database>,
    change: Omit<CaseChangeTable, 'id' | 'actor_id' | 'occurred_at' | 'fields'> & {
      fields?: readonly string[];
      at?: string;
    },
  ): Promise<void> {
    const { at, fields, ...rest } = change;
    await trx
      .insertInto('case_changes')
      .values({
        ...rest,
        id: orderedId(),
        fields: toJson(fields ?? []),
        actor_id: this.access.userId,
        occurred_at: at ?? nowIso(),
      })
      .execute();
  }

  /** A staff user who may be assigned a case of `team`: active, in that team. */
  private async checkAssignee(assignedTo: string | null, team: string | null): Promise<void> {
    if (assignedTo === null) return;
    const user = await this.db
      .selectFrom('staff_users')
      .select(['id', 'team', 'status', 'role'])
      .where('id', '=', assignedTo)
      .executeTakeFirst();
    if (
      !user ||
      user.status !== 'active' ||
      user.team !== team ||
      !['caseworker', 'supervisor'].includes(user.role)
    ) {
      throw AppError.validation([
        { path: 'assignedTo', code: 'invalidValue', messageKey: 'errors.cases.invalidAssignee' },
      ]);
    }
  }

  async create(input: CaseFields): Promise<{ id: string; code: string; version: number }> {
    const id = orderedId();
    const now = nowIso();
    const assignedTo = input.assignedTo ?? this.access.userId;
    await this.checkAssignee(assignedTo, this.access.team);
    return this.db.transaction().execute(async (trx) => {
      const year = now.slice(0, 4);
      const code = caseCode(year, await nextCounter(trx, this.dialect, `case:${year}`));
      await trx
        .insertInto('cases')
        .values({
          id,
          code,
          kind: input.kind,
          status: 'open',
          close_reason: null,
          closed_at: null,
          close_requested_reason: null,
          close_requested_by: null,
          close_requested_at: null,
          forms: toJson(input.forms),
          sector: input.sector,
          places: toJson(input.places),
          period_from: input.periodFrom,
          period_to: input.periodTo,
          recruitment_channel: input.recruitmentChannel,
          indicators: toJson(input.indicators),
          entities: this.keyring.encrypt(JSON.stringify(input.entities), field('entities', id)),
          narrative:
            input.narrative === null ? null : this.keyring.encrypt(input.narrative, field('narrative', id)),
          team: this.access.team,
          assigned_to: assignedTo,
          created_by: this.access.userId,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      await this.writeIdentifiers(trx, id, input.entities);
      await this.recordChange(trx, {
        case_id: id,
        version: 1,
        kind: 'create',
        fields: CASE_FIELDS.filter((f) => !same(input[f], f === 'assignedTo' ? null : emptyOf(f))),
        from_status: null,
        to_status: 'open',
        reason: null,
        person_id: null,
        role: null,
        at: now,
      });
      return { id, code, version: 1 };
    });
  }

  private fieldsOf(row: CaseTable): CaseFields {
    return {
      kind: row.kind,
      forms: fromJson<ExploitationForm[]>(row.forms),
      sector: row.sector as Sector | null,
      places: fromJson<CasePlace[]>(row.places),
      periodFrom: row.period_from,
      periodTo: row.period_to,
      recruitmentChannel: row.recruitment_channel as RecruitmentChannel | null,
      indicators: fromJson<IndicatorId[]>(row.indicators),
      entities:
        row.entities === null
          ? []
          : (JSON.parse(this.keyring.decrypt(row.entities, field('entities', row.id))) as CaseEntity[]),
      narrative:
        row.narrative === null ? null : this.keyring.decrypt(row.narrative, field('narrative', row.id)),
      assignedTo: row.assigned_to,
    };
  }

  private async view(row: CaseTable): Promise<CaseView> {
    const members = await this.db
      .selectFrom('case_persons')
      .innerJoin('persons', 'persons.id', 'case_persons.person_id')
      .select([
        'case_persons.person_id as personId',
        'case_persons.role as role',
        'case_persons.added_at as addedAt',
        'persons.code as code',
      ])
      .where('case_persons.case_id', '=', row.id)
      .where('case_persons.removed_at', 'is', null)
      .orderBy('case_persons.added_at')
      .orderBy('persons.code')
      .execute();
    const [names, staff] = await Promise.all([
      personNames(
        this.db,
        this.keyring,
        this.access,
        members.map((m) => m.personId),
      ),
      staffNames(this.db, [row.close_requested_by, row.assigned_to]),
    ]);
    return {
      id: row.id,
      code: row.code,
      status: row.status,
      closeReason: row.close_reason as CloseReason | null,
      closedAt: row.closed_at,
      closeRequest:
        row.close_requested_reason && row.close_requested_by && row.close_requested_at
          ? {
              reason: row.close_requested_reason as CloseReason,
              requestedBy: row.close_requested_by,
              requestedByName: nameOf(staff, row.close_requested_by),
              requestedAt: row.close_requested_at,
            }
          : null,
      ...this.fieldsOf(row),
      assignedToName: nameOf(staff, row.assigned_to),
      team: row.team,
      createdBy: row.created_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      persons: members.map((m) => ({
        personId: m.personId,
        code: m.code,
        role: m.role,
        addedAt: m.addedAt,
        givenName: names.get(m.personId)?.givenName ?? null,
        familyName: names.get(m.personId)?.familyName ?? null,
      })),
    };
  }

  private readRow(id: string) {
    return this.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', id)
      .where(this.readScope())
      .executeTakeFirst();
  }

  /** One case within the user's read scope; undefined for a missing case and one outside the scope alike. */
  async get(id: string): Promise<CaseView | undefined> {
    if (!this.access.can('case.read')) return undefined;
    const row = await this.readRow(id);
    return row ? this.view(row) : undefined;
  }

  /** True when the case is within the user's read scope. */
  async readable(id: string): Promise<boolean> {
    if (!this.access.can('case.read')) return false;
    return (
      (await this.db
        .selectFrom('cases')
        .select('id')
        .where('id', '=', id)
        .where(this.readScope())
        .executeTakeFirst()) !== undefined
    );
  }

  /**
   * A case the user is about to change: not found (404) when outside the read scope, forbidden (403) when it
   * can be read but not changed with `permission` (a colleague's case for a caseworker, whose case.write is `own`).
   */
  async rowForChange(
    id: string,
    permission: 'case.write' | 'case.close.approve' | 'service.write' = 'case.write',
  ): Promise<CaseTable> {
    const row = await this.readRow(id);
    if (!row) throw AppError.notFound();
    if (!(await this.inScopeFor(id, permission))) throw AppError.forbidden();
    return row;
  }

  /** Whether the user's scope for `permission` reaches the case (false when they lack the permission). */
  async inScopeFor(id: string, permission: 'case.write' | 'case.close.approve' | 'service.write') {
    if (!this.access.can(permission)) return false;
    const hit = await this.db
      .selectFrom('cases')
      .select('id')
      .where('id', '=', id)
      .where(inScope(this.access, permission, CASE_SCOPE))
      .executeTakeFirst();
    return hit !== undefined;
  }

  /** A page of cases within scope, newest first, optionally of one status. */
  async list(options: {
    limit: number;
    cursor?: string | undefined;
    status?: CaseStatus | undefined;
  }): Promise<Page<CaseListItem>> {
    const after = decodeCursor(options.cursor, 2);
    let query = this.db.selectFrom('cases').selectAll().where(this.readScope());
    if (options.status) query = query.where('status', '=', options.status);
    if (after) {
      const [createdAt = '', id = ''] = after;
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', createdAt),
          eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit + 1)
      .execute();
    const page = rows.slice(0, options.limit);
    const counts = new Map<string, number>();
    if (page.length) {
      const found = await this.db
        .selectFrom('case_persons')
        .select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where(
          'case_id',
          'in',
          page.map((r) => r.id),
        )
        .where('removed_at', 'is', null)
        .groupBy('case_id')
        .execute();
      for (const row of found) counts.set(row.case_id, Number(row.n));
    }
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        id: row.id,
        code: row.code,
        kind: row.kind,
        status: row.status,
        forms: fromJson<ExploitationForm[]>(row.forms),
        sector: row.sector as Sector | null,
        countries: [...new Set(fromJson<CasePlace[]>(row.places).map((p) => p.country))],
        closeRequested: row.close_requested_reason !== null,
        personCount: counts.get(row.id) ?? 0,
        assignedTo: row.assigned_to,
        team: row.team,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        version: row.version,
      })),
      nextCursor: rows.length > options.limit && last ? encodeCursor(last.created_at, last.id) : null,
    };
  }

  /**
   * The 409 for a stale change: the current version and what changed since the version the caller had
   * (field names, who and when; never the values).
   */
  async conflict(id: string, error: ConflictError): Promise<AppError> {
    const changes = await this.db
      .selectFrom('case_changes')
      .select(['version', 'kind', 'fields', 'actor_id', 'occurred_at'])
      .where('case_id', '=', id)
      .where('version', '>', error.expectedVersion)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    const fields = new Set<string>();
    for (const change of changes) for (const name of fromJson<string[]>(change.fields)) fields.add(name);
    if (changes.some((c) => c.kind === 'status' || c.kind === 'closeRequest' || c.kind === 'closeRejected'))
      fields.add('status');
    return AppError.conflict({
      expectedVersion: error.expectedVersion,
      currentVersion: error.currentVersion ?? null,
      changedFields: [...fields].sort(),
      changes: changes.map((c) => ({
        version: c.version,
        kind: c.kind,
        fields: fromJson<string[]>(c.fields),
        actorId: c.actor_id,
        occurredAt: c.occurred_at,
      })),
    });
  }

  /** Runs a versioned change; a stale version becomes the 409 with what changed. */
  private async versioned<T>(id: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ConflictError) throw await this.conflict(id, error);
      throw error;
    }
  }

  /**
   * Changes the given fields of a case at `version`. Only fields whose value differs are recorded; a change
   * that changes nothing keeps the version. Returns the changed field names and the new version.
   */
  async update(
    id: string,
    version: number,
    input: Partial<CaseFields>,
  ): Promise<{ version: number; fields: CaseField[] }> {
    const row = await this.rowForChange(id);
    const current = this.fieldsOf(row);
    const changed = CASE_FIELDS.filter(
      (f) => f in input && input[f] !== undefined && !same(input[f], current[f]),
    );
    if (changed.includes('assignedTo')) await this.checkAssignee(input.assignedTo ?? null, row.team);
    if (changed.length === 0) {
      if (row.version !== version)
        throw await this.conflict(id, new ConflictError('cases', id, version, row.version));
      return { version, fields: [] };
    }
    const next = { ...current, ...input } as CaseFields;
    return this.versioned(id, () =>
      this.db.transaction().execute(async (trx) => {
        const newVersion = await updateVersioned(trx, 'cases', id, version, {
          kind: next.kind,
          forms: toJson(next.forms),
          sector: next.sector,
          places: toJson(next.places),
          period_from: next.periodFrom,
          period_to: next.periodTo,
          recruitment_channel: next.recruitmentChannel,
          indicators: toJson(next.indicators),
          ...(changed.includes('entities')
            ? { entities: this.keyring.encrypt(JSON.stringify(next.entities), field('entities', id)) }
            : {}),
          ...(changed.includes('narrative')
            ? {
                narrative:
                  next.narrative === null
                    ? null
                    : this.keyring.encrypt(next.narrative, field('narrative', id)),
              }
            : {}),
          assigned_to: next.assignedTo,
        });
        if (changed.includes('entities')) await this.writeIdentifiers(trx, id, next.entities);
        await this.recordChange(trx, {
          case_id: id,
          version: newVersion,
          kind: 'update',
          fields: changed,
          from_status: null,
          to_status: null,
          reason: null,
          person_id: null,
          role: null,
        });
        return { version: newVersion, fields: changed };
      }),
    );
  }

  /**
   * A status change through the workflow (core `planStatusChange`): applied at once, or recorded as a close
   * request when the user may not approve closing.
   */
  async changeStatus(
    id: string,
    version: number,
    to: CaseStatus,
    reason: CloseReason | null,
  ): Promise<{ version: number; outcome: 'changed' | 'closeRequested' }> {
    const row = await this.rowForChange(id);
    const canApproveClose = await this.inScopeFor(id, 'case.close.approve');
    const plan = planStatusChange({
      from: row.status,
      to,
      reason,
      canApproveClose,
      closeRequested: row.close_requested_reason !== null,
    });
    if (plan.outcome === 'refused') {
      if (row.version !== version)
        throw await this.conflict(id, new ConflictError('cases', id, version, row.version));
      throw statusError(plan.problem, row.status);
    }
    const now = nowIso();
    return this.versioned(id, () =>
      this.db.transaction().execute(async (trx) => {
        if (plan.outcome === 'closeRequested') {
          const newVersion = await updateVersioned(trx, 'cases', id, version, {
            close_requested_reason: plan.reason,
            close_requested_by: this.access.userId,
            close_requested_at: now,
          });
          await this.recordChange(trx, {
            case_id: id,
            version: newVersion,
            kind: 'closeRequest',
            fields: ['closeRequest'],
            from_status: row.status,
            to_status: 'closed',
            reason: plan.reason,
            person_id: null,
            role: null,
            at: now,
          });
          return { version: newVersion, outcome: 'closeRequested' as const };
        }
        const newVersion = await updateVersioned(trx, 'cases', id, version, {
          status: plan.to,
          close_reason: plan.reason,
          closed_at: plan.to === 'closed' ? now : null,
          close_requested_reason: null,
          close_requested_by: null,
          close_requested_at: null,
        });
        await this.recordChange(trx, {
          case_id: id,
          version: newVersion,
          kind: 'status',
          fields: ['status'],
          from_status: row.status,
          to_status: plan.to,
          reason: plan.reason,
          person_id: null,
          role: null,
          at: now,
        });
        return { version: newVersion, outcome: 'changed' as const };
      }),
    );
  }

  /** A supervisor confirms (the case closes with the requested reason) or rejects a pending close request. */
  async decideClose(id: string, version: number, approve: boolean): Promise<{ version: number }> {
    const row = await this.rowForChange(id, 'case.close.approve');
    const plan = planCloseDecision({
      status: row.status,
      requestedReason: row.close_requested_reason as CloseReason | null,
      approve,
    });
    if (plan.outcome === 'refused') {
      if (row.version !== version)
        throw await this.conflict(id, new ConflictError('cases', id, version, row.version));
      throw statusError(plan.problem, row.status);
    }
    const now = nowIso();
    return this.versioned(id, () =>
      this.db.transaction().execute(async (trx) => {
        const cleared = { close_requested_reason: null, close_requested_by: null, close_requested_at: null };
        const newVersion = await updateVersioned(
          trx,
          'cases',
          id,
          version,
          plan.outcome === 'close'
            ? { ...cleared, status: 'closed', close_reason: plan.reason, closed_at: now }
            : cleared,
        );
        await this.recordChange(trx, {
          case_id: id,
          version: newVersion,
          kind: plan.outcome === 'close' ? 'status' : 'closeRejected',
          fields: plan.outcome === 'close' ? ['status'] : ['closeRequest'],
          from_status: row.status,
          to_status: plan.outcome === 'close' ? 'closed' : row.status,
          reason: plan.outcome === 'close' ? plan.reason : row.close_requested_reason,
          person_id: null,
          role: null,
          at: now,
        });
        return { version: newVersion };
      }),
    );
  }

  /** The history of a case, newest first. */
  async history(id: string, limit: number, cursor?: string): Promise<Page<CaseChangeView>> {
    const after = decodeCursor(cursor, 2);
    let query = this.db
      .selectFrom('case_changes')
      .leftJoin('persons', 'persons.id', 'case_changes.person_id')
      .selectAll('case_changes')
      .select('persons.code as person_code')
      .where('case_changes.case_id', '=', id);
    if (after) {
      const [at = '', changeId = ''] = after;
      query = query.where((eb) =>
        eb.or([
          eb('case_changes.occurred_at', '<', at),
          eb.and([eb('case_changes.occurred_at', '=', at), eb('case_changes.id', '<', changeId)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('case_changes.occurred_at', 'desc')
      .orderBy('case_changes.id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const actors = await staffNames(
      this.db,
      page.map((r) => r.actor_id),
    );
    return {
      items: page.map((r) => ({
        id: r.id,
        version: r.version,
        kind: r.kind,
        fields: fromJson<string[]>(r.fields),
        fromStatus: r.from_status as CaseStatus | null,
        toStatus: r.to_status as CaseStatus | null,
        reason: r.reason,
        personId: r.person_id,
        personCode: r.person_code,
        role: r.role as CasePersonRole | null,
        actorId: r.actor_id,
        actorName: nameOf(actors, r.actor_id),
        occurredAt: r.occurred_at,
      })),
      nextCursor: rows.length > limit && last ? encodeCursor(last.occurred_at, last.id) : null,
    };
  }

  /** A person the user may see (person.read scope), or a 404 naming the field. */
  private async checkPerson(personId: string): Promise<void> {
    const person = await this.db
      .selectFrom('persons')
      .select('id')
      .where('id', '=', personId)
      .where(inScope(this.access, 'person.read', PERSON_SCOPE))
      .executeTakeFirst();
    if (!person) throw new AppError(404, 'cases.personNotFound');
  }

  /** Adds a person to a case with a role (again, if they were removed before). */
  async addPerson(id: string, personId: string, role: CasePersonRole): Promise<void> {
    const row = await this.rowForChange(id);
    await this.checkPerson(personId);
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      await lockForUpdate(trx, this.dialect, `case-persons:${id}`);
      const existing = await trx
        .selectFrom('case_persons')
        .selectAll()
        .where('case_id', '=', id)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (existing && existing.removed_at === null) throw new AppError(409, 'cases.personAlreadyOnCase');
      if (existing) {
        await trx
          .updateTable('case_persons')
          .set({ role, added_at: now, added_by: this.access.userId, removed_at: null, removed_by: null })
          .where('case_id', '=', id)
          .where('person_id', '=', personId)
          .execute();
      } else {
        await trx
          .insertInto('case_persons')
          .values({
            case_id: id,
            person_id: personId,
            role,
            added_at: now,
            added_by: this.access.userId,
            removed_at: null,
            removed_by: null,
          })
          .execute();
      }
      await this.recordChange(trx, {
        case_id: id,
        version: row.version,
        kind: 'personAdded',
        fields: ['persons'],
        from_status: null,
        to_status: null,
        reason: null,
        person_id: personId,
        role,
        at: now,
      });
    });
  }

  /** Changes the role of a person on the case. */
  async changePersonRole(id: string, personId: string, role: CasePersonRole): Promise<void> {
    const row = await this.rowForChange(id);
    await this.db.transaction().execute(async (trx) => {
      await lockForUpdate(trx, this.dialect, `case-persons:${id}`);
      const existing = await trx
        .selectFrom('case_persons')
        .select('role')
        .where('case_id', '=', id)
        .where('person_id', '=', personId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (!existing) throw new AppError(404, 'cases.personNotOnCase');
      if (existing.role === role) return;
      await trx
        .updateTable('case_persons')
        .set({ role })
        .where('case_id', '=', id)
        .where('person_id', '=', personId)
        .execute();
      await this.recordChange(trx, {
        case_id: id,
        version: row.version,
        kind: 'personRole',
        fields: ['persons'],
        from_status: null,
        to_status: null,
        reason: existing.role,
        person_id: personId,
        role,
      });
    });
  }

  /** Takes a person off the case; the membership and its removal stay in the history. */
  async removePerson(id: string, personId: string): Promise<void> {
    const row = await this.rowForChange(id);
    await this.db.transaction().execute(async (trx) => {
      await lockForUpdate(trx, this.dialect, `case-persons:${id}`);
      const now = nowIso();
      const existing = await trx
        .selectFrom('case_persons')
        .select('role')
        .where('case_id', '=', id)
        .where('person_id', '=', personId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (!existing) throw new AppError(404, 'cases.personNotOnCase');
      await trx
        .updateTable('case_persons')
        .set({ removed_at: now, removed_by: this.access.userId })
        .where('case_id', '=', id)
        .where('person_id', '=', personId)
        .execute();
      await this.recordChange(trx, {
        case_id: id,
        version: row.version,
        kind: 'personRemoved',
        fields: ['persons'],
        from_status: null,
        to_status: null,
        reason: null,
        person_id: personId,
        role: existing.role,
        at: now,
      });
    });
  }

  /**
   * Finds cases within scope by reference code (exact) or by the names of the entities involved (any folded
   * token through the blind index, then ranked by the share of the query's tokens found in a name after
   * decryption). Best first.
   */
  async search(
    query: string,
    limit: number,
  ): Promise<{ case: CaseListItem; score: number; matched: 'code' | 'entity'; entity: string | null }[]> {
    const q = query.trim();
    if (!q) return [];
    const code = /^c-\d{4}-\d{1,}$/i.test(q) ? q.toUpperCase() : undefined;
    const ids = new Set<string>();
    if (code) {
      const row = await this.db
        .selectFrom('cases')
        .select('id')
        .where('code', '=', code)
        .where(this.readScope())
        .executeTakeFirst();
      if (row) ids.add(row.id);
    }
    const hashes = entityTokens(q).map((t) => this.keyring.blindIndex(CASE_ENTITY_PURPOSE, t));
    if (hashes.length) {
      const rows = await this.db
        .selectFrom('case_identifiers')
        .innerJoin('cases', 'cases.id', 'case_identifiers.case_id')
        .select('cases.id as id')
        .where('case_identifiers.kind', '=', 'entity')
        .where('case_identifiers.hash', 'in', hashes)
        .where(this.readScope())
        .groupBy('cases.id')
        .limit(200)
        .execute();
      for (const row of rows) ids.add(row.id);
    }
    if (ids.size === 0) return [];
    const rows = await this.db
      .selectFrom('cases')
      .selectAll()
      .where('id', 'in', [...ids])
      .where(this.readScope())
      .execute();
    const ranked = rows.map((row) => {
      if (row.code === code) return { row, score: 1, matched: 'code' as const, entity: null };
      let best = { score: 0, entity: null as string | null };
      for (const entity of this.fieldsOf(row).entities) {
        const score = entityMatchScore(q, entity.name);
        if (score > best.score) best = { score, entity: entity.name };
      }
      // An entity hit never outranks an exact reference code.
      return { row, score: best.score * 0.99, matched: 'entity' as const, entity: best.entity };
    });
    const kept = ranked
      .filter((r) => r.score >= 0.5)
      .sort((a, b) => b.score - a.score || b.row.created_at.localeCompare(a.row.created_at))
      .slice(0, limit);
    return kept.map(({ row, score, matched, entity }) => ({
      case: {
        id: row.id,
        code: row.code,
        kind: row.kind,
        status: row.status,
        forms: fromJson<ExploitationForm[]>(row.forms),
        sector: row.sector as Sector | null,
        countries: [...new Set(fromJson<CasePlace[]>(row.places).map((p) => p.country))],
        closeRequested: row.close_requested_reason !== null,
        personCount: 0,
        assignedTo: row.assigned_to,
        team: row.team,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        version: row.version,
      },
      score,
      matched,
      entity,
    }));
  }
}

/** The value a field has when nothing was said about it (for the field list of a new case). */
function emptyOf(f: CaseField): unknown {
  if (f === 'forms' || f === 'places' || f === 'indicators' || f === 'entities') return [];
  if (f === 'kind') return undefined;
  return null;
}
