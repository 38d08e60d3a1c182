/**
 * Reported contacts: phone numbers, e-mail addresses and web domains that the organisation has seen in
 * fraudulent or exploitative offers. The public app asks "was this contact reported?" without revealing it:
 * it sends the first five hex characters of SHA-256("<kind>:<normalized>") and matches the returned
 * suffixes on the device (core's contacts.ts). The table keys each entry by that hash; the normalized value
 * and the note are encrypted in the application, for the staff who keep the list.
 */
import type { Kysely } from 'kysely';
import {
  CONTACT_KINDS,
  HASH_PREFIX_LENGTH,
  contactHash,
  normalizeContact,
  type ContactKind,
} from '@putokaz/core/offer-check/contacts';
import { nowIso, type DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';
import { recordAuditEvent, type AuditActor } from '../audit/audit-log.js';

export { CONTACT_KINDS, type ContactKind };

/** Exactly five lowercase hex characters: what the public app sends. */
export const PREFIX_RE = new RegExp(`^[0-9a-f]{${HASH_PREFIX_LENGTH}}$`);

export function isContactKind(value: unknown): value is ContactKind {
  return typeof value === 'string' && (CONTACT_KINDS as readonly string[]).includes(value);
}

/** A contact that cannot be normalized (not a phone number, e-mail address or domain of that kind). */
export class InvalidContactError extends Error {
  constructor(kind: ContactKind) {
    super(
      `not a valid ${kind}: check the value (a phone number with its country code, an e-mail address, a domain)`,
    );
    this.name = 'InvalidContactError';
  }
}

export interface ReportedContact {
  hash: string;
  kind: ContactKind;
  value: string;
  note: string | null;
  addedAt: string;
  addedBy: string | null;
  updatedAt: string;
  version: number;
}

export type AddOutcome = 'added' | 'noteUpdated' | 'unchanged';

const fieldContext = (column: 'value' | 'note', hash: string) => ({
  table: 'reported_contacts',
  column,
  recordId: hash,
});

/** The suffixes (the hash after the prefix) of every reported contact under `prefix`, sorted. */
export async function suffixesForPrefix(db: Kysely<Database>, prefix: string): Promise<string[]> {
  if (!PREFIX_RE.test(prefix)) throw new RangeError('prefix must be five lowercase hex characters');
  // A range on the primary key (hex sorts the same in every collation): 'g' follows every hex digit.
  const rows = await db
    .selectFrom('reported_contacts')
    .select('hash')
    .where('hash', '>', prefix)
    .where('hash', '<', `${prefix}g`)
    .orderBy('hash')
    .execute();
  return rows.map((r) => r.hash.slice(HASH_PREFIX_LENGTH)).sort();
}

/** Who changes the list: a staff user in the console, or the server console (CLI) with no user. */
export interface ContactActor {
  user: AuditActor | null;
  via: 'cli' | 'console';
}

/**
 * Keeps reported contacts. Every change is written with its audit event in one transaction; the audit event
 * names the entry by a keyed hash (the plain SHA-256 of a phone number can be reversed by trying every
 * number, so it is not what the audit trail shows).
 */
export class ReportedContactStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly keyring: Keyring,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Normalizes with core's function (the one the public app uses) and hashes; throws InvalidContactError. */
  async identify(kind: ContactKind, value: string): Promise<{ normalized: string; hash: string }> {
    const normalized = normalizeContact(kind, value);
    if (!normalized) throw new InvalidContactError(kind);
    return { normalized, hash: await contactHash(kind, normalized) };
  }

  private auditId(kind: ContactKind, normalized: string): string {
    return this.keyring.blindIndex('audit.reported-contact', `${kind}:${normalized}`);
  }

  /**
   * Adds a contact; adding one already listed changes nothing, unless a different note is given (then the
   * note is replaced). Returns what happened and the stored hash.
   */
  async add(
    kind: ContactKind,
    value: string,
    note: string | null,
    actor: ContactActor,
  ): Promise<{ outcome: AddOutcome; hash: string; normalized: string }> {
    const { normalized, hash } = await this.identify(kind, value);
    const cleanNote = note?.trim() ? note.trim() : null;
    const outcome = await this.db.transaction().execute(async (trx): Promise<AddOutcome> => {
      const existing = await trx
        .selectFrom('reported_contacts')
        .select(['note', 'version'])
        .where('hash', '=', hash)
        .executeTakeFirst();
      const now = nowIso(this.clock);
      let result: AddOutcome;
      if (!existing) {
        const inserted = await trx
          .insertInto('reported_contacts')
          .values({
            hash,
            kind,
            value: this.keyring.encrypt(normalized, fieldContext('value', hash)),
            note: cleanNote === null ? null : this.keyring.encrypt(cleanNote, fieldContext('note', hash)),
            added_at: now,
            added_by: actor.user?.id ?? null,
            updated_at: now,
            version: 1,
          })
          .onConflict((oc) => oc.column('hash').doNothing())
          .executeTakeFirst();
        // Someone else added it at the same moment: the list holds it once, as asked.
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return 'unchanged';
        result = 'added';
      } else {
        const oldNote =
          existing.note === null ? null : this.keyring.decrypt(existing.note, fieldContext('note', hash));
        if (cleanNote === null || cleanNote === oldNote) return 'unchanged';
        await trx
          .updateTable('reported_contacts')
          .set({
            note: this.keyring.encrypt(cleanNote, fieldContext('note', hash)),
            updated_at: now,
            version: existing.version + 1,
          })
          .where('hash', '=', hash)
          .where('version', '=', existing.version)
          .execute();
        result = 'noteUpdated';
      }
      await recordAuditEvent(trx, this.dialect, {
        actor: actor.user,
        action: result === 'added' ? 'create' : 'update',
        resourceType: 'reportedContact',
        resourceId: this.auditId(kind, normalized),
        fields: result === 'added' ? (cleanNote === null ? ['value'] : ['value', 'note']) : ['note'],
        details: { via: actor.via, kind },
      });
      return result;
    });
    return { outcome, hash, normalized };
  }

  /** Removes a contact; false when it was not listed. */
  async remove(kind: ContactKind, value: string, actor: ContactActor): Promise<boolean> {
    const { normalized, hash } = await this.identify(kind, value);
    return this.db.transaction().execute(async (trx) => {
      const deleted = await trx.deleteFrom('reported_contacts').where('hash', '=', hash).executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) return false;
      await recordAuditEvent(trx, this.dialect, {
        actor: actor.user,
        action: 'delete',
        resourceType: 'reportedContact',
        resourceId: this.auditId(kind, normalized),
        details: { via: actor.via, kind },
      });
      return true;
    });
  }

  /** Every reported contact, decrypted, by kind then value. The read is audited. */
  async list(actor: ContactActor): Promise<ReportedContact[]> {
    const rows = await this.db.selectFrom('reported_contacts').selectAll().execute();
    const contacts = rows.map((r) => ({
      hash: r.hash,
      kind: r.kind,
      value: this.keyring.decrypt(r.value, fieldContext('value', r.hash)),
      note: r.note === null ? null : this.keyring.decrypt(r.note, fieldContext('note', r.hash)),
      addedAt: r.added_at,
      addedBy: r.added_by,
      updatedAt: r.updated_at,
      version: r.version,
    }));
    contacts.sort((a, b) => a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value));
    await recordAuditEvent(this.db, this.dialect, {
      actor: actor.user,
      action: 'list',
      resourceType: 'reportedContact',
      fields: ['value', 'note'],
      details: { via: actor.via, count: contacts.length },
    });
    return contacts;
  }
}
