import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Sign-in throttling, per account and per address. Within a window, the first `freeFailures` failures cost
 * nothing; after that each further attempt must wait twice as long as the previous one (1 s, 2 s, 4 s…, at most
 * `maxDelaySeconds`); at `lockAfter` failures the key is locked for `lockMinutes`. The lock expires by itself
 * and an administrator can lift it. Keys are keyed hashes: the table holds no e-mail or IP address.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  lockAfter: number;
  lockMinutes: number;
  windowMinutes: number;
  maxDelaySeconds: number;
}

export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  freeFailures: 4,
  lockAfter: 10,
  lockMinutes: 15,
  windowMinutes: 60,
  maxDelaySeconds: 30,
};
/** An address may be shared (an office behind one NAT), so it gets more room before it locks. */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  freeFailures: 20,
  lockAfter: 50,
  lockMinutes: 15,
  windowMinutes: 60,
  maxDelaySeconds: 30,
};

export type ThrottleVerdict =
  { allowed: true } | { allowed: false; reason: 'locked' | 'slowDown'; retryAfterSeconds: number };

export async function checkThrottle(
  db: Db,
  key: string,
  policy: ThrottlePolicy,
  now: Date,
): Promise<ThrottleVerdict> {
  const row = await db.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) return { allowed: true };
  const t = now.getTime();
  if (row.locked_until && Date.parse(row.locked_until) > t) {
    return {
      allowed: false,
      reason: 'locked',
      retryAfterSeconds: Math.ceil((Date.parse(row.locked_until) - t) / 1000),
    };
  }
  if (Date.parse(row.first_failure_at) < t - policy.windowMinutes * 60_000) return { allowed: true };
  if (row.failures > policy.freeFailures) {
    const delay = Math.min(2 ** (row.failures - policy.freeFailures - 1), policy.maxDelaySeconds) * 1000;
    const wait = Date.parse(row.last_failure_at) + delay - t;
    if (wait > 0) return { allowed: false, reason: 'slowDown', retryAfterSeconds: Math.ceil(wait / 1000) };
  }
  return { allowed: true };
}

/** Counts a failure; returns true when this failure locked the key. */
export async function recordFailure(
  db: Db,
  key: string,
  policy: ThrottlePolicy,
  now: Date,
): Promise<boolean> {
  const iso = now.toISOString();
  const row = await db.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  const expired =
    !row ||
    Date.parse(row.first_failure_at) < now.getTime() - policy.windowMinutes * 60_000 ||
    (row.locked_until !== null && Date.parse(row.locked_until) <= now.getTime());
  const failures = expired ? 1 : row.failures + 1;
  const lockedUntil =
    failures >= policy.lockAfter ? new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString() : null;
  await db
    .insertInto('sign_in_throttle')
    .values({ key, failures, first_failure_at: iso, last_failure_at: iso, locked_until: lockedUntil })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures,
        first_failure_at: expired ? iso : (row?.first_failure_at ?? iso),
        last_failure_at: iso,
        locked_until: lockedUntil,
      }),
    )
    .execute();
  return lockedUntil !== null;
}

export async function clearThrottle(db: Db, key: string): Promise<boolean> {
  const result = await db.deleteFrom('sign_in_throttle').where('key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function isLocked(db: Db, key: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .select('locked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return !!row?.locked_until && Date.parse(row.locked_until) > now.getTime();
}
