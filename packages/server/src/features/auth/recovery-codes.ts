import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';

type Db = Kysely<Database> | Transaction<Database>;

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I/L
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like `K7QD2-M9XTA` (about 49 bits each), shown once; only keyed hashes are stored. */
function newRecoveryCode(): string {
  let out = '';
  for (let i = 0; i < 10; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function codeHash(keyring: Keyring, code: string): string {
  return keyring.blindIndex('staff.recovery-code', normalizeRecoveryCode(code));
}

/** Replaces a user's recovery codes with ten new ones and returns them (the only time they exist in clear). */
export async function issueRecoveryCodes(
  db: Db,
  keyring: Keyring,
  staffUserId: string,
  now: Date,
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.deleteFrom('staff_recovery_codes').where('staff_user_id', '=', staffUserId).execute();
  await db
    .insertInto('staff_recovery_codes')
    .values(
      codes.map((code) => ({
        id: randomUUID(),
        staff_user_id: staffUserId,
        code_hash: codeHash(keyring, code),
        created_at: now.toISOString(),
        used_at: null,
      })),
    )
    .execute();
  return codes;
}

/** Uses up one recovery code; true when the code was valid and unused (each works once). */
export async function consumeRecoveryCode(
  db: Db,
  keyring: Keyring,
  staffUserId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  if (normalizeRecoveryCode(code).length !== 10) return false;
  const result = await db
    .updateTable('staff_recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('staff_user_id', '=', staffUserId)
    .where('code_hash', '=', codeHash(keyring, code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function remainingRecoveryCodes(db: Db, staffUserId: string): Promise<number> {
  const row = await db
    .selectFrom('staff_recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('staff_user_id', '=', staffUserId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
