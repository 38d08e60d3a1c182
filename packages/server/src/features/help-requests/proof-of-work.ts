/**
 * Proof of work for the public help form, instead of a third-party CAPTCHA. The server hands out a signed,
 * expiring challenge; the browser finds a nonce such that SHA-256(challenge + nonce) starts with `bits` zero
 * bits (about 2^bits hashes); the server checks the signature, the expiry, the work, and that the challenge
 * was not used before (spent challenges are kept in the database, by random id only, until they expire).
 *
 * Challenge format (ASCII, one string): `v1.<id>.<expiresAt>.<bits>.<mac>`
 *   id        16 random bytes, base64url
 *   expiresAt Unix time in seconds
 *   bits      the difficulty the challenge was issued with (signed, so it cannot be lowered)
 *   mac       HMAC-SHA-256(powKey, lp("putokaz-help-pow/v1") ‖ lp(id) ‖ lp(expiresAt) ‖ lp(bits)), base64url
 *
 * The key is purpose-separated: it is the keyring's keyed hash of a fixed label under its own purpose
 * (`help-request.pow-key`), so it derives from the master key and is used for nothing else. Nothing in a
 * challenge identifies the person who asked for it.
 */
import {
  createHash,
  createHmac,
  createSecretKey,
  randomBytes,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { leadingZeroBits, proofOfWorkInput } from '@putokaz/core';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Keyring } from '../../security/keyring.js';
import { lengthPrefixed } from '../../security/encoding.js';

const VERSION = 'v1';
const MAC_LABEL = 'putokaz-help-pow/v1';
const ID_RE = /^[A-Za-z0-9_-]{22}$/;
const MAC_RE = /^[A-Za-z0-9_-]{43}$/;
const NONCE_RE = /^[0-9]{1,20}$/;

/** Why a proof of work was refused; each is an `errors.helpRequest.<reason>` message. */
export type ProofRefusal = 'challengeInvalid' | 'challengeExpired' | 'challengeUsed' | 'workInsufficient';

export interface IssuedChallenge {
  challenge: string;
  bits: number;
  expiresAt: string;
}

export interface ProofOfWorkOptions {
  /** Leading zero bits asked of new challenges (default 14: about 16,000 hashes). */
  bits: number;
  /** How long a challenge may be used (default 10 minutes: the time to write the request). */
  ttlMs: number;
  now?: () => Date;
}

/**
 * 14 bits: about 16,000 SHA-256 hashes on average. WebCrypto in the browser manages roughly 15,000 a second on
 * a busy two-core machine (docs/help-requests.md), so about a second, started while the person writes.
 */
export const DEFAULT_POW_BITS = 14;
export const DEFAULT_POW_TTL_MS = 10 * 60_000;
/** The range of difficulties the server accepts as a setting. */
export const POW_BITS_RANGE = { min: 0, max: 28 } as const;

export class ProofOfWork {
  readonly bits: number;
  readonly ttlMs: number;
  readonly #key: KeyObject;
  readonly #now: () => Date;

  constructor(keyring: Keyring, options: ProofOfWorkOptions) {
    if (
      !Number.isInteger(options.bits) ||
      options.bits < POW_BITS_RANGE.min ||
      options.bits > POW_BITS_RANGE.max
    )
      throw new RangeError(
        `proof-of-work bits must be an integer from ${POW_BITS_RANGE.min} to ${POW_BITS_RANGE.max}`,
      );
    if (!(options.ttlMs > 0)) throw new RangeError('proof-of-work ttlMs must be positive');
    this.bits = options.bits;
    this.ttlMs = options.ttlMs;
    this.#now = options.now ?? (() => new Date());
    const raw = Buffer.from(keyring.blindIndex('help-request.pow-key', 'challenge-signing/v1'), 'hex');
    this.#key = createSecretKey(raw);
    raw.fill(0);
  }

  #mac(id: string, expiresAt: string, bits: string): Buffer {
    const message = lengthPrefixed([MAC_LABEL, id, expiresAt, bits]);
    try {
      return createHmac('sha256', this.#key).update(message).digest();
    } finally {
      message.fill(0);
    }
  }

  /** A new challenge at the current difficulty. */
  issue(): IssuedChallenge {
    const id = randomBytes(16).toString('base64url');
    const expires = Math.floor((this.#now().getTime() + this.ttlMs) / 1000);
    const bits = String(this.bits);
    const mac = this.#mac(id, String(expires), bits).toString('base64url');
    return {
      challenge: `${VERSION}.${id}.${expires}.${bits}.${mac}`,
      bits: this.bits,
      expiresAt: new Date(expires * 1000).toISOString(),
    };
  }

  /**
   * Checks a solved challenge without spending it: format and signature, expiry, difficulty (at least what the
   * server asks now: lowering the setting is honoured at once, raising it refuses older challenges) and the
   * work. Returns the challenge id and expiry to spend, or the reason for refusing it.
   */
  check(
    challenge: string,
    nonce: string,
  ): { ok: true; id: string; expiresAt: string } | { ok: false; reason: ProofRefusal } {
    const parts = challenge.split('.');
    if (parts.length !== 5) return { ok: false, reason: 'challengeInvalid' };
    const [version, id, expires, bits, mac] = parts as [string, string, string, string, string];
    if (
      version !== VERSION ||
      !ID_RE.test(id) ||
      !/^[0-9]{1,12}$/.test(expires) ||
      !/^[0-9]{1,2}$/.test(bits) ||
      !MAC_RE.test(mac) ||
      !NONCE_RE.test(nonce)
    )
      return { ok: false, reason: 'challengeInvalid' };
    const given = Buffer.from(mac, 'base64url');
    const expected = this.#mac(id, expires, bits);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { ok: false, reason: 'challengeInvalid' };
    const expiresMs = Number(expires) * 1000;
    if (expiresMs <= this.#now().getTime()) return { ok: false, reason: 'challengeExpired' };
    if (Number(bits) < this.bits) return { ok: false, reason: 'challengeExpired' };
    const hash = createHash('sha256').update(proofOfWorkInput(challenge, nonce)).digest();
    if (leadingZeroBits(hash) < Number(bits)) return { ok: false, reason: 'workInsufficient' };
    return { ok: true, id, expiresAt: new Date(expiresMs).toISOString() };
  }
}

/**
 * Marks a challenge as used, in the caller's transaction, and forgets challenges that have expired. Returns
 * false when it was used before (by this or any other server instance).
 */
export async function spendChallenge(
  trx: Kysely<Database>,
  challenge: { id: string; expiresAt: string },
  now: Date,
): Promise<boolean> {
  await trx.deleteFrom('help_request_spent_challenges').where('expires_at', '<', now.toISOString()).execute();
  const existing = await trx
    .selectFrom('help_request_spent_challenges')
    .select('id')
    .where('id', '=', challenge.id)
    .executeTakeFirst();
  if (existing) return false;
  try {
    await trx
      .insertInto('help_request_spent_challenges')
      .values({ id: challenge.id, expires_at: challenge.expiresAt })
      .execute();
  } catch (error) {
    // Two requests racing with one challenge: the second insert loses.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  return true;
}
