import {
  INSTITUTION_KINDS,
  SERVICE_PROVIDERS,
  SERVICE_TYPES,
  isCurrencyCode,
  isPartialDate,
} from '@putokaz/core';
import { z } from 'zod';
import type { FieldProblem } from '../../http/errors.js';

const Cost = z.strictObject({
  /** Integer minor units (cents, para): 1250 EUR cents is EUR 12.50. */
  amountMinor: z.number().int().min(0).max(1_000_000_000_00),
  currency: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(isCurrencyCode, { message: 'invalidCurrency' }),
});

/** A delivery day: a calendar date, not after tomorrow (time zones). */
const DeliveredOn = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v), { message: 'invalidDate' })
  .refine((v) => v <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), {
    message: 'futureDate',
  });

const ServiceShape = {
  type: z.enum(SERVICE_TYPES),
  institutionKind: z.enum(INSTITUTION_KINDS).nullable().default(null),
  deliveredOn: DeliveredOn,
  quantity: z.number().int().min(1).max(10_000).default(1),
  cost: Cost.nullable().default(null),
  provider: z.enum(SERVICE_PROVIDERS).default('organisation'),
  partnerName: z.string().trim().min(1).max(200).nullable().default(null),
  project: z.string().trim().min(1).max(200).nullable().default(null),
  note: z.string().trim().max(5000).nullable().default(null),
};

/** An accompaniment names the institution (and only it does); a partner provider is named. */
function checkService(
  body: { type: string; institutionKind: string | null; provider: string; partnerName: string | null },
  ctx: z.RefinementCtx,
): void {
  if (body.type === 'accompaniment' && body.institutionKind === null)
    ctx.addIssue({ code: 'custom', path: ['institutionKind'], message: 'required' });
  if (body.type !== 'accompaniment' && body.institutionKind !== null)
    ctx.addIssue({ code: 'custom', path: ['institutionKind'], message: 'notAllowed' });
  if (body.provider === 'partner' && body.partnerName === null)
    ctx.addIssue({ code: 'custom', path: ['partnerName'], message: 'required' });
}

export const RecordServiceBody = z
  .strictObject({ ...ServiceShape, caseId: z.string().max(64).nullable().default(null) })
  .superRefine(checkService);

/** The same on a case's address: the case comes from the address, the person from the body. */
export const RecordCaseServiceBody = z
  .strictObject({ personId: z.string().max(64), ...ServiceShape })
  .superRefine(checkService);

/** A correction: the version it is based on and any of the service's fields (not its person or case). */
export const UpdateServiceBody = z.strictObject({
  version: z.number().int().min(1),
  type: ServiceShape.type.optional(),
  institutionKind: z.enum(INSTITUTION_KINDS).nullable().optional(),
  deliveredOn: DeliveredOn.optional(),
  quantity: z.number().int().min(1).max(10_000).optional(),
  cost: Cost.nullable().optional(),
  provider: z.enum(SERVICE_PROVIDERS).optional(),
  partnerName: z.string().trim().min(1).max(200).nullable().optional(),
  project: z.string().trim().min(1).max(200).nullable().optional(),
  note: z.string().trim().max(5000).nullable().optional(),
});

/** A removal: the version it is based on and why (kept, encrypted, in the service's history). */
export const RemoveServiceBody = z.strictObject({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(2000),
});

/** The rules of `checkService` for the values a correction leads to (the current ones merged with the change). */
export function serviceProblems(merged: {
  type: string;
  institutionKind: string | null;
  provider: string;
  partnerName: string | null;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (merged.type === 'accompaniment' && merged.institutionKind === null)
    problems.push({ path: 'institutionKind', code: 'required' });
  if (merged.type !== 'accompaniment' && merged.institutionKind !== null)
    problems.push({
      path: 'institutionKind',
      code: 'notAllowed',
      messageKey: 'errors.validation.invalidValue',
    });
  if (merged.provider === 'partner' && merged.partnerName === null)
    problems.push({ path: 'partnerName', code: 'required' });
  return problems;
}

export const Service = z.object({
  id: z.string(),
  personId: z.string(),
  personCode: z.string(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  type: z.enum(SERVICE_TYPES),
  institutionKind: z.enum(INSTITUTION_KINDS).nullable(),
  deliveredOn: z.string(),
  quantity: z.number(),
  cost: z.object({ amountMinor: z.number(), currency: z.string() }).nullable(),
  provider: z.enum(SERVICE_PROVIDERS),
  partnerName: z.string().nullable(),
  project: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  version: z.number(),
  removed: z.object({ at: z.string(), by: z.string(), reason: z.string().nullable() }).nullable(),
});

export const ServiceChange = z.object({
  id: z.string(),
  version: z.number(),
  kind: z.enum(['create', 'update', 'remove']),
  fields: z.array(z.string()),
  reason: z.string().nullable(),
  actor: z.object({ id: z.string(), name: z.string().nullable() }), // null: the user no longer exists
  at: z.string(),
});

export const ServicePage = z.object({ items: z.array(Service), nextCursor: z.string().nullable() });

export const CaseServiceTotals = z.object({
  count: z.number(),
  costs: z.array(z.object({ currency: z.string(), amountMinor: z.number(), services: z.number() })),
});
