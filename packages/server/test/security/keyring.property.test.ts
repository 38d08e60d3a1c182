import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { DecryptionError, Keyring } from '../../src/security/index.js';
import type { FieldContext } from '../../src/security/index.js';
import { MemoryDataKeyStore, PERSON_NAME, newMasterKey, splitCiphertext } from './helpers.js';

let keyring: Keyring;

beforeAll(async () => {
  keyring = await Keyring.open(newMasterKey(), new MemoryDataKeyStore());
  // A second key, so that a changed key id can also land on a key the keyring holds.
  await keyring.rotate();
});

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);
const nonEmpty = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const anyContext: fc.Arbitrary<FieldContext> = fc.record({
  table: nonEmpty,
  column: nonEmpty,
  recordId: nonEmpty,
});

describe('Keyring properties', () => {
  it('round-trips arbitrary Unicode strings in arbitrary contexts', () => {
    fc.assert(
      fc.property(anyText, anyContext, (text, context) => {
        expect(keyring.decrypt(keyring.encrypt(text, context), context)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const out = keyring.decryptBuffer(keyring.encrypt(bytes, PERSON_NAME), PERSON_NAME);
        expect(out.equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects any single-byte change of the decoded parts (version, key id, nonce, ciphertext and tag)', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.integer({ min: 0, max: 3 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (text, partIndex, position, delta) => {
          const ciphertext = keyring.encrypt(text, PERSON_NAME);
          const parts = splitCiphertext(ciphertext);
          const textual = partIndex < 2;
          const part = parts[partIndex] ?? '';
          const bytes = textual ? Buffer.from(part, 'latin1') : Buffer.from(part, 'base64url');
          const i = position % bytes.length;
          bytes[i] = ((bytes[i] ?? 0) + delta) % 256;
          const changed = [...parts];
          changed[partIndex] = textual ? bytes.toString('latin1') : bytes.toString('base64url');
          const tampered = changed.join('.');
          expect(tampered).not.toBe(ciphertext);
          expect(() => keyring.decrypt(tampered, PERSON_NAME)).toThrow(DecryptionError);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects any single-character change of the ciphertext string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 50 }),
        fc.nat(),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (text, position, replacement) => {
          const ciphertext = keyring.encrypt(text, PERSON_NAME);
          const i = position % ciphertext.length;
          fc.pre(ciphertext[i] !== replacement);
          const tampered = ciphertext.slice(0, i) + replacement + ciphertext.slice(i + 1);
          expect(() => keyring.decrypt(tampered, PERSON_NAME)).toThrow(DecryptionError);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects a value decrypted under any other context', () => {
    fc.assert(
      fc.property(anyText, anyContext, anyContext, (text, a, b) => {
        fc.pre(a.table !== b.table || a.column !== b.column || a.recordId !== b.recordId);
        expect(() => keyring.decrypt(keyring.encrypt(text, a), b)).toThrow(DecryptionError);
      }),
      { numRuns: 200 },
    );
  });

  it('never repeats a ciphertext for repeated plaintexts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(keyring.encrypt(text, PERSON_NAME)).not.toBe(keyring.encrypt(text, PERSON_NAME));
      }),
      { numRuns: 100 },
    );
  });
});
