import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { DecryptionError, KeyError, Keyring, keyIdOf } from '../../src/security/index.js';
import {
  CONTACT_NAME,
  MemoryDataKeyStore,
  OTHER_PERSON_NAME,
  PERSON_NAME,
  PERSON_PHONE,
  SYNTHETIC,
  ctx,
  newMasterKey,
  splitCiphertext,
} from './helpers.js';

async function openFresh(): Promise<{ keyring: Keyring; store: MemoryDataKeyStore; master: Buffer }> {
  const store = new MemoryDataKeyStore();
  const master = newMasterKey();
  const keyring = await Keyring.open(master, store);
  return { keyring, store, master };
}

/** Flips one bit of one byte of a base64url part and re-encodes it canonically. */
function flipBit(part: string, byteIndex: number, bit = 0): string {
  const bytes = Buffer.from(part, 'base64url');
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ (1 << bit);
  return bytes.toString('base64url');
}

/** Flips one bit of one character of a textual part (version, key id). */
function flipCharBit(part: string, index: number, bit = 0): string {
  const code = part.charCodeAt(index) ^ (1 << bit);
  return part.slice(0, index) + String.fromCharCode(code) + part.slice(index + 1);
}

describe('Keyring: encryption of fields', () => {
  it('round-trips text and bytes, including the empty string', async () => {
    const { keyring } = await openFresh();
    for (const value of Object.values(SYNTHETIC)) {
      expect(keyring.decrypt(keyring.encrypt(value, PERSON_NAME), PERSON_NAME)).toBe(value);
    }
    expect(keyring.decrypt(keyring.encrypt('', PERSON_NAME), PERSON_NAME)).toBe('');
    const attachment = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80]);
    const context = ctx('attachment', 'content', 'a-0001');
    expect(keyring.decryptBuffer(keyring.encrypt(attachment, context), context).equals(attachment)).toBe(
      true,
    );
    const bom = '\uFEFFtekst sa BOM-om';
    expect(keyring.decrypt(keyring.encrypt(bom, PERSON_NAME), PERSON_NAME)).toBe(bom);
  });

  it('produces a compact versioned string that names the key and does not contain the plaintext', async () => {
    const { keyring } = await openFresh();
    const ciphertext = keyring.encrypt(SYNTHETIC.phone, PERSON_PHONE);
    expect(ciphertext).toMatch(/^v1\.dk_[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(keyIdOf(ciphertext)).toBe(keyring.activeKeyId);
    expect(keyring.keyIdOf(ciphertext)).toBe(keyring.activeKeyId);
    expect(ciphertext).not.toContain('381605550123');
    // nonce (12) + plaintext (13) + tag (16) bytes
    expect(Buffer.from(splitCiphertext(ciphertext)[3], 'base64url').length).toBe(13 + 16);
  });

  it('gives different ciphertexts (fresh nonces) for the same plaintext', async () => {
    const { keyring } = await openFresh();
    const a = keyring.encrypt(SYNTHETIC.name, PERSON_NAME);
    const b = keyring.encrypt(SYNTHETIC.name, PERSON_NAME);
    expect(a).not.toBe(b);
    expect(splitCiphertext(a)[2]).not.toBe(splitCiphertext(b)[2]);
    const nonces = new Set<string>();
    for (let i = 0; i < 10_000; i += 1) nonces.add(splitCiphertext(keyring.encrypt('x', PERSON_NAME))[2]);
    expect(nonces.size).toBe(10_000);
  });

  it('fails when the ciphertext is moved to another record, column or table', async () => {
    const { keyring } = await openFresh();
    const ciphertext = keyring.encrypt(SYNTHETIC.name, PERSON_NAME);
    expect(() => keyring.decrypt(ciphertext, OTHER_PERSON_NAME)).toThrow(DecryptionError);
    expect(() => keyring.decrypt(ciphertext, ctx('person', 'alias', PERSON_NAME.recordId))).toThrow(
      DecryptionError,
    );
    expect(() => keyring.decrypt(ciphertext, CONTACT_NAME)).toThrow(DecryptionError);
    expect(keyring.decrypt(ciphertext, { ...PERSON_NAME })).toBe(SYNTHETIC.name);
  });

  it('binds the context unambiguously (length-prefixed, not joined with a separator)', async () => {
    const { keyring } = await openFresh();
    const ciphertext = keyring.encrypt(SYNTHETIC.name, ctx('a', 'b|c', 'r'));
    expect(() => keyring.decrypt(ciphertext, ctx('a|b', 'c', 'r'))).toThrow(DecryptionError);
    const other = keyring.encrypt(SYNTHETIC.name, ctx('person', 'name', '12'));
    expect(() => keyring.decrypt(other, ctx('person', 'name1', '2'))).toThrow(DecryptionError);
  });

  it('fails on a flipped bit in the version, key id, nonce, ciphertext or tag', async () => {
    const { keyring } = await openFresh();
    const ciphertext = keyring.encrypt(SYNTHETIC.narrative, PERSON_NAME);
    const [version, keyId, nonce, body] = splitCiphertext(ciphertext);
    const bodyLength = Buffer.from(body, 'base64url').length;
    const variants: string[] = [];
    for (let bit = 0; bit < 7; bit += 1) {
      for (let i = 0; i < version.length; i += 1) {
        variants.push([flipCharBit(version, i, bit), keyId, nonce, body].join('.'));
      }
      for (let i = 0; i < keyId.length; i += 1) {
        variants.push([version, flipCharBit(keyId, i, bit), nonce, body].join('.'));
      }
    }
    for (let bit = 0; bit < 8; bit += 1) {
      for (let i = 0; i < 12; i += 1) variants.push([version, keyId, flipBit(nonce, i, bit), body].join('.'));
      for (let i = 0; i < bodyLength; i += 1) {
        // covers the ciphertext bytes and the 16 tag bytes at the end
        variants.push([version, keyId, nonce, flipBit(body, i, bit)].join('.'));
      }
    }
    for (const variant of variants) {
      expect(variant).not.toBe(ciphertext);
      expect(() => keyring.decrypt(variant, PERSON_NAME), variant).toThrow(DecryptionError);
    }
  });

  it('fails when the key id is swapped for another key this keyring holds', async () => {
    const { keyring } = await openFresh();
    const ciphertext = keyring.encrypt(SYNTHETIC.name, PERSON_NAME);
    const oldKeyId = keyring.activeKeyId;
    const newKeyId = await keyring.rotate();
    const swapped = ciphertext.replace(`.${oldKeyId}.`, `.${newKeyId}.`);
    expect(keyIdOf(swapped)).toBe(newKeyId);
    expect(() => keyring.decrypt(swapped, PERSON_NAME)).toThrow(DecryptionError);
  });

  it('fails on a truncated tag, including a 4-byte tag that Node 20 would accept without authTagLength', async () => {
    const { keyring } = await openFresh();
    const ciphertext = keyring.encrypt(SYNTHETIC.phone, PERSON_PHONE);
    const [version, keyId, nonce, body] = splitCiphertext(ciphertext);
    const bytes = Buffer.from(body, 'base64url');
    for (let cut = 1; cut <= 16; cut += 1) {
      const truncated = [version, keyId, nonce, bytes.subarray(0, bytes.length - cut).toString('base64url')];
      expect(() => keyring.decrypt(truncated.join('.'), PERSON_PHONE)).toThrow(DecryptionError);
    }
    const empty = splitCiphertext(keyring.encrypt('', PERSON_PHONE));
    const tag = Buffer.from(empty[3], 'base64url');
    expect(tag.length).toBe(16);
    const fourByteTag = [empty[0], empty[1], empty[2], tag.subarray(0, 4).toString('base64url')].join('.');
    expect(() => keyring.decrypt(fourByteTag, PERSON_PHONE)).toThrow(/truncated/);
  });

  it('rejects malformed and non-canonical encodings', async () => {
    const { keyring } = await openFresh();
    const ciphertext = keyring.encrypt('a', PERSON_NAME); // body of 17 bytes: its last base64url char has spare bits
    const [version, keyId, nonce, body] = splitCiphertext(ciphertext);
    const last = body.at(-1) ?? '';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sameBits = [...alphabet].filter(
      (c) =>
        c !== last && Buffer.from(body.slice(0, -1) + c, 'base64url').equals(Buffer.from(body, 'base64url')),
    );
    expect(sameBits.length).toBeGreaterThan(0); // Node's decoder alone would accept these
    for (const c of sameBits) {
      expect(() =>
        keyring.decrypt([version, keyId, nonce, body.slice(0, -1) + c].join('.'), PERSON_NAME),
      ).toThrow(DecryptionError);
    }
    const malformed = [
      '',
      'v1',
      `${version}.${keyId}.${nonce}`,
      `${ciphertext}.x`,
      `${version}.${keyId}.${nonce}.${body}=`,
      `${version}.${keyId}.${nonce}.${body.slice(0, 5)} ${body.slice(5)}`,
      `${version}..${nonce}.${body}`,
      `${version}.${keyId}.${nonce.slice(0, -2)}.${body}`,
      `v2.${keyId}.${nonce}.${body}`,
    ];
    for (const value of malformed) {
      expect(() => keyring.decrypt(value, PERSON_NAME)).toThrow(DecryptionError);
    }
    expect(() => keyIdOf('garbage')).toThrow(DecryptionError);
  });

  it('refuses to decode binary data as text, and text it cannot represent', async () => {
    const { keyring } = await openFresh();
    const context = ctx('attachment', 'content', 'a-0002');
    const binary = keyring.encrypt(Buffer.from([0xff, 0xfe, 0xfd]), context);
    expect(() => keyring.decrypt(binary, context)).toThrow(DecryptionError);
    expect(() => keyring.encrypt('a\uD800b', PERSON_NAME)).toThrow(TypeError);
    expect(() => keyring.encrypt('x', ctx('', 'c', 'r'))).toThrow(TypeError);
    expect(() => keyring.encrypt('x', ctx('t', '', 'r'))).toThrow(TypeError);
    expect(() => keyring.encrypt('x', ctx('t', 'c', ''))).toThrow(TypeError);
  });

  it('keeps plaintext and record ids out of error messages', async () => {
    const { keyring } = await openFresh();
    const ciphertext = keyring.encrypt(SYNTHETIC.name, PERSON_NAME);
    let message = '';
    try {
      keyring.decrypt(ciphertext, OTHER_PERSON_NAME);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/person\.full_name/);
    expect(message).not.toContain('Marija');
    expect(message).not.toContain(OTHER_PERSON_NAME.recordId);
    expect(message).not.toContain(ciphertext);
  });
});

describe('Keyring: data keys and the master key', () => {
  it('creates one active wrapped data key on first open and reuses it afterwards', async () => {
    const { keyring, store, master } = await openFresh();
    expect(store.records).toHaveLength(1);
    const [record] = store.records;
    expect(record?.active).toBe(true);
    expect(record?.id).toBe(keyring.activeKeyId);
    expect(record?.wrapped).toMatch(/^w1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{64}$/);
    expect(Number.isNaN(Date.parse(record?.createdAt ?? ''))).toBe(false);

    const ciphertext = keyring.encrypt(SYNTHETIC.email, PERSON_NAME);
    const reopened = await Keyring.open(Buffer.from(master), store);
    expect(store.records).toHaveLength(1);
    expect(reopened.activeKeyId).toBe(keyring.activeKeyId);
    expect(reopened.decrypt(ciphertext, PERSON_NAME)).toBe(SYNTHETIC.email);
  });

  it('does not keep a reference to the master key buffer', async () => {
    const store = new MemoryDataKeyStore();
    const master = newMasterKey();
    const copy = Buffer.from(master);
    const keyring = await Keyring.open(master, store);
    master.fill(0);
    const ciphertext = keyring.encrypt(SYNTHETIC.name, PERSON_NAME);
    expect(keyring.decrypt(ciphertext, PERSON_NAME)).toBe(SYNTHETIC.name);
    expect((await Keyring.open(copy, store)).decrypt(ciphertext, PERSON_NAME)).toBe(SYNTHETIC.name);
  });

  it('fails with a KeyError naming the configuration when the master key is wrong', async () => {
    const { store } = await openFresh();
    const attempt = Keyring.open(newMasterKey(), store);
    await expect(attempt).rejects.toThrow(KeyError);
    await expect(Keyring.open(newMasterKey(), store)).rejects.toThrow(
      /master key does not match.*PUTOKAZ_MASTER_KEY or PUTOKAZ_MASTER_KEY_FILE/s,
    );
  });

  it('rejects a master key of the wrong length', async () => {
    await expect(Keyring.open(Buffer.alloc(16, 1), new MemoryDataKeyStore())).rejects.toThrow(KeyError);
  });

  it('detects a damaged or swapped wrapped data key', async () => {
    const { keyring, store, master } = await openFresh();
    await keyring.rotate();
    const [first, second] = store.records as [(typeof store.records)[0], (typeof store.records)[0]];

    const swapped = new MemoryDataKeyStore();
    swapped.records = [
      { ...first, wrapped: second.wrapped },
      { ...second, wrapped: first.wrapped },
    ];
    await expect(Keyring.open(master, swapped)).rejects.toThrow(KeyError);

    const damaged = new MemoryDataKeyStore();
    const parts = second.wrapped.split('.');
    damaged.records = [
      first,
      { ...second, wrapped: [parts[0], parts[1], flipBit(parts[2] ?? '', 3)].join('.') },
    ];
    await expect(Keyring.open(master, damaged)).rejects.toThrow(/damaged or was modified/);
  });

  it('requires exactly one active data key', async () => {
    const { keyring, store, master } = await openFresh();
    await keyring.rotate();
    const none = new MemoryDataKeyStore();
    none.records = store.records.map((record) => ({ ...record, active: false }));
    await expect(Keyring.open(master, none)).rejects.toThrow(/no active data key/);
    const both = new MemoryDataKeyStore();
    both.records = store.records.map((record) => ({ ...record, active: true }));
    await expect(Keyring.open(master, both)).rejects.toThrow(/several active data keys/);
    const duplicate = new MemoryDataKeyStore();
    duplicate.records = [store.records[0]!, { ...store.records[0]!, active: false }];
    await expect(Keyring.open(master, duplicate)).rejects.toThrow(/twice/);
  });

  it('reads values produced by an independent implementation of the documented format', async () => {
    // Pins the stored format: HKDF wrapping key, "w1" wrapped key, "v1" value, length-prefixed AAD.
    const master = Buffer.alloc(32, 0x42);
    const dataKey = Buffer.alloc(32, 0x17);
    const wrapKey = Buffer.from(
      hkdfSync('sha256', master, Buffer.alloc(0), 'putokaz/v1/data-key-wrapping', 32),
    );
    const lp = (parts: string[]): Buffer =>
      Buffer.concat(
        parts.flatMap((part) => {
          const bytes = Buffer.from(part, 'utf8');
          const length = Buffer.alloc(4);
          length.writeUInt32BE(bytes.length);
          return [length, bytes];
        }),
      );
    const seal = (key: Buffer, nonce: Buffer, plaintext: Buffer, aad: Buffer): string => {
      const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: 16 });
      cipher.setAAD(aad);
      return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]).toString(
        'base64url',
      );
    };
    const wrapNonce = Buffer.alloc(12, 1);
    const store = new MemoryDataKeyStore();
    store.records = [
      {
        id: 'dk_fixture',
        wrapped: `w1.${wrapNonce.toString('base64url')}.${seal(wrapKey, wrapNonce, dataKey, Buffer.from('putokaz-data-key:dk_fixture'))}`,
        createdAt: '2025-01-01T00:00:00.000Z',
        active: true,
      },
    ];
    const keyring = await Keyring.open(master, store);

    const aad = lp(['putokaz-field', 'v1', 'dk_fixture', 'person', 'full_name', PERSON_NAME.recordId]);
    const nonce = Buffer.alloc(12, 2);
    const value = `v1.dk_fixture.${nonce.toString('base64url')}.${seal(dataKey, nonce, Buffer.from(SYNTHETIC.name), aad)}`;
    expect(keyring.decrypt(value, PERSON_NAME)).toBe(SYNTHETIC.name);

    const [, , ourNonce, ourBody] = splitCiphertext(keyring.encrypt(SYNTHETIC.alias, PERSON_NAME));
    const body = Buffer.from(ourBody, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(ourNonce, 'base64url'), {
      authTagLength: 16,
    });
    decipher.setAAD(aad);
    decipher.setAuthTag(body.subarray(-16));
    const plain = Buffer.concat([decipher.update(body.subarray(0, -16)), decipher.final()]);
    expect(plain.toString('utf8')).toBe(SYNTHETIC.alias);
  });
});

describe('Keyring: rotation', () => {
  it('creates a new active key, keeps old ciphertexts readable and encrypts new ones under the new key', async () => {
    const { keyring, store, master } = await openFresh();
    const oldKeyId = keyring.activeKeyId;
    const old = keyring.encrypt(SYNTHETIC.document, PERSON_NAME);

    const newKeyId = await keyring.rotate();
    expect(newKeyId).not.toBe(oldKeyId);
    expect(keyring.activeKeyId).toBe(newKeyId);
    expect(keyring.keyIds.sort()).toEqual([oldKeyId, newKeyId].sort());
    expect(store.records.filter((record) => record.active).map((record) => record.id)).toEqual([newKeyId]);

    expect(keyIdOf(old)).toBe(oldKeyId);
    expect(keyring.decrypt(old, PERSON_NAME)).toBe(SYNTHETIC.document);
    const fresh = keyring.encrypt(SYNTHETIC.document, PERSON_NAME);
    expect(keyIdOf(fresh)).toBe(newKeyId);

    const reopened = await Keyring.open(master, store);
    expect(reopened.activeKeyId).toBe(newKeyId);
    expect(reopened.decrypt(old, PERSON_NAME)).toBe(SYNTHETIC.document);
    expect(reopened.decrypt(fresh, PERSON_NAME)).toBe(SYNTHETIC.document);
  });

  it('re-encrypts under the active key, leaves current values unchanged and verifies the context', async () => {
    const { keyring } = await openFresh();
    const old = keyring.encrypt(SYNTHETIC.phone, PERSON_PHONE);
    const newKeyId = await keyring.rotate();
    const moved = keyring.reencrypt(old, PERSON_PHONE);
    expect(keyIdOf(moved)).toBe(newKeyId);
    expect(keyring.decrypt(moved, PERSON_PHONE)).toBe(SYNTHETIC.phone);
    expect(keyring.reencrypt(moved, PERSON_PHONE)).toBe(moved);
    expect(() => keyring.reencrypt(old, PERSON_NAME)).toThrow(DecryptionError);
  });

  it('supports a rotation walk that is interrupted and resumed', async () => {
    const { keyring, store, master } = await openFresh();
    const rows = Array.from({ length: 20 }, (_, i) => {
      const context = ctx('person', 'full_name', `r-${i}`);
      return { context, value: keyring.encrypt(`${SYNTHETIC.name} ${i}`, context) };
    });
    const newKeyId = await keyring.rotate();
    for (const row of rows.slice(0, 7)) row.value = keyring.reencrypt(row.value, row.context);

    // "Crash": a new process opens the keyring and resumes with the values not yet under the active key.
    const resumed = await Keyring.open(master, store);
    expect(resumed.activeKeyId).toBe(newKeyId);
    const pending = rows.filter((row) => resumed.keyIdOf(row.value) !== resumed.activeKeyId);
    expect(pending).toHaveLength(13);
    for (const row of pending) row.value = resumed.reencrypt(row.value, row.context);
    rows.forEach((row, i) => {
      expect(keyIdOf(row.value)).toBe(newKeyId);
      expect(resumed.decrypt(row.value, row.context)).toBe(`${SYNTHETIC.name} ${i}`);
    });
  });

  it('keeps the previous active key when a rotation fails before activation', async () => {
    const { keyring, store, master } = await openFresh();
    const before = keyring.activeKeyId;
    store.failNextSetActive = true;
    await expect(keyring.rotate()).rejects.toThrow(/simulated crash/);
    expect(keyring.activeKeyId).toBe(before);
    expect(keyIdOf(keyring.encrypt('x', PERSON_NAME))).toBe(before);
    const reopened = await Keyring.open(master, store);
    expect(reopened.activeKeyId).toBe(before);
    expect(reopened.keyIds).toHaveLength(2);
    const next = await reopened.rotate();
    expect(reopened.activeKeyId).toBe(next);
  });

  it('lets another process pick up a rotation with refresh()', async () => {
    const { keyring: server, store, master } = await openFresh();
    const cli = await Keyring.open(master, store);
    const newKeyId = await cli.rotate();
    const value = cli.encrypt(SYNTHETIC.name, PERSON_NAME);
    expect(() => server.decrypt(value, PERSON_NAME)).toThrow(/does not hold/);
    await server.refresh();
    expect(server.activeKeyId).toBe(newKeyId);
    expect(server.decrypt(value, PERSON_NAME)).toBe(SYNTHETIC.name);
  });
});
