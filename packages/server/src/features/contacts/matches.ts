import {
  compareNames,
  contactMatchScore,
  nameTokens,
  normalizePhone,
  prepareName,
  rankMatches,
} from '@putokaz/core';
import type { Kysely } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';
import { PersonStore } from '../persons/person-store.js';
import { CONTACT_NAME_PURPOSE, CONTACT_PHONE_PURPOSE, ContactStore, phoneKey } from './contact-store.js';
import type { MatchesAnswer } from './schemas.js';

/** How many matches of each kind the operator sees (the panel is small on purpose). */
export const MATCH_LIMIT = 5;
/** How many candidates the blind indexes may bring back before ranking. */
const CANDIDATE_LIMIT = 100;

type Reason = 'phone' | 'name';

/** A record already matched, as the case matcher gets it: its id, score and why it matched. */
export interface MatchedRef {
  id: string;
  score: number;
  matchedBy: Reason[];
}

/**
 * Cases for the matches panel, within the user's case.read scope, best first: the query (E.164 phone, name),
 * the persons already matched (cases they take part in) and the cases of the contacts already matched.
 */
export type CaseMatcher = (
  db: Kysely<Database>,
  access: AccessContext,
  query: { phone?: string; name?: string; persons: MatchedRef[]; contactCases: MatchedRef[] },
  limit: number,
) => Promise<{ id: string; code: string; title: string | null; score: number; matchedBy: Reason[] }[]>;

export interface MatchQuery {
  phone?: string | undefined;
  name?: string | undefined;
  excludeContactId?: string | undefined;
}

function nameScore(
  prepared: ReturnType<typeof prepareName> | undefined,
  other: Parameters<typeof compareNames>[1],
) {
  if (!prepared) return 0;
  const comparison = compareNames(prepared, other);
  return comparison.match ? comparison.score : 0;
}

/** What the matches panel needs of a person, whichever of the person store's views it comes from. */
interface PersonCandidate {
  id: string;
  code: string;
  givenName: string | null;
  familyName: string | null;
  phones: string[];
  updatedAt: string;
  erased?: boolean;
  erasedAt?: string | null;
}

/** Erased persons keep no identity: they are never a match. */
const isLive = (p: PersonCandidate) => !p.erased && !p.erasedAt;

const round = (score: number) => Math.round(score * 1000) / 1000;

/**
 * Earlier contacts, persons and cases that match the phone number or name an operator is typing. Phone
 * numbers are compared in E.164 (so +381 64…, 064… and 00381 64… are one number), names across scripts and
 * spellings. Everything is found through keyed blind indexes and ranked after decryption; persons only when
 * the user may read persons, each kind within the user's scope.
 */
export async function findMatches(
  deps: {
    db: Kysely<Database>;
    dialect: DialectName;
    keyring: Keyring;
    caseMatcher?: CaseMatcher | undefined;
  },
  access: AccessContext,
  query: MatchQuery,
): Promise<MatchesAnswer & { personsSearched: boolean; casesSearched: boolean }> {
  const { db, dialect, keyring } = deps;
  const e164 = query.phone ? normalizePhone(query.phone) : undefined;
  const tokens = query.name ? nameTokens(query.name) : [];
  const prepared = tokens.length && query.name ? prepareName(query.name) : undefined;
  const answer: MatchesAnswer & { personsSearched: boolean; casesSearched: boolean } = {
    contacts: [],
    persons: [],
    cases: [],
    personsSearched: false,
    casesSearched: false,
  };
  if (!e164 && !prepared) return answer;

  const contacts = await new ContactStore(db, dialect, keyring, access).candidates(
    [
      ...tokens.map((t) => ({ kind: 'name' as const, hash: keyring.blindIndex(CONTACT_NAME_PURPOSE, t) })),
      ...(e164 ? [{ kind: 'phone' as const, hash: keyring.blindIndex(CONTACT_PHONE_PURPOSE, e164) }] : []),
    ],
    CANDIDATE_LIMIT,
  );
  answer.contacts = rankMatches(
    contacts
      .filter((c) => c.id !== query.excludeContactId)
      .map((c) => {
        const byPhone = e164 !== undefined && phoneKey(c.caller.phone) === e164;
        const byName = c.caller.name ? nameScore(prepared, c.caller.name) : 0;
        const matchedBy: Reason[] = [
          ...(byPhone ? ['phone' as const] : []),
          ...(byName > 0 ? ['name' as const] : []),
        ];
        return {
          id: c.id,
          code: c.code,
          occurredAt: c.occurredAt,
          at: c.occurredAt,
          topic: c.topic,
          urgency: c.urgency,
          outcome: c.outcome,
          callerName: c.caller.name,
          callerPhone: c.caller.phone,
          personId: c.person?.id ?? null,
          caseId: c.caseId,
          score: round(contactMatchScore(byPhone, byName)),
          matchedBy,
        };
      }),
    MATCH_LIMIT,
  ).map(({ at: _at, ...rest }) => rest);

  if (access.can('person.read')) {
    answer.personsSearched = true;
    const persons = new PersonStore(db, dialect, keyring, access);
    const found = new Map<string, PersonCandidate>();
    if (e164) for (const p of await persons.findByPhone(e164)) found.set(p.id, p);
    if (query.name && prepared)
      for (const { person } of await persons.search(query.name, CANDIDATE_LIMIT))
        found.set(person.id, person);
    answer.persons = rankMatches(
      [...found.values()].filter(isLive).map((p) => {
        const byPhone = e164 !== undefined && p.phones.includes(e164);
        const byName = nameScore(prepared, { givenName: p.givenName ?? '', familyName: p.familyName ?? '' });
        const matchedBy: Reason[] = [
          ...(byPhone ? ['phone' as const] : []),
          ...(byName > 0 ? ['name' as const] : []),
        ];
        return {
          id: p.id,
          code: p.code,
          givenName: p.givenName,
          familyName: p.familyName,
          at: p.updatedAt,
          score: round(contactMatchScore(byPhone, byName)),
          matchedBy,
        };
      }),
      MATCH_LIMIT,
    ).map(({ at: _at, ...rest }) => rest);
  }

  if (deps.caseMatcher && access.can('case.read')) {
    answer.casesSearched = true;
    const cases = await deps.caseMatcher(
      db,
      access,
      {
        ...(e164 ? { phone: e164 } : {}),
        ...(prepared && query.name ? { name: query.name } : {}),
        persons: answer.persons.map(({ id, score, matchedBy }) => ({ id, score, matchedBy })),
        contactCases: answer.contacts.flatMap((c) =>
          c.caseId ? [{ id: c.caseId, score: c.score, matchedBy: c.matchedBy }] : [],
        ),
      },
      MATCH_LIMIT,
    );
    answer.cases = cases.slice(0, MATCH_LIMIT).map((c) => ({ ...c, score: round(c.score) }));
  }
  return answer;
}
