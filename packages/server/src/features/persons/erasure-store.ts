import { randomUUID } from 'node:crypto';
import { eraseContactIdentity } from '../contacts/contact-erasure.js';
import { eraseServiceNotes } from '../services/service-store.js';
import { ageBand, birthYear, type BirthDate } from '@putokaz/core';
import { sql, type Kysely } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { isUniqueViolation, nowIso, type DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { updateVersioned } from '../../db/versioned.js';
import { AppError } from '../../http/errors.js';
import type { Keyring } from '../../security/keyring.js';
import { nameOf } from '../staff/names.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { IDENTITY_FIELDS, PersonStore, type StaffRef } from './person-store.js';

export interface ErasureRequestView {
  id: string;
  personId: string;
  personCode: string;
  status: 'pending' | 'approved' | 'rejected';
  reason: string | null;
  requestedBy: StaffRef;
  requestedAt: string;
  decidedBy: StaffRef | null;
  decidedAt: string | null;
  version: number;
}

const reasonField = (id: string) => ({ table: 'person_erasure_requests', column: 'reason', recordId: id });

/**
 * Erasure of a person: a request (with a reason) by someone allowed to ask, approved or rejected by a different
 * user with person.erase.approve. Approval removes the identity data (every ciphertext and blind index) and keeps
 * what anonymized statistics need: the code, sex, an age band from the year of birth, citizenships,
 * identification status, vulnerability factors and the dates. Then the freed space is compacted (SQLite:
 * VACUUM and a WAL checkpoint, so no byte of the removed values stays in the files; PostgreSQL: VACUUM).
 */
export class ErasureStore {
  private readonly persons: PersonStore;
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly keyring: Keyring,
    private readonly access: AccessContext,
  ) {
    this.persons = new PersonStore(db, dialect, keyring, access);
  }

  async request(personId: string, reason: string): Promise<ErasureRequestView | undefined> {
    const names = await this.persons.staffNames([this.access.userId]);
    try {
      return await this.db.transaction().execute(async (trx) => {
        const person = await trx
          .selectFrom('persons')
          .select(['id', 'code', 'version'])
          .where('id', '=', personId)
          .where(this.persons.scoped('person.erase.request'))
          .where('erased_at', 'is', null)
          .executeTakeFirst();
        if (!person) return undefined;
        const id = randomUUID();
        const now = nowIso();
        await trx
          .insertInto('person_erasure_requests')
          .values({
            id,
            person_id: personId,
            status: 'pending',
            reason: this.keyring.encrypt(reason, reasonField(id)),
            requested_by: this.access.userId,
            requested_at: now,
            decided_by: null,
            decided_at: null,
            updated_at: now,
            version: 1,
          })
          .execute();
        await this.persons.addHistory(trx, personId, person.version, 'erasureRequest', []);
        return {
          id,
          personId,
          personCode: person.code,
          status: 'pending' as const,
          reason,
          requestedBy: { id: this.access.userId, name: nameOf(names, this.access.userId) },
          requestedAt: now,
          decidedBy: null,
          decidedAt: null,
          version: 1,
        };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError(409, 'persons.erasurePending');
      throw error;
    }
  }

  private baseQuery() {
    return this.db
      .selectFrom('person_erasure_requests as r')
      .innerJoin('persons', 'persons.id', 'r.person_id')
      .leftJoin('staff_users as req', 'req.id', 'r.requested_by')
      .leftJoin('staff_users as dec', 'dec.id', 'r.decided_by')
      .selectAll('r')
      .select([
        'persons.code as person_code',
        'req.display_name as requester_name',
        'dec.display_name as decider_name',
      ]);
  }

  private toView(r: {
    id: string;
    person_id: string;
    person_code: string;
    status: 'pending' | 'approved' | 'rejected';
    reason: string | null;
    requested_by: string;
    requester_name: string | null;
    requested_at: string;
    decided_by: string | null;
    decider_name: string | null;
    decided_at: string | null;
    version: number;
  }): ErasureRequestView {
    return {
      id: r.id,
      personId: r.person_id,
      personCode: r.person_code,
      status: r.status,
      reason: r.reason === null ? null : this.keyring.decrypt(r.reason, reasonField(r.id)),
      requestedBy: { id: r.requested_by, name: r.requester_name },
      requestedAt: r.requested_at,
      decidedBy: r.decided_by ? { id: r.decided_by, name: r.decider_name } : null,
      decidedAt: r.decided_at,
      version: r.version,
    };
  }

  /** The requests of one person in scope (person.read), newest first. */
  async forPerson(personId: string): Promise<ErasureRequestView[]> {
    const rows = await this.baseQuery()
      .where('r.person_id', '=', personId)
      .where(this.persons.scoped('person.read'))
      .orderBy('r.requested_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(20)
      .execute();
    return rows.map((r) => this.toView(r));
  }

  /** Requests awaiting a decision that this user may decide (person.erase.approve scope), oldest first. */
  async pending(
    limit: number,
    cursor?: string,
  ): Promise<{ items: ErasureRequestView[]; nextCursor: string | null }> {
    const after = decodeCursor(cursor);
    let query = this.baseQuery()
      .where('r.status', '=', 'pending')
      .where(this.persons.scoped('person.erase.approve'));
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('r.requested_at', '>', after.at),
          eb.and([eb('r.requested_at', '=', after.at), eb('r.id', '>', after.id)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('r.requested_at', 'asc')
      .orderBy('r.id', 'asc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => this.toView(r)),
      nextCursor: rows.length > limit && last ? encodeCursor(last.requested_at, last.id) : null,
    };
  }

  /**
   * Approves or rejects a pending request based on its version. The requester can never decide their own
   * request (403). Approval erases the person in the same transaction.
   */
  async decide(
    requestId: string,
    version: number,
    decision: 'approve' | 'reject',
  ): Promise<{ request: ErasureRequestView; personId: string } | undefined> {
    const result = await this.db.transaction().execute(async (trx) => {
      const request = await trx
        .selectFrom('person_erasure_requests as r')
        .innerJoin('persons', 'persons.id', 'r.person_id')
        .select(['r.id', 'r.person_id', 'r.status', 'r.requested_by', 'r.version'])
        .where('r.id', '=', requestId)
        .where(this.persons.scoped('person.erase.approve'))
        .executeTakeFirst();
      if (!request) return undefined;
      if (request.requested_by === this.access.userId) throw new AppError(403, 'persons.ownErasureRequest');
      if (request.status !== 'pending') throw new AppError(409, 'persons.erasureDecided');
      const now = nowIso();
      await updateVersioned(trx, 'person_erasure_requests', requestId, version, {
        status: decision === 'approve' ? 'approved' : 'rejected',
        decided_by: this.access.userId,
        decided_at: now,
        ...(decision === 'approve' ? { reason: null } : {}),
      });
      const person = await trx
        .selectFrom('persons')
        .selectAll()
        .where('id', '=', request.person_id)
        .executeTakeFirstOrThrow();
      if (decision === 'reject') {
        await this.persons.addHistory(trx, person.id, person.version, 'erasureRejected', []);
        return { personId: person.id };
      }
      let band: string | null = null;
      if (person.birth_date !== null) {
        const birth = JSON.parse(
          this.keyring.decrypt(person.birth_date, {
            table: 'persons',
            column: 'birth_date',
            recordId: person.id,
          }),
        ) as BirthDate;
        band = ageBand(birthYear(birth), Number(person.created_at.slice(0, 4)));
      }
      const newVersion = await updateVersioned(trx, 'persons', person.id, person.version, {
        given_name: null,
        family_name: null,
        aliases: null,
        birth_date: null,
        documents: null,
        phones: null,
        emails: null,
        addresses: null,
        age_band: band,
        erased_at: now,
      });
      await trx.deleteFrom('person_identifiers').where('person_id', '=', person.id).execute();
      await trx
        .updateTable('person_consent_events')
        .set({ partner: null })
        .where('person_id', '=', person.id)
        .execute();
      await trx
        .updateTable('person_erasure_requests')
        .set({ reason: null })
        .where('person_id', '=', person.id)
        .execute();
      // What other features recorded about this person in free text or as identity: service notes, and the
      // caller's name, phone and the summary of hotline contacts linked to them (with their blind indexes).
      await eraseServiceNotes(trx, person.id);
      await eraseContactIdentity(trx, person.id);
      await this.persons.addHistory(trx, person.id, newVersion, 'erasure', [...IDENTITY_FIELDS]);
      return { personId: person.id };
    });
    if (!result) return undefined;
    if (decision === 'approve') await this.compact();
    const [view] = await this.baseQuery().where('r.id', '=', requestId).execute();
    return { request: this.toView(view as Parameters<ErasureStore['toView']>[0]), personId: result.personId };
  }

  /**
   * Removes the bytes of deleted values from the database files. SQLite rewrites the file (VACUUM) and empties
   * the write-ahead log; PostgreSQL marks the dead rows' space free (VACUUM; the bytes go when the space is
   * reused; see docs/persons.md for what that means with backups).
   */
  private async compact(): Promise<void> {
    if (this.dialect === 'sqlite') {
      await sql`vacuum`.execute(this.db);
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(this.db);
    } else {
      await sql`vacuum persons, person_identifiers, person_consent_events, person_erasure_requests`.execute(
        this.db,
      );
    }
  }
}
