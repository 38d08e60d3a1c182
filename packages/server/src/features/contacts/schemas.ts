import {
  CONTACT_CALLER_KINDS,
  CONTACT_CHANNELS,
  CONTACT_DIRECTIONS,
  CONTACT_MAX_DURATION_MINUTES,
  CONTACT_OUTCOMES,
  CONTACT_TOPICS,
  CONTACT_URGENCIES,
  isContactLanguage,
} from '@putokaz/core';
import { z } from 'zod';

const Id = z.string().min(1).max(64);
const Instant = z.iso.datetime({ offset: true });
const Language = z.string().max(20).refine(isContactLanguage);
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : v === undefined ? undefined : null));

/**
 * The caller as given on the call: who they are to the person concerned, and the name and phone number they
 * gave (both optional, encrypted at rest). Nested under `caller` so the log redaction of `name` and `phone`
 * covers them.
 */
export const CallerInput = z.strictObject({
  kind: z.enum(CONTACT_CALLER_KINDS),
  name: OptionalText(200),
  phone: OptionalText(40),
});

const contactFields = {
  occurredAt: Instant,
  direction: z.enum(CONTACT_DIRECTIONS),
  channel: z.enum(CONTACT_CHANNELS),
  caller: CallerInput,
  language: Language.nullable(),
  topic: z.enum(CONTACT_TOPICS),
  urgency: z.enum(CONTACT_URGENCIES),
  summary: OptionalText(20_000),
  outcome: z.enum(CONTACT_OUTCOMES).nullable(),
  durationMinutes: z.number().int().min(0).max(CONTACT_MAX_DURATION_MINUTES).nullable(),
  handledBy: Id,
  personId: Id.nullable(),
  caseId: Id.nullable(),
};

/** POST /contacts: channel and topic are required; the rest has defaults fit for an incoming call now. */
export const CreateContactBody = z.strictObject({
  ...contactFields,
  occurredAt: contactFields.occurredAt.optional(),
  direction: contactFields.direction.default('incoming'),
  caller: CallerInput.optional(),
  language: contactFields.language.optional(),
  urgency: contactFields.urgency.default('normal'),
  outcome: contactFields.outcome.optional(),
  durationMinutes: contactFields.durationMinutes.optional(),
  handledBy: contactFields.handledBy.optional(),
  personId: contactFields.personId.optional(),
  caseId: contactFields.caseId.optional(),
});
export type CreateContactBody = z.infer<typeof CreateContactBody>;

/** PATCH /contacts/:id: the version the change is based on, and any fields to change. */
export const UpdateContactBody = z.strictObject({
  version: z.number().int().min(1),
  occurredAt: contactFields.occurredAt.optional(),
  direction: contactFields.direction.optional(),
  channel: contactFields.channel.optional(),
  caller: z
    .strictObject({
      kind: CallerInput.shape.kind.optional(),
      name: CallerInput.shape.name,
      phone: CallerInput.shape.phone,
    })
    .optional(),
  language: contactFields.language.optional(),
  topic: contactFields.topic.optional(),
  urgency: contactFields.urgency.optional(),
  summary: contactFields.summary,
  outcome: contactFields.outcome.optional(),
  durationMinutes: contactFields.durationMinutes.optional(),
  handledBy: contactFields.handledBy.optional(),
  personId: contactFields.personId.optional(),
  caseId: contactFields.caseId.optional(),
});
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;

export const ListContactsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(300).optional(),
  topic: z.enum(CONTACT_TOPICS).optional(),
  urgency: z.enum(CONTACT_URGENCIES).optional(),
  outcome: z.enum(CONTACT_OUTCOMES).optional(),
  personId: Id.optional(),
  caseId: Id.optional(),
});

export const MatchesBody = z
  .strictObject({
    phone: z.string().trim().max(40).optional(),
    name: z.string().trim().max(200).optional(),
    /** A contact being edited, left out of its own matches. */
    excludeContactId: Id.optional(),
  })
  .refine((b) => Boolean(b.phone || b.name), { path: ['name'] });

const Staff = z.object({ id: z.string(), displayName: z.string().nullable() });

export const Contact = z.object({
  id: z.string(),
  code: z.string(),
  occurredAt: z.string(),
  direction: z.enum(CONTACT_DIRECTIONS),
  channel: z.enum(CONTACT_CHANNELS),
  caller: z.object({
    kind: z.enum(CONTACT_CALLER_KINDS),
    name: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  language: z.string().nullable(),
  topic: z.enum(CONTACT_TOPICS),
  urgency: z.enum(CONTACT_URGENCIES),
  summary: z.string().nullable(),
  outcome: z.enum(CONTACT_OUTCOMES).nullable(),
  durationMinutes: z.number().nullable(),
  handledBy: Staff,
  person: z.object({ id: z.string(), code: z.string().nullable() }).nullable(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  helpRequestId: z.string().nullable(),
  team: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});

export const ContactChange = z.object({
  version: z.number(),
  action: z.enum(['create', 'update']),
  changedAt: z.string(),
  changedBy: Staff,
  fields: z.array(z.string()),
});

export const MatchReason = z.enum(['phone', 'name']);

export const MatchesAnswer = z.object({
  contacts: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      occurredAt: z.string(),
      topic: z.enum(CONTACT_TOPICS),
      urgency: z.enum(CONTACT_URGENCIES),
      outcome: z.enum(CONTACT_OUTCOMES).nullable(),
      callerName: z.string().nullable(),
      callerPhone: z.string().nullable(),
      personId: z.string().nullable(),
      caseId: z.string().nullable(),
      score: z.number(),
      matchedBy: z.array(MatchReason),
    }),
  ),
  persons: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      givenName: z.string().nullable(),
      familyName: z.string().nullable(),
      score: z.number(),
      matchedBy: z.array(MatchReason),
    }),
  ),
  cases: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string().nullable(),
      score: z.number(),
      matchedBy: z.array(MatchReason),
    }),
  ),
});
export type MatchesAnswer = z.infer<typeof MatchesAnswer>;
