import { orderedId } from '../../db/ordered-id.js';
import {
  compareNames,
  consentState,
  keepDataWithdrawn,
  nameTokens,
  normalizeDocumentNumber,
  normalizeEmail,
  normalizePhone,
  prepareName,
  type BirthDate,
  type ConsentState,
  type DocumentType,
  type IdentificationStatus,
  type Permission,
  type PreparedName,
  type Sex,
  type VulnerabilityFactor,
} from '@putokaz/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { inScope } from '../../access/record-scope.js';
import { fromJson, lockForUpdate, nowIso, toJson, type DialectName } from '../../db/dialect.js';
import type { Database, PersonTable } from '../../db/schema.js';
import { ConflictError, updateVersioned } from '../../db/versioned.js';
import type { Keyring } from '../../security/keyring.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { staffNames } from '../staff/names.js';

export const PERSON_SCOPE = {
  team: 'persons.team',
  owners: ['persons.assigned_to', 'persons.created_by'],
} as const;
const field = (column: string, id: string) => ({ table: 'persons', column, recordId: id });

/** Blind-index matches ranked per search (a name token shared by more persons is cut here). */
const MAX_MATCHES = 5000;
/** Ids checked against the scope per query. */
const SCOPE_CHUNK = 500;

export interface IdentityDocument {
  type: DocumentType;
  number: string;
  issuingCountry: string | null;
}

export interface PostalAddress {
  address: string;
  city: string | null;
  country: string | null;
}

/** Everything about a person that staff edit. Identity fields are encrypted; the rest serves statistics. */
export interface PersonDetails {
  givenName: string | null;
  familyName: string | null;
  aliases: string[];
  birthDate: BirthDate | null;
  documents: IdentityDocument[];
  phones: string[];
  emails: string[];
  addresses: PostalAddress[];
  sex: Sex | null;
  citizenships: string[];
  languages: string[];
  identificationStatus: IdentificationStatus;
  identifiedOn: string | null;
  vulnerabilities: VulnerabilityFactor[];
  assignedTo: string | null;
  team: string | null;
}
export type PersonField = keyof PersonDetails;

/** The encrypted fields (identity): removed by an erasure, never written to history or the audit trail. */
export const IDENTITY_FIELDS = [
  'givenName',
  'familyName',
  'aliases',
  'birthDate',
  'documents',
  'phones',
  'emails',
  'addresses',
] as const satisfies readonly PersonField[];

export interface NewPerson {
  givenName: string;
  familyName: string;
  phones?: string[] | undefined;
}

/** A new person with any of the details (the create form and the synthetic generator). */
export type NewPersonDetails = Partial<PersonDetails> & { givenName: string; familyName: string };

/** Who recorded or changed something; `name` is null when the user no longer exists ("former staff member"). */
export interface StaffRef {
  id: string;
  name: string | null;
}

export interface PersonSummary {
  id: string;
  code: string;
  givenName: string | null;
  familyName: string | null;
  phones: string[];
  sex: Sex | null;
  identificationStatus: IdentificationStatus;
  team: string | null;
  assignedTo: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  erased: boolean;
  keepDataWithdrawn: boolean;
}

export interface PersonView extends PersonDetails {
  id: string;
  code: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  erasedAt: string | null;
  ageBand: string | null;
}

export interface HistoryEntry {
  id: string;
  version: number;
  action: 'create' | 'update' | 'consent' | 'erasureRequest' | 'erasureRejected' | 'erasure';
  fields: string[];
  actor: StaffRef;
  at: string;
}

/** One field changed since the version a client based its edit on: by whom, when, in which version. */
export interface FieldChange {
  field: string;
  version: number;
  at: string;
  by: StaffRef;
}

/** A stale update: the current version and what changed since the client's version. */
export class PersonConflict extends Error {
  constructor(
    readonly currentVersion: number,
    readonly changes: FieldChange[],
  ) {
    super('person changed since the given version');
    this.name = 'PersonConflict';
  }
}

/** Next value(s) of a named counter, under a lock, in the caller's transaction. */
async function nextCounter(
  trx: Kysely<Database>,
  dialect: DialectName,
  name: string,
  count = 1,
): Promise<number> {
  await lockForUpdate(trx, dialect, `counter:${name}`);
  const row = await trx.selectFrom('counters').select('value').where('name', '=', name).executeTakeFirst();
  const first = (row?.value ?? 0) + 1;
  const value = first + count - 1;
  if (row) await trx.updateTable('counters').set({ value }).where('name', '=', name).execute();
  else await trx.insertInto('counters').values({ name, value }).execute();
  return first;
}

const EMPTY_DETAILS: Omit<PersonDetails, 'givenName' | 'familyName'> = {
  aliases: [],
  birthDate: null,
  documents: [],
  phones: [],
  emails: [],
  addresses: [],
  sex: null,
  citizenships: [],
  languages: [],
  identificationStatus: 'unknown',
  identifiedOn: null,
  vulnerabilities: [],
  assignedTo: null,
  team: null,
};

/** The blind-index rows of a person: name tokens (names and aliases), phones, e-mails, document numbers. */
export function identifiersOf(
  keyring: Keyring,
  personId: string,
  details: Pick<PersonDetails, 'givenName' | 'familyName' | 'aliases' | 'phones' | 'emails' | 'documents'>,
): { person_id: string; kind: 'name' | 'phone' | 'email' | 'document'; hash: string }[] {
  const rows = new Map<
    string,
    { person_id: string; kind: 'name' | 'phone' | 'email' | 'document'; hash: string }
  >();
  const add = (kind: 'name' | 'phone' | 'email' | 'document', purpose: string, value: string) => {
    const hash = keyring.blindIndex(purpose, value);
    rows.set(`${kind}:${hash}`, { person_id: personId, kind, hash });
  };
  for (const token of nameTokens(details.givenName, details.familyName, ...details.aliases))
    add('name', 'person.name', token);
  for (const phone of details.phones) add('phone', 'person.phone', phone);
  for (const email of details.emails) add('email', 'person.email', email);
  for (const doc of details.documents) {
    const number = normalizeDocumentNumber(doc.number);
    if (number) add('document', 'person.document', number);
  }
  return [...rows.values()];
}

/** Stable text of a field value, for telling whether an edit changed it. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Persons as one signed-in user may see them: every query carries the user's scope, identity fields are
 * encrypted before they reach the database, exact lookups go through keyed blind indexes, every change is kept
 * in the history (field names, never values) and a stale edit is refused with what changed since.
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

  /** Normalizes e-mail addresses; returns the ones that are not addresses. */
  static normalizeEmails(emails: readonly string[]): { valid: string[]; invalid: number[] } {
    const valid: string[] = [];
    const invalid: number[] = [];
    emails.forEach((raw, index) => {
      const email = normalizeEmail(raw);
      if (email) valid.push(email);
      else invalid.push(index);
    });
    return { valid: [...new Set(valid)], invalid };
  }

  scoped(permission: Permission) {
    return inScope(this.access, permission, PERSON_SCOPE);
  }

  /** The database columns of details (identity fields encrypted for this person's id). */
  private columnsOf(id: string, details: Partial<PersonDetails>): Partial<PersonTable> {
    const out: Partial<PersonTable> = {};
    const enc = (column: keyof PersonTable, value: unknown, isJson: boolean) => {
      // Absent and empty lists are stored as null: nothing to encrypt, and nothing to read back.
      (out as Record<string, unknown>)[column] =
        value === null || value === undefined || (Array.isArray(value) && value.length === 0)
          ? null
          : this.keyring.encrypt(isJson ? JSON.stringify(value) : String(value), field(column, id));
    };
    if ('givenName' in details) enc('given_name', details.givenName, false);
    if ('familyName' in details) enc('family_name', details.familyName, false);
    if ('aliases' in details) enc('aliases', details.aliases, true);
    if ('birthDate' in details) enc('birth_date', details.birthDate, true);
    if ('documents' in details) enc('documents', details.documents, true);
    if ('phones' in details) enc('phones', details.phones, true);
    if ('emails' in details) enc('emails', details.emails, true);
    if ('addresses' in details) enc('addresses', details.addresses, true);
    if ('sex' in details) out.sex = details.sex ?? null;
    if ('citizenships' in details) out.citizenships = toJson(details.citizenships ?? []);
    if ('languages' in details) out.languages = toJson(details.languages ?? []);
    if ('identificationStatus' in details)
      out.identification_status = details.identificationStatus ?? 'unknown';
    if ('identifiedOn' in details) out.identified_on = details.identifiedOn ?? null;
    if ('vulnerabilities' in details) out.vulnerabilities = toJson(details.vulnerabilities ?? []);
    if ('assignedTo' in details) out.assigned_to = details.assignedTo ?? null;
    if ('team' in details) out.team = details.team ?? null;
    return out;
  }

  private rowsFor(
    inputs: readonly NewPersonDetails[],
    firstNumber: number,
    year: string,
    createdAt: (index: number) => string,
  ) {
    const persons: PersonTable[] = [];
    const identifiers: ReturnType<typeof identifiersOf> = [];
    const history: Database['person_history'][] = [];
    inputs.forEach((input, index) => {
      const id = orderedId();
      const at = createdAt(index);
      const details: PersonDetails = {
        ...EMPTY_DETAILS,
        assignedTo: this.access.userId,
        team: this.access.team,
        ...input,
      };
      if (details.identificationStatus !== 'identified') details.identifiedOn = null;
      persons.push({
        ...(this.columnsOf(id, details) as Omit<PersonTable, 'id' | 'code'>),
        id,
        code: `P-${year}-${String(firstNumber + index).padStart(4, '0')}`,
        created_by: this.access.userId,
        created_at: at,
        updated_at: at,
        version: 1,
        age_band: null,
        erased_at: null,
      });
      identifiers.push(...identifiersOf(this.keyring, id, details));
      history.push({
        id: orderedId(),
        person_id: id,
        version: 1,
        action: 'create',
        fields: toJson(
          Object.keys(input).filter(
            (k) =>
              !same((input as Record<string, unknown>)[k], (EMPTY_DETAILS as Record<string, unknown>)[k]),
          ),
        ),
        actor_id: this.access.userId,
        occurred_at: at,
      });
    });
    return { persons, identifiers, history };
  }

  private async insertRows(trx: Transaction<Database>, rows: ReturnType<PersonStore['rowsFor']>) {
    // Parameter limits: SQLite allows 32766 per statement, PostgreSQL 65535; persons have 25 columns.
    const chunk = <T>(items: T[], size: number) =>
      Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
    for (const part of chunk(rows.persons, 500)) await trx.insertInto('persons').values(part).execute();
    for (const part of chunk(rows.identifiers, 2000)) {
      await trx
        .insertInto('person_identifiers')
        .values(part)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (const part of chunk(rows.history, 1000))
      await trx.insertInto('person_history').values(part).execute();
  }

  async create(
    input: NewPersonDetails,
    phonesE164?: string[],
  ): Promise<{ id: string; code: string; version: number }> {
    const [created] = await this.createMany([{ ...input, ...(phonesE164 ? { phones: phonesE164 } : {}) }]);
    return created as { id: string; code: string; version: number };
  }

  /**
   * Records many persons in one transaction (batched inserts; the synthetic generator of the benchmark uses it).
   * Values must already be normalized (phones E.164, e-mails lower-case). `createdAt` overrides the time.
   */
  async createMany(
    inputs: readonly NewPersonDetails[],
    options: { createdAt?: (index: number) => string } = {},
  ): Promise<{ id: string; code: string; version: number }[]> {
    const now = nowIso();
    const createdAt = options.createdAt ?? (() => now);
    return this.db.transaction().execute(async (trx) => {
      const year = now.slice(0, 4);
      const first = await nextCounter(trx, this.dialect, `person:${year}`, inputs.length);
      const rows = this.rowsFor(inputs, first, year, createdAt);
      await this.insertRows(trx, rows);
      return rows.persons.map((p) => ({ id: p.id, code: p.code, version: 1 }));
    });
  }

  private decryptText(row: PersonTable, column: keyof PersonTable): string | null {
    const value = row[column] as string | null;
    return value === null ? null : this.keyring.decrypt(value, field(column, row.id));
  }

  private decryptJson<T>(row: PersonTable, column: keyof PersonTable, empty: T): T {
    const text = this.decryptText(row, column);
    return text === null ? empty : (JSON.parse(text) as T);
  }

  private view(row: PersonTable): PersonView {
    return {
      id: row.id,
      code: row.code,
      givenName: this.decryptText(row, 'given_name'),
      familyName: this.decryptText(row, 'family_name'),
      aliases: this.decryptJson(row, 'aliases', []),
      birthDate: this.decryptJson<BirthDate | null>(row, 'birth_date', null),
      documents: this.decryptJson(row, 'documents', []),
      phones: this.decryptJson(row, 'phones', []),
      emails: this.decryptJson(row, 'emails', []),
      addresses: this.decryptJson(row, 'addresses', []),
      sex: row.sex,
      citizenships: fromJson<string[] | null>(row.citizenships) ?? [],
      languages: fromJson<string[] | null>(row.languages) ?? [],
      identificationStatus: row.identification_status,
      identifiedOn: row.identified_on,
      vulnerabilities: fromJson<VulnerabilityFactor[] | null>(row.vulnerabilities) ?? [],
      assignedTo: row.assigned_to,
      team: row.team,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      erasedAt: row.erased_at,
      ageBand: row.age_band,
    };
  }

  private summary(row: PersonTable, consent: ConsentState | undefined): PersonSummary {
    return {
      id: row.id,
      code: row.code,
      givenName: this.decryptText(row, 'given_name'),
      familyName: this.decryptText(row, 'family_name'),
      phones: this.decryptJson(row, 'phones', []),
      sex: row.sex,
      identificationStatus: row.identification_status,
      team: row.team,
      assignedTo: row.assigned_to,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      erased: row.erased_at !== null,
      keepDataWithdrawn: consent ? keepDataWithdrawn(consent) : false,
    };
  }

  /** Consent states of several persons at once (one query). Partner names are decrypted. */
  async consentStates(personIds: readonly string[]): Promise<Map<string, ConsentState>> {
    const out = new Map<string, ConsentState>();
    if (personIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('person_consent_events')
      .selectAll()
      .where('person_id', 'in', [...personIds])
      .execute();
    const byPerson = new Map<string, typeof rows>();
    for (const row of rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row]);
    for (const id of personIds) {
      const events = (byPerson.get(id) ?? []).map((r) => ({
        id: r.id,
        purpose: r.purpose,
        action: r.action,
        date: r.occurred_on,
        method: r.method,
        partner:
          r.partner === null
            ? null
            : this.keyring.decrypt(r.partner, {
                table: 'person_consent_events',
                column: 'partner',
                recordId: r.id,
              }),
        recordedAt: r.recorded_at,
      }));
      out.set(id, consentState(events));
    }
    return out;
  }

  /** The raw row within the scope of a permission (undefined when missing or outside the scope alike). */
  async row(id: string, permission: Permission = 'person.read'): Promise<PersonTable | undefined> {
    return this.db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', id)
      .where(this.scoped(permission))
      .executeTakeFirst();
  }

  /** One person within the user's scope; undefined for a missing person and for one outside the scope alike. */
  async get(id: string): Promise<PersonView | undefined> {
    const row = await this.row(id);
    return row ? this.view(row) : undefined;
  }

  /** A page of persons within scope, newest first, with an opaque cursor for the next page. */
  async list(limit: number, cursor?: string): Promise<{ items: PersonSummary[]; nextCursor: string | null }> {
    const after = decodeCursor(cursor);
    let query = this.db.selectFrom('persons').selectAll().where(this.scoped('person.read'));
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', after.at),
          eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)]),
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
    const consent = await this.consentStates(page.map((r) => r.id));
    return {
      items: page.map((r) => this.summary(r, consent.get(r.id))),
      nextCursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null,
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
      .where(this.scoped('person.read'))
      .execute();
    return rows.map((r) => this.view(r));
  }

  /**
   * Candidate ids for blind-index hashes, within scope: identifier matches (phone, e-mail, document) first,
   * then by the number of shared name tokens. At most `max` ids, best first.
   */
  private async candidateIds(
    hashes: { kind: 'name' | 'phone' | 'email' | 'document'; hash: string }[],
    max: number,
    enough = 20,
  ): Promise<Map<string, { identifier: boolean; nameHits: number }>> {
    const out = new Map<string, { identifier: boolean; nameHits: number }>();
    if (hashes.length === 0) return out;
    // 1. Rank the matches from the blind indexes alone (a covering index; no person row is read): identifier
    //    matches first, then by the number of shared name tokens.
    const weight = sql<number>`sum(case when kind = 'name' then 1 else 1000 end)`;
    const matches = await this.db
      .selectFrom('person_identifiers')
      .select(['person_id', weight.as('weight')])
      .where((eb) => eb.or(hashes.map((h) => eb.and([eb('kind', '=', h.kind), eb('hash', '=', h.hash)]))))
      .groupBy('person_id')
      .orderBy(weight, 'desc')
      .orderBy('person_id')
      .limit(MAX_MATCHES)
      .execute();
    // 2. Keep those within the user's scope, best first, looking them up by id in chunks until `max` are found
    //    (the scope columns are covered by an index too).
    const ranked: { id: string; weight: number }[] = [];
    for (let start = 0; start < matches.length && ranked.length < max; start += SCOPE_CHUNK) {
      const chunk = matches.slice(start, start + SCOPE_CHUNK);
      const visible = await this.db
        .selectFrom('persons')
        .select('id')
        .where(
          'id',
          'in',
          chunk.map((m) => m.person_id),
        )
        .where(this.scoped('person.read'))
        .execute();
      const allowed = new Set(visible.map((v) => v.id));
      for (const m of chunk) {
        if (allowed.has(m.person_id) && ranked.length < max)
          ranked.push({ id: m.person_id, weight: Number(m.weight) });
      }
    }
    // Persons sharing more of the query's name tokens come first; when enough of them share the most tokens,
    // those with fewer are not decrypted at all (a full name among thousands of namesakes stays fast).
    const best = ranked.reduce((m, r) => Math.max(m, r.weight % 1000), 0);
    const isStrong = (r: { weight: number }) => r.weight >= 1000 || r.weight % 1000 === best;
    const keep = best >= 2 && ranked.filter(isStrong).length >= enough ? ranked.filter(isStrong) : ranked;
    for (const r of keep) out.set(r.id, { identifier: r.weight >= 1000, nameHits: r.weight % 1000 });
    return out;
  }

  /** The best score of a prepared name against a person's name and aliases. */
  private nameScore(prepared: PreparedName, row: PersonTable): number {
    const given = this.decryptText(row, 'given_name') ?? '';
    const family = this.decryptText(row, 'family_name') ?? '';
    let best = 0;
    const main = compareNames(prepared, { givenName: given, familyName: family });
    if (main.match) best = main.score;
    for (const alias of this.decryptJson<string[]>(row, 'aliases', [])) {
      const c = compareNames(prepared, alias);
      if (c.match && c.score > best) best = c.score;
    }
    return best;
  }

  /**
   * Finds persons within scope by reference code, phone number, e-mail, document number or name, across
   * scripts and spellings, although the values are encrypted: exact keyed blind indexes find the candidates
   * (any shared name token, or an identifier), then the few candidates are decrypted and ranked with
   * compareNames. Best first.
   */
  async search(query: string, limit: number): Promise<{ person: PersonSummary; score: number }[]> {
    const q = query.trim();
    if (!q) return [];
    const code = /^p-\d{4}-\d{1,}$/i.test(q) ? q.toUpperCase() : undefined;
    const phone = /\d{6,}/.test(q.replace(/\D/g, '')) ? normalizePhone(q) : undefined;
    const email = q.includes('@') ? normalizeEmail(q) : undefined;
    const document = /\d/.test(q) && !code ? normalizeDocumentNumber(q) : undefined;
    const hashes = [
      ...(email || code ? [] : nameTokens(q)).map((t) => ({
        kind: 'name' as const,
        hash: this.keyring.blindIndex('person.name', t),
      })),
      ...(phone ? [{ kind: 'phone' as const, hash: this.keyring.blindIndex('person.phone', phone) }] : []),
      ...(email ? [{ kind: 'email' as const, hash: this.keyring.blindIndex('person.email', email) }] : []),
      ...(document
        ? [{ kind: 'document' as const, hash: this.keyring.blindIndex('person.document', document) }]
        : []),
    ];
    const found = await this.candidateIds(hashes, 100, limit);
    let codeId: string | undefined;
    if (code) {
      const row = await this.db
        .selectFrom('persons')
        .select('id')
        .where('code', '=', code)
        .where(this.scoped('person.read'))
        .executeTakeFirst();
      codeId = row?.id;
      if (codeId) found.set(codeId, { identifier: true, nameHits: 0 });
    }
    if (found.size === 0) return [];
    const rows = await this.db
      .selectFrom('persons')
      .selectAll()
      .where('id', 'in', [...found.keys()])
      .where(this.scoped('person.read'))
      .execute();
    const prepared = prepareName(q);
    const scored = rows
      .map((row) => {
        const hit = found.get(row.id);
        const score = hit?.identifier ? 1 : this.nameScore(prepared, row);
        return { row, score };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.row.code.localeCompare(b.row.code))
      .slice(0, limit);
    const consent = await this.consentStates(scored.map((s) => s.row.id));
    return scored.map(({ row, score }) => ({ person: this.summary(row, consent.get(row.id)), score }));
  }

  /**
   * Probable existing persons for the details of a person about to be created: any shared phone, e-mail or
   * document number, or a name that compareNames accepts (the year of birth raising or lowering the rank).
   */
  async candidates(input: {
    givenName?: string | undefined;
    familyName?: string | undefined;
    phones?: string[] | undefined;
    emails?: string[] | undefined;
    documentNumbers?: string[] | undefined;
    birthYear?: number | undefined;
    limit: number;
  }): Promise<
    {
      person: PersonSummary;
      score: number;
      reasons: ('name' | 'phone' | 'email' | 'document' | 'birthYear')[];
    }[]
  > {
    const hashes = [
      ...nameTokens(input.givenName, input.familyName).map((t) => ({
        kind: 'name' as const,
        hash: this.keyring.blindIndex('person.name', t),
      })),
      ...(input.phones ?? []).map((p) => ({
        kind: 'phone' as const,
        hash: this.keyring.blindIndex('person.phone', p),
      })),
      ...(input.emails ?? []).map((e) => ({
        kind: 'email' as const,
        hash: this.keyring.blindIndex('person.email', e),
      })),
      ...(input.documentNumbers ?? []).flatMap((d) => {
        const n = normalizeDocumentNumber(d);
        return n ? [{ kind: 'document' as const, hash: this.keyring.blindIndex('person.document', n) }] : [];
      }),
    ];
    const found = await this.candidateIds(hashes, 100, input.limit);
    if (found.size === 0) return [];
    const rows = await this.db
      .selectFrom('persons')
      .selectAll()
      .where('id', 'in', [...found.keys()])
      .where(this.scoped('person.read'))
      .execute();
    const hasName = Boolean(input.givenName?.trim() || input.familyName?.trim());
    const prepared = prepareName({ givenName: input.givenName ?? '', familyName: input.familyName ?? '' });
    const phones = new Set(input.phones ?? []);
    const emails = new Set(input.emails ?? []);
    const docs = new Set(
      (input.documentNumbers ?? []).map((d) => normalizeDocumentNumber(d)).filter(Boolean),
    );
    const results = rows.flatMap((row) => {
      const reasons: ('name' | 'phone' | 'email' | 'document' | 'birthYear')[] = [];
      const nameScore = hasName ? this.nameScore(prepared, row) : 0;
      if (nameScore > 0) reasons.push('name');
      if (found.get(row.id)?.identifier) {
        if (this.decryptJson<string[]>(row, 'phones', []).some((p) => phones.has(p))) reasons.push('phone');
        if (this.decryptJson<string[]>(row, 'emails', []).some((e) => emails.has(e))) reasons.push('email');
        if (
          this.decryptJson<IdentityDocument[]>(row, 'documents', []).some((d) =>
            docs.has(normalizeDocumentNumber(d.number)),
          )
        )
          reasons.push('document');
      }
      if (reasons.length === 0) return [];
      let score = reasons.some((r) => r !== 'name') ? Math.max(0.95, nameScore) : nameScore;
      if (input.birthYear !== undefined) {
        const birth = this.decryptJson<BirthDate | null>(row, 'birth_date', null);
        if (birth) {
          const year = 'year' in birth ? birth.year : Number(birth.date.slice(0, 4));
          if (Math.abs(year - input.birthYear) <= 1) {
            reasons.push('birthYear');
            score = Math.min(1, score + 0.05);
          } else score -= 0.1;
        }
      }
      return [{ row, score, reasons }];
    });
    results.sort((a, b) => b.score - a.score || a.row.code.localeCompare(b.row.code));
    const top = results.slice(0, input.limit);
    const consent = await this.consentStates(top.map((r) => r.row.id));
    return top.map(({ row, score, reasons }) => ({
      person: this.summary(row, consent.get(row.id)),
      score: Math.max(0, Math.min(1, score)),
      reasons,
    }));
  }

  /** What changed since `version`: per field, the latest change (by whom, when, in which version). */
  async changesSince(personId: string, version: number): Promise<FieldChange[]> {
    const rows = await this.db
      .selectFrom('person_history')
      .leftJoin('staff_users', 'staff_users.id', 'person_history.actor_id')
      .select([
        'person_history.version',
        'person_history.fields',
        'person_history.actor_id',
        'person_history.occurred_at',
        'staff_users.display_name',
      ])
      .where('person_history.person_id', '=', personId)
      .where('person_history.version', '>', version)
      .where('person_history.action', 'in', ['update', 'erasure'])
      .orderBy('person_history.version', 'asc')
      .execute();
    const byField = new Map<string, FieldChange>();
    for (const row of rows) {
      for (const name of fromJson<string[]>(row.fields)) {
        byField.set(name, {
          field: name,
          version: row.version,
          at: row.occurred_at,
          by: { id: row.actor_id, name: row.display_name ?? null },
        });
      }
    }
    return [...byField.values()];
  }

  /**
   * Applies changes based on `version`. Only fields whose value differs are written (and listed in history);
   * identity fields are re-encrypted and the blind indexes rebuilt. A stale version throws PersonConflict with
   * what changed since; a person outside the write scope is undefined (404).
   */
  async update(
    id: string,
    version: number,
    changes: Partial<PersonDetails>,
  ): Promise<{ person: PersonView; changed: string[] } | undefined> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('persons')
          .selectAll()
          .where('id', '=', id)
          .where(this.scoped('person.write'))
          .where('erased_at', 'is', null)
          .executeTakeFirst();
        if (!row) return undefined;
        if (row.version !== version) throw new ConflictError('persons', id, version, row.version);
        const current = this.view(row);
        const next: Partial<PersonDetails> = { ...changes };
        if ((next.identificationStatus ?? current.identificationStatus) !== 'identified') {
          if ('identificationStatus' in next) next.identifiedOn = null;
        }
        const changed = (Object.keys(next) as PersonField[]).filter((k) => !same(next[k], current[k]));
        if (changed.length === 0) return { person: current, changed };
        const delta = Object.fromEntries(changed.map((k) => [k, next[k]])) as Partial<PersonDetails>;
        const newVersion = await updateVersioned(trx, 'persons', id, version, this.columnsOf(id, delta));
        if (
          changed.some((k) =>
            (['givenName', 'familyName', 'aliases', 'phones', 'emails', 'documents'] as string[]).includes(k),
          )
        ) {
          const merged = { ...current, ...delta };
          await trx.deleteFrom('person_identifiers').where('person_id', '=', id).execute();
          const identifiers = identifiersOf(this.keyring, id, merged);
          if (identifiers.length) await trx.insertInto('person_identifiers').values(identifiers).execute();
        }
        await this.addHistory(trx, id, newVersion, 'update', changed);
        const updated = await trx
          .selectFrom('persons')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        return { person: this.view(updated), changed };
      });
    } catch (error) {
      if (error instanceof ConflictError && error.currentVersion !== undefined) {
        throw new PersonConflict(error.currentVersion, await this.changesSince(id, version));
      }
      throw error;
    }
  }

  async addHistory(
    trx: Kysely<Database>,
    personId: string,
    version: number,
    action: HistoryEntry['action'],
    fields: readonly string[],
  ): Promise<void> {
    await trx
      .insertInto('person_history')
      .values({
        id: orderedId(),
        person_id: personId,
        version,
        action,
        fields: toJson(fields),
        actor_id: this.access.userId,
        occurred_at: nowIso(),
      })
      .execute();
  }

  /** The history of a person in scope, newest first, paginated by an opaque cursor. */
  async history(
    personId: string,
    limit: number,
    cursor?: string,
  ): Promise<{ items: HistoryEntry[]; nextCursor: string | null } | undefined> {
    if (!(await this.row(personId))) return undefined;
    const after = decodeCursor(cursor);
    let query = this.db
      .selectFrom('person_history')
      .leftJoin('staff_users', 'staff_users.id', 'person_history.actor_id')
      .select([
        'person_history.id',
        'person_history.version',
        'person_history.action',
        'person_history.fields',
        'person_history.actor_id',
        'person_history.occurred_at',
        'staff_users.display_name',
      ])
      .where('person_history.person_id', '=', personId);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('person_history.occurred_at', '<', after.at),
          eb.and([eb('person_history.occurred_at', '=', after.at), eb('person_history.id', '<', after.id)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('person_history.occurred_at', 'desc')
      .orderBy('person_history.id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        id: r.id,
        version: r.version,
        action: r.action,
        fields: fromJson<string[]>(r.fields),
        actor: { id: r.actor_id, name: r.display_name ?? null },
        at: r.occurred_at,
      })),
      nextCursor: rows.length > limit && last ? encodeCursor(last.occurred_at, last.id) : null,
    };
  }

  /** Display names of staff users (assigned workers, recorders): the shared staff lookup. */
  staffNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    return staffNames(this.db, ids);
  }
}
