/**
 * Canonical encodings of the audit trail: the hash of an audit event (the chain) and the canonical JSON of its
 * `fields` and `details`. The format is described in docs/security.md ("Audit trail"); changing it breaks the
 * verification of every stored event, so a new format needs a new version label.
 */
import { createHash } from 'node:crypto';

/** `prev_hash` of the first event: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** Version label hashed first, so another encoding can never produce the same hash input. */
export const EVENT_HASH_LABEL = 'putokaz-audit-event/v1';

/** The columns of one stored audit event that the hash covers: every column except `hash`. */
export interface HashedAuditEvent {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  fields: unknown;
  requestId: string | null;
  outcome: string;
  details: unknown;
  prevHash: string;
}

function lengthPrefix(text: string): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length, 0);
  return [length, bytes];
}

const NULL_TAG = Buffer.from([0]);
const VALUE_TAG = Buffer.from([1]);

/** A nullable text: 0x00 for null, 0x01 followed by the length-prefixed text otherwise. */
function optional(text: string | null): Buffer[] {
  return text === null ? [NULL_TAG] : [VALUE_TAG, ...lengthPrefix(text)];
}

/**
 * JSON with object keys sorted (by UTF-16 code units), no whitespace, strings escaped as JSON.stringify does.
 * PostgreSQL's jsonb reorders keys and SQLite keeps the text as written; both give the same canonical form.
 * Throws on values JSON cannot represent exactly (non-finite numbers, undefined, functions).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON cannot hold a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

/**
 * SHA-256 (lower-case hex) over the length-prefixed encoding of every column except `hash`, in table order:
 *
 *   lp(label) ‖ lp(seq) ‖ lp(id) ‖ lp(occurred_at) ‖ opt(actor_id) ‖ opt(actor_role) ‖ lp(action)
 *   ‖ lp(resource_type) ‖ opt(resource_id) ‖ lp(canonicalJson(fields)) ‖ opt(request_id) ‖ lp(outcome)
 *   ‖ lp(canonicalJson(details)) ‖ lp(prev_hash)
 *
 * lp(s) = 32-bit big-endian byte length of UTF-8(s) ‖ UTF-8(s); opt(null) = 0x00, opt(s) = 0x01 ‖ lp(s);
 * seq in decimal. The encoding is unambiguous: no two different rows give the same bytes.
 */
export function auditEventHash(event: HashedAuditEvent): string {
  const parts: Buffer[] = [
    ...lengthPrefix(EVENT_HASH_LABEL),
    ...lengthPrefix(String(event.seq)),
    ...lengthPrefix(event.id),
    ...lengthPrefix(event.occurredAt),
    ...optional(event.actorId),
    ...optional(event.actorRole),
    ...lengthPrefix(event.action),
    ...lengthPrefix(event.resourceType),
    ...optional(event.resourceId),
    ...lengthPrefix(canonicalJson(event.fields)),
    ...optional(event.requestId),
    ...lengthPrefix(event.outcome),
    ...lengthPrefix(canonicalJson(event.details)),
    ...lengthPrefix(event.prevHash),
  ];
  return createHash('sha256').update(Buffer.concat(parts)).digest('hex');
}

/** Length-prefixed concatenation, for the checkpoint signature. */
export function lengthPrefixed(parts: readonly string[]): Buffer {
  return Buffer.concat(parts.flatMap((p) => lengthPrefix(p)));
}
