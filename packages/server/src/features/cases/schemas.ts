import {
  CASE_KINDS,
  CASE_PERSON_ROLES,
  CASE_STATUSES,
  CLOSE_REASONS,
  ENTITY_KINDS,
  EXPLOITATION_FORMS,
  INDICATOR_IDS,
  PLACE_STAGES,
  RECRUITMENT_CHANNELS,
  SECTORS,
  isPartialDate,
  isPlaceCountry,
} from '@putokaz/core';
import { z } from 'zod';

const Id = z.string().max(64);
const PartialDate = z
  .string()
  .trim()
  .refine(isPartialDate, { params: { code: 'invalidDate' }, message: 'invalidDate' });

export const Place = z.strictObject({
  stage: z.enum(PLACE_STAGES),
  country: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(isPlaceCountry, { message: 'invalidCountry' }),
  city: z.string().trim().min(1).max(120).optional(),
});

export const Entity = z.strictObject({
  kind: z.enum(ENTITY_KINDS),
  name: z.string().trim().min(1).max(200),
  note: z.string().trim().max(1000).optional(),
});

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** The editable fields of a case, each optional (create fills defaults). */
const CaseFieldsShape = {
  kind: z.enum(CASE_KINDS),
  forms: z.array(z.enum(EXPLOITATION_FORMS)).max(EXPLOITATION_FORMS.length).refine(unique, 'duplicate'),
  sector: z.enum(SECTORS).nullable(),
  places: z.array(Place).max(50),
  periodFrom: PartialDate.nullable(),
  periodTo: PartialDate.nullable(),
  recruitmentChannel: z.enum(RECRUITMENT_CHANNELS).nullable(),
  indicators: z.array(z.enum(INDICATOR_IDS)).max(INDICATOR_IDS.length).refine(unique, 'duplicate'),
  entities: z.array(Entity).max(100),
  narrative: z.string().trim().max(20_000).nullable(),
  assignedTo: Id.nullable(),
};

export const CreateCaseBody = z.strictObject({
  kind: CaseFieldsShape.kind,
  forms: CaseFieldsShape.forms.default([]),
  sector: CaseFieldsShape.sector.default(null),
  places: CaseFieldsShape.places.default([]),
  periodFrom: CaseFieldsShape.periodFrom.default(null),
  periodTo: CaseFieldsShape.periodTo.default(null),
  recruitmentChannel: CaseFieldsShape.recruitmentChannel.default(null),
  indicators: CaseFieldsShape.indicators.default([]),
  entities: CaseFieldsShape.entities.default([]),
  narrative: CaseFieldsShape.narrative.default(null),
  assignedTo: CaseFieldsShape.assignedTo.optional(),
});

export const UpdateCaseBody = z.strictObject({
  version: z.number().int().min(1),
  kind: CaseFieldsShape.kind.optional(),
  forms: CaseFieldsShape.forms.optional(),
  sector: CaseFieldsShape.sector.optional(),
  places: CaseFieldsShape.places.optional(),
  periodFrom: CaseFieldsShape.periodFrom.optional(),
  periodTo: CaseFieldsShape.periodTo.optional(),
  recruitmentChannel: CaseFieldsShape.recruitmentChannel.optional(),
  indicators: CaseFieldsShape.indicators.optional(),
  entities: CaseFieldsShape.entities.optional(),
  narrative: CaseFieldsShape.narrative.optional(),
  assignedTo: CaseFieldsShape.assignedTo.optional(),
});

export const StatusBody = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(CASE_STATUSES),
  reason: z.enum(CLOSE_REASONS).nullable().optional(),
});

export const CloseDecisionBody = z.strictObject({
  version: z.number().int().min(1),
  approve: z.boolean(),
});

export const AddPersonBody = z.strictObject({ personId: Id, role: z.enum(CASE_PERSON_ROLES) });
export const PersonRoleBody = z.strictObject({ role: z.enum(CASE_PERSON_ROLES) });

export const IdParams = z.strictObject({ id: Id });
export const CasePersonParams = z.strictObject({ id: Id, personId: Id });

export const ListCasesQuery = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(400).optional(),
});

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(400).optional(),
});

const CasePersonView = z.object({
  personId: z.string(),
  code: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  role: z.enum(CASE_PERSON_ROLES),
  addedAt: z.string(),
});

export const Case = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(CASE_KINDS),
  status: z.enum(CASE_STATUSES),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  closedAt: z.string().nullable(),
  closeRequest: z
    .object({
      reason: z.enum(CLOSE_REASONS),
      requestedBy: z.string(),
      /** Null when the requester no longer exists (a former staff member). */
      requestedByName: z.string().nullable(),
      requestedAt: z.string(),
    })
    .nullable(),
  forms: z.array(z.enum(EXPLOITATION_FORMS)),
  sector: z.enum(SECTORS).nullable(),
  places: z.array(
    z.object({ stage: z.enum(PLACE_STAGES), country: z.string(), city: z.string().optional() }),
  ),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  recruitmentChannel: z.enum(RECRUITMENT_CHANNELS).nullable(),
  indicators: z.array(z.string()),
  entities: z.array(z.object({ kind: z.enum(ENTITY_KINDS), name: z.string(), note: z.string().optional() })),
  narrative: z.string().nullable(),
  assignedTo: z.string().nullable(),
  /** The assigned worker's display name; null when not assigned or the user no longer exists. */
  assignedToName: z.string().nullable(),
  team: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  persons: z.array(CasePersonView),
});

export const CaseListItem = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(CASE_KINDS),
  status: z.enum(CASE_STATUSES),
  forms: z.array(z.enum(EXPLOITATION_FORMS)),
  sector: z.enum(SECTORS).nullable(),
  countries: z.array(z.string()),
  closeRequested: z.boolean(),
  personCount: z.number(),
  assignedTo: z.string().nullable(),
  team: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});

export const CaseChange = z.object({
  id: z.string(),
  version: z.number(),
  kind: z.string(),
  fields: z.array(z.string()),
  fromStatus: z.enum(CASE_STATUSES).nullable(),
  toStatus: z.enum(CASE_STATUSES).nullable(),
  reason: z.string().nullable(),
  personId: z.string().nullable(),
  personCode: z.string().nullable(),
  role: z.enum(CASE_PERSON_ROLES).nullable(),
  actorId: z.string(),
  /** Null when the user no longer exists (a former staff member). */
  actorName: z.string().nullable(),
  occurredAt: z.string(),
});

/** A search hit of type case, for the one search box. */
export const CaseSearchResult = z.object({
  type: z.literal('case'),
  id: z.string(),
  code: z.string(),
  status: z.enum(CASE_STATUSES),
  kind: z.enum(CASE_KINDS),
  matched: z.enum(['code', 'entity']),
  entity: z.string().nullable(),
  score: z.number(),
});
