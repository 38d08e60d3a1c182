/**
 * Hotline contacts: one interaction of the SOS hotline (a call, a message, a walk-in, a web request, outreach).
 * The vocabularies below are the values stored in the database and sent over the API; the console shows them
 * through the `contacts.*` catalog keys. Pure domain code: no I/O.
 */

export const CONTACT_DIRECTIONS = ['incoming', 'outgoing'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

export const CONTACT_CHANNELS = [
  'phone',
  'sms',
  'messaging',
  'email',
  'webForm',
  'walkIn',
  'outreach',
  'institutionReferral',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Who is on the other end, as seen from the person the contact is about. */
export const CONTACT_CALLER_KINDS = [
  'personConcerned',
  'family',
  'friend',
  'professional',
  'anonymous',
] as const;
export type ContactCallerKind = (typeof CONTACT_CALLER_KINDS)[number];

export const CONTACT_TOPICS = [
  'offerCheck',
  'exploitationReport',
  'helpRequest',
  'information',
  'missingPerson',
  'other',
] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export const CONTACT_URGENCIES = ['low', 'normal', 'high', 'immediateDanger'] as const;
export type ContactUrgency = (typeof CONTACT_URGENCIES)[number];

export const CONTACT_OUTCOMES = [
  'informationGiven',
  'offerChecked',
  'referred',
  'caseOpened',
  'linkedToCase',
  'noAction',
] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/**
 * Languages the hotline offers in its form, in the order shown (ISO 639-1 codes; the console names them with
 * `Intl.DisplayNames`). The API accepts any BCP 47 primary language code (`isContactLanguage`).
 */
export const CONTACT_LANGUAGES = [
  'sr',
  'uk',
  'ru',
  'en',
  'de',
  'hu',
  'ro',
  'sq',
  'bg',
  'mk',
  'ar',
  'fa',
] as const;

/** A BCP 47 language tag of a primary language, optionally with a script or region (`sr`, `sr-Latn`, `uk`). */
export function isContactLanguage(value: string): boolean {
  return /^[a-z]{2,3}(-[A-Za-z]{4})?(-[A-Z]{2})?$/.test(value);
}

/** The longest call or visit a contact records (a whole day, in minutes). */
export const CONTACT_MAX_DURATION_MINUTES = 24 * 60;

/** Fields of a contact that a change can touch, in the order the console lists them. */
export const CONTACT_FIELDS = [
  'occurredAt',
  'direction',
  'channel',
  'callerKind',
  'callerName',
  'callerPhone',
  'language',
  'topic',
  'urgency',
  'summary',
  'outcome',
  'durationMinutes',
  'handledBy',
  'personId',
  'caseId',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** Fields whose values are personal data (encrypted at rest, never in logs or the audit trail). */
export const CONTACT_PERSONAL_FIELDS: readonly ContactField[] = ['callerName', 'callerPhone', 'summary'];

/**
 * The reference code of a contact: `K-<year>-<number>`, the number counted per year from 1 and padded to four
 * digits (K-2026-0001 … K-2026-9999, then K-2026-10000). "K" for kontakt, distinct from persons' "P-".
 */
export function formatContactCode(year: number, number: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`bad year ${year}`);
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`bad number ${number}`);
  return `K-${year}-${String(number).padStart(4, '0')}`;
}

const CODE_PATTERN = /^\s*[kк]\s*-?\s*(\d{4})\s*-\s*(\d{1,9})\s*$/iu;

/**
 * Reads a contact code as people type it: any case, Latin K or Cyrillic К, with or without the leading zeros
 * and the first dash. Returns the canonical code, or undefined.
 */
export function parseContactCode(text: string): string | undefined {
  const match = CODE_PATTERN.exec(text);
  if (!match) return undefined;
  const number = Number(match[2]);
  if (number < 1) return undefined;
  return formatContactCode(Number(match[1]), number);
}

type Comparable = string | number | null | undefined;

/**
 * The fields of a contact whose values differ between two versions, in CONTACT_FIELDS order. Only fields
 * present in `after` are compared (a partial change names what it sets).
 */
export function changedContactFields(
  before: Readonly<Partial<Record<ContactField, Comparable>>>,
  after: Readonly<Partial<Record<ContactField, Comparable>>>,
): ContactField[] {
  return CONTACT_FIELDS.filter(
    (field) => field in after && (after[field] ?? null) !== (before[field] ?? null),
  );
}

/** How a match was found: the phone number given, or the name given. */
export type ContactMatchReason = 'phone' | 'name';

/**
 * The score of an earlier record as a match for what the operator typed: an identical phone number is the
 * strongest sign (1), a matching name scores its name similarity (0.8–1), and both together add a bonus so
 * they rank first (1 + a tenth of the name score). 0 means no match.
 */
export function contactMatchScore(phoneMatches: boolean, nameScore: number | undefined): number {
  const name = nameScore ?? 0;
  if (phoneMatches) return 1 + name / 10;
  return name;
}

/** Ranks matches best first; ties go to the most recent. */
export function rankMatches<T extends { score: number; at: string }>(
  matches: readonly T[],
  limit: number,
): T[] {
  return [...matches]
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, limit);
}
