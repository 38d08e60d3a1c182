/** Strict encodings shared by the security module. Internal: not re-exported from index.ts. */

const BASE64URL_RE = /^[A-Za-z0-9_-]*$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Decodes unpadded base64url, accepting only the canonical encoding. Node's decoder silently skips invalid
 * characters and ignores the unused low bits of the last character, so without this check several strings would
 * decode to the same bytes. Returns undefined when the input is not canonical.
 */
export function decodeBase64UrlStrict(text: string): Buffer | undefined {
  if (!BASE64URL_RE.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** Decodes padded standard base64 (RFC 4648 section 4), accepting only the canonical encoding. */
export function decodeBase64Strict(text: string): Buffer | undefined {
  if (text.length === 0 || !BASE64_RE.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

/** True when the string has no unpaired UTF-16 surrogate, i.e. it survives a UTF-8 round trip unchanged. */
export function isWellFormedUnicode(text: string): boolean {
  return !LONE_SURROGATE_RE.test(text);
}

/**
 * Canonical, unambiguous encoding of a list of strings: each part is its UTF-8 byte length as a 32-bit big-endian
 * integer followed by the bytes. ("a|b", "c") and ("a", "b|c") encode differently, unlike a joined string.
 */
export function lengthPrefixed(parts: readonly string[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const bytes = Buffer.from(part, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length, 0);
    chunks.push(length, bytes);
  }
  return Buffer.concat(chunks);
}
