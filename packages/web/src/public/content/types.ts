import { cyrillicToLatin, type Locale } from '@putokaz/core';

/**
 * The texts of the informational public pages, as typed data. Each page module exports a
 * `Record<Locale, PageContent>`; Serbian is written in Cyrillic only and the Latin text is derived from it
 * (`serbianLatin`), never the other way round. See docs/web.md, "Content as data".
 */

/** A paragraph, or a list of short items (`ordered` for steps to take in order). */
export type Block = string | { readonly list: readonly string[]; readonly ordered?: boolean };

export interface Section {
  /** Stable id, used for the heading's anchor (`#passport`); the same in every language. */
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** A phone number to call. Shown only with its source and the date someone last checked it. */
export interface Contact {
  readonly label: string;
  readonly phone: string;
  /** Where the number comes from (the official body or rule that publishes it). */
  readonly source?: string;
  /** When someone last checked the number against that source (ISO date, `2026-11-28`). */
  readonly lastVerified?: string;
}

export interface Checklist {
  readonly heading: string;
  /** What happens to the ticks (they are never saved). */
  readonly note: string;
  readonly items: readonly string[];
}

export interface PageContent {
  readonly title: string;
  /** The first paragraph; also the page's `<meta name="description">`. */
  readonly intro: string;
  readonly sections: readonly Section[];
  readonly checklist?: Checklist;
  readonly contacts?: readonly Contact[];
}

/** A contact whose source and verification date are known. */
export type VerifiedContact = Contact & { readonly source: string; readonly lastVerified: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isVerified(contact: Contact): contact is VerifiedContact {
  if (!contact.source?.trim() || !contact.lastVerified || !ISO_DATE.test(contact.lastVerified)) return false;
  const date = new Date(`${contact.lastVerified}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(contact.lastVerified);
}

/**
 * The contacts a page may show: only those with a source and a real ISO `lastVerified` date. A number nobody
 * has checked is worse than no number for a person in danger, so an unverified one is left out.
 */
export function visibleContacts(contacts: readonly Contact[] | undefined): VerifiedContact[] {
  return (contacts ?? []).filter(isVerified);
}

/** Every string inside a value, mapped (objects and arrays are copied, other values kept). */
function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // Dates and phone numbers are not text to transliterate.
      out[key] = key === 'lastVerified' || key === 'phone' || key === 'id' ? item : mapStrings(item, map);
    }
    return out as T;
  }
  return value;
}

/** Serbian Latin content derived from the Cyrillic original. */
export function serbianLatin<T>(cyrillic: T): T {
  return mapStrings(cyrillic, cyrillicToLatin);
}

/** The four locales from the three written ones (sr-Latn is derived from sr-Cyrl). */
export function allLocales<T>(written: {
  readonly 'sr-Cyrl': T;
  readonly en: T;
  readonly uk: T;
}): Record<Locale, T> {
  return { 'sr-Latn': serbianLatin(written['sr-Cyrl']), ...written };
}
