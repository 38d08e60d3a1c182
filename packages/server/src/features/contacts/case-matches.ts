import { rankMatches } from '@putokaz/core';
import type { Kysely } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { inScope } from '../../access/record-scope.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';
import { CASE_SCOPE, CaseStore } from '../cases/case-store.js';
import type { CaseMatcher, MatchedRef } from './matches.js';

type Reason = MatchedRef['matchedBy'][number];

/**
 * The cases of the matches panel, from what the cases feature offers: the cases the matched persons take part
 * in (a person found by the phone number leads to their case), the cases of the matched contacts, and the
 * cases whose employers, recruiters or other entities have the name typed (`CaseStore.search`). Each case
 * keeps its best score and every reason; all within the user's case.read scope.
 */
export function caseMatcherFor(dialect: DialectName, keyring: Keyring): CaseMatcher {
  return async (db: Kysely<Database>, access: AccessContext, query, limit) => {
    const found = new Map<string, { score: number; matchedBy: Set<Reason> }>();
    const add = (id: string, score: number, matchedBy: readonly Reason[]) => {
      const entry = found.get(id) ?? { score: 0, matchedBy: new Set<Reason>() };
      entry.score = Math.max(entry.score, score);
      for (const reason of matchedBy) entry.matchedBy.add(reason);
      found.set(id, entry);
    };
    const personIds = query.persons.map((p) => p.id);
    if (personIds.length) {
      const memberships = await db
        .selectFrom('case_persons')
        .select(['case_id', 'person_id'])
        .where('person_id', 'in', personIds)
        .where('removed_at', 'is', null)
        .execute();
      for (const m of memberships) {
        const person = query.persons.find((p) => p.id === m.person_id);
        if (person) add(m.case_id, person.score, person.matchedBy);
      }
    }
    for (const c of query.contactCases) add(c.id, c.score, c.matchedBy);
    const store = new CaseStore(db, dialect, keyring, access);
    if (query.name)
      for (const hit of await store.search(query.name, limit)) add(hit.case.id, hit.score, ['name']);
    if (found.size === 0) return [];
    const rows = await db
      .selectFrom('cases')
      .select(['id', 'code', 'updated_at'])
      .where('id', 'in', [...found.keys()])
      .where(inScope(access, 'case.read', CASE_SCOPE))
      .execute();
    return rankMatches(
      rows.map((r) => {
        const entry = found.get(r.id) as { score: number; matchedBy: Set<Reason> };
        return {
          id: r.id,
          code: r.code,
          title: null,
          at: r.updated_at,
          score: entry.score,
          matchedBy: (['phone', 'name'] as const).filter((reason) => entry.matchedBy.has(reason)),
        };
      }),
      limit,
    ).map(({ at: _at, ...rest }) => rest);
  };
}
