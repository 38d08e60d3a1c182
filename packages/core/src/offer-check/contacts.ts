/**
 * Contact check, client side: finds the phone numbers, e-mail addresses and web domains in an offer,
 * normalizes them, and hashes them so the public app can ask "was this contact reported before?" without
 * revealing it. The scheme is the k-anonymity range query of breached-password checks: the app sends only
 * the first five hex characters of SHA-256("<kind>:<normalized>"), the server answers with the suffixes
 * of all reported hashes under that prefix, and the app compares locally.
 *
 * The server computes the same hashes with `normalizeContact` and `contactHash`, so both sides must keep
 * these functions identical. Uses WebCrypto (`globalThis.crypto.subtle`), available in browsers and Node.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export const CONTACT_KINDS = ['phone', 'email', 'domain'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Hex characters of the hash that leave the device. */
export const HASH_PREFIX_LENGTH = 5;

export interface FoundContact {
  readonly kind: ContactKind;
  /** As written in the text: `text.slice(start, end)`. */
  readonly raw: string;
  readonly normalized: string;
  readonly start: number;
  readonly end: number;
}

/** Phone numbers to E.164 (`+381641234567`); a number without a country code is read as Serbian. */
export function normalizePhone(value: string, defaultRegion: 'RS' | 'UA' | 'DE' = 'RS'): string | undefined {
  const cleaned = value.trim().replace(/^tel:/i, '');
  const digits = cleaned.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 17) return undefined;
  const parsed = parsePhoneNumberFromString(cleaned, defaultRegion);
  if (!parsed || !parsed.isPossible()) return undefined;
  return parsed.number;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function asciiHost(host: string): string | undefined {
  try {
    const hostname = new URL(`http://${host}/`).hostname;
    return hostname || undefined;
  } catch {
    return undefined;
  }
}

/** E-mail addresses to lowercase, without surrounding spaces, dots, brackets or "mailto:". */
export function normalizeEmail(value: string): string | undefined {
  const trimmed = value
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^[\s<("'.,;:]+|[\s>)"'.,;:]+$/g, '')
    .toLowerCase();
  if (!EMAIL_SHAPE.test(trimmed)) return undefined;
  const at = trimmed.lastIndexOf('@');
  const local = trimmed.slice(0, at).replace(/^\.+|\.+$/g, '');
  const domain = asciiHost(trimmed.slice(at + 1).replace(/^\.+|\.+$/g, ''));
  if (!local || !domain || !domain.includes('.')) return undefined;
  return `${local}@${domain}`;
}

/**
 * Public suffixes of more than one label that matter for offers seen in the region, and hosting platforms
 * where every subdomain belongs to someone else. A small list, not the full Public Suffix List: enough to
 * tell `firma.co.rs` and `jobs.example.co.uk` apart from `example.com`.
 */
const MULTI_LABEL_SUFFIXES = new Set([
  'co.rs',
  'org.rs',
  'edu.rs',
  'in.rs',
  'gov.rs',
  'ac.rs',
  'co.me',
  'org.me',
  'com.ba',
  'co.ba',
  'org.ba',
  'com.mk',
  'com.hr',
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.ua',
  'in.ua',
  'org.ua',
  'kiev.ua',
  'kyiv.ua',
  'net.ua',
  'co.ua',
  'com.ru',
  'co.at',
  'or.at',
  'com.pl',
  'net.pl',
  'org.pl',
  'com.mt',
  'com.tr',
  'com.cy',
  'co.il',
  'com.au',
  'co.nz',
  'com.br',
  'co.za',
  'ae.org',
  'com.de',
  'blogspot.com',
  'github.io',
  'gitlab.io',
  'wixsite.com',
  'wordpress.com',
  'weebly.com',
  'netlify.app',
  'vercel.app',
  'web.app',
  'firebaseapp.com',
  'pages.dev',
  'herokuapp.com',
  'azurewebsites.net',
  'appspot.com',
  'business.site',
  'carrd.co',
]);

/** Web addresses to the registrable lowercase host (`https://Jobs.Example.co.uk/x` → `example.co.uk`). */
export function normalizeDomain(value: string): string | undefined {
  let host = value.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/^[^@/]*@/, '');
  host = host.split(/[/?#]/)[0] ?? '';
  host = host.replace(/:\d+$/, '').replace(/^\.+|\.+$/g, '');
  const ascii = asciiHost(host);
  if (!ascii || !ascii.includes('.') || /^[\d.]+$/.test(ascii)) return undefined;
  const labels = ascii.split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  const lastTwo = labels.slice(-2).join('.');
  const keep = MULTI_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  if (labels.length < keep) return undefined;
  return labels.slice(-keep).join('.');
}

/** Normalizes a contact of the given kind; undefined when the value is not a valid contact of that kind. */
export function normalizeContact(kind: ContactKind, value: string): string | undefined {
  switch (kind) {
    case 'phone':
      return normalizePhone(value);
    case 'email':
      return normalizeEmail(value);
    case 'domain':
      return normalizeDomain(value);
  }
}

/** SHA-256 of "<kind>:<normalized>", as lowercase hex. */
export async function contactHash(kind: ContactKind, normalized: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${kind}:${normalized}`);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The part of a hash that is sent to the server. */
export function hashPrefix(hash: string): string {
  return hash.slice(0, HASH_PREFIX_LENGTH).toLowerCase();
}

/**
 * True when `hash` is among the reported ones: `suffixes` are what the server returned for the prefix
 * (the rest of each hash after the prefix; full hashes are accepted too). Compared on the device.
 */
export function matchSuffixes(hash: string, suffixes: Iterable<string>): boolean {
  const full = hash.toLowerCase();
  const suffix = full.slice(HASH_PREFIX_LENGTH);
  for (const candidate of suffixes) {
    const c = candidate.trim().toLowerCase();
    if (c === suffix || c === full) return true;
  }
  return false;
}

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL_RE =
  /(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![@\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|biz|eu|rs|срб|de|at|ch|sk|cz|pl|hr|si|hu|mt|nl|be|fr|it|es|ie|uk|no|se|dk|fi|ua|ru|ba|me|mk|ro|bg|gr|io|co|jobs|work|online|site|store|app|ae|az)(?![\p{L}\p{N}-])(?:\/[^\s<>"'()]*)?/gu;
const PHONE_RE = /(?<![\d+])(?:(?:\+|00)\d[\d \u00a0()./-]{6,20}\d|0\d[\d \u00a0()./-]{5,16}\d)(?!\d)/g;
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;

/** Finds and normalizes the contacts in a text; each contact once, in order of appearance. */
export function extractContacts(text: string): FoundContact[] {
  const found: FoundContact[] = [];
  const taken: [number, number][] = [];
  const seen = new Set<string>();
  const add = (kind: ContactKind, raw: string, start: number) => {
    const end = start + raw.length;
    if (taken.some(([s, e]) => start < e && end > s)) return;
    const normalized = normalizeContact(kind, raw);
    if (!normalized) return;
    taken.push([start, end]);
    const key = `${kind}:${normalized}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind, raw, normalized, start, end });
  };
  for (const m of text.matchAll(EMAIL_RE)) add('email', m[0], m.index);
  for (const m of text.matchAll(URL_RE)) {
    const raw = m[0].replace(/[.,;:!?]+$/, '');
    add('domain', raw, m.index);
  }
  for (const m of text.matchAll(PHONE_RE)) {
    const raw = m[0].replace(/[\s()./-]+$/, '');
    if (DATE_LIKE.test(raw)) continue;
    add('phone', raw, m.index);
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface HashedContact extends FoundContact {
  readonly hash: string;
  readonly prefix: string;
}

/** Extracts the contacts of a text and hashes each one. */
export async function hashContacts(text: string): Promise<HashedContact[]> {
  return Promise.all(
    extractContacts(text).map(async (contact) => {
      const hash = await contactHash(contact.kind, contact.normalized);
      return { ...contact, hash, prefix: hashPrefix(hash) };
    }),
  );
}
