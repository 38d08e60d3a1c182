import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError, type FieldProblem } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import type { Keyring } from '../../security/keyring.js';
import { recordAuditEvent, type AuditAction } from '../audit/audit-log.js';
import { assigneeProblem } from '../staff/assignable.js';
import { nameOf } from '../staff/names.js';
import { ConsentStore } from './consent-store.js';
import { ErasureStore } from './erasure-store.js';
import { IDENTITY_FIELDS, PersonConflict, PersonStore, type PersonDetails } from './person-store.js';
import {
  CandidatesBody,
  ConsentBody,
  ConsentEventSchema,
  ConsentStateSchema,
  CreatePersonBody,
  ErasureRequestSchema,
  HistoryEntrySchema,
  PageQuery,
  PersonSchema,
  PersonSummarySchema,
  UpdatePersonBody,
} from './schemas.js';

const IdParams = z.strictObject({ id: z.string().max(64) });
const RequestParams = z.strictObject({ requestId: z.string().max(64) });

type DetailsInput = Partial<Omit<z.infer<typeof UpdatePersonBody>, 'version'>>;

/**
 * Checks and normalizes submitted details: phones to E.164, e-mails, optional parts of documents and addresses
 * to null, lists without repeats, an identification date required for "identified", an assigned worker who
 * exists, is active, holds persons and belongs to the person's team or the caller's. Throws one validation error listing every problem.
 */
async function normalizeDetails(
  db: Kysely<Database>,
  input: DetailsInput,
  teams: { caller: string | null },
  current?: Pick<PersonDetails, 'identificationStatus' | 'identifiedOn' | 'team'>,
): Promise<Partial<PersonDetails>> {
  const problems: FieldProblem[] = [];
  const out: Partial<PersonDetails> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  if (input.phones) {
    const { valid, invalid } = PersonStore.normalizePhones(input.phones);
    for (const index of invalid)
      problems.push({
        path: `phones.${index}`,
        code: 'invalidPhone',
        messageKey: 'errors.validation.invalidPhone',
      });
    out.phones = valid;
  }
  if (input.emails) {
    const { valid, invalid } = PersonStore.normalizeEmails(input.emails);
    for (const index of invalid) problems.push({ path: `emails.${index}`, code: 'invalidEmail' });
    out.emails = valid;
  }
  if (input.documents)
    out.documents = input.documents.map((d) => ({
      type: d.type,
      number: d.number,
      issuingCountry: d.issuingCountry ?? null,
    }));
  if (input.addresses)
    out.addresses = input.addresses.map((a) => ({
      address: a.address,
      city: a.city || null,
      country: a.country ?? null,
    }));
  if (input.aliases) out.aliases = [...new Set(input.aliases)];
  if (input.citizenships) out.citizenships = [...new Set(input.citizenships)];
  if (input.languages) out.languages = [...new Set(input.languages)];
  if (input.vulnerabilities) out.vulnerabilities = [...new Set(input.vulnerabilities)];
  const status = input.identificationStatus ?? current?.identificationStatus ?? 'unknown';
  const identifiedOn = 'identifiedOn' in input ? input.identifiedOn : current?.identifiedOn;
  if (
    status === 'identified' &&
    !identifiedOn &&
    ('identificationStatus' in input || 'identifiedOn' in input)
  )
    problems.push({ path: 'identifiedOn', code: 'required' });
  if (status !== 'identified' && input.identifiedOn) out.identifiedOn = null;
  if (input.assignedTo) {
    // The assignee holds persons (case worker, supervisor) and belongs to the person's team or the caller's.
    const personTeam = input.team !== undefined ? input.team : current ? current.team : teams.caller;
    const problem = await assigneeProblem(db, input.assignedTo, [personTeam, teams.caller]);
    if (problem)
      problems.push({ path: 'assignedTo', code: problem, messageKey: `errors.persons.${problem}` });
  }
  if (problems.length) throw AppError.validation(problems);
  return out;
}

/** Persons: identity encrypted at rest, scoped to the user, every read and change audited and kept in history. */
export const personRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
}> = async (app, { db, dialect, keyring }) => {
  const storeFor = (request: FastifyRequest) =>
    new PersonStore(db, dialect, keyring, staffOf(request).access);
  const audit = (
    request: FastifyRequest,
    action: AuditAction,
    resourceId: string | null,
    fields: readonly string[],
    details: Record<string, string | number | boolean | null> = {},
    resourceType = 'person',
  ) => {
    const { user } = staffOf(request);
    return recordAuditEvent(db, dialect, {
      actor: { id: user.id, role: user.role },
      action,
      resourceType,
      resourceId,
      fields,
      requestId: request.id,
      outcome: 'success',
      details,
    });
  };

  /** The full answer about one person: details, consent, erasure requests, the assigned worker's name. */
  const fullView = async (request: FastifyRequest, id: string) => {
    const store = storeFor(request);
    const person = await store.get(id);
    if (!person) return undefined;
    const [consent, names, erasureRequests] = await Promise.all([
      store.consentStates([id]),
      store.staffNames([person.assignedTo]),
      new ErasureStore(db, dialect, keyring, staffOf(request).access).forPerson(id),
    ]);
    const state = consent.get(id) as NonNullable<ReturnType<typeof consent.get>>;
    return {
      ...person,
      assignedToName: nameOf(names, person.assignedTo),
      consent: state,
      keepDataWithdrawn: state.purposes.keepData.state === 'withdrawn',
      erasureRequests,
    };
  };

  app.post(
    '/persons',
    {
      config: { permission: 'person.write' },
      schema: {
        tags: ['persons'],
        summary: 'Records a person; identity is encrypted, the answer carries the pseudonymous code',
        body: CreatePersonBody,
        response: {
          201: z.object({ id: z.string(), code: z.string(), version: z.number() }),
          400: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { access } = staffOf(request);
      const details = await normalizeDetails(db, request.body as DetailsInput, { caller: access.team });
      if (
        details.team !== undefined &&
        details.team !== access.team &&
        access.scope('person.write') === 'own'
      )
        throw AppError.forbidden();
      const created = await storeFor(request).create({
        ...details,
        givenName: request.body.givenName,
        familyName: request.body.familyName,
      });
      await audit(request, 'create', created.id, Object.keys(request.body));
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/persons/candidates',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['persons'],
        summary:
          'Probable existing persons for the names, phones, e-mails, document numbers and year of birth of a person about to be created',
        body: CandidatesBody,
        response: {
          200: z.object({
            results: z.array(
              PersonSummarySchema.extend({
                score: z.number(),
                reasons: z.array(z.enum(['name', 'phone', 'email', 'document', 'birthYear'])),
              }),
            ),
          }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { body } = request;
      const phones = PersonStore.normalizePhones(body.phones ?? []).valid;
      const emails = PersonStore.normalizeEmails(body.emails ?? []).valid;
      const found = await storeFor(request).candidates({ ...body, phones, emails });
      await audit(
        request,
        'search',
        null,
        Object.keys(body).filter((k) => k !== 'limit'),
        { purpose: 'duplicates', results: found.length },
      );
      return {
        results: found.map(({ person, score, reasons }) => ({
          ...person,
          score: Math.round(score * 1000) / 1000,
          reasons,
        })),
      };
    },
  );

  app.get(
    '/persons/:id',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['persons'],
        summary:
          'One person (decrypted), with consent and erasure requests; outside your scope it is not found',
        params: IdParams,
        response: { 200: PersonSchema, 404: ErrorResponse },
      },
    },
    async (request) => {
      const person = await fullView(request, request.params.id);
      if (!person) throw AppError.notFound();
      await audit(request, 'read', person.id, IDENTITY_FIELDS);
      return person;
    },
  );

  app.patch(
    '/persons/:id',
    {
      config: { permission: 'person.write' },
      schema: {
        tags: ['persons'],
        summary:
          'Changes a person based on the version read; a stale version gets 409 listing the fields changed since, by whom and when',
        params: IdParams,
        body: UpdatePersonBody,
        response: {
          200: PersonSchema,
          204: z.null(),
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { version, ...input } = request.body;
      const store = storeFor(request);
      const current = await store.row(request.params.id, 'person.write');
      if (!current || current.erased_at !== null) throw AppError.notFound();
      const { access } = staffOf(request);
      const details = await normalizeDetails(
        db,
        input as DetailsInput,
        { caller: access.team },
        {
          identificationStatus: current.identification_status,
          identifiedOn: current.identified_on,
          team: current.team,
        },
      );
      if ('team' in details && details.team !== current.team && access.scope('person.write') === 'own')
        throw AppError.forbidden();
      let result;
      try {
        result = await store.update(request.params.id, version, details);
      } catch (error) {
        if (!(error instanceof PersonConflict)) throw error;
        const t = request.i18n;
        await audit(request, 'update', request.params.id, Object.keys(details), {
          result: 'conflict',
          currentVersion: error.currentVersion,
        });
        throw AppError.conflict(
          error.changes.map((change) => ({
            path: change.field,
            code: 'changedSince',
            message: t.format('persons.conflict.changed', {
              field: t.has(`persons.field.${change.field}`)
                ? t.format(`persons.field.${change.field}`)
                : change.field,
              name: change.by.name ?? t.format('console.cases.formerStaffInText'),
              at: `${change.at.slice(0, 16).replace('T', ' ')} UTC`,
              version: change.version,
            }),
            version: change.version,
            changedAt: change.at,
            changedBy: change.by,
            currentVersion: error.currentVersion,
          })),
        );
      }
      if (!result) throw AppError.notFound();
      if (result.changed.length) await audit(request, 'update', request.params.id, result.changed);
      // Moved to another team and assigned there, the person can leave the caller's scope: 204, nothing to show.
      const view = await fullView(request, request.params.id);
      if (!view) return reply.code(204).send(null);
      return view;
    },
  );

  app.get(
    '/persons',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['persons'],
        summary: 'Persons within your scope, newest first; the cursor is opaque',
        querystring: PageQuery,
        response: {
          200: z.object({ items: z.array(PersonSummarySchema), nextCursor: z.string().nullable() }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => {
      const page = await storeFor(request).list(request.query.limit, request.query.cursor);
      await audit(request, 'list', null, ['givenName', 'familyName', 'phones'], { count: page.items.length });
      return page;
    },
  );

  app.get(
    '/persons/:id/history',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['persons'],
        summary: 'Every change of a person (who, when, which fields; never values), newest first',
        params: IdParams,
        querystring: PageQuery,
        response: {
          200: z.object({ items: z.array(HistoryEntrySchema), nextCursor: z.string().nullable() }),
          400: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => {
      const page = await storeFor(request).history(
        request.params.id,
        request.query.limit,
        request.query.cursor,
      );
      if (!page) throw AppError.notFound();
      await audit(request, 'list', request.params.id, [], { count: page.items.length }, 'personHistory');
      return page;
    },
  );

  app.post(
    '/persons/:id/consents',
    {
      config: { permission: 'consent.write' },
      schema: {
        tags: ['persons'],
        summary:
          'Records consent given or withdrawn for one purpose; answers the event and the current state',
        params: IdParams,
        body: ConsentBody,
        response: {
          201: z.object({ event: ConsentEventSchema, consent: ConsentStateSchema }),
          400: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const problems: FieldProblem[] = [];
      if (body.purpose === 'shareWithPartner' && !body.partner)
        problems.push({ path: 'partner', code: 'required' });
      if (body.purpose !== 'shareWithPartner' && body.partner)
        problems.push({ path: 'partner', code: 'unknownField' });
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      if (body.date > tomorrow)
        problems.push({ path: 'date', code: 'future', messageKey: 'errors.persons.futureDate' });
      if (problems.length) throw AppError.validation(problems);
      const { access } = staffOf(request);
      const event = await new ConsentStore(db, dialect, keyring, access).record(request.params.id, body);
      if (!event) throw AppError.notFound();
      await audit(
        request,
        'create',
        request.params.id,
        [`consent.${body.purpose}`],
        { purpose: body.purpose, consentAction: body.action, method: body.method },
        'personConsent',
      );
      const consent = (await storeFor(request).consentStates([request.params.id])).get(request.params.id);
      return reply.code(201).send({ event, consent: consent as NonNullable<typeof consent> });
    },
  );

  app.get(
    '/persons/:id/consents',
    {
      config: { permission: 'person.read' },
      schema: {
        tags: ['persons'],
        summary: 'The consent events of a person, newest recorded first',
        params: IdParams,
        querystring: PageQuery,
        response: {
          200: z.object({ items: z.array(ConsentEventSchema), nextCursor: z.string().nullable() }),
          400: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => {
      const page = await new ConsentStore(db, dialect, keyring, staffOf(request).access).list(
        request.params.id,
        request.query.limit,
        request.query.cursor,
      );
      if (!page) throw AppError.notFound();
      await audit(
        request,
        'list',
        request.params.id,
        ['consent'],
        { count: page.items.length },
        'personConsent',
      );
      return page;
    },
  );

  app.post(
    '/persons/:id/erasure-request',
    {
      config: { permission: 'person.erase.request' },
      schema: {
        tags: ['persons'],
        summary: 'Asks for the erasure of a person; a different user with person.erase.approve decides',
        params: IdParams,
        body: z.strictObject({ reason: z.string().trim().min(1).max(2000) }),
        response: { 201: ErasureRequestSchema, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const created = await new ErasureStore(db, dialect, keyring, staffOf(request).access).request(
        request.params.id,
        request.body.reason,
      );
      if (!created) throw AppError.notFound();
      await audit(
        request,
        'create',
        created.id,
        ['reason'],
        { personId: request.params.id },
        'personErasureRequest',
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/persons/erasure-requests',
    {
      config: { permission: 'person.erase.approve' },
      schema: {
        tags: ['persons'],
        summary: 'Erasure requests awaiting a decision within your scope, oldest first',
        querystring: PageQuery,
        response: {
          200: z.object({ items: z.array(ErasureRequestSchema), nextCursor: z.string().nullable() }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => {
      const page = await new ErasureStore(db, dialect, keyring, staffOf(request).access).pending(
        request.query.limit,
        request.query.cursor,
      );
      await audit(request, 'list', null, ['reason'], { count: page.items.length }, 'personErasureRequest');
      return page;
    },
  );

  for (const decision of ['approve', 'reject'] as const) {
    app.post(
      `/persons/erasure-requests/:requestId/${decision}`,
      {
        config: { permission: 'person.erase.approve' },
        schema: {
          tags: ['persons'],
          summary:
            decision === 'approve'
              ? 'Approves an erasure request (not your own): the identity data is removed, statistics remain'
              : 'Rejects an erasure request (not your own)',
          params: RequestParams,
          body: z.strictObject({ version: z.number().int().min(1) }),
          response: {
            200: ErasureRequestSchema,
            400: ErrorResponse,
            403: ErrorResponse,
            404: ErrorResponse,
            409: ErrorResponse,
          },
        },
      },
      async (request) => {
        const result = await new ErasureStore(db, dialect, keyring, staffOf(request).access).decide(
          request.params.requestId,
          request.body.version,
          decision,
        );
        if (!result) throw AppError.notFound();
        await audit(request, 'update', result.request.id, ['status'], { decision }, 'personErasureRequest');
        if (decision === 'approve')
          await audit(request, 'delete', result.personId, IDENTITY_FIELDS, { erasure: true });
        return result.request;
      },
    );
  }
};
