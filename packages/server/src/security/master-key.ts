/**
 * Loading of the master key (the key-encryption key of the envelope scheme, see docs/security.md).
 *
 * Order: PUTOKAZ_MASTER_KEY (base64 in the environment), else PUTOKAZ_MASTER_KEY_FILE (a file holding the base64
 * key), else `<dataDir>/master.key`. Only when none exists AND the data directory holds no encrypted data yet is a
 * new key generated into `<dataDir>/master.key` (mode 0600). Every problem is a MasterKeyError whose message names
 * the variable and the fix; the server must stop on it rather than start with data it cannot read.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

import { decodeBase64Strict } from './encoding.js';
import { MasterKeyError } from './errors.js';

export const MASTER_KEY_ENV = 'PUTOKAZ_MASTER_KEY';
export const MASTER_KEY_FILE_ENV = 'PUTOKAZ_MASTER_KEY_FILE';
/** Name of the key file generated in (and looked up in) the data directory when no key is configured. */
export const MASTER_KEY_FILENAME = 'master.key';
export const MASTER_KEY_BYTES = 32;

const GENERATE_HINT = `Generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;

/** Logged by the caller (loudly) whenever the master key lives in the data directory. */
export const KEY_IN_DATA_DIR_WARNING =
  'The master key is stored in the data directory. Anyone who copies the data directory or a backup that ' +
  'includes this file can read every encrypted field. Production deployments must keep the key apart from the ' +
  `data and the backups: move it to a secrets store and pass it with ${MASTER_KEY_ENV} or ${MASTER_KEY_FILE_ENV}, ` +
  'and keep an offline escrow copy (losing the key loses all encrypted data).';

export interface LoadMasterKeyOptions {
  /** Usually process.env. */
  env: Readonly<Record<string, string | undefined>>;
  /** The data directory (database, uploads). A generated key is written to `<dataDir>/master.key`. */
  dataDir: string;
  /**
   * True when the data directory already holds encrypted data, i.e. the data-key store lists at least one wrapped
   * data key. A new master key is then never generated: it could not unwrap the existing keys.
   */
  encryptedDataExists: boolean;
}

export interface LoadedMasterKey {
  /** 32 bytes. The caller may zero it (`key.fill(0)`) once Keyring.open has returned. */
  key: Buffer;
  source: 'env' | 'file' | 'generated';
  /** The key file, for source 'file' and 'generated'. */
  path?: string;
  /** Human-readable warnings the caller must log (they contain paths, never key material). */
  warnings: string[];
}

/**
 * Loads (or, on a first start, generates) the master key. Throws MasterKeyError with an actionable message when
 * the key is missing, malformed, unreadable or in a file writable by group or others.
 */
export function loadMasterKey(options: LoadMasterKeyOptions): LoadedMasterKey {
  const { env, dataDir, encryptedDataExists } = options;
  const envValue = env[MASTER_KEY_ENV];
  const fileValue = env[MASTER_KEY_FILE_ENV];

  if (envValue !== undefined && fileValue !== undefined) {
    throw new MasterKeyError(
      `Both ${MASTER_KEY_ENV} and ${MASTER_KEY_FILE_ENV} are set; set only one of them so that it is clear ` +
        'which master key protects the data.',
    );
  }

  if (envValue !== undefined) {
    if (envValue.trim() === '') {
      throw new MasterKeyError(
        `${MASTER_KEY_ENV} is set but empty. Unset it, or set it to base64 of exactly ${MASTER_KEY_BYTES} bytes. ` +
          GENERATE_HINT,
      );
    }
    return { key: parseKeyText(envValue, MASTER_KEY_ENV), source: 'env', warnings: [] };
  }

  if (fileValue !== undefined) {
    if (fileValue.trim() === '') {
      throw new MasterKeyError(
        `${MASTER_KEY_FILE_ENV} is set but empty. Unset it, or set it to the path of a file holding the ` +
          `base64 master key (mode 0600 or 0400).`,
      );
    }
    const path = resolve(fileValue);
    const { key, warnings } = readKeyFile(path, `the key file ${path} (${MASTER_KEY_FILE_ENV})`);
    if (isInside(resolve(dataDir), path)) warnings.push(KEY_IN_DATA_DIR_WARNING);
    return { key, source: 'file', path, warnings };
  }

  const path = resolve(dataDir, MASTER_KEY_FILENAME);
  const existing = readKeyFile(path, `the key file ${path}`, true);
  if (existing !== undefined) {
    return {
      key: existing.key,
      source: 'file',
      path,
      warnings: [...existing.warnings, KEY_IN_DATA_DIR_WARNING],
    };
  }

  if (encryptedDataExists) {
    throw new MasterKeyError(
      `The data directory ${resolve(dataDir)} already holds encrypted data, but no master key is configured ` +
        `and ${path} does not exist. Set ${MASTER_KEY_ENV} or ${MASTER_KEY_FILE_ENV} to the key this data was ` +
        'encrypted with (or restore the key file). No new key is generated: it could not read the existing data.',
    );
  }

  return generateKeyFile(resolve(dataDir), path);
}

/** Decodes and checks key text (trimmed); `label` names where it came from in error messages. */
function parseKeyText(text: string, label: string): Buffer {
  const decoded = decodeBase64Strict(text.trim());
  if (decoded === undefined) {
    throw new MasterKeyError(
      `${label} is not valid base64: it must be standard base64 (with = padding) of exactly ` +
        `${MASTER_KEY_BYTES} bytes. ${GENERATE_HINT}`,
    );
  }
  try {
    if (decoded.length !== MASTER_KEY_BYTES) {
      throw new MasterKeyError(
        `${label} must be base64 of exactly ${MASTER_KEY_BYTES} bytes (got ${decoded.length} bytes). ${GENERATE_HINT}`,
      );
    }
    if (decoded.every((byte) => byte === 0)) {
      throw new MasterKeyError(`${label} is all zero bytes, which is not a secret key. ${GENERATE_HINT}`);
    }
    // Copy into a buffer of its own (not a slice of Node's shared pool) so that the caller can zero it.
    const key = Buffer.alloc(MASTER_KEY_BYTES);
    decoded.copy(key);
    return key;
  } finally {
    decoded.fill(0);
  }
}

/**
 * Permission policy (POSIX only; Windows has no comparable mode bits): a key file must be a regular file; one that
 * group or others can WRITE is refused, because whoever can replace the key on a first start would know the key
 * of all data written afterwards; one that group or others can READ is accepted with a warning, because secret
 * mounts in containers (Docker swarm secrets: 0444, Kubernetes secrets: 0644 by default) are often like that while
 * only the application runs in the container. Recommended: 0600 or 0400, owned by the service user.
 */
function checkKeyFileStats(stats: Stats, label: string, path: string): string[] {
  if (!stats.isFile()) {
    throw new MasterKeyError(`${label} is not a regular file.`);
  }
  if (process.platform === 'win32') return [];
  const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
  if ((stats.mode & 0o022) !== 0) {
    throw new MasterKeyError(
      `${label} is writable by group or others (mode ${mode}). Restrict it with: chmod 600 ${path}`,
    );
  }
  if ((stats.mode & 0o044) !== 0) {
    return [
      `${label} is readable by group or others (mode ${mode}). Restrict it with: chmod 600 ${path} ` +
        '(or mount the secret with mode 0400).',
    ];
  }
  return [];
}

function readKeyFile(path: string, label: string): { key: Buffer; warnings: string[] };
function readKeyFile(
  path: string,
  label: string,
  missingOk: true,
): { key: Buffer; warnings: string[] } | undefined;
function readKeyFile(
  path: string,
  label: string,
  missingOk = false,
): { key: Buffer; warnings: string[] } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' && missingOk) return undefined;
    const reason = code === 'ENOENT' ? 'the file does not exist' : code;
    throw new MasterKeyError(`Cannot read ${label}: ${reason}. Check the path and its permissions.`);
  }
  try {
    // fstat on the open descriptor: the checked file is the one that is read.
    const warnings = checkKeyFileStats(fstatSync(fd), label, path);
    const content = readFileSync(fd);
    try {
      return { key: parseKeyText(content.toString('latin1'), label), warnings };
    } finally {
      content.fill(0);
    }
  } finally {
    closeSync(fd);
  }
}

function generateKeyFile(dataDir: string, path: string): LoadedMasterKey {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new MasterKeyError(`Cannot create the data directory ${dataDir}: ${errorCode(error)}.`);
  }
  const key = randomBytes(MASTER_KEY_BYTES);
  const text = Buffer.from(`${key.toString('base64')}\n`, 'latin1');
  let fd: number;
  try {
    // 'wx' fails if the file exists (never overwrite a key); mode 0600 at creation, so there is no window in
    // which the key is readable by others (the umask can only remove bits).
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    key.fill(0);
    text.fill(0);
    if (errorCode(error) === 'EEXIST') {
      // Another process generated it between our check and our write: use that one.
      const raced = readKeyFile(path, `the key file ${path}`);
      return { key: raced.key, source: 'file', path, warnings: [...raced.warnings, KEY_IN_DATA_DIR_WARNING] };
    }
    throw new MasterKeyError(
      `Cannot create the master key file ${path}: ${errorCode(error)}. Set ${MASTER_KEY_ENV} or ` +
        `${MASTER_KEY_FILE_ENV} instead, or make the data directory writable.`,
    );
  }
  try {
    writeSync(fd, text);
    // A key lost in a power failure after data was written under it would make that data unreadable.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
    text.fill(0);
  }
  syncDirectory(dataDir);
  return {
    key,
    source: 'generated',
    path,
    warnings: [`A new master key was generated in ${path}.`, KEY_IN_DATA_DIR_WARNING],
  };
}

/** Makes the new directory entry durable. Best effort: some platforms cannot fsync a directory. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here (e.g. Windows); the file itself was fsynced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel);
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
