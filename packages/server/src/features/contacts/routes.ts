import { CONTACT_PERSONAL_FIELDS, type ContactField } from '@putokaz/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import { nowIso, type DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import type { Keyring } from '../../security/keyring.js';
import { auditQueryHash } from '../audit/audit-log.js';
import { caseMatcherFor } from './case-matches.js';
import { auditContact } from './contact-audit.js';
import { helpRequestContactRoutes } from './from-help-request.js';
import { ContactStore, type ContactInput } from './contact-store.js';
import { findMatches, type CaseMatcher } from './matches.js';
import {
  Contact,
  ContactChange,
  CreateContactBody,
  ListContactsQuery,
  MatchesAnswer,
  MatchesBody,
  UpdateContactBody,
} from './schemas.js';

/** How far in the future a contact's time may lie (clock differences between devices). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** The fields a read of a contact touches (for the audit trail: names only, never values). */
const READ_FIELDS: readonly ContactField[] = CONTACT_PERSONAL_FIELDS;

export interface ContactRoutesOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
  /** The cases of the matches panel (default: caseMatcherFor, over the cases feature's store). */
  caseMatcher?: CaseMatcher | undefined;
}

/** An instant as the canonical ISO string every timestamp column holds; refuses one too far ahead. */
export function contactInstant(value: string | undefined, path = 'occurredAt'): string {
  if (value === undefined) return nowIso();
  const time = Date.parse(value);
  if (Number.isNaN(time) || time > Date.now() + FUTURE_TOLERANCE_MS)
    throw AppError.validation([{ path, code: 'invalidValue', messageKey: 'errors.contacts.future' }]);
  return new Date(time).toISOString();
}

/** A create body with its defaults: now, handled by the signed-in user, no links. */
export function contactInputFrom(body: CreateContactBody, userId: string): ContactInput {
  return {
    occurredAt: contactInstant(body.occurredAt),
    direction: body.direction,
    channel: body.channel,
    callerKind: body.caller?.kind ?? 'anonymous',
    callerName: body.caller?.name ?? null,
    callerPhone: body.caller?.phone ?? null,
    language: body.language ?? null,
    topic: body.topic,
    urgency: body.urgency,
    summary: body.summary ?? null,
    outcome: body.outcome ?? null,
    durationMinutes: body.durationMinutes ?? null,
    handledBy: body.handledBy ?? userId,
    personId: body.personId ?? null,
    caseId: body.caseId ?? null,
  };
}

/**
 * Hotline contacts under /api/v1/contacts: create, list (newest first, filtered, cursor-paginated), read,
 * change with the version it was based on (409 says what changed), the history of changes, and the matches
 * panel (earlier contacts, persons and cases for a phone number or name). Scoped and audited.
 */
export const contactRoutes: FastifyPluginAsyncZod<ContactRoutesOptions> = async (app, options) => {
  const { db, dialect, keyring } = options;
  const caseMatcher = options.caseMatcher ?? caseMatcherFor(dialect, keyring);
  const storeFor = (request: FastifyRequest) =>
    new ContactStore(db, dialect, keyring, staffOf(request).access);

  app.post(
    '/contacts',
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: ['contacts'],
        summary: 'Records a hotline contact; caller and summary are encrypted, the answer carries its code',
        body: CreateContactBody,
        response: {
          201: z.object({ id: z.string(), code: z.string(), version: z.number() }),
          400: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      const input = contactInputFrom(request.body, staff.user.id);
      const store = storeFor(request);
      await store.checkLinks(input);
      const created = await store.create(input);
      await auditContact(db, dialect, request, 'create', created.id, Object.keys(request.body));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/contacts',
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: ['contacts'],
        summary:
          'Contacts within your scope, newest first, filtered by topic, urgency, outcome, person or case',
        querystring: ListContactsQuery,
        response: {
          200: z.object({ items: z.array(Contact), nextCursor: z.string().nullable() }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { limit, cursor, ...filters } = request.query;
      const page = await storeFor(request).list(filters, limit, cursor);
      await auditContact(db, dialect, request, 'list', null, READ_FIELDS, {
        count: page.items.length,
        ...(filters.topic ? { topic: filters.topic } : {}),
        ...(filters.urgency ? { urgency: filters.urgency } : {}),
        ...(filters.outcome ? { outcome: filters.outcome } : {}),
        ...(filters.personId ? { personId: filters.personId } : {}),
        ...(filters.caseId ? { caseId: filters.caseId } : {}),
      });
      return page;
    },
  );

  app.post(
    '/contacts/matches',
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: ['contacts'],
        summary:
          'Earlier contacts, persons and cases matching a phone number or name being typed (best first, a few each)',
        body: MatchesBody,
        response: { 200: MatchesAnswer, 400: ErrorResponse },
      },
    },
    async (request) => {
      const { access } = staffOf(request);
      const { personsSearched, casesSearched, ...answer } = await findMatches(
        { db, dialect, keyring, caseMatcher },
        access,
        request.body,
      );
      const queryHash = auditQueryHash(keyring, `${request.body.phone ?? ''}|${request.body.name ?? ''}`);
      await auditContact(db, dialect, request, 'search', null, ['callerName', 'callerPhone'], {
        queryHash,
        results: answer.contacts.length,
      });
      if (personsSearched)
        await auditContact(
          db,
          dialect,
          request,
          'search',
          null,
          ['givenName', 'familyName', 'phones'],
          { queryHash, results: answer.persons.length, via: 'contactMatches' },
          'person',
        );
      if (casesSearched)
        await auditContact(
          db,
          dialect,
          request,
          'search',
          null,
          ['entities'],
          { queryHash, results: answer.cases.length, via: 'contactMatches' },
          'case',
        );
      return answer;
    },
  );

  app.get(
    '/contacts/:id',
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: ['contacts'],
        summary: 'One contact (decrypted); outside your scope it is not found',
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 200: Contact, 404: ErrorResponse },
      },
    },
    async (request) => {
      const contact = await storeFor(request).get(request.params.id);
      if (!contact) throw AppError.notFound();
      await auditContact(db, dialect, request, 'read', contact.id, READ_FIELDS);
      return contact;
    },
  );

  app.patch(
    '/contacts/:id',
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: ['contacts'],
        summary:
          'Changes a contact; carries the version it was based on (409 with the changes made since when stale)',
        params: z.strictObject({ id: z.string().max(64) }),
        body: UpdateContactBody,
        response: { 200: Contact, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      const { version, caller, occurredAt, ...rest } = request.body;
      const changes: Partial<ContactInput> = {};
      for (const [key, value] of Object.entries(rest)) {
        if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
      }
      if (occurredAt !== undefined) changes.occurredAt = contactInstant(occurredAt);
      if (caller?.kind !== undefined) changes.callerKind = caller.kind;
      if (caller?.name !== undefined) changes.callerName = caller.name;
      if (caller?.phone !== undefined) changes.callerPhone = caller.phone;
      const store = storeFor(request);
      const current = await store.get(request.params.id);
      if (!current) throw AppError.notFound();
      await store.checkLinks(changes, current);
      const { contact, fields } = await store.update(request.params.id, version, changes);
      if (fields.length)
        await auditContact(db, dialect, request, 'update', contact.id, fields, { version: contact.version });
      return contact;
    },
  );

  app.get(
    '/contacts/:id/history',
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: ['contacts'],
        summary: 'Who changed which fields of a contact, and when (oldest first; never the values)',
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 200: z.object({ items: z.array(ContactChange) }), 404: ErrorResponse },
      },
    },
    async (request) => {
      const store = storeFor(request);
      const contact = await store.get(request.params.id);
      if (!contact) throw AppError.notFound();
      const items = await store.history(contact.id);
      await auditContact(db, dialect, request, 'read', contact.id, ['history']);
      return { items };
    },
  );

  // The inbox's "turn into a contact" step belongs to contacts: it creates one (and needs helpRequest.handle).
  await app.register(helpRequestContactRoutes, options);
};
