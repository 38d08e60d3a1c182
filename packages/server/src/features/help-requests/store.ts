/**
 * Help requests in the database. The narrative, the contact details, the offer sent for a second look and the
 * handling note are encrypted with the keyring, bound to their record. Nothing about the sender's connection
 * (address, user agent, device) is a parameter of any function here, so it cannot be stored.
 *
 * `getHelpRequest` and `markHandled` are the functions the hotline's contacts feature calls to turn a help
 * request into a contact in one transaction: read it, create the contact, mark the request handled.
 */
import { randomInt, randomUUID } from 'node:crypto';
import {
  REFERENCE_CODE_ALPHABET,
  REFERENCE_CODE_LENGTH,
  referenceCodeFrom,
  type HelpContactWay,
  type HelpRequestStatus,
  type Locale,
} from '@putokaz/core';
import type { Kysely } from 'kysely';
import { nowIso, type DialectName } from '../../db/dialect.js';
import type { Database, HelpRequestTable } from '../../db/schema.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Keyring } from '../../security/keyring.js';
import { recordAuditEvent, type AuditActor } from '../audit/audit-log.js';

const TABLE = 'help_requests';
const field = (column: string, recordId: string) => ({ table: TABLE, column, recordId });

/** The names of the fields a full read decrypts (for the audit trail: names only). */
export const HELP_REQUEST_READ_FIELDS = ['narrative', 'contactInfo', 'offer', 'handledNote'] as const;

export interface ContactInfo {
  way: HelpContactWay;
  value: string;
  safeTime: string | null;
}

export interface SentOffer {
  text: string;
  indicatorIds: string[];
}

export interface NewHelpRequest {
  narrative: string;
  lang: Locale;
  contactInfo: ContactInfo | null;
  offer: SentOffer | null;
}

/** A list item: what the inbox shows without decrypting anything. */
export interface HelpRequestSummary {
  id: string;
  code: string;
  status: HelpRequestStatus;
  lang: Locale;
  contactWay: HelpContactWay | null;
  hasOffer: boolean;
  createdAt: string;
  handledAt: string | null;
  version: number;
}

export interface HelpRequestView extends HelpRequestSummary {
  narrative: string;
  contactInfo: ContactInfo | null;
  offer: SentOffer | null;
  handledBy: string | null;
  handledNote: string | null;
  updatedAt: string;
}

/** A random reference code, uniform over the alphabet (node:crypto's randomInt has no modulo bias). */
export function newReferenceCode(): string {
  const indices = Array.from({ length: REFERENCE_CODE_LENGTH }, () =>
    randomInt(REFERENCE_CODE_ALPHABET.length),
  );
  return referenceCodeFrom(indices);
}

function summaryOf(row: HelpRequestTable): HelpRequestSummary {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    lang: row.lang,
    contactWay: row.contact_way,
    hasOffer: row.offer !== null,
    createdAt: row.created_at,
    handledAt: row.handled_at,
    version: row.version,
  };
}

function decrypt(keyring: Keyring, row: HelpRequestTable): HelpRequestView {
  const read = (column: 'contact_info' | 'offer' | 'handled_note') => {
    const value = row[column];
    return value === null ? null : keyring.decrypt(value, field(column, row.id));
  };
  const contact = read('contact_info');
  const offer = read('offer');
  const stored =
    contact === null ? null : (JSON.parse(contact) as { value: string; safeTime: string | null });
  return {
    ...summaryOf(row),
    narrative: keyring.decrypt(row.narrative, field('narrative', row.id)),
    contactInfo:
      stored && row.contact_way
        ? { way: row.contact_way, value: stored.value, safeTime: stored.safeTime }
        : null,
    offer: offer === null ? null : (JSON.parse(offer) as SentOffer),
    handledBy: row.handled_by,
    handledNote: read('handled_note'),
    updatedAt: row.updated_at,
  };
}

/**
 * Stores a help request, encrypted, with a fresh unique reference code, in the caller's transaction. Audited
 * as a `create` without an actor (nobody is signed in); the event names the fields, never their values.
 */
export async function createHelpRequest(
  trx: Kysely<Database>,
  dialect: DialectName,
  keyring: Keyring,
  input: NewHelpRequest,
  options: { requestId: string | null; now: Date },
): Promise<{ id: string; code: string }> {
  const id = randomUUID();
  const now = nowIso(() => options.now);
  const values = {
    id,
    status: 'open' as const,
    lang: input.lang,
    narrative: keyring.encrypt(input.narrative, field('narrative', id)),
    contact_way: input.contactInfo?.way ?? null,
    contact_info: input.contactInfo
      ? keyring.encrypt(
          JSON.stringify({ value: input.contactInfo.value, safeTime: input.contactInfo.safeTime }),
          field('contact_info', id),
        )
      : null,
    offer: input.offer ? keyring.encrypt(JSON.stringify(input.offer), field('offer', id)) : null,
    handled_at: null,
    handled_by: null,
    handled_note: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  // 30^8 codes: a collision is rare; a taken code is drawn again (the unique constraint backs this up).
  for (;;) {
    const code = newReferenceCode();
    const taken = await trx.selectFrom(TABLE).select('id').where('code', '=', code).executeTakeFirst();
    if (taken) continue;
    await trx
      .insertInto(TABLE)
      .values({ ...values, code })
      .execute();
    await recordAuditEvent(trx, dialect, {
      actor: null,
      action: 'create',
      resourceType: 'helpRequest',
      resourceId: id,
      fields: ['narrative', ...(input.contactInfo ? ['contactInfo'] : []), ...(input.offer ? ['offer'] : [])],
      requestId: options.requestId,
      outcome: 'success',
    });
    return { id, code };
  }
}

/** One help request, decrypted; undefined when there is none with this id. */
export async function getHelpRequest(
  db: Kysely<Database>,
  keyring: Keyring,
  id: string,
): Promise<HelpRequestView | undefined> {
  const row = await db.selectFrom(TABLE).selectAll().where('id', '=', id).executeTakeFirst();
  return row ? decrypt(keyring, row) : undefined;
}

export interface ListFilter {
  status?: HelpRequestStatus | undefined;
  /** An exact reference code (already normalized). */
  code?: string | undefined;
}

/**
 * Help requests newest first, a page at a time, without decrypting anything. The cursor is opaque to
 * callers: base64url of `createdAt|id` of the last item.
 */
export async function listHelpRequests(
  db: Kysely<Database>,
  filter: ListFilter,
  limit: number,
  cursor?: string,
): Promise<{ items: HelpRequestSummary[]; nextCursor: string | null } | undefined> {
  let query = db.selectFrom(TABLE).selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.code) query = query.where('code', '=', filter.code);
  if (cursor) {
    const position = decodeCursor(cursor);
    if (!position) return undefined;
    const { createdAt, id } = position;
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
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(summaryOf),
    nextCursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null,
  };
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(`${createdAt}|${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  const [createdAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length || !createdAt || !id || Number.isNaN(Date.parse(createdAt))) return undefined;
  // Timestamps compare as ISO strings on both dialects (pg returns them in the same form, see connection.ts).
  return { createdAt: new Date(createdAt).toISOString(), id };
}

export class AlreadyHandledError extends Error {
  constructor(readonly id: string) {
    super(`help request ${id} is already handled`);
    this.name = 'AlreadyHandledError';
  }
}

export interface MarkHandledInput {
  id: string;
  /** The version the staff user saw; a stale one is a ConflictError (409). */
  version: number;
  /** What was done, in a few words (encrypted); may be empty. */
  note: string;
  actor: AuditActor;
  requestId: string | null;
  /** Extra non-sensitive audit details, e.g. `{ contactId }` when the request became a hotline contact. */
  details?: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * Marks a help request handled with a note, versioned (a stale version throws ConflictError, a missing record
 * RecordNotFoundError, an already handled one AlreadyHandledError) and audited as an `update`. Runs in the
 * caller's transaction when given one (so a contact created from the request commits with it), else in its own.
 */
export async function markHandled(
  db: Kysely<Database>,
  dialect: DialectName,
  keyring: Keyring,
  input: MarkHandledInput,
  clock: () => Date = () => new Date(),
): Promise<{ version: number; handledAt: string }> {
  const run = async (trx: Kysely<Database>) => {
    const row = await trx
      .selectFrom(TABLE)
      .select(['status', 'version'])
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (row && row.status === 'handled' && row.version === input.version)
      throw new AlreadyHandledError(input.id);
    const handledAt = nowIso(clock);
    const version = await updateVersioned(
      trx,
      TABLE,
      input.id,
      input.version,
      {
        status: 'handled',
        handled_at: handledAt,
        handled_by: input.actor.id,
        handled_note: input.note ? keyring.encrypt(input.note, field('handled_note', input.id)) : null,
      },
      clock,
    );
    await recordAuditEvent(trx, dialect, {
      actor: input.actor,
      action: 'update',
      resourceType: 'helpRequest',
      resourceId: input.id,
      fields: input.note ? ['status', 'handledNote'] : ['status'],
      requestId: input.requestId,
      outcome: 'success',
      ...(input.details ? { details: input.details } : {}),
    });
    return { version, handledAt };
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
