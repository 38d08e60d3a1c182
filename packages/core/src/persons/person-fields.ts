/**
 * The fixed vocabularies of a person record and the small rules about them that need no I/O: identification
 * status, sex, vulnerability factors, identity document types, dates of birth given as a day or only a year,
 * age bands for anonymized statistics, and the normalized form of a document number for its blind index.
 */

export const IDENTIFICATION_STATUSES = ['presumed', 'identified', 'notVictim', 'unknown'] as const;
export type IdentificationStatus = (typeof IDENTIFICATION_STATUSES)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const VULNERABILITY_FACTORS = [
  'minor',
  'disability',
  'pregnancy',
  'noDocuments',
  'irregularStatus',
  'debt',
  'addiction',
  'homelessness',
  'mentalHealth',
  'other',
] as const;
export type VulnerabilityFactor = (typeof VULNERABILITY_FACTORS)[number];

export const DOCUMENT_TYPES = [
  'passport',
  'idCard',
  'residencePermit',
  'workPermit',
  'driversLicence',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A date of birth: a full day when known, else only the year. */
export type BirthDate = { readonly date: string } | { readonly year: number };

/** The year of a date of birth in either form. */
export function birthYear(birth: BirthDate): number {
  return 'year' in birth ? birth.year : Number(birth.date.slice(0, 4));
}

/** True for a real calendar day YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Age bands of anonymized statistics (the same bands everywhere, so figures add up across reports). */
export const AGE_BANDS = ['0-13', '14-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * The age band of a person born in `year` at the reference year (the year they were first registered), from
 * the year only: the age is `referenceYear - year`, so a person may sit one band lower or higher than their
 * exact age — good enough for statistics, and it needs no more than the year.
 */
export function ageBand(year: number, referenceYear: number): AgeBand | null {
  const age = referenceYear - year;
  if (!Number.isFinite(age) || age < 0 || age > 120) return null;
  if (age <= 13) return '0-13';
  if (age <= 17) return '14-17';
  if (age <= 24) return '18-24';
  if (age <= 34) return '25-34';
  if (age <= 44) return '35-44';
  if (age <= 54) return '45-54';
  if (age <= 64) return '55-64';
  return '65+';
}

/** A document number as its blind index sees it: letters and digits only, uppercase ("ab 12-34" → "AB1234"). */
export function normalizeDocumentNumber(value: string): string | undefined {
  const normalized = value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  return normalized.length >= 3 ? normalized : undefined;
}

/** ISO 3166-1 alpha-2 country code shape (the list itself is the browser's and the server's Intl data). */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}

/** A language tag of the short form the record keeps ("sr", "uk", "ro", "sr-Latn"). */
export function isLanguageCode(value: string): boolean {
  return /^[a-z]{2,3}(-[A-Z][a-z]{3})?$/.test(value);
}
