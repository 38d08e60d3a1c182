/**
 * Errors raised by the field-encryption module.
 *
 * Messages never contain plaintext, ciphertext or key material: they may be logged as they are. They name key
 * ids, tables and columns (which are not personal data), never record ids or values.
 */

/** A problem with the key hierarchy (master key, data keys, key store). Start-up must stop on it. */
export class KeyError extends Error {
  override name = 'KeyError';
}

/** The master key is missing, malformed, unreadable or in an unsafe file. Start-up must stop on it. */
export class MasterKeyError extends KeyError {
  override name = 'MasterKeyError';
}

/**
 * A stored value could not be decrypted: it is malformed, was tampered with, was moved to another record, column
 * or table, or uses a data key this keyring does not hold.
 */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
}
