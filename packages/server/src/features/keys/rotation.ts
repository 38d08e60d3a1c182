import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';
import { ENCRYPTED_COLUMNS } from './encrypted-fields.js';

export interface RotationProgress {
  table: string;
  column: string;
  reencrypted: number;
}

type Rows = Kysely<Record<string, Record<string, string | null>>>;

/** How many stored values each data key protects, per column. */
export async function ciphertextsByKey(db: Kysely<Database>, keyring: Keyring): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const rows = db as unknown as Rows;
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    const values = await rows
      .selectFrom(table)
      .select(sql.ref<string>(column).as('value'))
      .where(sql.ref(column), 'is not', null)
      .execute();
    for (const { value } of values) {
      const keyId = keyring.keyIdOf(value as string);
      counts.set(keyId, (counts.get(keyId) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Re-encrypts every value that is not under the active data key, in batches of `batchSize`, each batch in its
 * own transaction and each row only if it still holds the value that was read (a concurrent edit wins and is
 * picked up by the next pass). Interrupted, it is simply run again: values already under the active key are
 * skipped. Returns what it changed per column.
 */
export async function reencryptAll(
  db: Kysely<Database>,
  keyring: Keyring,
  options: { batchSize?: number; onBatch?: (progress: RotationProgress) => void } = {},
): Promise<RotationProgress[]> {
  const batchSize = options.batchSize ?? 500;
  const rows = db as unknown as Rows;
  const results: RotationProgress[] = [];
  for (const { table, column, id } of ENCRYPTED_COLUMNS) {
    const progress: RotationProgress = { table, column, reencrypted: 0 };
    let after = '';
    for (;;) {
      const batch = await rows
        .selectFrom(table)
        .select([sql.ref<string>(id).as('id'), sql.ref<string>(column).as('value')])
        .where(sql.ref(column), 'is not', null)
        .where(sql.ref(id), '>', after)
        .orderBy(sql.ref(id))
        .limit(batchSize)
        .execute();
      if (batch.length === 0) break;
      after = batch.at(-1)?.id as string;
      const stale = batch.filter((r) => keyring.keyIdOf(r.value as string) !== keyring.activeKeyId);
      if (stale.length === 0) continue;
      await rows.transaction().execute(async (trx) => {
        for (const row of stale) {
          const fresh = keyring.reencrypt(row.value as string, { table, column, recordId: row.id as string });
          await trx
            .updateTable(table)
            .set({ [column]: fresh })
            .where(sql.ref(id), '=', row.id)
            .where(sql.ref(column), '=', row.value)
            .execute();
        }
      });
      progress.reencrypted += stale.length;
      options.onBatch?.(progress);
    }
    results.push(progress);
  }
  return results;
}
