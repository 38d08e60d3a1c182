import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REFERENCE_CODE_ALPHABET,
  helpContactChannel,
  isReferenceCode,
  leadingZeroBits,
  normalizeReferenceCode,
  proofOfWorkValid,
  referenceCodeFrom,
  solveProofOfWork,
} from '../src/help/index.js';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

describe('reference codes', () => {
  it('uses an alphabet without symbols read or heard alike', () => {
    expect(REFERENCE_CODE_ALPHABET).toHaveLength(30);
    for (const ambiguous of ['0', 'O', '1', 'I', 'L', 'U'])
      expect(REFERENCE_CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(REFERENCE_CODE_ALPHABET).size).toBe(30);
  });

  it('formats eight symbols as H-XXXX-XXXX and reads back what people type', () => {
    const indices = fc.array(fc.integer({ min: 0, max: 29 }), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(indices, (ix) => {
        const code = referenceCodeFrom(ix);
        expect(code).toMatch(/^H-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
        expect(isReferenceCode(code)).toBe(true);
        expect(normalizeReferenceCode(code)).toBe(code);
        expect(normalizeReferenceCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
        expect(normalizeReferenceCode(code.slice(2))).toBe(code);
        expect(normalizeReferenceCode(code.replace(/-/g, ''))).toBe(code);
      }),
    );
    expect(referenceCodeFrom([5, 17, 1, 18, 21, 7, 27, 11])).toBe('H-7K3M-Q9XD');
  });

  it('refuses codes with other symbols or lengths', () => {
    expect(() => referenceCodeFrom([1, 2, 3])).toThrow(RangeError);
    expect(() => referenceCodeFrom([0, 0, 0, 0, 0, 0, 0, 30])).toThrow(RangeError);
    for (const bad of ['H-7K3M-Q9X', 'H-0K3M-Q9XD', 'H-7K3M-Q9XDD', 'X-7K3M-Q9XD', '', 'H-IK3M-Q9XD']) {
      expect(isReferenceCode(bad), bad).toBe(false);
    }
    expect(normalizeReferenceCode('H-OK3M-Q9XD')).toBeUndefined();
    expect(normalizeReferenceCode('hello')).toBeUndefined();
  });
});

describe('proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array([0xff]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0x01, 0xff]))).toBe(7);
    expect(leadingZeroBits(new Uint8Array([0x00, 0x20]))).toBe(10);
    expect(leadingZeroBits(new Uint8Array([0, 0, 0]))).toBe(24);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 8 }), (bytes) => {
        const binary = [...bytes].map((b) => b.toString(2).padStart(8, '0')).join('');
        const expected = binary.indexOf('1') < 0 ? binary.length : binary.indexOf('1');
        expect(leadingZeroBits(bytes)).toBe(expected);
      }),
    );
  });

  it('finds a nonce that the check accepts, and the check refuses others', async () => {
    const challenge = 'v1.test-challenge';
    const progress: number[] = [];
    const { nonce, attempts } = await solveProofOfWork(challenge, 10, sha256, {
      batch: 64,
      onProgress: (n) => progress.push(n),
    });
    expect(attempts).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(attempts);
    expect(await proofOfWorkValid(challenge, nonce, 10, sha256)).toBe(true);
    expect(leadingZeroBits(sha256(new TextEncoder().encode(challenge + nonce)))).toBeGreaterThanOrEqual(10);
    // The same nonce for another challenge is (almost certainly) not enough work.
    expect(await proofOfWorkValid(`${challenge}x`, nonce, 20, sha256)).toBe(false);
  });

  it('works with WebCrypto as the browser uses it, and stops when aborted', async () => {
    const subtle = async (data: Uint8Array) =>
      new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
    const { nonce } = await solveProofOfWork('v1.web', 8, subtle);
    expect(await proofOfWorkValid('v1.web', nonce, 8, sha256)).toBe(true);
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(solveProofOfWork('v1.web', 30, subtle, { signal: controller.signal })).rejects.toThrow(
      'stopped',
    );
    await expect(solveProofOfWork('x', 33, subtle)).rejects.toThrow(RangeError);
  });
});

describe('contact ways', () => {
  it('map to the hotline contact channels', () => {
    expect(helpContactChannel('phone')).toBe('phone');
    expect(helpContactChannel('sms')).toBe('sms');
    expect(helpContactChannel('email')).toBe('email');
    expect(helpContactChannel('viber')).toBe('messaging');
    expect(helpContactChannel('signal')).toBe('messaging');
  });
});
