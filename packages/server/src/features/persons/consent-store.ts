import { randomUUID } from 'node:crypto';
import type { ConsentAction, ConsentMethod, ConsentPurpose } from '@putokaz/core';
import type { Kysely } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { nowIso, type DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';
import { nameOf } from '../staff/names.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { PersonStore, type StaffRef } from './person-store.js';

export interface NewConsentEvent {
  purpose: ConsentPurpose;
  action: ConsentAction;
  date: string;
  method: ConsentMethod;
  partner?: string | undefined;
}

export interface ConsentEventView {
  id: string;
  purpose: ConsentPurpose;
  action: ConsentAction;
  date: string;
  method: ConsentMethod;
  partner: string | null;
  recordedAt: string;
  recordedBy: StaffRef;
}

const partnerField = (id: string) => ({ table: 'person_consent_events', column: 'partner', recordId: id });

/** Consent events of persons: append-only; the current state is core's `consentState` of all of them. */
export class ConsentStore {
  private readonly persons: PersonStore;
  constructor(
    private readonly db: Kysely<Database>,
    dialect: DialectName,
    private readonly keyring: Keyring,
    private readonly access: AccessContext,
  ) {
    this.persons = new PersonStore(db, dialect, keyring, access);
  }

  /** Records one event for a person within the consent.write scope; undefined when out of scope or erased. */
  async record(personId: string, event: NewConsentEvent): Promise<ConsentEventView | undefined> {
    const names = await this.persons.staffNames([this.access.userId]);
    return this.db.transaction().execute(async (trx) => {
      const person = await trx
        .selectFrom('persons')
        .select(['id', 'version'])
        .where('id', '=', personId)
        .where(this.persons.scoped('consent.write'))
        .where('erased_at', 'is', null)
        .executeTakeFirst();
      if (!person) return undefined;
      const id = randomUUID();
      const recordedAt = nowIso();
      const partner = event.purpose === 'shareWithPartner' ? (event.partner?.trim() ?? null) : null;
      await trx
        .insertInto('person_consent_events')
        .values({
          id,
          person_id: personId,
          purpose: event.purpose,
          action: event.action,
          occurred_on: event.date,
          method: event.method,
          partner: partner ? this.keyring.encrypt(partner, partnerField(id)) : null,
          recorded_by: this.access.userId,
          recorded_at: recordedAt,
        })
        .execute();
      await this.persons.addHistory(trx, personId, person.version, 'consent', [`consent.${event.purpose}`]);
      return {
        id,
        purpose: event.purpose,
        action: event.action,
        date: event.date,
        method: event.method,
        partner,
        recordedAt,
        recordedBy: { id: this.access.userId, name: nameOf(names, this.access.userId) },
      };
    });
  }

  /** The events of a person in scope (person.read), newest recorded first, paginated. */
  async list(
    personId: string,
    limit: number,
    cursor?: string,
  ): Promise<{ items: ConsentEventView[]; nextCursor: string | null } | undefined> {
    if (!(await this.persons.row(personId))) return undefined;
    const after = decodeCursor(cursor);
    let query = this.db
      .selectFrom('person_consent_events')
      .leftJoin('staff_users', 'staff_users.id', 'person_consent_events.recorded_by')
      .selectAll('person_consent_events')
      .select('staff_users.display_name')
      .where('person_consent_events.person_id', '=', personId);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('person_consent_events.recorded_at', '<', after.at),
          eb.and([
            eb('person_consent_events.recorded_at', '=', after.at),
            eb('person_consent_events.id', '<', after.id),
          ]),
        ]),
      );
    }
    const rows = await query
      .orderBy('person_consent_events.recorded_at', 'desc')
      .orderBy('person_consent_events.id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        id: r.id,
        purpose: r.purpose,
        action: r.action,
        date: r.occurred_on,
        method: r.method,
        partner: r.partner === null ? null : this.keyring.decrypt(r.partner, partnerField(r.id)),
        recordedAt: r.recorded_at,
        recordedBy: { id: r.recorded_by, name: r.display_name ?? null },
      })),
      nextCursor: rows.length > limit && last ? encodeCursor(last.recorded_at, last.id) : null,
    };
  }
}
