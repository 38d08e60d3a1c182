/**
 * Help requests: what the public app's "I need help" form sends. Shared by the browser (form limits, the proof
 * of work) and the server (validation, reference codes, verifying the work). Pure code: no I/O, no Node APIs;
 * the SHA-256 function is passed in (WebCrypto in the browser, node:crypto on the server).
 */

/** Longest story ("what happened") accepted, in characters as JavaScript counts them. */
export const HELP_STORY_MAX = 5_000;
/** Longest contact value (a phone number, an e-mail address, a messaging handle). */
export const HELP_CONTACT_VALUE_MAX = 200;
/** Longest "when is it safe to contact you" text. */
export const HELP_SAFE_TIME_MAX = 200;
/** Longest job-offer text sent "for a second look" (the offer check takes the same). */
export const HELP_OFFER_TEXT_MAX = 20_000;
/** Longest note a staff user writes when marking a help request handled. */
export const HELP_HANDLED_NOTE_MAX = 2_000;

/** Ways a person may ask to be contacted. */
export const HELP_CONTACT_WAYS = [
  'phone',
  'sms',
  'email',
  'viber',
  'whatsapp',
  'signal',
  'telegram',
] as const;
export type HelpContactWay = (typeof HELP_CONTACT_WAYS)[number];

/** The hotline contact channel a way of contact becomes (the words of the contacts feature). */
export function helpContactChannel(way: HelpContactWay): 'phone' | 'sms' | 'email' | 'messaging' {
  return way === 'phone' || way === 'sms' || way === 'email' ? way : 'messaging';
}

export function isHelpContactWay(value: unknown): value is HelpContactWay {
  return typeof value === 'string' && (HELP_CONTACT_WAYS as readonly string[]).includes(value);
}

export const HELP_REQUEST_STATUSES = ['open', 'handled'] as const;
export type HelpRequestStatus = (typeof HELP_REQUEST_STATUSES)[number];

// ---------------------------------------------------------------------------------------------------------
// Reference codes

/**
 * The letters of reference codes: digits and capitals without the ones read or heard alike (0/O, 1/I/L, U/V
 * is kept apart by dropping U). 30 symbols; a code has 8, about 39 bits.
 */
export const REFERENCE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_CODE_LENGTH = 8;
const CODE_RE = new RegExp(`^H-[${REFERENCE_CODE_ALPHABET}]{4}-[${REFERENCE_CODE_ALPHABET}]{4}$`);

/** `H-7K3M-Q9XD` from eight indices into the alphabet (the caller draws them uniformly at random). */
export function referenceCodeFrom(indices: readonly number[]): string {
  if (indices.length !== REFERENCE_CODE_LENGTH) throw new RangeError('a reference code has 8 symbols');
  const symbols = indices.map((i) => {
    const symbol = REFERENCE_CODE_ALPHABET[i];
    if (symbol === undefined || !Number.isInteger(i)) throw new RangeError('index outside the alphabet');
    return symbol;
  });
  return `H-${symbols.slice(0, 4).join('')}-${symbols.slice(4).join('')}`;
}

export function isReferenceCode(value: string): boolean {
  return CODE_RE.test(value);
}

/**
 * A code as someone typed or read it out ("h 7k3m q9xd", "H7K3MQ9XD", "7K3M-Q9XD") in the canonical form, or
 * undefined when it cannot be one.
 */
export function normalizeReferenceCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s\-–—_.]/g, '');
  const body =
    compact.startsWith('H') && compact.length === REFERENCE_CODE_LENGTH + 1 ? compact.slice(1) : compact;
  if (body.length !== REFERENCE_CODE_LENGTH) return undefined;
  const code = `H-${body.slice(0, 4)}-${body.slice(4)}`;
  return isReferenceCode(code) ? code : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Proof of work

/** The number of leading zero bits of a hash. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** What is hashed for one attempt: the challenge string followed by the nonce (UTF-8). */
export function proofOfWorkInput(challenge: string, nonce: string): Uint8Array {
  return new TextEncoder().encode(challenge + nonce);
}

/** A SHA-256 implementation: WebCrypto's `crypto.subtle.digest('SHA-256', …)` or node:crypto. */
export type Sha256 = (data: Uint8Array) => Promise<Uint8Array> | Uint8Array;

export interface SolveOptions {
  /** Hashes computed in parallel per round (default 256): fewer awaits, no long task on the main thread. */
  readonly batch?: number;
  /** Called after each round with the attempts so far and the expected total (2^bits). */
  readonly onProgress?: (attempts: number, expected: number) => void;
  /** Stops the search (rejects with the signal's reason). */
  readonly signal?: AbortSignal;
  /** Where to start counting nonces (tests). */
  readonly start?: number;
}

/**
 * Finds a nonce (decimal digits) such that SHA-256(challenge + nonce) has at least `bits` leading zero bits.
 * Expected work: 2^bits hashes. Each round awaits its batch, so the browser stays responsive.
 */
export async function solveProofOfWork(
  challenge: string,
  bits: number,
  sha256: Sha256,
  options: SolveOptions = {},
): Promise<{ nonce: string; attempts: number }> {
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) throw new RangeError('bits must be 0 to 32');
  const batch = options.batch ?? 256;
  const expected = 2 ** bits;
  let next = options.start ?? 0;
  let attempts = 0;
  for (;;) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
    const nonces = Array.from({ length: batch }, (_, i) => String(next + i));
    next += batch;
    const hashes = await Promise.all(nonces.map((n) => sha256(proofOfWorkInput(challenge, n))));
    for (let i = 0; i < hashes.length; i++) {
      attempts += 1;
      if (leadingZeroBits(hashes[i] as Uint8Array) >= bits) {
        options.onProgress?.(attempts, expected);
        return { nonce: nonces[i] as string, attempts };
      }
    }
    options.onProgress?.(attempts, expected);
  }
}

/** True when SHA-256(challenge + nonce) has at least `bits` leading zero bits. */
export async function proofOfWorkValid(
  challenge: string,
  nonce: string,
  bits: number,
  sha256: Sha256,
): Promise<boolean> {
  return leadingZeroBits(await sha256(proofOfWorkInput(challenge, nonce))) >= bits;
}
