import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/dialect.js';
import type { Database, StaffUserTable } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import type { Keyring } from '../../security/keyring.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { hashPassword, passwordNeedsRehash, verifyPassword } from '../staff/passwords.js';
import { normalizeEmail } from '../staff/queries.js';
import { consumeRecoveryCode, issueRecoveryCodes } from './recovery-codes.js';
import { createSession, revokeSession, type SessionTimeouts, type SessionWithUser } from './session-store.js';
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  checkThrottle,
  recordFailure,
  type ThrottlePolicy,
} from './throttle.js';
import { enrolmentMaterial, newTotpSecret, verifyTotp } from './totp.js';

export interface SignInDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
  timeouts: SessionTimeouts;
  organisationName: string;
  clock?: () => Date;
  throttle?: { account: ThrottlePolicy; address: ThrottlePolicy };
}

export interface RequestMeta {
  requestId: string;
  /** The client address, used only as a keyed hash for throttling; never stored or logged in clear. */
  address: string;
  userAgent?: string | undefined;
}

const TOTP_CONTEXT = (userId: string) => ({ table: 'staff_users', column: 'totp_secret', recordId: userId });
const PENDING_CONTEXT = (sessionId: string) => ({
  table: 'staff_sessions',
  column: 'pending_totp_secret',
  recordId: sessionId,
});

let dummyHash: Promise<string> | undefined;
/** Verified against when the e-mail is unknown, so both answers take the same time. */
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('putokaz-timing-equaliser-not-a-password');
  return dummyHash;
}

export function accountThrottleKey(keyring: Keyring, email: string): string {
  return `account:${keyring.blindIndex('throttle.account', normalizeEmail(email))}`;
}
function addressThrottleKey(keyring: Keyring, address: string): string {
  return `address:${keyring.blindIndex('throttle.address', address)}`;
}

function throttled(verdict: { reason: 'locked' | 'slowDown'; retryAfterSeconds: number }): AppError {
  return verdict.reason === 'locked'
    ? new AppError(429, 'auth.locked', {
        values: { minutes: Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60)) },
        details: { retryAfterSeconds: verdict.retryAfterSeconds },
      })
    : new AppError(429, 'auth.slowDown', {
        values: { seconds: verdict.retryAfterSeconds },
        details: { retryAfterSeconds: verdict.retryAfterSeconds },
      });
}

export class SignInService {
  private readonly clock: () => Date;
  private readonly policies: { account: ThrottlePolicy; address: ThrottlePolicy };

  constructor(private readonly deps: SignInDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.policies = deps.throttle ?? { account: ACCOUNT_THROTTLE, address: ADDRESS_THROTTLE };
  }

  private async checkThrottles(email: string, meta: RequestMeta): Promise<void> {
    const now = this.clock();
    const { db, keyring } = this.deps;
    for (const [key, policy] of [
      [accountThrottleKey(keyring, email), this.policies.account],
      [addressThrottleKey(keyring, meta.address), this.policies.address],
    ] as const) {
      const verdict = await checkThrottle(db, key, policy, now);
      if (!verdict.allowed) {
        await this.audit(null, 'signInThrottled', 'failure', meta, { reason: verdict.reason });
        throw throttled(verdict);
      }
    }
  }

  private async countFailure(email: string, meta: RequestMeta, userId: string | null): Promise<void> {
    const now = this.clock();
    const { db, keyring } = this.deps;
    const accountLocked = await recordFailure(
      db,
      accountThrottleKey(keyring, email),
      this.policies.account,
      now,
    );
    const addressLocked = await recordFailure(
      db,
      addressThrottleKey(keyring, meta.address),
      this.policies.address,
      now,
    );
    if (accountLocked || addressLocked) {
      await this.audit(userId, 'lock', 'success', meta, { target: accountLocked ? 'account' : 'address' });
    }
  }

  private async audit(
    userId: string | null,
    action: string,
    outcome: 'success' | 'failure' | 'denied',
    meta: RequestMeta,
    details: Record<string, string | number | boolean | null> = {},
    actorRole: string | null = null,
  ): Promise<void> {
    await recordAuditEvent(this.deps.db, this.deps.dialect, {
      actor: userId ? { id: userId, role: actorRole ?? 'unknown' } : null,
      action: action as never,
      resourceType: 'staffUser',
      resourceId: userId,
      requestId: meta.requestId,
      outcome,
      details,
    });
  }

  /** Step one: e-mail and password. Answers the same way, in about the same time, for an unknown e-mail. */
  async signIn(email: string, password: string, meta: RequestMeta) {
    await this.checkThrottles(email, meta);
    const { db } = this.deps;
    const user = await db
      .selectFrom('staff_users')
      .selectAll()
      .where('email', '=', normalizeEmail(email))
      .executeTakeFirst();
    const passwordOk = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
    if (!user || !passwordOk || user.status !== 'active') {
      await this.countFailure(email, meta, user?.id ?? null);
      await this.audit(
        user?.id ?? null,
        'signInFailed',
        'failure',
        meta,
        {
          reason: !user ? 'unknownAccount' : !passwordOk ? 'wrongPassword' : 'disabled',
        },
        user?.role ?? null,
      );
      throw new AppError(401, 'auth.failed');
    }
    if (passwordNeedsRehash(user.password_hash)) {
      await db
        .updateTable('staff_users')
        .set({ password_hash: await hashPassword(password) })
        .where('id', '=', user.id)
        .execute();
    }
    const stage: 'totp' | 'enroll' = user.totp_enrolled_at && user.totp_secret ? 'totp' : 'enroll';
    const session = await createSession(
      db,
      { staffUserId: user.id, stage, userAgent: meta.userAgent },
      // A half-finished sign-in lasts ten minutes at most.
      { idleMinutes: 10, absoluteHours: 10 / 60 },
      this.clock(),
    );
    await this.audit(user.id, 'signInPassword', 'success', meta, { next: stage }, user.role);
    return { next: stage, token: session.token };
  }

  /** Promotes a half-finished sign-in to a full session with a new id and token. */
  private async completeSignIn(pending: SessionWithUser, meta: RequestMeta, method: string) {
    const { db, timeouts } = this.deps;
    const now = this.clock();
    const session = await createSession(
      db,
      { staffUserId: pending.user.id, stage: 'active', userAgent: meta.userAgent },
      timeouts,
      now,
    );
    await revokeSession(db, pending.session.id, 'signInCompleted', now);
    await db
      .updateTable('staff_users')
      .set({ last_sign_in_at: now.toISOString() })
      .where('id', '=', pending.user.id)
      .execute();
    await this.audit(pending.user.id, 'signIn', 'success', meta, { method }, pending.user.role);
    return session;
  }

  /** Step two: a TOTP code (each accepted once) or a recovery code (each usable once). */
  async verifySecondFactor(
    pending: SessionWithUser,
    input: { code?: string; recoveryCode?: string },
    meta: RequestMeta,
  ) {
    if (pending.session.stage !== 'totp') throw new AppError(401, 'auth.noPendingSignIn');
    const { db, keyring } = this.deps;
    const user = pending.user;
    await this.checkThrottles(user.email, meta);
    const now = this.clock();
    let accepted = false;
    let method = 'totp';
    if (input.code !== undefined && user.totp_secret) {
      const secret = keyring.decrypt(user.totp_secret, TOTP_CONTEXT(user.id));
      const result = await verifyTotp(secret, input.code, user.totp_last_step, now);
      if (result.valid) {
        // Conditional update: of two requests racing with the same code, only one moves the step forward.
        const update = await db
          .updateTable('staff_users')
          .set({ totp_last_step: result.step })
          .where('id', '=', user.id)
          .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', result.step)]))
          .executeTakeFirst();
        accepted = Number(update.numUpdatedRows) === 1;
      }
    } else if (input.recoveryCode !== undefined) {
      method = 'recoveryCode';
      accepted = await consumeRecoveryCode(db, keyring, user.id, input.recoveryCode, now);
    }
    if (!accepted) {
      await this.countFailure(user.email, meta, user.id);
      await this.audit(user.id, 'signInFailed', 'failure', meta, { reason: `wrong_${method}` }, user.role);
      throw new AppError(401, 'auth.invalidCode');
    }
    return this.completeSignIn(pending, meta, method);
  }

  /** Enrolment, first part: a new secret kept (encrypted) on the half-finished session until confirmed. */
  async startEnrolment(pending: SessionWithUser) {
    if (pending.session.stage !== 'enroll') throw new AppError(401, 'auth.noPendingSignIn');
    const { db, keyring } = this.deps;
    let secret: string;
    if (pending.session.pending_totp_secret) {
      secret = keyring.decrypt(pending.session.pending_totp_secret, PENDING_CONTEXT(pending.session.id));
    } else {
      secret = newTotpSecret();
      await db
        .updateTable('staff_sessions')
        .set({ pending_totp_secret: keyring.encrypt(secret, PENDING_CONTEXT(pending.session.id)) })
        .where('id', '=', pending.session.id)
        .execute();
    }
    const { uri, qrSvg } = await enrolmentMaterial(secret, pending.user.email, this.deps.organisationName);
    return { secret, uri, qrSvg };
  }

  /** Enrolment, second part: the first code confirms the secret; ten recovery codes are issued once. */
  async confirmEnrolment(pending: SessionWithUser, code: string, meta: RequestMeta) {
    if (pending.session.stage !== 'enroll' || !pending.session.pending_totp_secret) {
      throw new AppError(401, 'auth.noPendingSignIn');
    }
    const { db, keyring } = this.deps;
    await this.checkThrottles(pending.user.email, meta);
    const now = this.clock();
    const secret = keyring.decrypt(pending.session.pending_totp_secret, PENDING_CONTEXT(pending.session.id));
    const result = await verifyTotp(secret, code, null, now);
    if (!result.valid) {
      await this.countFailure(pending.user.email, meta, pending.user.id);
      throw new AppError(401, 'auth.invalidCode');
    }
    const recoveryCodes = await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff_users')
        .set({
          totp_secret: keyring.encrypt(secret, TOTP_CONTEXT(pending.user.id)),
          totp_last_step: result.step,
          totp_enrolled_at: now.toISOString(),
        })
        .where('id', '=', pending.user.id)
        .execute();
      return issueRecoveryCodes(trx, keyring, pending.user.id, now);
    });
    await this.audit(pending.user.id, 'enrolSecondFactor', 'success', meta, {}, pending.user.role);
    const session = await this.completeSignIn(pending, meta, 'enrolment');
    return { session, recoveryCodes };
  }
}

export function publicUser(user: StaffUserTable) {
  return { id: user.id, email: user.email, displayName: user.display_name, role: user.role, team: user.team };
}
