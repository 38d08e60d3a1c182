/**
 * The vocabulary of cases and services: the values the API accepts, the database stores and the console
 * translates (`cases.<list>.<value>` in the catalogs). Values are stable identifiers: add new ones at the
 * end, never rename one that has been stored.
 */
import { nameTokensForMatching } from '../persons/name-fold.js';
import { nameTokens } from '../persons/name-keys.js';

/** An individual case concerns one person; a group case many (the nine workers of one company). */
export const CASE_KINDS = ['individual', 'group'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const EXPLOITATION_FORMS = [
  'labour',
  'sexual',
  'forcedBegging',
  'forcedCriminality',
  'domesticServitude',
  'forcedMarriage',
  'other',
] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

/** Economic sectors, broad enough for statistics (close to the NACE sections that matter in practice). */
export const SECTORS = [
  'agriculture',
  'construction',
  'manufacturing',
  'meatProcessing',
  'hospitality',
  'cleaning',
  'care',
  'domesticWork',
  'transport',
  'retail',
  'entertainment',
  'sexIndustry',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const RECRUITMENT_CHANNELS = [
  'socialNetworkAd',
  'acquaintance',
  'agency',
  'family',
  'online',
  'other',
] as const;
export type RecruitmentChannel = (typeof RECRUITMENT_CHANNELS)[number];

/** Where a place sits in the case: where the person was recruited, passed through, was exploited. */
export const PLACE_STAGES = ['recruitment', 'transit', 'exploitation'] as const;
export type PlaceStage = (typeof PLACE_STAGES)[number];

export interface CasePlace {
  readonly stage: PlaceStage;
  /** ISO 3166-1 alpha-2 country code, upper case (RS, DE, MT). */
  readonly country: string;
  readonly city?: string | undefined;
}

export const ENTITY_KINDS = ['employer', 'recruiter', 'agency', 'transporter', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** An employer, recruiter or other party named in a case (free text until the registry exists). */
export interface CaseEntity {
  readonly kind: EntityKind;
  readonly name: string;
  readonly note?: string | undefined;
}

export const CASE_PERSON_ROLES = ['victim', 'presumedVictim', 'witness', 'familyMember'] as const;
export type CasePersonRole = (typeof CASE_PERSON_ROLES)[number];

export const SERVICE_TYPES = [
  'foodPackage',
  'hygieneKit',
  'otherAidInKind',
  'medicalCare',
  'psychologicalSupport',
  'medication',
  'transport',
  'accommodation',
  'legalAid',
  'accompaniment',
  'financialSupport',
  'educationEmploymentSupport',
  'offerCheck',
  'familyContact',
  'returnAssistance',
  'documents',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** The institution a person was accompanied to (services of type `accompaniment` name one). */
export const INSTITUTION_KINDS = [
  'embassy',
  'police',
  'court',
  'prosecutor',
  'doctor',
  'hospital',
  'socialWelfare',
  'employmentService',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** Who delivered a service: the NGO itself or a named partner organisation. */
export const SERVICE_PROVIDERS = ['organisation', 'partner'] as const;
export type ServiceProvider = (typeof SERVICE_PROVIDERS)[number];

/** ISO 4217 alphabetic code: three upper-case letters (RSD, EUR). */
export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value);
}

/**
 * The minor units of a currency (how many decimals its amounts have), from ISO 4217 for the currencies
 * that do not use two; `Intl.NumberFormat` agrees for the ones it knows.
 */
export function currencyDecimals(currency: string): number {
  const zero = ['JPY', 'KRW', 'ISK', 'CLP', 'VND', 'XAF', 'XOF', 'UGX', 'PYG', 'RWF'];
  const three = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];
  if (zero.includes(currency)) return 0;
  if (three.includes(currency)) return 3;
  return 2;
}

/** A place's country: ISO 3166-1 alpha-2, two upper-case letters. */
export function isPlaceCountry(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}

/**
 * A period bound with the precision known: a year (`2025`), a month (`2025-03`) or a day (`2025-03-14`).
 * Returns false for anything else, including impossible months and days.
 */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** The first and the last day a partial date covers (`2025-03` → 2025-03-01 … 2025-03-31). */
export function partialDateRange(value: string): { first: string; last: string } {
  const [year = '', month, day] = value.split('-');
  if (day !== undefined) return { first: value, last: value };
  if (month !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(last).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** True when a period's start does not come after its end (either may be missing). */
export function periodInOrder(from: string | null | undefined, to: string | null | undefined): boolean {
  if (!from || !to) return true;
  return partialDateRange(from).first <= partialDateRange(to).last;
}

/** A case reference code: `C-2026-0042`. */
export const CASE_CODE_PATTERN = /^C-\d{4}-\d{4,}$/;

export function caseCode(year: number | string, number: number): string {
  return `C-${year}-${String(number).padStart(4, '0')}`;
}

/** Legal-form words that say nothing about which company is meant ("d.o.o.", "GmbH", "Ltd"). */
const LEGAL_FORM_WORDS = [
  'doo',
  'ad',
  'pr',
  'szr',
  'str',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ug',
  'ohg',
  'ltd',
  'llc',
  'inc',
  'sro',
  'spa',
  'srl',
  'sa',
  'bv',
  'nv',
  'plc',
  'co',
  'tov',
  'ooo',
];
let legalForms: ReadonlySet<string> | undefined;
/** The legal-form words as skeletons (the same folding as the tokens they are compared with). */
function legalFormSkeletons(): ReadonlySet<string> {
  legalForms ??= new Set(LEGAL_FORM_WORDS.flatMap((word) => nameTokensForMatching(word)));
  return legalForms;
}

/**
 * The search keys of an entity name (a company, a recruiter's name or nickname): the same skeleton tokens as
 * person names (script, diacritics and transliteration folded), without legal-form words. The server keeps
 * only keyed hashes of these; a search looks up the keys of the query.
 */
export function entityTokens(name: string): string[] {
  const forms = legalFormSkeletons();
  return nameTokens(name.replace(/\./g, '')).filter((token) => !forms.has(token));
}

/**
 * How well a query matches an entity name, 0…1: the share of the query's tokens found in the name (exactly,
 * after folding). 1 when every token of the query is in the name.
 */
export function entityMatchScore(query: string, name: string): number {
  const wanted = entityTokens(query);
  if (wanted.length === 0) return 0;
  const have = new Set(entityTokens(name));
  return wanted.filter((token) => have.has(token)).length / wanted.length;
}
