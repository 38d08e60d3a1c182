import argon2 from 'argon2';

/**
 * argon2id with 64 MiB of memory, 3 passes and 1 lane: above the OWASP ASVS floor (19 MiB, t=2) and RFC 9106's
 * second recommended setting. The parameters are stored inside each hash, so they can be raised later and
 * old hashes still verify (and are re-hashed at the next sign-in).
 */
export const PASSWORD_HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 65536,
  timeCost: 3,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password.normalize('NFC'), PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

export function passwordNeedsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, PASSWORD_HASH_OPTIONS);
}
