/**
 * Help requests: the public "I need help" form and the console inbox.
 *
 * Public (no account, no cookie):
 * - `GET /public/help-requests/challenge`: a signed, expiring proof-of-work challenge and its difficulty.
 * - `POST /public/help-requests`: stores the request encrypted and answers its reference code. Spam is held
 *   back by a per-address rate limit (a keyed hash of the address, in memory only), a honeypot field (a filled
 *   one gets an answer that looks the same, and nothing is stored) and the proof of work (signature, expiry,
 *   work and single use checked). No address, user agent or device data is stored or logged.
 *
 * Console: the inbox list (nothing decrypted), one request (decrypted, audited), mark handled (versioned, audited).
 */
import {
  HELP_CONTACT_WAYS,
  HELP_HANDLED_NOTE_MAX,
  HELP_OFFER_TEXT_MAX,
  HELP_REQUEST_STATUSES,
  HELP_SAFE_TIME_MAX,
  HELP_STORY_MAX,
  HELP_CONTACT_VALUE_MAX,
  LOCALES,
  isLocale,
  normalizePhone,
  normalizeReferenceCode,
} from '@putokaz/core';
import { INDICATOR_IDS } from '@putokaz/core/offer-check/all';
import type { FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { translatorFor } from '../../http/locale.js';
import { FixedWindowRateLimiter, rateLimitHook, type RateLimitOptions } from '../../http/rate-limit.js';
import { ErrorResponse } from '../../http/schemas.js';
import type { Keyring } from '../../security/keyring.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { nameOf, staffNames } from '../staff/names.js';
import { DEFAULT_POW_BITS, DEFAULT_POW_TTL_MS, ProofOfWork, spendChallenge } from './proof-of-work.js';
import {
  AlreadyHandledError,
  HELP_REQUEST_READ_FIELDS,
  createHelpRequest,
  getHelpRequest,
  listHelpRequests,
  markHandled,
  newReferenceCode,
  type ContactInfo,
} from './store.js';

/** Per address: 10 help requests and 30 challenges per 10 minutes (a person retrying is far below this). */
export const DEFAULT_SUBMIT_LIMIT: RateLimitOptions = { max: 10, windowMs: 10 * 60_000 };
export const DEFAULT_CHALLENGE_LIMIT: RateLimitOptions = { max: 30, windowMs: 10 * 60_000 };
/** The honeypot: a field people never see; software that fills every field fills it. */
export const HONEYPOT_FIELD = 'website';

export interface HelpRequestRoutesOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
  /** Proof-of-work difficulty in leading zero bits (default 14). */
  powBits?: number;
  powTtlMs?: number;
  submitLimit?: RateLimitOptions | FixedWindowRateLimiter;
  challengeLimit?: RateLimitOptions | FixedWindowRateLimiter;
  clock?: () => Date;
}

const limiterOf = (limit: RateLimitOptions | FixedWindowRateLimiter) =>
  limit instanceof FixedWindowRateLimiter ? limit : new FixedWindowRateLimiter(limit);

/** Errors about the body are written in the language the form was in. */
const bodyLanguage: preValidationAsyncHookHandler = async (request) => {
  const lang = (request.body as { lang?: unknown } | null | undefined)?.lang;
  if (isLocale(lang)) {
    request.locale = lang;
    request.i18n = translatorFor(lang);
  }
};

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const HelpRequestBody = z.strictObject({
  narrative: z.string().trim().max(HELP_STORY_MAX).optional(),
  lang: z.enum(LOCALES),
  contactInfo: z
    .strictObject({
      way: z.enum(HELP_CONTACT_WAYS),
      value: z.string().trim().min(1).max(HELP_CONTACT_VALUE_MAX),
      safeTime: z.string().trim().max(HELP_SAFE_TIME_MAX).optional(),
    })
    .nullable()
    .optional(),
  offer: z
    .strictObject({
      text: z.string().trim().min(1).max(HELP_OFFER_TEXT_MAX),
      indicatorIds: z.array(z.enum(INDICATOR_IDS)).max(INDICATOR_IDS.length),
    })
    .optional(),
  [HONEYPOT_FIELD]: z.string().max(500).optional(),
  proofOfWork: z.strictObject({
    challenge: z.string().min(1).max(300),
    nonce: z.string().min(1).max(20),
  }),
});

const Summary = z.object({
  id: z.string(),
  code: z.string(),
  status: z.enum(HELP_REQUEST_STATUSES),
  lang: z.enum(LOCALES),
  contactWay: z.enum(HELP_CONTACT_WAYS).nullable(),
  hasOffer: z.boolean(),
  createdAt: z.string(),
  handledAt: z.string().nullable(),
  version: z.number(),
});

const View = Summary.extend({
  narrative: z.string(),
  contactInfo: z
    .object({ way: z.enum(HELP_CONTACT_WAYS), value: z.string(), safeTime: z.string().nullable() })
    .nullable(),
  offer: z.object({ text: z.string(), indicatorIds: z.array(z.string()) }).nullable(),
  // displayName is null when the handler no longer exists (the console shows "a former staff member").
  handledBy: z.object({ id: z.string(), displayName: z.string().nullable() }).nullable(),
  handledNote: z.string().nullable(),
  updatedAt: z.string(),
});

/** The contact details as given, checked for the way chosen: phone numbers in E.164, e-mail addresses lower-cased. */
function contactInfoOf(input: z.infer<typeof HelpRequestBody>['contactInfo']): ContactInfo | null {
  if (!input) return null;
  const safeTime = input.safeTime ? input.safeTime : null;
  if (input.way === 'phone' || input.way === 'sms') {
    const e164 = normalizePhone(input.value);
    if (!e164)
      throw AppError.validation([
        { path: 'contactInfo.value', code: 'invalidPhone', messageKey: 'errors.validation.invalidPhone' },
      ]);
    return { way: input.way, value: e164, safeTime };
  }
  if (input.way === 'email') {
    if (!EMAIL_RE.test(input.value))
      throw AppError.validation([{ path: 'contactInfo.value', code: 'invalidEmail' }]);
    return { way: input.way, value: input.value.toLowerCase(), safeTime };
  }
  // Messaging apps are reached by phone number (Telegram also by user name): numbers are kept in E.164.
  return { way: input.way, value: normalizePhone(input.value) ?? input.value, safeTime };
}

export const helpRequestRoutes: FastifyPluginAsyncZod<HelpRequestRoutesOptions> = async (app, options) => {
  const { db, dialect, keyring } = options;
  const clock = options.clock ?? (() => new Date());
  const pow = new ProofOfWork(keyring, {
    bits: options.powBits ?? DEFAULT_POW_BITS,
    ttlMs: options.powTtlMs ?? DEFAULT_POW_TTL_MS,
    now: clock,
  });
  // The address is only ever the input of a keyed hash here; the limiters hold the hashes, in memory.
  const addressKey = (request: FastifyRequest) => keyring.blindIndex('ratelimit', request.ip);
  const submitLimited = rateLimitHook(limiterOf(options.submitLimit ?? DEFAULT_SUBMIT_LIMIT), addressKey);
  const challengeLimited = rateLimitHook(
    limiterOf(options.challengeLimit ?? DEFAULT_CHALLENGE_LIMIT),
    addressKey,
  );

  app.get(
    '/public/help-requests/challenge',
    {
      config: { permission: 'public' },
      onRequest: challengeLimited,
      schema: {
        tags: ['help requests'],
        summary:
          'A signed, expiring proof-of-work challenge: find a nonce so that SHA-256(challenge + nonce) has `bits` leading zero bits',
        response: {
          200: z.object({ challenge: z.string(), bits: z.number(), expiresAt: z.string() }),
          429: ErrorResponse,
        },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return pow.issue();
    },
  );

  app.post(
    '/public/help-requests',
    {
      config: { permission: 'public' },
      onRequest: submitLimited,
      preValidation: bodyLanguage,
      schema: {
        tags: ['help requests'],
        summary:
          'Sends a help request (stored encrypted, without address or device data); answers the reference code',
        body: HelpRequestBody,
        response: { 201: z.object({ code: z.string() }), 400: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const body = request.body;
      reply.header('cache-control', 'no-store');
      const narrative = body.narrative ?? '';
      if (!narrative && !body.offer) throw AppError.validation([{ path: 'narrative', code: 'required' }]);
      const contactInfo = contactInfoOf(body.contactInfo);
      const proof = pow.check(body.proofOfWork.challenge, body.proofOfWork.nonce);
      if (!proof.ok) throw new AppError(400, `helpRequest.${proof.reason}`);
      const now = clock();
      const honeypot = (body[HONEYPOT_FIELD] ?? '').trim() !== '';
      const created = await db.transaction().execute(async (trx) => {
        if (!(await spendChallenge(trx, proof, now))) throw new AppError(400, 'helpRequest.challengeUsed');
        // Filled by software, not a person: the same answer, and nothing is kept.
        if (honeypot) return { code: newReferenceCode() };
        return createHelpRequest(
          trx,
          dialect,
          keyring,
          { narrative, lang: body.lang, contactInfo, offer: body.offer ?? null },
          { requestId: request.id, now },
        );
      });
      if (honeypot) request.log.info('help request discarded (honeypot)');
      return reply.code(201).send({ code: created.code });
    },
  );

  const audit = (
    request: FastifyRequest,
    action: 'read' | 'list',
    resourceId: string | null,
    fields: readonly string[],
    details: Record<string, string | number | boolean | null> = {},
  ) => {
    const { user } = staffOf(request);
    return recordAuditEvent(db, dialect, {
      actor: { id: user.id, role: user.role },
      action,
      resourceType: 'helpRequest',
      resourceId,
      fields,
      requestId: request.id,
      outcome: 'success',
      details,
    });
  };

  app.get(
    '/help-requests',
    {
      config: { permission: 'helpRequest.read' },
      schema: {
        tags: ['help requests'],
        summary:
          'The inbox: help requests newest first, without their contents; filter by status or reference code',
        querystring: z.strictObject({
          status: z.enum(HELP_REQUEST_STATUSES).optional(),
          code: z.string().max(40).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(25),
          cursor: z.string().max(200).optional(),
        }),
        response: {
          200: z.object({ items: z.array(Summary), nextCursor: z.string().nullable() }),
          400: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { status, limit, cursor } = request.query;
      let code: string | undefined;
      if (request.query.code !== undefined && request.query.code.trim() !== '') {
        code = normalizeReferenceCode(request.query.code);
        if (!code) throw AppError.validation([{ path: 'query.code', code: 'invalidValue' }]);
      }
      const page = await listHelpRequests(db, { status, code }, limit, cursor);
      if (!page) throw AppError.validation([{ path: 'query.cursor', code: 'invalidValue' }]);
      await audit(request, 'list', null, ['code', 'status', 'contactWay'], {
        count: page.items.length,
        status: status ?? null,
        byCode: code !== undefined,
      });
      return page;
    },
  );

  app.get(
    '/help-requests/:id',
    {
      config: { permission: 'helpRequest.read' },
      schema: {
        tags: ['help requests'],
        summary: 'One help request, decrypted (the read is audited)',
        params: z.strictObject({ id: z.string().max(64) }),
        response: { 200: View, 404: ErrorResponse },
      },
    },
    async (request) => {
      const found = await getHelpRequest(db, keyring, request.params.id);
      if (!found) throw AppError.notFound();
      const names = await staffNames(db, [found.handledBy]);
      await audit(request, 'read', found.id, HELP_REQUEST_READ_FIELDS);
      return {
        ...found,
        handledBy: found.handledBy
          ? { id: found.handledBy, displayName: nameOf(names, found.handledBy) }
          : null,
      };
    },
  );

  app.post(
    '/help-requests/:id/handle',
    {
      config: { permission: 'helpRequest.handle' },
      schema: {
        tags: ['help requests'],
        summary: 'Marks a help request handled, with a note (encrypted); a stale version is a 409',
        params: z.strictObject({ id: z.string().max(64) }),
        body: z.strictObject({
          version: z.number().int().min(1),
          note: z.string().trim().max(HELP_HANDLED_NOTE_MAX),
        }),
        response: {
          200: z.object({
            id: z.string(),
            status: z.literal('handled'),
            version: z.number(),
            handledAt: z.string(),
          }),
          400: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { user } = staffOf(request);
      try {
        const done = await markHandled(
          db,
          dialect,
          keyring,
          {
            id: request.params.id,
            version: request.body.version,
            note: request.body.note,
            actor: { id: user.id, role: user.role },
            requestId: request.id,
          },
          clock,
        );
        return { id: request.params.id, status: 'handled' as const, ...done };
      } catch (error) {
        if (error instanceof AlreadyHandledError) throw new AppError(409, 'helpRequest.alreadyHandled');
        throw error;
      }
    },
  );
};
