/**
 * The audit trail: who did what to which record, when, with which outcome, never the values themselves.
 * Events are appended to one hash chain (`audit_events`): each event stores the hash of the previous one, and
 * seq numbers 1, 2, 3… are assigned under a lock, so two server processes writing at once still form one chain.
 * `verifyAuditChain` checks the chain; signed checkpoints (checkpoint.ts) catch a deleted tail or a rewrite.
 * See docs/security.md, "Audit trail".
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fromJson, lockForUpdate, nowIso, toJson, type DialectName } from '../../db/dialect.js';
import type { AuditEventTable, Database } from '../../db/schema.js';
import { SENSITIVE_FIELD_NAMES } from '../../logging.js';
import type { Keyring } from '../../security/keyring.js';
import { checkpointSignatureValid, signCheckpoint, type AuditCheckpoint } from './checkpoint.js';
import { GENESIS_HASH, auditEventHash, canonicalJson } from './encoding.js';

/**
 * The actions the platform records. The type lists the known ones (add a new action here); at run time any
 * camelCase identifier is accepted, so a feature with a new action is never stopped by the audit trail.
 */
export const AUDIT_ACTIONS = [
  // Sign-in, sessions and accounts
  'signIn',
  'signInPassword',
  'signInFailed',
  'signInThrottled',
  'signOut',
  'revokeSession',
  'enrolSecondFactor',
  'lock',
  'unlock',
  'invite',
  // Personal data and other records
  'read',
  'list',
  'search',
  'export',
  'create',
  'update',
  'delete',
  // Authorization and administration
  'accessDenied',
  'permissionChange',
  'settingChange',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditActor {
  id: string;
  role: string;
}

/** A value in `details`: short, non-sensitive (a reason code, an id, a count, a keyed hash). */
export type AuditDetailValue = string | number | boolean | null;

export interface AuditEventInput {
  /** Who acted; null when nobody is signed in (a failed sign-in with an unknown e-mail, a system job). */
  actor: AuditActor | null;
  action: AuditAction;
  /** The kind of record: `person`, `case`, `staffUser`, `setting`, `route`… */
  resourceType: string;
  /** The record's opaque id; never a name, e-mail address or other personal value. */
  resourceId?: string | null;
  /** Names of the fields read or changed (e.g. `['phone', 'address']`), never their values. */
  fields?: readonly string[];
  requestId?: string | null;
  /** Default `success`. */
  outcome?: AuditOutcome;
  /**
   * Non-sensitive details: keys are plain identifiers (not a name from SENSITIVE_FIELD_NAMES such as `email`,
   * `text` or `q`), strings at most 200 characters. A search query is recorded only as `auditQueryHash(…)`.
   */
  details?: Readonly<Record<string, AuditDetailValue>>;
}

export interface RecordedAuditEvent {
  seq: number;
  id: string;
  occurredAt: string;
  hash: string;
}

/** An audit event the caller built wrongly (a programming error): nothing was written. */
export class InvalidAuditEventError extends TypeError {
  constructor(message: string) {
    super(`invalid audit event: ${message}`);
    this.name = 'InvalidAuditEventError';
  }
}

export const AUDIT_LIMITS = {
  /** Longest string value in `details`: room for a code, an id or a hash, not for a narrative. */
  detailValueLength: 200,
  detailKeys: 20,
  fields: 100,
  /** Longest actor id, resource id or request id. */
  idLength: 200,
  nameLength: 64,
} as const;

const ACTION_RE = /^[a-z][A-Za-z0-9]{0,63}$/;
const IDENTIFIER_RE = /^[A-Za-z][A-Za-z0-9_]*$/;
const DOTTED_RE = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/;
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when the text holds a C0 or C1 control character (line breaks, NUL, escape…) or an unpaired UTF-16
 * surrogate: such text could forge lines in a log or viewer, and PostgreSQL refuses NUL.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return LONE_SURROGATE_RE.test(text);
}

function checkName(
  value: unknown,
  what: string,
  pattern: RegExp,
  max: number = AUDIT_LIMITS.nameLength,
): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max || !pattern.test(value)) {
    throw new InvalidAuditEventError(`${what} must be an identifier of at most ${max} characters`);
  }
  return value;
}

/** Opaque ids: printable text without line breaks or control characters (never echoed in errors). */
function checkOpaque(value: unknown, what: string): string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > AUDIT_LIMITS.idLength ||
    hasControlCharacter(value)
  ) {
    throw new InvalidAuditEventError(
      `${what} must be 1 to ${AUDIT_LIMITS.idLength} printable characters without control characters`,
    );
  }
  return value;
}

function checkDetails(details: Readonly<Record<string, AuditDetailValue>>): Record<string, AuditDetailValue> {
  if (details === null || typeof details !== 'object' || Array.isArray(details)) {
    throw new InvalidAuditEventError('details must be an object');
  }
  const entries = Object.entries(details);
  if (entries.length > AUDIT_LIMITS.detailKeys) {
    throw new InvalidAuditEventError(`details can have at most ${AUDIT_LIMITS.detailKeys} keys`);
  }
  const out: Record<string, AuditDetailValue> = {};
  for (const [key, value] of entries) {
    checkName(key, 'a details key', IDENTIFIER_RE);
    if (SENSITIVE_FIELD_NAMES.has(key.toLowerCase())) {
      throw new InvalidAuditEventError(
        `details key '${key}' names a sensitive field; record the field name in fields, never its value`,
      );
    }
    if (typeof value === 'string') {
      if (value.length > AUDIT_LIMITS.detailValueLength) {
        throw new InvalidAuditEventError(
          `details value of '${key}' is longer than ${AUDIT_LIMITS.detailValueLength} characters; the audit trail holds codes and ids, not text`,
        );
      }
      if (hasControlCharacter(value)) {
        throw new InvalidAuditEventError(`details value of '${key}' contains control characters`);
      }
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value))
        throw new InvalidAuditEventError(`details value of '${key}' is not finite`);
    } else if (value !== null && typeof value !== 'boolean') {
      throw new InvalidAuditEventError(`details value of '${key}' must be a string, number, boolean or null`);
    }
    out[key] = value;
  }
  return out;
}

interface PreparedEvent {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  fields: string[];
  requestId: string | null;
  outcome: AuditOutcome;
  details: Record<string, AuditDetailValue>;
}

/** Validates an input before any database work; throws InvalidAuditEventError. */
function prepare(input: AuditEventInput): PreparedEvent {
  const action = checkName(input.action, 'action', ACTION_RE);
  const resourceType = checkName(input.resourceType, 'resourceType', DOTTED_RE);
  const outcome = input.outcome ?? 'success';
  if (!(AUDIT_OUTCOMES as readonly string[]).includes(outcome)) {
    throw new InvalidAuditEventError(`outcome must be one of ${AUDIT_OUTCOMES.join(', ')}`);
  }
  const fields = input.fields ?? [];
  if (!Array.isArray(fields) || fields.length > AUDIT_LIMITS.fields) {
    throw new InvalidAuditEventError(`fields must be a list of at most ${AUDIT_LIMITS.fields} field names`);
  }
  for (const name of fields) checkName(name, 'a field name', DOTTED_RE, 100);
  return {
    actorId: input.actor ? checkOpaque(input.actor.id, 'actor.id') : null,
    actorRole: input.actor ? checkName(input.actor.role, 'actor.role', IDENTIFIER_RE) : null,
    action,
    resourceType,
    resourceId:
      input.resourceId === undefined || input.resourceId === null
        ? null
        : checkOpaque(input.resourceId, 'resourceId'),
    // A set of names: sorted and without repeats, so equal sets are stored equally.
    fields: [...new Set(fields)].sort(),
    requestId:
      input.requestId === undefined || input.requestId === null
        ? null
        : checkOpaque(input.requestId, 'requestId'),
    outcome,
    details: checkDetails(input.details ?? {}),
  };
}

/** The lock that serializes appends to the chain (across processes, see lockForUpdate). */
export const AUDIT_LOCK = 'audit';

/**
 * Appends one audit event to the chain. Given a Kysely instance it opens its own transaction; given the
 * caller's transaction, the event commits or rolls back with the change it records.
 *
 * Inside the transaction it takes the audit lock, reads the head of the chain, and inserts event head+1 with
 * prev_hash = the head's hash. The lock is held until the transaction ends, so in a transaction of your own,
 * record the event as the last statement (short lock, no lock-order deadlocks). Use the default isolation
 * level (READ COMMITTED on PostgreSQL): a snapshot older than the lock would see a stale head, and the insert
 * would then fail on the seq primary key rather than fork the chain.
 */
export async function recordAuditEvent(
  db: Kysely<Database>,
  dialect: DialectName,
  input: AuditEventInput,
  clock: () => Date = () => new Date(),
): Promise<RecordedAuditEvent> {
  const event = prepare(input);
  const append = async (trx: Kysely<Database>): Promise<RecordedAuditEvent> => {
    await lockForUpdate(trx, dialect, AUDIT_LOCK);
    const head = await trx
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const seq = (head ? Number(head.seq) : 0) + 1;
    const prevHash = head?.hash ?? GENESIS_HASH;
    const id = randomUUID();
    // Taken under the lock: time order follows seq order within one clock.
    const occurredAt = nowIso(clock);
    const hash = auditEventHash({ seq, id, occurredAt, ...event, prevHash });
    await trx
      .insertInto('audit_events')
      .values({
        seq,
        id,
        occurred_at: occurredAt,
        actor_id: event.actorId,
        actor_role: event.actorRole,
        action: event.action,
        resource_type: event.resourceType,
        resource_id: event.resourceId,
        fields: toJson(event.fields),
        request_id: event.requestId,
        outcome: event.outcome,
        details: canonicalJson(event.details),
        prev_hash: prevHash,
        hash,
      })
      .execute();
    return { seq, id, occurredAt, hash };
  };
  return db.isTransaction ? append(db) : db.transaction().execute(append);
}

/** Purpose of the keyed hash of search queries (a blind-index purpose). */
export const AUDIT_QUERY_PURPOSE = 'audit.search_query';

/**
 * Keyed hash of a search query for `details.queryHash`: the audit trail never holds the query's text. Someone
 * with the master key can test whether a given query was searched for; nobody can read queries back. The text
 * is normalized first (Unicode NFC, trimmed, runs of white space as one space, lower case) so the same query
 * gives the same hash. Returns null for a blank query.
 */
export function auditQueryHash(keyring: Pick<Keyring, 'blindIndex'>, text: string): string | null {
  const normalized = text
    .replace(new RegExp(LONE_SURROGATE_RE.source, 'g'), '\uFFFD')
    .normalize('NFC')
    .trim()
    .replace(/\s+/gu, ' ')
    .toLowerCase();
  return normalized ? keyring.blindIndex(AUDIT_QUERY_PURPOSE, normalized) : null;
}

/** What can be wrong with the chain, or with it against a checkpoint. */
export type AuditChainProblem =
  | 'seqGap'
  | 'prevHashMismatch'
  | 'hashMismatch'
  | 'unreadable'
  | 'checkpointSignature'
  | 'checkpointTruncated'
  | 'checkpointRewritten';

export type AuditChainResult =
  | { ok: true; count: number; headHash: string }
  | {
      ok: false;
      /** Events verified before the problem (all of them for a truncation). */
      count: number;
      /** The first event that is wrong, when there is one to name. */
      brokenAt?: { seq: number; id: string };
      reason: AuditChainProblem;
      /** One line for people: the event (seq and id) and the reason. */
      message: string;
    };

export interface VerifyOptions {
  /** A checkpoint made earlier (parseCheckpoint); needs checkpointKey. */
  checkpoint?: AuditCheckpoint;
  checkpointKey?: KeyObject;
  /** Rows read per query (default 1000): memory stays flat for any chain length. */
  batchSize?: number;
}

function missing(from: number, to: number): string {
  return from === to ? `event ${from} is missing` : `events ${from} to ${to} are missing`;
}

function rowHash(row: AuditEventTable): string {
  return auditEventHash({
    seq: Number(row.seq),
    id: row.id,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    fields: fromJson(row.fields),
    requestId: row.request_id,
    outcome: row.outcome,
    details: fromJson(row.details),
    prevHash: row.prev_hash,
  });
}

/**
 * Checks the whole chain in seq order, in batches: seq 1, 2, 3… without gaps, each prev_hash equal to the hash
 * of the event before (64 zeros for the first), each hash equal to the hash recomputed from the row. With a
 * checkpoint: its signature, that the chain still has at least `count` events (else it was truncated), and that
 * event `count` still has the checkpoint's head hash (else the chain was rewritten). Stops at the first problem.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  options: VerifyOptions = {},
): Promise<AuditChainResult> {
  const { checkpoint, checkpointKey, batchSize = 1000 } = options;
  if (checkpoint) {
    if (!checkpointKey) throw new TypeError('verifyAuditChain: a checkpoint needs the checkpoint key');
    if (!checkpointSignatureValid(checkpointKey, checkpoint)) {
      return {
        ok: false,
        count: 0,
        reason: 'checkpointSignature',
        message:
          'bad checkpoint signature: the checkpoint was changed, or it was made with another master key; it proves nothing',
      };
    }
  }
  let count = 0;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', count)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const seq = Number(row.seq);
      const brokenAt = { seq, id: row.id };
      const at = `audit chain broken at event ${seq} (id ${row.id})`;
      const fail = (reason: AuditChainProblem, why: string): AuditChainResult => ({
        ok: false,
        count,
        brokenAt,
        reason,
        message: `${at}: ${why}`,
      });
      if (seq !== count + 1) {
        return fail(
          'seqGap',
          seq > count + 1
            ? `gap in seq, ${missing(count + 1, seq - 1)}`
            : `unexpected seq (expected ${count + 1})`,
        );
      }
      if (row.prev_hash !== prevHash) {
        return fail(
          'prevHashMismatch',
          seq === 1
            ? 'wrong prev_hash, the first event must have 64 zeros'
            : `wrong prev_hash, it is not the hash of event ${seq - 1}`,
        );
      }
      let hash: string;
      try {
        hash = rowHash(row);
      } catch {
        return fail('unreadable', 'the event cannot be read (fields or details are not valid JSON)');
      }
      if (hash !== row.hash) {
        return fail('hashMismatch', 'hash mismatch, the event was changed after it was written');
      }
      count = seq;
      prevHash = row.hash;
      if (checkpoint && seq === checkpoint.count && row.hash !== checkpoint.headHash) {
        return {
          ok: false,
          count,
          brokenAt,
          reason: 'checkpointRewritten',
          message: `audit log rewritten: event ${seq} (id ${row.id}) does not have the head hash of the checkpoint of ${checkpoint.createdAt}; the events up to it were changed and their hashes recomputed`,
        };
      }
    }
  }
  if (checkpoint && count < checkpoint.count) {
    return {
      ok: false,
      count,
      reason: 'checkpointTruncated',
      message: `audit log truncated: it has ${count} events, the checkpoint of ${checkpoint.createdAt} counted ${checkpoint.count} (${missing(count + 1, checkpoint.count)})`,
    };
  }
  return { ok: true, count, headHash: prevHash };
}

/** The chain did not verify, so no checkpoint was signed. */
export class AuditChainError extends Error {
  constructor(readonly result: Extract<AuditChainResult, { ok: false }>) {
    super(result.message);
    this.name = 'AuditChainError';
  }
}

/**
 * Verifies the chain and signs its state (count and head hash). A broken chain is never signed: it throws
 * AuditChainError. Keep the result off the server (see docs/security.md).
 */
export async function createCheckpoint(
  db: Kysely<Database>,
  checkpointKey: KeyObject,
  clock: () => Date = () => new Date(),
): Promise<AuditCheckpoint> {
  const result = await verifyAuditChain(db);
  if (!result.ok) throw new AuditChainError(result);
  return signCheckpoint(checkpointKey, {
    count: result.count,
    headHash: result.headHash,
    createdAt: nowIso(clock),
  });
}

export {
  parseCheckpoint,
  formatCheckpoint,
  CheckpointFormatError,
  type AuditCheckpoint,
} from './checkpoint.js';
