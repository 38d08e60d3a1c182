import {
  CONTACT_CALLER_KINDS,
  CONTACT_OUTCOMES,
  CONTACT_TOPICS,
  CONTACT_URGENCIES,
  normalizePhone,
  type Locale,
  type Translator,
} from '@putokaz/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import {
  AlreadyHandledError,
  getHelpRequest,
  HELP_REQUEST_READ_FIELDS,
  markHandled,
  type HelpRequestView,
} from '../help-requests/store.js';
import { ContactStore, type ContactInput } from './contact-store.js';
import { auditContact } from './contact-audit.js';
import type { ContactRoutesOptions } from './routes.js';

/** Ways of contact that carry a phone number (the rest, e-mail, stays in the summary). */
const PHONE_WAYS = new Set(['phone', 'sms', 'viber', 'whatsapp', 'signal', 'telegram']);

/** The language of a contact from the language the help request was written in. */
function languageOf(lang: Locale): string {
  return lang.startsWith('sr') ? 'sr' : lang;
}

/**
 * The summary of a contact made from a help request: what the person wrote, then the way they want to be
 * contacted (and when it is safe), then the offer they sent for a check, with headings in the operator's
 * language.
 */
export function summaryFromHelpRequest(t: Translator, request: HelpRequestView): string {
  const parts = [request.narrative.trim()];
  if (request.contactInfo) {
    const wish = t.format('contacts.fromHelpRequest.contactWish', {
      way: t.format(`contacts.fromHelpRequest.way.${request.contactInfo.way}`),
      value: request.contactInfo.value,
    });
    parts.push(
      request.contactInfo.safeTime
        ? `${wish}\n${t.format('contacts.fromHelpRequest.safeTime', { time: request.contactInfo.safeTime })}`
        : wish,
    );
  } else parts.push(t.format('contacts.fromHelpRequest.noContact'));
  if (request.offer)
    parts.push(`${t.format('contacts.fromHelpRequest.offer')}\n${request.offer.text.trim()}`);
  parts.push(t.format('contacts.fromHelpRequest.reference', { code: request.code }));
  return parts.filter(Boolean).join('\n\n');
}

/**
 * `POST /help-requests/:id/contact`: the hotline takes a help request from the public inbox. In one
 * transaction it creates a contact (channel web form, at the time the request was sent, the summary from the
 * request and its contact wish, the phone number given as the caller's) and marks the help request handled
 * with a note naming the contact. Needs `contact.write` (declared) and `helpRequest.handle` (checked here).
 */
export const helpRequestContactRoutes: FastifyPluginAsyncZod<ContactRoutesOptions> = async (app, options) => {
  const { db, dialect, keyring } = options;

  app.post(
    '/help-requests/:id/contact',
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: ['contacts', 'help requests'],
        summary:
          'Turns a help request into a hotline contact and marks it handled, in one step (needs helpRequest.handle too)',
        params: z.strictObject({ id: z.string().max(64) }),
        body: z.strictObject({
          /** The help request's version the operator saw. */
          version: z.number().int().min(1),
          topic: z.enum(CONTACT_TOPICS).optional(),
          urgency: z.enum(CONTACT_URGENCIES).optional(),
          outcome: z.enum(CONTACT_OUTCOMES).nullable().optional(),
          callerKind: z.enum(CONTACT_CALLER_KINDS).optional(),
          personId: z.string().min(1).max(64).nullable().optional(),
          caseId: z.string().min(1).max(64).nullable().optional(),
          /** An extra line for the help request's handling note. */
          note: z.string().trim().max(1000).optional(),
        }),
        response: {
          201: z.object({
            contact: z.object({ id: z.string(), code: z.string(), version: z.number() }),
            helpRequest: z.object({
              id: z.string(),
              status: z.literal('handled'),
              version: z.number(),
              handledAt: z.string(),
            }),
          }),
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { user, access } = staffOf(request);
      if (!access.can('helpRequest.handle')) throw AppError.forbidden();
      const body = request.body;
      const store = new ContactStore(db, dialect, keyring, access);
      await store.checkLinks({ personId: body.personId ?? null, caseId: body.caseId ?? null });
      const t = request.i18n;
      try {
        const result = await db.transaction().execute(async (trx) => {
          const found = await getHelpRequest(trx, keyring, request.params.id);
          if (!found) throw AppError.notFound();
          if (found.status === 'handled') throw new AppError(409, 'helpRequest.alreadyHandled');
          const phone =
            found.contactInfo &&
            PHONE_WAYS.has(found.contactInfo.way) &&
            normalizePhone(found.contactInfo.value)
              ? found.contactInfo.value
              : null;
          const input: ContactInput = {
            occurredAt: new Date(found.createdAt).toISOString(),
            direction: 'incoming',
            channel: 'webForm',
            callerKind: body.callerKind ?? (found.contactInfo ? 'personConcerned' : 'anonymous'),
            callerName: null,
            callerPhone: phone,
            language: languageOf(found.lang),
            topic: body.topic ?? (found.offer ? 'offerCheck' : 'helpRequest'),
            urgency: body.urgency ?? 'normal',
            summary: summaryFromHelpRequest(t, found),
            outcome: body.outcome ?? null,
            durationMinutes: null,
            handledBy: user.id,
            personId: body.personId ?? null,
            caseId: body.caseId ?? null,
          };
          const contact = await store.create(input, { trx, helpRequestId: found.id });
          await auditContact(
            trx,
            dialect,
            request,
            'read',
            found.id,
            HELP_REQUEST_READ_FIELDS,
            {},
            'helpRequest',
          );
          await auditContact(trx, dialect, request, 'create', contact.id, Object.keys(input), {
            helpRequestId: found.id,
          });
          const note = [t.format('contacts.fromHelpRequest.handledNote', { code: contact.code }), body.note]
            .filter(Boolean)
            .join('\n');
          const handled = await markHandled(trx, dialect, keyring, {
            id: found.id,
            version: body.version,
            note,
            actor: { id: user.id, role: user.role },
            requestId: request.id,
            details: { contactId: contact.id },
          });
          return { contact, helpRequest: { id: found.id, status: 'handled' as const, ...handled } };
        });
        return reply.code(201).send(result);
      } catch (error) {
        if (error instanceof AlreadyHandledError) throw new AppError(409, 'helpRequest.alreadyHandled');
        throw error;
      }
    },
  );
};
