import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nowIso } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { countStaffUsers } from '../staff/queries.js';

/** A setup link works once and for 24 hours. */
export const SETUP_TOKEN_LIFETIME_HOURS = 24;

/** Only the SHA-256 of a token is stored: a copy of the database cannot be used to create an administrator. */
export function hashSetupToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface IssuedSetupToken {
  token: string;
  expiresAt: string;
}

/**
 * On a start with no staff accounts, issues a new single-use setup token (256 random bits, base64url).
 * Returns undefined when an account exists already: the link is for the very first administrator only.
 */
export async function issueSetupTokenIfNeeded(
  db: Kysely<Database>,
  clock: () => Date = () => new Date(),
): Promise<IssuedSetupToken | undefined> {
  if ((await countStaffUsers(db)) > 0) return undefined;
  const token = randomBytes(32).toString('base64url');
  const now = clock();
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_LIFETIME_HOURS * 3600_000).toISOString();
  await db
    .insertInto('setup_tokens')
    .values({
      id: randomUUID(),
      token_hash: hashSetupToken(token),
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/** The expiry of a token that can still be used, or undefined. */
export async function findUsableSetupToken(
  db: Kysely<Database>,
  token: string,
  clock: () => Date = () => new Date(),
): Promise<{ id: string; expiresAt: string } | undefined> {
  const row = await db
    .selectFrom('setup_tokens')
    .select(['id', 'expires_at'])
    .where('token_hash', '=', hashSetupToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso(clock))
    .executeTakeFirst();
  return row ? { id: row.id, expiresAt: row.expires_at } : undefined;
}

/**
 * Marks a token used, only if it is still usable; true when this call consumed it. Run inside the transaction
 * that creates the administrator, so a token can never create two accounts.
 */
export async function consumeSetupToken(
  db: Kysely<Database>,
  token: string,
  clock: () => Date = () => new Date(),
): Promise<boolean> {
  const now = nowIso(clock);
  const result = await db
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hashSetupToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Once the first administrator exists, every other outstanding setup link stops working. */
export async function retireSetupTokens(
  db: Kysely<Database>,
  clock: () => Date = () => new Date(),
): Promise<void> {
  await db
    .updateTable('setup_tokens')
    .set({ used_at: nowIso(clock) })
    .where('used_at', 'is', null)
    .execute();
}
