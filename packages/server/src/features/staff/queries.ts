import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { nowIso } from '../../db/dialect.js';
import type { Database, StaffUserTable } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export type StaffRole = StaffUserTable['role'];

export interface NewStaffUser {
  email: string;
  displayName: string;
  role: StaffRole;
  team?: string | null;
  passwordHash: string;
}

export async function countStaffUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('staff_users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Staff e-mail addresses are compared lowercased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertStaffUser(db: Db, user: NewStaffUser, clock?: () => Date) {
  const now = nowIso(clock);
  const row = {
    id: randomUUID(),
    email: normalizeEmail(user.email),
    display_name: user.displayName.trim(),
    role: user.role,
    team: user.team ?? null,
    status: 'active' as const,
    password_hash: user.passwordHash,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await db.insertInto('staff_users').values(row).execute();
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    version: row.version,
  };
}
