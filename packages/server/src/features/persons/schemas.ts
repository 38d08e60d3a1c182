import {
  CONSENT_ACTIONS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  DOCUMENT_TYPES,
  IDENTIFICATION_STATUSES,
  SEXES,
  VULNERABILITY_FACTORS,
  isCalendarDate,
  isCountryCode,
  isLanguageCode,
} from '@putokaz/core';
import { z } from 'zod';

const Name = z.string().trim().min(1).max(200);
const CalendarDate = z.string().refine(isCalendarDate, { message: 'invalidDate' });
const Country = z.string().trim().toUpperCase().refine(isCountryCode, { message: 'invalidCountry' });
const Language = z.string().trim().refine(isLanguageCode, { message: 'invalidLanguage' });
const thisYear = new Date().getUTCFullYear();

export const BirthDateInput = z.union([
  z.strictObject({ date: CalendarDate }),
  z.strictObject({
    year: z
      .number()
      .int()
      .min(1900)
      .max(thisYear + 1),
  }),
]);
export const DocumentInput = z.strictObject({
  type: z.enum(DOCUMENT_TYPES),
  number: z.string().trim().min(1).max(60),
  issuingCountry: Country.nullable().optional(),
});
export const AddressInput = z.strictObject({
  address: z.string().trim().min(1).max(500),
  city: z.string().trim().max(120).nullable().optional(),
  country: Country.nullable().optional(),
});

/** The editable fields of a person, as the API accepts them (every one optional in an edit). */
export const detailFields = {
  givenName: Name,
  familyName: Name,
  aliases: z.array(Name).max(20),
  birthDate: BirthDateInput.nullable(),
  documents: z.array(DocumentInput).max(10),
  phones: z.array(z.string().max(40)).max(10),
  emails: z.array(z.string().trim().max(254)).max(10),
  addresses: z.array(AddressInput).max(10),
  sex: z.enum(SEXES).nullable(),
  citizenships: z.array(Country).max(5),
  languages: z.array(Language).max(10),
  identificationStatus: z.enum(IDENTIFICATION_STATUSES),
  identifiedOn: CalendarDate.nullable(),
  vulnerabilities: z.array(z.enum(VULNERABILITY_FACTORS)).max(VULNERABILITY_FACTORS.length),
  assignedTo: z.string().max(64).nullable(),
  team: z.string().trim().min(1).max(100).nullable(),
};

const { givenName, familyName, ...optionalFields } = detailFields;

export const CreatePersonBody = z.strictObject({
  givenName,
  familyName,
  ...Object.fromEntries(Object.entries(optionalFields).map(([k, v]) => [k, v.optional()])),
} as {
  givenName: typeof givenName;
  familyName: typeof familyName;
} & { [K in keyof typeof optionalFields]: z.ZodOptional<(typeof optionalFields)[K]> });

export const UpdatePersonBody = z.strictObject({
  version: z.number().int().min(1),
  ...Object.fromEntries(Object.entries(detailFields).map(([k, v]) => [k, v.optional()])),
} as { version: z.ZodNumber } & {
  [K in keyof typeof detailFields]: z.ZodOptional<(typeof detailFields)[K]>;
});

export const CandidatesBody = z.strictObject({
  givenName: z.string().trim().max(200).optional(),
  familyName: z.string().trim().max(200).optional(),
  phones: z.array(z.string().max(40)).max(10).optional(),
  emails: z.array(z.string().max(254)).max(10).optional(),
  documentNumbers: z.array(z.string().max(60)).max(10).optional(),
  birthYear: z
    .number()
    .int()
    .min(1900)
    .max(thisYear + 1)
    .optional(),
  limit: z.number().int().min(1).max(20).default(5),
});

export const ConsentBody = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  action: z.enum(CONSENT_ACTIONS),
  date: CalendarDate,
  method: z.enum(CONSENT_METHODS),
  partner: z.string().trim().min(1).max(200).optional(),
});

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(400).optional(),
});

/** `name` is null when the user no longer exists (the console shows "former staff member"). */
const StaffRef = z.object({ id: z.string(), name: z.string().nullable() });

export const ConsentStatus = z.object({
  state: z.enum(['given', 'withdrawn', 'none']),
  since: z.string().nullable(),
  method: z.enum(CONSENT_METHODS).nullable(),
  eventId: z.string().nullable(),
});
export const ConsentStateSchema = z.object({
  purposes: z.object({
    keepData: ConsentStatus,
    contactByPhone: ConsentStatus,
    anonymizedStatistics: ConsentStatus,
    testimonyInReport: ConsentStatus,
  }),
  partners: z.array(ConsentStatus.extend({ partner: z.string() })),
});

export const ConsentEventSchema = z.object({
  id: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  action: z.enum(CONSENT_ACTIONS),
  date: z.string(),
  method: z.enum(CONSENT_METHODS),
  partner: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: StaffRef,
});

export const ErasureRequestSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personCode: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  reason: z.string().nullable(),
  requestedBy: StaffRef,
  requestedAt: z.string(),
  decidedBy: StaffRef.nullable(),
  decidedAt: z.string().nullable(),
  version: z.number(),
});

export const PersonSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  phones: z.array(z.string()),
  sex: z.enum(SEXES).nullable(),
  identificationStatus: z.enum(IDENTIFICATION_STATUSES),
  team: z.string().nullable(),
  assignedTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  erased: z.boolean(),
  keepDataWithdrawn: z.boolean(),
});

export const PersonSchema = z.object({
  id: z.string(),
  code: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  aliases: z.array(z.string()),
  birthDate: z.union([z.object({ date: z.string() }), z.object({ year: z.number() })]).nullable(),
  documents: z.array(
    z.object({ type: z.enum(DOCUMENT_TYPES), number: z.string(), issuingCountry: z.string().nullable() }),
  ),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  addresses: z.array(
    z.object({ address: z.string(), city: z.string().nullable(), country: z.string().nullable() }),
  ),
  sex: z.enum(SEXES).nullable(),
  citizenships: z.array(z.string()),
  languages: z.array(z.string()),
  identificationStatus: z.enum(IDENTIFICATION_STATUSES),
  identifiedOn: z.string().nullable(),
  vulnerabilities: z.array(z.enum(VULNERABILITY_FACTORS)),
  assignedTo: z.string().nullable(),
  assignedToName: z.string().nullable(),
  team: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  erasedAt: z.string().nullable(),
  ageBand: z.string().nullable(),
  consent: ConsentStateSchema,
  keepDataWithdrawn: z.boolean(),
  erasureRequests: z.array(ErasureRequestSchema),
});

export const HistoryEntrySchema = z.object({
  id: z.string(),
  version: z.number(),
  action: z.enum(['create', 'update', 'consent', 'erasureRequest', 'erasureRejected', 'erasure']),
  fields: z.array(z.string()),
  actor: StaffRef,
  at: z.string(),
});
