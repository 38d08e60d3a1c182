import { createHmac, hkdfSync } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { BLIND_INDEX_BYTES, Keyring } from '../../src/security/index.js';
import { MemoryDataKeyStore, SYNTHETIC, newMasterKey } from './helpers.js';

describe('Keyring.blindIndex', () => {
  it('is deterministic for one master key, across keyring instances', async () => {
    const master = newMasterKey();
    const store = new MemoryDataKeyStore();
    const a = await Keyring.open(master, store);
    const b = await Keyring.open(master, store);
    const index = a.blindIndex('person.phone', SYNTHETIC.phone);
    expect(index).toMatch(/^[0-9a-f]{32}$/);
    expect(index).toHaveLength(BLIND_INDEX_BYTES * 2);
    expect(a.blindIndex('person.phone', SYNTHETIC.phone)).toBe(index);
    expect(b.blindIndex('person.phone', SYNTHETIC.phone)).toBe(index);
  });

  it('separates purposes and values', async () => {
    const keyring = await Keyring.open(newMasterKey(), new MemoryDataKeyStore());
    const phone = keyring.blindIndex('person.phone', SYNTHETIC.phone);
    expect(keyring.blindIndex('contact.phone', SYNTHETIC.phone)).not.toBe(phone);
    expect(keyring.blindIndex('person.phone', '+381605550124')).not.toBe(phone);
    expect(keyring.blindIndex('person.name_token', 'marija')).not.toBe(
      keyring.blindIndex('person.name_token', 'testovic'),
    );
  });

  it('depends on the master key (key separation) and not on the data key (unchanged by rotation)', async () => {
    const master = newMasterKey();
    const store = new MemoryDataKeyStore();
    const keyring = await Keyring.open(master, store);
    const other = await Keyring.open(newMasterKey(), new MemoryDataKeyStore());
    const index = keyring.blindIndex('person.email', SYNTHETIC.email);
    expect(other.blindIndex('person.email', SYNTHETIC.email)).not.toBe(index);
    await keyring.rotate();
    expect(keyring.blindIndex('person.email', SYNTHETIC.email)).toBe(index);
  });

  it('uses an HKDF-derived key distinct from the master key (documented construction)', async () => {
    const master = newMasterKey();
    const keyring = await Keyring.open(master, new MemoryDataKeyStore());
    const indexKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'putokaz/v1/blind-index', 32));
    const lp = (parts: string[]): Buffer =>
      Buffer.concat(
        parts.flatMap((part) => {
          const bytes = Buffer.from(part, 'utf8');
          const length = Buffer.alloc(4);
          length.writeUInt32BE(bytes.length);
          return [length, bytes];
        }),
      );
    const message = lp(['putokaz-blind-index/v1', 'person.document', SYNTHETIC.document]);
    const expected = createHmac('sha256', indexKey).update(message).digest().subarray(0, 16).toString('hex');
    expect(keyring.blindIndex('person.document', SYNTHETIC.document)).toBe(expected);
    const withMaster = createHmac('sha256', master).update(message).digest().subarray(0, 16).toString('hex');
    expect(expected).not.toBe(withMaster);
  });

  it('rejects invalid purposes and empty or ill-formed values', async () => {
    const keyring = await Keyring.open(newMasterKey(), new MemoryDataKeyStore());
    for (const purpose of ['', 'Person.Phone', 'person phone', '.person', 'x'.repeat(65)]) {
      expect(() => keyring.blindIndex(purpose, SYNTHETIC.phone)).toThrow(TypeError);
    }
    expect(() => keyring.blindIndex('person.phone', '')).toThrow(TypeError);
    expect(() => keyring.blindIndex('person.name_token', 'mar\uDC00ija')).toThrow(TypeError);
  });
});
