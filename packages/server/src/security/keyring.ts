/**
 * Field encryption (AES-256-GCM, envelope keys) and keyed blind indexes. See docs/security.md, "Encryption of
 * sensitive fields", for the format and the reasoning; the constants below are part of the stored format and
 * must not change without a new version tag.
 *
 * Key hierarchy:
 *   master key (32 bytes, outside the database)
 *     ├─ HKDF-SHA-256(info "putokaz/v1/data-key-wrapping") → wrapping key: AES-256-GCM wraps every data key
 *     └─ HKDF-SHA-256(info "putokaz/v1/blind-index")       → blind-index key: HMAC-SHA-256
 *   data keys (32 bytes each, random, stored wrapped in the database with their id; exactly one is active)
 *     └─ AES-256-GCM of each field value, with the data key's id stored in the value
 *
 * Key material lives in KeyObjects (native memory, not the JS heap); raw buffers are zeroed once imported.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

import { decodeBase64UrlStrict, isWellFormedUnicode, lengthPrefixed } from './encoding.js';
import { DecryptionError, KeyError } from './errors.js';

/** Where an encrypted value lives. Bound into the ciphertext: a value copied elsewhere fails to decrypt. */
export interface FieldContext {
  table: string;
  column: string;
  /** The row's stable id (for example a UUID). Must be known before the value is encrypted. */
  recordId: string;
}

/** A data key as persisted by the store: `wrapped` is the key encrypted under the master key. */
export interface StoredDataKey {
  id: string;
  wrapped: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  active: boolean;
}

/**
 * Persistence of wrapped data keys (implemented on the database by the server). Contract:
 * - `list()` returns every key ever inserted (old keys stay: values encrypted under them must remain readable
 *   until a rotation has re-encrypted them);
 * - `insert(key)` stores the record as given and fails on a duplicate id;
 * - `setActive(id)` makes `id` the only active key, atomically (one transaction).
 */
export interface DataKeyStore {
  list(): Promise<StoredDataKey[]>;
  insert(key: StoredDataKey): Promise<void>;
  setActive(id: string): Promise<void>;
}

/** Version tag of the field ciphertext format produced by this module. */
export const CIPHERTEXT_VERSION = 'v1';
/** Bytes of HMAC-SHA-256 output kept in a blind index (hex-encoded: 32 characters). */
export const BLIND_INDEX_BYTES = 16;

const WRAP_VERSION = 'w1';
const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';
const WRAP_INFO = 'putokaz/v1/data-key-wrapping';
const INDEX_INFO = 'putokaz/v1/blind-index';
const FIELD_AAD_LABEL = 'putokaz-field';
const INDEX_LABEL = 'putokaz-blind-index/v1';
const KEY_ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const PURPOSE_RE = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
const KEY_HELP =
  'Check that PUTOKAZ_MASTER_KEY or PUTOKAZ_MASTER_KEY_FILE (or <dataDir>/master.key) holds the master key this ' +
  'database was created with. Start-up is stopped so that no data is written under a different key.';

interface ParsedCiphertext {
  keyId: string;
  nonce: Buffer;
  body: Buffer;
}

/**
 * Returns the id of the data key a ciphertext was encrypted with, after checking the format (not the
 * authenticity). Throws DecryptionError on a malformed value.
 */
export function keyIdOf(ciphertext: string): string {
  return parseCiphertext(ciphertext).keyId;
}

export class Keyring {
  readonly #store: DataKeyStore;
  readonly #wrappingKey: KeyObject;
  readonly #indexKey: KeyObject;
  readonly #dataKeys: Map<string, KeyObject>;
  #activeKeyId: string;

  private constructor(
    store: DataKeyStore,
    wrappingKey: KeyObject,
    indexKey: KeyObject,
    dataKeys: Map<string, KeyObject>,
    activeKeyId: string,
  ) {
    this.#store = store;
    this.#wrappingKey = wrappingKey;
    this.#indexKey = indexKey;
    this.#dataKeys = dataKeys;
    this.#activeKeyId = activeKeyId;
  }

  /**
   * Opens the keyring: creates the first data key when the store is empty, then unwraps every stored data key.
   * Throws KeyError when the master key does not unwrap them (wrong key) or the store is inconsistent. Must not
   * run concurrently with another `open` on an empty store (two first keys would both be active; the re-read
   * after the insert detects it and fails). The keyring keeps no reference to `masterKey`.
   */
  static async open(masterKey: Buffer, store: DataKeyStore): Promise<Keyring> {
    if (!Buffer.isBuffer(masterKey) || masterKey.length !== KEY_BYTES) {
      throw new KeyError(`The master key must be exactly ${KEY_BYTES} bytes.`);
    }
    const master = createSecretKey(masterKey);
    const wrappingKey = deriveKey(master, WRAP_INFO);
    const indexKey = deriveKey(master, INDEX_INFO);

    let stored = await store.list();
    if (stored.length === 0) {
      await store.insert(newDataKey(wrappingKey, true));
      stored = await store.list();
    }
    const { dataKeys, activeKeyId } = unwrapAll(wrappingKey, stored, new Map());
    return new Keyring(store, wrappingKey, indexKey, dataKeys, activeKeyId);
  }

  /** Id of the data key new values are encrypted with. */
  get activeKeyId(): string {
    return this.#activeKeyId;
  }

  /** Ids of every data key this keyring can decrypt with. */
  get keyIds(): string[] {
    return [...this.#dataKeys.keys()];
  }

  /**
   * Encrypts a value for the given place under the active data key. Strings are encoded as UTF-8 and must be
   * well-formed (no unpaired surrogates: they would not survive the round trip). Every call uses a fresh random
   * 96-bit nonce, so the same plaintext gives a different ciphertext each time.
   */
  encrypt(plaintext: string | Uint8Array, aad: FieldContext): string {
    if (typeof plaintext === 'string') {
      if (!isWellFormedUnicode(plaintext)) {
        throw new TypeError(
          'Cannot encrypt a string with an unpaired UTF-16 surrogate (not valid Unicode text).',
        );
      }
      const bytes = Buffer.from(plaintext, 'utf8');
      try {
        return this.#seal(bytes, aad);
      } finally {
        bytes.fill(0);
      }
    }
    if (!(plaintext instanceof Uint8Array)) throw new TypeError('plaintext must be a string or a Uint8Array');
    return this.#seal(plaintext, aad);
  }

  /** Decrypts a text value. Throws DecryptionError when it is not authentic for `aad` or not valid UTF-8. */
  decrypt(ciphertext: string, aad: FieldContext): string {
    const bytes = this.decryptBuffer(ciphertext, aad);
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new DecryptionError(`Decrypted value of ${aad.table}.${aad.column} is not valid UTF-8 text.`);
    } finally {
      bytes.fill(0);
    }
  }

  /** Decrypts a binary value (attachments). The caller may zero the returned buffer after use. */
  decryptBuffer(ciphertext: string, aad: FieldContext): Buffer {
    const encodedAad = fieldAad(aad);
    const parsed = parseCiphertext(ciphertext);
    const key = this.#dataKeys.get(parsed.keyId);
    if (key === undefined) {
      throw new DecryptionError(
        `A value of ${aad.table}.${aad.column} uses data key ${parsed.keyId}, which this keyring does not hold.`,
      );
    }
    try {
      return openGcm(key, parsed.nonce, parsed.body, encodedAad(parsed.keyId));
    } catch {
      throw new DecryptionError(
        `A value of ${aad.table}.${aad.column} failed authentication: it was altered, truncated or moved ` +
          'from another record, column or table.',
      );
    }
  }

  /** Format check only; see the module-level `keyIdOf`. */
  keyIdOf(ciphertext: string): string {
    return keyIdOf(ciphertext);
  }

  /**
   * Decrypts (verifying authenticity) and re-encrypts a value under the active data key. A value already under
   * the active key is returned unchanged, so a rotation walk can be re-run after an interruption.
   */
  reencrypt(ciphertext: string, aad: FieldContext): string {
    const bytes = this.decryptBuffer(ciphertext, aad);
    try {
      if (keyIdOf(ciphertext) === this.#activeKeyId) return ciphertext;
      return this.#seal(bytes, aad);
    } finally {
      bytes.fill(0);
    }
  }

  /**
   * Keyed blind index of an already normalized value (E.164 phone, lower-cased e-mail, document number, one
   * normalized name token) for exact lookups. `purpose` (e.g. 'person.phone') separates domains: the same value
   * gives unrelated indexes for different purposes. Output: the first 16 bytes of HMAC-SHA-256, as 32 lower-case
   * hex characters (safe under any collation). It reveals which rows share a value within one purpose.
   */
  blindIndex(purpose: string, normalizedValue: string): string {
    if (!PURPOSE_RE.test(purpose)) {
      throw new TypeError(`Invalid blind-index purpose ${JSON.stringify(purpose)}: use e.g. 'person.phone'.`);
    }
    if (normalizedValue.length === 0) throw new TypeError('Cannot compute a blind index of an empty value.');
    if (!isWellFormedUnicode(normalizedValue)) {
      throw new TypeError('Cannot compute a blind index of a string with an unpaired UTF-16 surrogate.');
    }
    const message = lengthPrefixed([INDEX_LABEL, purpose, normalizedValue]);
    try {
      const mac = createHmac('sha256', this.#indexKey).update(message).digest();
      return mac.subarray(0, BLIND_INDEX_BYTES).toString('hex');
    } finally {
      message.fill(0);
    }
  }

  /**
   * Creates a new data key, stores it wrapped and makes it the active key; returns its id. Old keys stay for
   * decryption. Re-encrypting the existing values (with `reencrypt`) is the caller's walk over the database.
   */
  async rotate(): Promise<string> {
    const record = newDataKey(this.#wrappingKey, false);
    await this.#store.insert(record);
    await this.#store.setActive(record.id);
    await this.refresh();
    if (this.#activeKeyId !== record.id) {
      throw new KeyError(
        `Data key ${record.id} was stored but the store does not report it as the active key.`,
      );
    }
    return record.id;
  }

  /**
   * Re-reads the store: picks up data keys added and activated by another process (e.g. a rotation run from the
   * CLI while the server runs). Throws KeyError when a new key cannot be unwrapped.
   */
  async refresh(): Promise<void> {
    const { activeKeyId } = unwrapAll(this.#wrappingKey, await this.#store.list(), this.#dataKeys);
    this.#activeKeyId = activeKeyId;
  }

  #seal(plaintext: Uint8Array, aad: FieldContext): string {
    const keyId = this.#activeKeyId;
    const key = this.#dataKeys.get(keyId);
    if (key === undefined) throw new KeyError(`The active data key ${keyId} is not loaded.`);
    const additionalData = fieldAad(aad)(keyId);
    const nonce = randomBytes(NONCE_BYTES);
    const body = sealGcm(key, nonce, plaintext, additionalData);
    return `${CIPHERTEXT_VERSION}.${keyId}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
  }
}

/** Validates the context now and returns the AAD encoder for a given key id. */
function fieldAad(context: FieldContext): (keyId: string) => Buffer {
  for (const name of ['table', 'column', 'recordId'] as const) {
    const value: unknown = context?.[name];
    if (typeof value !== 'string' || value.length === 0 || !isWellFormedUnicode(value)) {
      throw new TypeError(`FieldContext.${name} must be a non-empty string.`);
    }
  }
  return (keyId) =>
    lengthPrefixed([
      FIELD_AAD_LABEL,
      CIPHERTEXT_VERSION,
      keyId,
      context.table,
      context.column,
      context.recordId,
    ]);
}

function parseCiphertext(ciphertext: string): ParsedCiphertext {
  if (typeof ciphertext !== 'string') throw new DecryptionError('Ciphertext must be a string.');
  const parts = ciphertext.split('.');
  if (parts.length !== 4) {
    throw new DecryptionError('Malformed ciphertext: expected four dot-separated parts.');
  }
  const [version, keyId, nonceText, bodyText] = parts as [string, string, string, string];
  if (version !== CIPHERTEXT_VERSION) {
    throw new DecryptionError(`Unsupported ciphertext version (expected ${CIPHERTEXT_VERSION}).`);
  }
  if (!KEY_ID_RE.test(keyId)) throw new DecryptionError('Malformed ciphertext: invalid key id.');
  const nonce = decodeBase64UrlStrict(nonceText);
  if (nonce === undefined || nonce.length !== NONCE_BYTES) {
    throw new DecryptionError('Malformed ciphertext: invalid nonce.');
  }
  const body = decodeBase64UrlStrict(bodyText);
  if (body === undefined) throw new DecryptionError('Malformed ciphertext: invalid body encoding.');
  if (body.length < TAG_BYTES) {
    throw new DecryptionError('Malformed ciphertext: authentication tag truncated.');
  }
  return { keyId, nonce, body };
}

/** AES-256-GCM encryption; returns ciphertext || 16-byte tag. */
function sealGcm(key: KeyObject, nonce: Buffer, plaintext: Uint8Array, aad: Buffer): Buffer {
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const head = cipher.update(plaintext);
  const tail = cipher.final();
  return Buffer.concat([head, tail, cipher.getAuthTag()]);
}

/**
 * AES-256-GCM decryption of ciphertext || tag. The tag length is checked here AND pinned with `authTagLength`:
 * Node 20/22 otherwise accept a tag truncated to as little as 4 bytes (nodejs/node#52327, DEP0182).
 */
function openGcm(key: KeyObject, nonce: Buffer, body: Buffer, aad: Buffer): Buffer {
  if (body.length < TAG_BYTES) throw new DecryptionError('authentication tag truncated');
  const tag = body.subarray(body.length - TAG_BYTES);
  if (tag.length !== TAG_BYTES) throw new DecryptionError('authentication tag truncated');
  const decipher = createDecipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  const head = decipher.update(body.subarray(0, body.length - TAG_BYTES));
  try {
    const tail = decipher.final();
    return Buffer.concat([head, tail]);
  } finally {
    // On failure, never let unauthenticated plaintext escape; on success it has been copied by concat.
    head.fill(0);
  }
}

function deriveKey(master: KeyObject, info: string): KeyObject {
  const raw = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, KEY_BYTES));
  try {
    return createSecretKey(raw);
  } finally {
    raw.fill(0);
  }
}

function wrapAad(id: string): Buffer {
  return Buffer.from(`putokaz-data-key:${id}`, 'utf8');
}

function newDataKey(wrappingKey: KeyObject, active: boolean): StoredDataKey {
  const id = `dk_${randomBytes(9).toString('base64url')}`;
  const raw = randomBytes(KEY_BYTES);
  try {
    const nonce = randomBytes(NONCE_BYTES);
    const body = sealGcm(wrappingKey, nonce, raw, wrapAad(id));
    const wrapped = `${WRAP_VERSION}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
    return { id, wrapped, createdAt: new Date().toISOString(), active };
  } finally {
    raw.fill(0);
  }
}

/** Returns the raw data key, or undefined when the wrapped value is malformed or does not authenticate. */
function unwrap(wrappingKey: KeyObject, record: StoredDataKey): KeyObject | undefined {
  if (typeof record.wrapped !== 'string') return undefined;
  const parts = record.wrapped.split('.');
  if (parts.length !== 3 || parts[0] !== WRAP_VERSION) return undefined;
  const nonce = decodeBase64UrlStrict(parts[1] ?? '');
  const body = decodeBase64UrlStrict(parts[2] ?? '');
  if (nonce?.length !== NONCE_BYTES || body?.length !== KEY_BYTES + TAG_BYTES) return undefined;
  let raw: Buffer;
  try {
    raw = openGcm(wrappingKey, nonce, body, wrapAad(record.id));
  } catch {
    return undefined;
  }
  try {
    return createSecretKey(raw);
  } finally {
    raw.fill(0);
  }
}

/**
 * Validates the stored keys and unwraps those not yet in `known` (which it extends in place). Throws KeyError on
 * a wrong master key, a damaged store, or not exactly one active key.
 */
function unwrapAll(
  wrappingKey: KeyObject,
  stored: readonly StoredDataKey[],
  known: Map<string, KeyObject>,
): { dataKeys: Map<string, KeyObject>; activeKeyId: string } {
  const seen = new Set<string>();
  const active: string[] = [];
  for (const record of stored) {
    if (typeof record.id !== 'string' || !KEY_ID_RE.test(record.id)) {
      throw new KeyError(`The data-key store holds a key with an invalid id ${JSON.stringify(record.id)}.`);
    }
    if (seen.has(record.id)) throw new KeyError(`The data-key store holds data key ${record.id} twice.`);
    seen.add(record.id);
    if (record.active === true) active.push(record.id);
  }
  if (stored.length === 0) {
    throw new KeyError('The data-key store is empty after creating the first data key.');
  }

  const fresh = new Map<string, KeyObject>();
  const failed: string[] = [];
  for (const record of stored) {
    if (known.has(record.id)) continue;
    const key = unwrap(wrappingKey, record);
    if (key === undefined) failed.push(record.id);
    else fresh.set(record.id, key);
  }
  if (failed.length > 0) {
    const unwrappedSome = known.size > 0 || fresh.size > 0;
    throw new KeyError(
      unwrappedSome
        ? `Data key(s) ${failed.join(', ')} cannot be unwrapped with the master key that unwraps the other ` +
            'data keys: the data-key store is damaged or was modified. Restore it from a backup.'
        : `The master key does not match the stored data keys: data key(s) ${failed.join(', ')} cannot be ` +
            `unwrapped. ${KEY_HELP}`,
    );
  }
  if (active.length !== 1) {
    throw new KeyError(
      active.length === 0
        ? 'The data-key store has no active data key.'
        : `The data-key store has several active data keys (${active.join(', ')}); exactly one must be active.`,
    );
  }
  for (const [id, key] of fresh) known.set(id, key);
  return { dataKeys: known, activeKeyId: active[0] as string };
}
