import { randomUUID } from 'node:crypto';
import { compareNames, nameTokens, normalizePhone, prepareName } from '@putokaz/core';
import type { Kysely } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { inScope } from '../../access/record-scope.js';
import { lockForUpdate, nowIso, type DialectName } from '../../db/dialect.js';
import type { Database, PersonTable } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';

const SCOPE = { team: 'persons.team', owners: ['persons.assigned_to', 'persons.created_by'] } as const;
const field = (column: string, id: string) => ({ table: 'persons', column, recordId: id });

export interface NewPerson {
  givenName: string;
  familyName: string;
  phones?: string[] | undefined;
}

export interface PersonView {
  id: string;
  code: string;
  givenName: string | null;
  familyName: string | null;
  phones: string[];
  identificationStatus: PersonTable['identification_status'];
  team: string | null;
  assignedTo: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
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

/**
 * Persons as one signed-in user may see them: every query carries the user's scope, identity fields are
 * encrypted before they reach the database, and exact lookups go through keyed blind indexes.
 */
export class PersonStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly keyring: Keyring,
    private readonly access: AccessContext,
  ) {}

  /** Normalizes phone numbers to E.164; returns the ones that are not numbers. */
  static normalizePhones(phones: readonly string[]): { valid: string[]; invalid: number[] } {
    const valid: string[] = [];
    const invalid: number[] = [];
    phones.forEach((raw, index) => {
      const e164 = normalizePhone(raw);
      if (e164) valid.push(e164);
      else invalid.push(index);
    });
    return { valid: [...new Set(valid)], invalid };
  }

  async create(
    input: NewPerson,
    phonesE164: string[],
  ): Promise<{ id: string; code: string; version: number }> {
    const id = randomUUID();
    const now = nowIso();
    return this.db.transaction().execute(async (trx) => {
      const year = now.slice(0, 4);
      const number = await nextCounter(trx, this.dialect, `person:${year}`);
      const code = `P-${year}-${String(number).padStart(4, '0')}`;
      await trx
        .insertInto('persons')
        .values({
          id,
          code,
          given_name: this.keyring.encrypt(input.givenName, field('given_name', id)),
          family_name: this.keyring.encrypt(input.familyName, field('family_name', id)),
          phones: this.keyring.encrypt(JSON.stringify(phonesE164), field('phones', id)),
          identification_status: 'unknown',
          team: this.access.team,
          assigned_to: this.access.userId,
          created_by: this.access.userId,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      const identifiers = [
        ...nameTokens(input.givenName, input.familyName).map((t) => ({
          kind: 'name' as const,
          hash: this.keyring.blindIndex('person.name', t),
        })),
        ...phonesE164.map((p) => ({
          kind: 'phone' as const,
          hash: this.keyring.blindIndex('person.phone', p),
        })),
      ];
      if (identifiers.length) {
        await trx
          .insertInto('person_identifiers')
          .values(identifiers.map((i) => ({ person_id: id, ...i })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      return { id, code, version: 1 };
    });
  }

  private decrypt(row: PersonTable): PersonView {
    const read = (column: 'given_name' | 'family_name' | 'phones') => {
      const value = row[column];
      return value === null ? null : this.keyring.decrypt(value, field(column, row.id));
    };
    return {
      id: row.id,
      code: row.code,
      givenName: read('given_name'),
      familyName: read('family_name'),
      phones: JSON.parse(read('phones') ?? '[]') as string[],
      identificationStatus: row.identification_status,
      team: row.team,
      assignedTo: row.assigned_to,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  }

  /** One person within the user's scope; undefined for a missing person and for one outside the scope alike. */
  async get(id: string): Promise<PersonView | undefined> {
    const row = await this.db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', id)
      .where(inScope(this.access, 'person.read', SCOPE))
      .executeTakeFirst();
    return row ? this.decrypt(row) : undefined;
  }

  /** A page of persons within scope, newest first; the cursor is the last item's `createdAt|id`. */
  async list(limit: number, cursor?: string): Promise<{ items: PersonView[]; nextCursor: string | null }> {
    let query = this.db
      .selectFrom('persons')
      .selectAll()
      .where(inScope(this.access, 'person.read', SCOPE));
    if (cursor) {
      const [createdAt, id] = cursor.split('|');
      if (createdAt && id) {
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '<', createdAt),
            eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
          ]),
        );
      }
    }
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => this.decrypt(r)),
      nextCursor: rows.length > limit && last ? `${last.created_at}|${last.id}` : null,
    };
  }

  /** Persons within scope that share a phone number (exact, through the blind index). */
  async findByPhone(e164: string): Promise<PersonView[]> {
    const rows = await this.db
      .selectFrom('persons')
      .innerJoin('person_identifiers', 'person_identifiers.person_id', 'persons.id')
      .selectAll('persons')
      .where('person_identifiers.kind', '=', 'phone')
      .where('person_identifiers.hash', '=', this.keyring.blindIndex('person.phone', e164))
      .where(inScope(this.access, 'person.read', SCOPE))
      .execute();
    return rows.map((r) => this.decrypt(r));
  }

  /**
   * Finds persons within scope by reference code, phone number or name, across scripts and spellings, although
   * the values are encrypted: exact keyed blind indexes find the candidates (any shared name token, or the phone
   * number), then the few candidates are decrypted and ranked with compareNames. Best first.
   */
  async search(query: string, limit: number): Promise<{ person: PersonView; score: number }[]> {
    const q = query.trim();
    if (!q) return [];
    const code = /^p-\d{4}-\d{1,}$/i.test(q) ? q.toUpperCase() : undefined;
    const phone = /\d{6,}/.test(q.replace(/\D/g, '')) ? normalizePhone(q) : undefined;
    const hashes = [
      ...nameTokens(q).map((t) => ({
        kind: 'name' as const,
        hash: this.keyring.blindIndex('person.name', t),
      })),
      ...(phone ? [{ kind: 'phone' as const, hash: this.keyring.blindIndex('person.phone', phone) }] : []),
    ];
    const scoped = inScope(this.access, 'person.read', SCOPE);
    const ids = new Set<string>();
    if (code) {
      const row = await this.db
        .selectFrom('persons')
        .select('id')
        .where('code', '=', code)
        .where(scoped)
        .executeTakeFirst();
      if (row) ids.add(row.id);
    }
    if (hashes.length) {
      const rows = await this.db
        .selectFrom('person_identifiers')
        .innerJoin('persons', 'persons.id', 'person_identifiers.person_id')
        .select('persons.id as id')
        .where((eb) =>
          eb.or(
            hashes.map((h) =>
              eb.and([
                eb('person_identifiers.kind', '=', h.kind),
                eb('person_identifiers.hash', '=', h.hash),
              ]),
            ),
          ),
        )
        .where(scoped)
        .groupBy('persons.id')
        .limit(200)
        .execute();
      for (const row of rows) ids.add(row.id);
    }
    if (ids.size === 0) return [];
    const candidates = await this.db
      .selectFrom('persons')
      .selectAll()
      .where('id', 'in', [...ids])
      .where(scoped)
      .execute();
    const prepared = prepareName(q);
    const ranked = candidates.map((row) => {
      const person = this.decrypt(row);
      if (person.code === code || (phone !== undefined && person.phones.includes(phone)))
        return { person, score: 1 };
      const name = { givenName: person.givenName ?? '', familyName: person.familyName ?? '' };
      const comparison = compareNames(prepared, name);
      return { person, score: comparison.match ? comparison.score : 0 };
    });
    return ranked
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.person.code.localeCompare(b.person.code))
      .slice(0, limit);
  }
}
