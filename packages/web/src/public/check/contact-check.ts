/**
 * The contact check of the offer-check page: the phone numbers, e-mail addresses and web domains in the
 * person's text are normalized and hashed on the device (`@putokaz/core` offer-check contacts); only the
 * first five hex characters of each hash go to `GET /api/v1/public/reported-contacts/{prefix}`, and the
 * suffixes that come back are compared here. The contacts themselves never leave the phone, and nothing is
 * kept: no cache (the service worker leaves /api alone; `cache: 'no-store'`), no cookie, no referrer.
 *
 * The hashing code (with the phone-number library) is loaded only when a check runs.
 */
import type { ContactKind } from '@putokaz/core';

export interface CheckedContact {
  readonly kind: ContactKind;
  /** As written in the text. */
  readonly raw: string;
  readonly normalized: string;
  readonly reported: boolean;
}

export type ContactCheck =
  | { readonly status: 'done'; readonly contacts: readonly CheckedContact[] }
  /** Contacts were found but the device has no network: nothing could be asked. */
  | { readonly status: 'offline'; readonly contacts: readonly Omit<CheckedContact, 'reported'>[] }
  /** The server could not answer (error status, rate limit, or no WebCrypto on this page). */
  | { readonly status: 'failed'; readonly contacts: readonly Omit<CheckedContact, 'reported'>[] };

export const REPORTED_CONTACTS_PATH = '/api/v1/public/reported-contacts/';

class Offline extends Error {}

async function suffixesFor(prefix: string, signal?: AbortSignal): Promise<string[]> {
  let response: Response;
  try {
    response = await fetch(`${REPORTED_CONTACTS_PATH}${prefix}`, {
      method: 'GET',
      headers: { accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Offline();
  }
  if (!response.ok) throw new Error(`reported-contacts answered ${response.status}`);
  const body = (await response.json()) as { prefix?: unknown; suffixes?: unknown };
  if (body.prefix !== prefix || !Array.isArray(body.suffixes)) throw new Error('unexpected answer');
  return body.suffixes.filter((suffix): suffix is string => typeof suffix === 'string');
}

/**
 * Finds the contacts in `text` and asks about them. Resolves to `undefined` when the text has no contact.
 * Throws only when `signal` aborts it (a new check, Clear, or the quick exit).
 */
export async function checkContacts(
  text: string,
  signal?: AbortSignal,
  /** Called once contacts were found, before anything is hashed or asked (to show "Checking…"). */
  onFound?: () => void,
): Promise<ContactCheck | undefined> {
  if (!text.trim()) return undefined;
  const { extractContacts, hashContacts, matchSuffixes } = await import('@putokaz/core/offer-check/contacts');
  if (extractContacts(text).length === 0) return undefined;
  onFound?.();
  let hashed: Awaited<ReturnType<typeof hashContacts>>;
  try {
    hashed = await hashContacts(text);
  } catch {
    // No WebCrypto (a page not served over HTTPS): the contacts cannot be hashed, so nothing is sent.
    const contacts = extractContacts(text).map(({ kind, raw, normalized }) => ({ kind, raw, normalized }));
    return { status: 'failed', contacts };
  }
  const plain = hashed.map(({ kind, raw, normalized }) => ({ kind, raw, normalized }));
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    return { status: 'offline', contacts: plain };
  const prefixes = [...new Set(hashed.map((contact) => contact.prefix))];
  try {
    const answers = new Map(
      await Promise.all(prefixes.map(async (prefix) => [prefix, await suffixesFor(prefix, signal)] as const)),
    );
    return {
      status: 'done',
      contacts: hashed.map((contact) => ({
        kind: contact.kind,
        raw: contact.raw,
        normalized: contact.normalized,
        reported: matchSuffixes(contact.hash, answers.get(contact.prefix) ?? []),
      })),
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { status: error instanceof Offline ? 'offline' : 'failed', contacts: plain };
  }
}
