import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * Part of a person's erasure (features/persons/erasure-store.ts, inside its transaction): hotline contacts
 * linked to the person lose the caller's name and phone, the summary and their blind indexes. What statistics
 * need stays: when, channel, topic, urgency, outcome, duration. Returns the number of contacts changed.
 */
export async function eraseContactIdentity(db: Kysely<Database>, personId: string): Promise<number> {
  const linked = await db.selectFrom('contacts').select('id').where('person_id', '=', personId).execute();
  if (linked.length === 0) return 0;
  const ids = linked.map((row) => row.id);
  await db.deleteFrom('contact_identifiers').where('contact_id', 'in', ids).execute();
  const result = await db
    .updateTable('contacts')
    .set({ caller_name: null, caller_phone: null, summary: null })
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
