import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An invitation link lets a new staff user choose a password; it works once, for 72 hours. */
export const INVITATION_LIFETIME_HOURS = 72;

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export async function createInvitation(db: Db, staffUserId: string, createdBy: string, now: Date) {
  const token = randomBytes(32).toString('base64url');
  // A new invitation replaces any earlier one for the same account.
  await db
    .deleteFrom('staff_invitations')
    .where('staff_user_id', '=', staffUserId)
    .where('used_at', 'is', null)
    .execute();
  await db
    .insertInto('staff_invitations')
    .values({
      id: randomUUID(),
      staff_user_id: staffUserId,
      token_hash: hashToken(token),
      created_by: createdBy,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + INVITATION_LIFETIME_HOURS * 3600_000).toISOString(),
      used_at: null,
    })
    .execute();
  return { token, path: `/console/invitation?token=${token}` };
}

export async function findUsableInvitation(db: Db, token: string, now: Date) {
  return db
    .selectFrom('staff_invitations')
    .innerJoin('staff_users', 'staff_users.id', 'staff_invitations.staff_user_id')
    .select([
      'staff_invitations.id as id',
      'staff_users.id as staffUserId',
      'staff_users.email as email',
      'staff_users.display_name as displayName',
      'staff_users.status as status',
      'staff_invitations.expires_at as expiresAt',
    ])
    .where('staff_invitations.token_hash', '=', hashToken(token))
    .where('staff_invitations.used_at', 'is', null)
    .where('staff_invitations.expires_at', '>', now.toISOString())
    .where('staff_users.status', '=', 'active')
    .executeTakeFirst();
}

export async function consumeInvitation(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('staff_invitations')
    .set({ used_at: now.toISOString() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
