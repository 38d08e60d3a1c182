/** Reading the audit trail for the console's audit viewer: filters, newest first, cursor pagination. */
import type { Kysely } from 'kysely';
import { fromJson } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { AuditDetailValue, AuditOutcome } from './audit-log.js';

export interface AuditEventFilter {
  actorId?: string;
  resourceType?: string;
  /** Only with resourceType: one record. */
  resourceId?: string;
  action?: string;
  outcome?: AuditOutcome;
  /** Inclusive lower bound of occurred_at (ISO-8601 instant). */
  from?: string;
  /** Exclusive upper bound of occurred_at (ISO-8601 instant). */
  to?: string;
  /**
   * Scope restriction: only events by these actors (a supervisor's team). An empty list matches nothing;
   * undefined means no restriction.
   */
  actorIds?: readonly string[];
}

export interface AuditPageRequest {
  /** From the previous page's nextCursor; absent for the first page. */
  cursor?: string | null;
  /** 1 to 200; default 50. */
  limit?: number;
}

export interface AuditEventView {
  seq: number;
  id: string;
  occurredAt: string;
  actor: { id: string; role: string | null } | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  fields: string[];
  requestId: string | null;
  outcome: AuditOutcome;
  details: Record<string, AuditDetailValue>;
}

export interface AuditEventPage {
  items: AuditEventView[];
  /** Pass as cursor for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** A cursor that was not made by queryAuditEvents. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid audit cursor');
    this.name = 'InvalidCursorError';
  }
}

export const AUDIT_PAGE_LIMIT = { default: 50, max: 200 } as const;

const CURSOR_PREFIX = 'a1:';

/**
 * The cursor names the last event of a page by seq; the next page holds the events before it. Events appended
 * meanwhile have higher seq numbers, so pages never repeat or skip an event.
 */
export function encodeCursor(seq: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) throw new InvalidCursorError();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^a1:([1-9]\d{0,15})$/.exec(text);
  const seq = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(seq) || encodeCursor(seq) !== cursor) throw new InvalidCursorError();
  return seq;
}

/** Normalizes an ISO-8601 instant with any offset to the stored form (UTC, milliseconds, `Z`). */
function instant(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError('not an ISO-8601 instant');
  return new Date(time).toISOString();
}

/**
 * One page of audit events matching every given filter, newest (highest seq) first. Throws InvalidCursorError
 * for a cursor it did not make.
 */
export async function queryAuditEvents(
  db: Kysely<Database>,
  filter: AuditEventFilter,
  page: AuditPageRequest = {},
): Promise<AuditEventPage> {
  const limit = Math.min(
    Math.max(Math.trunc(page.limit ?? AUDIT_PAGE_LIMIT.default), 1),
    AUDIT_PAGE_LIMIT.max,
  );
  const before = page.cursor ? decodeCursor(page.cursor) : undefined;
  if (filter.actorIds && filter.actorIds.length === 0) return { items: [], nextCursor: null };
  let query = db.selectFrom('audit_events').selectAll();
  if (before !== undefined) query = query.where('seq', '<', before);
  if (filter.actorId !== undefined) query = query.where('actor_id', '=', filter.actorId);
  if (filter.actorIds) query = query.where('actor_id', 'in', [...filter.actorIds]);
  if (filter.resourceType !== undefined) query = query.where('resource_type', '=', filter.resourceType);
  if (filter.resourceId !== undefined) query = query.where('resource_id', '=', filter.resourceId);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome);
  if (filter.from !== undefined) query = query.where('occurred_at', '>=', instant(filter.from));
  if (filter.to !== undefined) query = query.where('occurred_at', '<', instant(filter.to));
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map((row): AuditEventView => ({
    seq: Number(row.seq),
    id: row.id,
    occurredAt: row.occurred_at,
    actor: row.actor_id === null ? null : { id: row.actor_id, role: row.actor_role },
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    fields: fromJson<string[]>(row.fields),
    requestId: row.request_id,
    outcome: row.outcome,
    details: fromJson<Record<string, AuditDetailValue>>(row.details),
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.seq) : null };
}
