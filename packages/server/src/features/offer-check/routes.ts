/**
 * The public job-offer check and the contact check without disclosure.
 *
 * - `POST /public/offer-check` runs the risk engine over a pasted text and/or the guided answers and returns
 *   the explained result. The text and the answers are never stored or logged; only anonymous daily counters
 *   are kept (day, language, risk level; day, language, indicator).
 * - `GET /public/reported-contacts/:prefix` answers the suffixes of every reported contact hash that starts
 *   with the five hex characters given; the app matches its full hash on the device.
 *
 * Both are rate-limited per address in memory, under a keyed hash of the address (no address is kept).
 */
import { isLocale } from '@putokaz/core';
import type { FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { checkOffer } from '@putokaz/core/offer-check/all';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { FixedWindowRateLimiter, rateLimitHook, type RateLimitOptions } from '../../http/rate-limit.js';
import { translatorFor } from '../../http/locale.js';
import { ErrorResponse } from '../../http/schemas.js';
import type { Keyring } from '../../security/keyring.js';
import { PREFIX_RE, suffixesForPrefix } from '../reported-contacts/store.js';
import { countOfferCheck } from './counters.js';
import { OfferCheckBody, OfferCheckResult } from './schemas.js';

/** Default limits per address: 30 offer checks and 60 contact lookups a minute. */
export const DEFAULT_CHECK_LIMIT: RateLimitOptions = { max: 30, windowMs: 60_000 };
export const DEFAULT_LOOKUP_LIMIT: RateLimitOptions = { max: 60, windowMs: 60_000 };

export interface OfferCheckRoutesOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  keyring: Keyring;
  /** Limit of offer checks per address: options, or a limiter made by the caller (tests inspect it). */
  checkLimit?: RateLimitOptions | FixedWindowRateLimiter;
  /** Limit of reported-contact lookups per address. */
  lookupLimit?: RateLimitOptions | FixedWindowRateLimiter;
  /** The clock that dates the counters. */
  clock?: () => Date;
}

const limiterOf = (limit: RateLimitOptions | FixedWindowRateLimiter) =>
  limit instanceof FixedWindowRateLimiter ? limit : new FixedWindowRateLimiter(limit);

/** True when at least one question is answered (an empty list of choices answers nothing). */
const hasAnswers = (answers: object | undefined) =>
  answers !== undefined &&
  Object.values(answers).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));

/** Errors about the body are written in the language the body asks for, when it names a valid one. */
const bodyLanguage: preValidationAsyncHookHandler = async (request) => {
  const lang = (request.body as { lang?: unknown } | null | undefined)?.lang;
  if (isLocale(lang)) {
    request.locale = lang;
    request.i18n = translatorFor(lang);
  }
};

export const offerCheckRoutes: FastifyPluginAsyncZod<OfferCheckRoutesOptions> = async (app, options) => {
  const { db, keyring } = options;
  const clock = options.clock ?? (() => new Date());
  // The address is only ever seen here, as the input of a keyed hash; the limiter holds the hash.
  const addressKey = (request: FastifyRequest) => keyring.blindIndex('ratelimit', request.ip);
  const checkLimited = rateLimitHook(limiterOf(options.checkLimit ?? DEFAULT_CHECK_LIMIT), addressKey);
  const lookupLimited = rateLimitHook(limiterOf(options.lookupLimit ?? DEFAULT_LOOKUP_LIMIT), addressKey);

  app.post(
    '/public/offer-check',
    {
      config: { permission: 'public' },
      onRequest: checkLimited,
      preValidation: bodyLanguage,
      schema: {
        tags: ['offer check'],
        summary:
          'Checks a job offer (text and/or guided answers) and explains the warning signs; nothing is stored but anonymous daily counters',
        body: OfferCheckBody,
        response: { 200: OfferCheckResult, 400: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) => {
      const { text, answers, lang } = request.body;
      const hasText = text !== undefined && text.trim() !== '';
      if (!hasText && !hasAnswers(answers)) {
        throw AppError.validation([{ path: 'text', code: 'required' }]);
      }
      const result = checkOffer({
        ...(hasText ? { text } : {}),
        ...(answers ? { answers } : {}),
        lang: lang ?? request.locale,
      });
      try {
        await countOfferCheck(db, result, clock());
      } catch (error) {
        // The person gets the result even when the counters cannot be written.
        request.log.warn({ err: error }, 'offer-check counters not written');
      }
      return result;
    },
  );

  app.get(
    '/public/reported-contacts/:prefix',
    {
      config: { permission: 'public' },
      // The path carries the prefix: the request lines (info) are not logged for this route, warnings are.
      logLevel: 'warn',
      onRequest: lookupLimited,
      schema: {
        tags: ['offer check'],
        summary:
          'Suffixes of the reported contact hashes that start with the given five hex characters (the client matches locally)',
        params: z.strictObject({
          prefix: z
            .string()
            .regex(PREFIX_RE)
            .describe('First 5 hex characters of SHA-256("<kind>:<normalized>")'),
        }),
        response: {
          200: z.object({ prefix: z.string(), suffixes: z.array(z.string()) }),
          400: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { prefix } = request.params;
      return { prefix, suffixes: await suffixesForPrefix(db, prefix) };
    },
  );
};
