import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  KEY_IN_DATA_DIR_WARNING,
  KeyError,
  Keyring,
  MasterKeyError,
  loadMasterKey,
} from '../../src/security/index.js';
import { MemoryDataKeyStore, PERSON_NAME, SYNTHETIC } from './helpers.js';

const posix = process.platform !== 'win32';
let dir: string;
let dataDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'putokaz-master-key-'));
  dataDir = join(dir, 'data');
  mkdirSync(dataDir, { mode: 0o700 });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function load(env: Record<string, string | undefined>, encryptedDataExists = false) {
  return loadMasterKey({ env, dataDir, encryptedDataExists });
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

function writeKeyFile(name: string, content: string, mode = 0o600): string {
  const path = join(dir, name);
  writeFileSync(path, content, { mode });
  chmodSync(path, mode);
  return path;
}

describe('loadMasterKey from PUTOKAZ_MASTER_KEY', () => {
  it('accepts base64 of exactly 32 bytes (surrounding whitespace ignored)', () => {
    const key = randomBytes(32);
    const loaded = load({ PUTOKAZ_MASTER_KEY: ` ${key.toString('base64')}\n` });
    expect(loaded.source).toBe('env');
    expect(loaded.key.equals(key)).toBe(true);
    expect(loaded.path).toBeUndefined();
    expect(loaded.warnings).toEqual([]);
    expect(existsSync(join(dataDir, 'master.key'))).toBe(false);
  });

  it('rejects a key of the wrong length, naming the variable and how to generate one', () => {
    const error = thrown(() => load({ PUTOKAZ_MASTER_KEY: randomBytes(17).toString('base64') }));
    expect(error).toBeInstanceOf(MasterKeyError);
    expect(error).toBeInstanceOf(KeyError);
    expect(error.message).toContain('PUTOKAZ_MASTER_KEY must be base64 of exactly 32 bytes (got 17 bytes)');
    expect(error.message).toContain(`require('crypto').randomBytes(32).toString('base64')`);
  });

  it('rejects text that is not base64, and does not echo it', () => {
    for (const value of [
      'not base64 at all!',
      'Zm9v YmFy',
      randomBytes(32).toString('base64url').slice(0, 43),
    ]) {
      const error = thrown(() => load({ PUTOKAZ_MASTER_KEY: value }));
      expect(error).toBeInstanceOf(MasterKeyError);
      expect(error.message).toMatch(/PUTOKAZ_MASTER_KEY is not valid base64/);
      expect(error.message).not.toContain(value);
    }
  });

  it('rejects an empty value, an all-zero key and both variables at once', () => {
    expect(() => load({ PUTOKAZ_MASTER_KEY: '' })).toThrow(/PUTOKAZ_MASTER_KEY is set but empty/);
    expect(() => load({ PUTOKAZ_MASTER_KEY: Buffer.alloc(32).toString('base64') })).toThrow(/all zero/);
    const path = writeKeyFile('k', randomBytes(32).toString('base64'));
    expect(() =>
      load({ PUTOKAZ_MASTER_KEY: randomBytes(32).toString('base64'), PUTOKAZ_MASTER_KEY_FILE: path }),
    ).toThrow(/Both PUTOKAZ_MASTER_KEY and PUTOKAZ_MASTER_KEY_FILE are set/);
  });
});

describe('loadMasterKey from PUTOKAZ_MASTER_KEY_FILE', () => {
  it('reads the base64 key from the file', () => {
    const key = randomBytes(32);
    const path = writeKeyFile('master.key', `${key.toString('base64')}\n`);
    const loaded = load({ PUTOKAZ_MASTER_KEY_FILE: path });
    expect(loaded.source).toBe('file');
    expect(loaded.path).toBe(path);
    expect(loaded.key.equals(key)).toBe(true);
    expect(loaded.warnings).toEqual([]);
  });

  it('names the variable when the file is missing or holds a wrong key', () => {
    const missing = join(dir, 'nope.key');
    const error = thrown(() => load({ PUTOKAZ_MASTER_KEY_FILE: missing }));
    expect(error).toBeInstanceOf(MasterKeyError);
    expect(error.message).toContain('PUTOKAZ_MASTER_KEY_FILE');
    expect(error.message).toContain('does not exist');

    const short = writeKeyFile('short.key', randomBytes(31).toString('base64'));
    expect(() => load({ PUTOKAZ_MASTER_KEY_FILE: short })).toThrow(
      /PUTOKAZ_MASTER_KEY_FILE\) must be base64 of exactly 32 bytes \(got 31 bytes\)/,
    );
    expect(() => load({ PUTOKAZ_MASTER_KEY_FILE: dir })).toThrow(/not a regular file/);
    expect(() => load({ PUTOKAZ_MASTER_KEY_FILE: '  ' })).toThrow(/PUTOKAZ_MASTER_KEY_FILE is set but empty/);
  });

  it.runIf(posix)('warns when group or others can read the file and refuses when they can write it', () => {
    const key = randomBytes(32).toString('base64');
    const readable = writeKeyFile('readable.key', key, 0o644);
    const loaded = load({ PUTOKAZ_MASTER_KEY_FILE: readable });
    expect(loaded.warnings.join('\n')).toMatch(/readable by group or others \(mode 0644\).*chmod 600/);

    for (const mode of [0o660, 0o606, 0o666]) {
      const writable = writeKeyFile(`writable-${mode.toString(8)}.key`, key, mode);
      expect(() => load({ PUTOKAZ_MASTER_KEY_FILE: writable })).toThrow(/writable by group or others/);
    }
  });

  it('warns when the configured key file lives inside the data directory', () => {
    const path = join(dataDir, 'custom.key');
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600 });
    expect(load({ PUTOKAZ_MASTER_KEY_FILE: path }).warnings).toContain(KEY_IN_DATA_DIR_WARNING);
  });
});

describe('loadMasterKey without configuration', () => {
  it('generates <dataDir>/master.key with mode 0600 on a first start, then reuses it', () => {
    const generated = load({});
    const path = join(dataDir, 'master.key');
    expect(generated.source).toBe('generated');
    expect(generated.path).toBe(path);
    expect(generated.key).toHaveLength(32);
    expect(generated.warnings).toContain(KEY_IN_DATA_DIR_WARNING);
    if (posix) expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(generated.key.toString('base64'));

    const again = load({}, true);
    expect(again.source).toBe('file');
    expect(again.path).toBe(path);
    expect(again.key.equals(generated.key)).toBe(true);
    expect(again.warnings).toContain(KEY_IN_DATA_DIR_WARNING);
  });

  it('creates a missing data directory', () => {
    dataDir = join(dir, 'nested', 'data');
    const generated = load({});
    expect(generated.source).toBe('generated');
    expect(existsSync(join(dataDir, 'master.key'))).toBe(true);
  });

  it('refuses to generate a key when encrypted data already exists', () => {
    const error = thrown(() => load({}, true));
    expect(error).toBeInstanceOf(MasterKeyError);
    expect(error.message).toMatch(/already holds encrypted data/);
    expect(error.message).toContain('PUTOKAZ_MASTER_KEY');
    expect(error.message).toContain('PUTOKAZ_MASTER_KEY_FILE');
    expect(existsSync(join(dataDir, 'master.key'))).toBe(false);
  });

  it('never overwrites an existing but invalid key file', () => {
    const path = join(dataDir, 'master.key');
    writeFileSync(path, 'broken', { mode: 0o600 });
    expect(() => load({})).toThrow(MasterKeyError);
    expect(readFileSync(path, 'utf8')).toBe('broken');
  });
});

describe('master key against stored data keys', () => {
  it('stops start-up with a KeyError when the configured key does not match the existing store', async () => {
    const store = new MemoryDataKeyStore();
    const first = load({}, false);
    const keyring = await Keyring.open(first.key, store);
    const ciphertext = keyring.encrypt(SYNTHETIC.name, PERSON_NAME);

    const wrong = load({ PUTOKAZ_MASTER_KEY: randomBytes(32).toString('base64') }, store.records.length > 0);
    await expect(Keyring.open(wrong.key, store)).rejects.toThrow(KeyError);
    await expect(Keyring.open(wrong.key, store)).rejects.toThrow(/PUTOKAZ_MASTER_KEY_FILE/);

    const right = load({}, store.records.length > 0);
    const reopened = await Keyring.open(right.key, store);
    expect(reopened.decrypt(ciphertext, PERSON_NAME)).toBe(SYNTHETIC.name);
  });
});
