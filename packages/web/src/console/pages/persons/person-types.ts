import type {
  BirthDate,
  ConsentMethod,
  ConsentPurpose,
  ConsentState,
  DocumentType,
  IdentificationStatus,
  Sex,
  Translator,
  VulnerabilityFactor,
} from '@putokaz/core';

/** A person as `GET /api/v1/persons` lists it. */
export interface PersonSummary {
  id: string;
  code: string;
  givenName: string | null;
  familyName: string | null;
  phones: string[];
  sex: Sex | null;
  identificationStatus: IdentificationStatus;
  team: string | null;
  assignedTo: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  erased: boolean;
  keepDataWithdrawn: boolean;
}

export interface IdentityDocument {
  type: DocumentType;
  number: string;
  issuingCountry: string | null;
}

export interface PostalAddress {
  address: string;
  city: string | null;
  country: string | null;
}

/** Who recorded or changed something: `name` is null when the user no longer exists ("former staff member"). */
export interface StaffRef {
  id: string;
  name: string | null;
}

export interface ErasureRequest {
  id: string;
  personId: string;
  personCode: string;
  status: 'pending' | 'approved' | 'rejected';
  reason: string | null;
  requestedBy: StaffRef;
  requestedAt: string;
  decidedBy: StaffRef | null;
  decidedAt: string | null;
  version: number;
}

/** A person as `GET /api/v1/persons/:id` answers it. */
export interface PersonRecord {
  id: string;
  code: string;
  givenName: string | null;
  familyName: string | null;
  aliases: string[];
  birthDate: BirthDate | null;
  documents: IdentityDocument[];
  phones: string[];
  emails: string[];
  addresses: PostalAddress[];
  sex: Sex | null;
  citizenships: string[];
  languages: string[];
  identificationStatus: IdentificationStatus;
  identifiedOn: string | null;
  vulnerabilities: VulnerabilityFactor[];
  assignedTo: string | null;
  assignedToName: string | null;
  team: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  erasedAt: string | null;
  ageBand: string | null;
  consent: ConsentState;
  keepDataWithdrawn: boolean;
  erasureRequests: ErasureRequest[];
}

export interface ConsentEventRecord {
  id: string;
  purpose: ConsentPurpose;
  action: 'given' | 'withdrawn';
  date: string;
  method: ConsentMethod;
  partner: string | null;
  recordedAt: string;
  recordedBy: StaffRef;
}

export interface HistoryEntry {
  id: string;
  version: number;
  action: 'create' | 'update' | 'consent' | 'erasureRequest' | 'erasureRejected' | 'erasure';
  fields: string[];
  actor: StaffRef;
  at: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const personPath = (id: string) => `/console/persons/${encodeURIComponent(id)}`;

/** "Given Family", or the code when the identity was erased. */
export function displayName(person: {
  givenName: string | null;
  familyName: string | null;
  code: string;
}): string {
  const name = [person.givenName, person.familyName].filter(Boolean).join(' ');
  return name || person.code;
}

/** The label of a field name as history and conflicts list them (`familyName`, `consent.keepData`). */
export function fieldLabel(translator: Translator, name: string): string {
  if (name.startsWith('consent.')) {
    const key = `persons.consent.purpose.${name.slice('consent.'.length)}`;
    return translator.has(key) ? translator.format(key) : name;
  }
  const key = `persons.field.${name}`;
  return translator.has(key) ? translator.format(key) : name;
}

/** Reads "1990-04-02" or "1990" as a birth date; undefined when it is neither, null when empty. */
export function parseBirthDate(text: string): BirthDate | null | undefined {
  const value = text.trim();
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return { year: Number(value) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value };
  return undefined;
}

export function formatBirthDate(birth: BirthDate | null): string {
  if (!birth) return '';
  return 'year' in birth ? String(birth.year) : birth.date;
}

/** Lines of a textarea, trimmed, without empty ones. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Comma-separated codes, trimmed, without empty ones. */
export const codes = (text: string, upper: boolean) =>
  text
    .split(/[,\s]+/)
    .map((c) => (upper ? c.trim().toUpperCase() : c.trim()))
    .filter(Boolean);

export const today = () => new Date().toISOString().slice(0, 10);
