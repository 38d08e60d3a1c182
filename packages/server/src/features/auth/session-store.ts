import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, StaffSessionTable, StaffUserTable } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The session cookie: `__Host-` prefixed, so it is Secure, host-only and on path `/`. It holds only a random id. */
export const SESSION_COOKIE = '__Host-putokaz_session';

export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

/** Only the SHA-256 of a session token is stored: a copy of the database cannot be used to take over a session. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionCookie(token: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0`;
}

/** Reads the session token from a Cookie header. */
export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === SESSION_COOKIE) {
      const value = part.slice(index + 1).trim();
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export async function createSession(
  db: Db,
  input: { staffUserId: string; stage: StaffSessionTable['stage']; userAgent?: string | undefined },
  timeouts: SessionTimeouts,
  now: Date,
): Promise<{ id: string; token: string; expiresAt: string }> {
  const token = newSessionToken();
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + timeouts.absoluteHours * 3600_000).toISOString();
  await db
    .insertInto('staff_sessions')
    .values({
      id,
      token_hash: hashSessionToken(token),
      staff_user_id: input.staffUserId,
      stage: input.stage,
      pending_totp_secret: null,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
      revoked_reason: null,
      user_agent: input.userAgent?.slice(0, 200) ?? null,
    })
    .execute();
  return { id, token, expiresAt };
}

export type SessionWithUser = { session: StaffSessionTable; user: StaffUserTable };

/**
 * The live session for a token: not revoked, within its absolute lifetime, active within the idle timeout, and
 * of an active account. Anything else is no session at all.
 */
export async function findLiveSession(
  db: Db,
  token: string,
  timeouts: SessionTimeouts,
  now: Date,
): Promise<SessionWithUser | undefined> {
  const session = await db
    .selectFrom('staff_sessions')
    .selectAll()
    .where('token_hash', '=', hashSessionToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!session) return undefined;
  const idleLimit = new Date(now.getTime() - timeouts.idleMinutes * 60_000).toISOString();
  if (session.expires_at <= now.toISOString() || session.last_seen_at < idleLimit) return undefined;
  const user = await db
    .selectFrom('staff_users')
    .selectAll()
    .where('id', '=', session.staff_user_id)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return undefined;
  return { session, user };
}

/** Records activity, at most once a minute per session to spare the database. */
export async function touchSession(db: Db, session: StaffSessionTable, now: Date): Promise<void> {
  if (now.getTime() - Date.parse(session.last_seen_at) < 60_000) return;
  await db
    .updateTable('staff_sessions')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', session.id)
    .execute();
}

export async function revokeSession(db: Db, sessionId: string, reason: string, now: Date): Promise<void> {
  await db
    .updateTable('staff_sessions')
    .set({ revoked_at: now.toISOString(), revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function revokeSessionsOfUser(
  db: Db,
  staffUserId: string,
  reason: string,
  now: Date,
  exceptSessionId?: string,
): Promise<number> {
  let query = db
    .updateTable('staff_sessions')
    .set({ revoked_at: now.toISOString(), revoked_reason: reason })
    .where('staff_user_id', '=', staffUserId)
    .where('revoked_at', 'is', null);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
