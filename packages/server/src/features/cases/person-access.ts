import type { Kysely } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { inScope } from '../../access/record-scope.js';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';

/**
 * Which columns say whose a person is (the same as the persons feature's scope: team, assigned worker,
 * author). Cases and services check persons through these without loading the persons feature's store.
 */
export const PERSON_SCOPE = {
  team: 'persons.team',
  owners: ['persons.assigned_to', 'persons.created_by'],
} as const;

/** A person within the user's person.read scope (id and code), or undefined (missing and out of scope alike). */
export async function readablePerson(
  db: Kysely<Database>,
  access: AccessContext,
  personId: string,
): Promise<{ id: string; code: string; team: string | null } | undefined> {
  if (!access.can('person.read')) return undefined;
  return db
    .selectFrom('persons')
    .select(['id', 'code', 'team'])
    .where('id', '=', personId)
    .where(inScope(access, 'person.read', PERSON_SCOPE))
    .executeTakeFirst();
}

/** Whether the user's scope for `permission` reaches the person. */
export async function personInScope(
  db: Kysely<Database>,
  access: AccessContext,
  personId: string,
  permission: 'service.write' | 'person.write',
): Promise<boolean> {
  if (!access.can(permission)) return false;
  const row = await db
    .selectFrom('persons')
    .select('id')
    .where('id', '=', personId)
    .where(inScope(access, permission, PERSON_SCOPE))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The decrypted names of the persons among `ids` that the user may read (person.read scope); others (and
 * erased persons) are left out, so a case shows them by reference code only.
 */
export async function personNames(
  db: Kysely<Database>,
  keyring: Keyring,
  access: AccessContext,
  ids: readonly string[],
): Promise<Map<string, { givenName: string | null; familyName: string | null }>> {
  const out = new Map<string, { givenName: string | null; familyName: string | null }>();
  if (ids.length === 0 || !access.can('person.read')) return out;
  const rows = await db
    .selectFrom('persons')
    .select(['id', 'given_name', 'family_name'])
    .where('id', 'in', [...ids])
    .where(inScope(access, 'person.read', PERSON_SCOPE))
    .execute();
  for (const row of rows) {
    const read = (column: 'given_name' | 'family_name') => {
      const value = row[column];
      return value === null ? null : keyring.decrypt(value, { table: 'persons', column, recordId: row.id });
    };
    out.set(row.id, { givenName: read('given_name'), familyName: read('family_name') });
  }
  return out;
}
