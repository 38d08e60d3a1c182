import type { Permission } from '@putokaz/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AccessContext } from '../../access/access-context.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';
import { caseSearch } from '../cases/search-provider.js';
import { PersonStore } from '../persons/person-store.js';

/** What a provider needs to search for one signed-in user. */
export interface SearchContext {
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
  access: AccessContext;
}

/** Every result has a type, an id, the record's reference code and a score in [0, 1] (best first). */
export const BaseResult = z.object({
  type: z.string(),
  id: z.string(),
  code: z.string(),
  score: z.number(),
});

/**
 * One kind of record the search box finds. The search route asks every provider whose permission the user
 * holds, merges the results by score and audits each provider's search with its resource type and fields.
 * A feature adds its provider (with its result schema, whose `type` is a literal) to SEARCH_PROVIDERS below.
 */
export interface SearchProvider<R extends z.infer<typeof BaseResult> = z.infer<typeof BaseResult>> {
  readonly type: string;
  readonly permission: Permission;
  /** The audit trail's resource type and the (names of the) fields a search reads. */
  readonly auditResource: string;
  readonly auditFields: readonly string[];
  readonly schema: z.ZodType<R>;
  search(context: SearchContext, query: string, limit: number): Promise<R[]>;
}

export const PersonResult = BaseResult.extend({
  type: z.literal('person'),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  /** The person withdrew consent to keep their data: the team must act on it (erasure). */
  keepDataWithdrawn: z.boolean(),
  erased: z.boolean(),
});

/** Persons by reference code, phone, e-mail, document number or name (see PersonStore.search). */
export const personSearch: SearchProvider<z.infer<typeof PersonResult>> = {
  type: 'person',
  permission: 'person.read',
  auditResource: 'person',
  auditFields: ['givenName', 'familyName', 'aliases', 'phones', 'emails', 'documents'],
  schema: PersonResult,
  async search({ db, dialect, keyring, access }, query, limit) {
    const found = await new PersonStore(db, dialect, keyring, access).search(query, limit);
    return found.map(({ person, score }) => ({
      type: 'person' as const,
      id: person.id,
      code: person.code,
      givenName: person.givenName,
      familyName: person.familyName,
      keepDataWithdrawn: person.keepDataWithdrawn,
      erased: person.erased,
      score: Math.round(score * 1000) / 1000,
    }));
  },
};

/** The providers of the search box, in the order ties are listed. */
export const SEARCH_PROVIDERS: readonly SearchProvider[] = [
  personSearch as unknown as SearchProvider,
  caseSearch as unknown as SearchProvider,
];
