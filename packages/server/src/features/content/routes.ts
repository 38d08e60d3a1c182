import { ALERT_LIMITS, CONTENT_SLUG_MAX, CONTENT_SLUG_RE, LOCALES, PAGE_LIMITS } from '@putokaz/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { ErrorResponse } from '../../http/schemas.js';
import { AlertStore } from './alert-store.js';
import { isIsoDate } from './content-files.js';
import { PageStore } from './page-store.js';
import {
  Id,
  Locale,
  Revision,
  Translation,
  TranslationSummary,
  Version,
  consoleActorOf,
  translatedContentRoutes,
} from './translated-content-routes.js';

/** How long browsers and caches may keep the public list (it holds no personal data). */
export const PUBLIC_ALERTS_MAX_AGE_SECONDS = 60;

const IsoDate = z.string().refine(isIsoDate, { message: 'invalidDate' });

const AlertBase = {
  id: z.string(),
  slug: z.string(),
  date: z.string(),
  source: z.enum(['file', 'console']),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

const AlertSummary = z.object({ ...AlertBase, translations: z.partialRecord(Locale, TranslationSummary) });
const Alert = z.object({ ...AlertBase, translations: z.partialRecord(Locale, Translation) });

const PageBase = { id: z.string(), slug: z.string(), version: z.number(), updatedAt: z.string() };
const PageSummary = z.object({ ...PageBase, translations: z.partialRecord(Locale, TranslationSummary) });
const Page = z.object({ ...PageBase, translations: z.partialRecord(Locale, Translation) });
const PageRevision = Revision.extend({ action: z.enum(['create', 'edit', 'status', 'import']) });

/**
 * The pages' list takes no query. It had no query schema and ignored whatever query it was given; this
 * empty, non-strict object keeps that (unknown parameters are dropped, never a 400) and adds nothing to the
 * OpenAPI document.
 */
const NoQuery = z.object({});

const PublicAlert = z.object({
  slug: z.string(),
  date: z.string(),
  title: z.string().describe('Plain text'),
  body: z.string().describe('Markdown (the safe subset of @putokaz/core content/markdown.ts)'),
  publishedAt: z.string(),
});

/**
 * Scam alerts: the public list (published texts only, cacheable briefly) and the console's editorial API
 * (`content.manage`): list, read, create, edit a translation (versioned), move it through draft → reviewed →
 * published, unpublish, delete, history. Informational pages: the same editorial API for the fixed set of
 * pages (no create, date or delete). The API both kinds share is translated-content-routes.ts. Every change
 * is audited.
 */
export const contentRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; dialect: DialectName }> = async (
  app,
  { db, dialect },
) => {
  const store = new AlertStore(db, dialect);

  app.get(
    '/public/alerts',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['content'],
        summary:
          'Published scam alerts in one language, newest first (no personal data; cacheable for a minute)',
        querystring: z.strictObject({ locale: z.enum(LOCALES) }),
        response: {
          200: z.object({ locale: z.enum(LOCALES), items: z.array(PublicAlert) }),
          400: ErrorResponse,
        },
      },
      // After the security headers' API-wide no-store: this answer is the same for everyone.
      onSend: async (_request, reply, payload) => {
        if (reply.statusCode === 200) {
          reply.header('cache-control', `public, max-age=${PUBLIC_ALERTS_MAX_AGE_SECONDS}`);
        }
        return payload;
      },
    },
    async (request) => ({
      locale: request.query.locale,
      items: await store.publicAlerts(request.query.locale),
    }),
  );

  // The shared routes first: the OpenAPI document lists each path where it is first registered, so the
  // alert's own methods (POST on the list, PATCH and DELETE on one alert) join paths already listed.
  translatedContentRoutes(app, {
    path: '/content/alerts',
    store,
    item: Alert,
    revision: Revision,
    list: {
      query: z.strictObject({
        limit: z.coerce.number().int().min(1).max(100).default(50),
        cursor: z.string().max(200).optional(),
      }),
      response: z.object({ items: z.array(AlertSummary), nextCursor: z.string().nullable() }),
      load: async (query) => store.list(query.limit, query.cursor),
    },
    limits: ALERT_LIMITS,
    summaries: {
      list: 'Scam alerts with the status of each translation, newest first',
      get: 'One alert with every translation (working text, status, published version)',
      saveTranslation:
        'Saves the working text of one translation (version 0 creates it); a changed text becomes a draft',
      changeStatus:
        'Moves a translation through the workflow: draft → reviewed → published, back to draft (publishing needs a reviewed text)',
      unpublish: "Takes a translation's published version off the public app",
      history: 'Every change of an alert, newest first',
    },
  });

  app.post(
    '/content/alerts',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: 'Creates an alert (its texts are added per locale)',
        body: z.strictObject({
          slug: z.string().trim().min(1).max(CONTENT_SLUG_MAX).regex(CONTENT_SLUG_RE),
          date: IsoDate,
        }),
        response: { 201: Alert, 400: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await store.create(request.body, consoleActorOf(request))),
  );

  app.patch(
    '/content/alerts/:id',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: "Changes an alert's date (versioned: a stale version is a 409)",
        params: z.strictObject({ id: Id }),
        body: z.strictObject({ version: Version, date: IsoDate }),
        response: { 200: Alert, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      store.updateDate(request.params.id, request.body.version, request.body.date, consoleActorOf(request)),
  );

  app.delete(
    '/content/alerts/:id',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: 'Deletes an alert: gone from the console list and the public app; its history stays',
        params: z.strictObject({ id: Id }),
        response: { 204: z.null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      await store.delete(request.params.id, consoleActorOf(request));
      return reply.code(204).send(null);
    },
  );

  // ---------------------------------------------------------------------------------------------------------
  // Informational pages: the shared editorial API only (no create, date or delete). The public reads them as
  // HTML pages (http/web-app.ts renders the published version), not through the API.

  const pages = new PageStore(db, dialect);
  translatedContentRoutes(app, {
    path: '/content/pages',
    store: pages,
    item: Page,
    revision: PageRevision,
    list: {
      query: NoQuery,
      response: z.object({ items: z.array(PageSummary) }),
      load: async () => ({ items: await pages.list() }),
    },
    limits: PAGE_LIMITS,
    summaries: {
      list: 'The informational pages with the status of each translation',
      get: 'One page with every translation (working text, status, published version)',
      saveTranslation:
        "Saves a page translation's working text (front matter and ## sections, validated; version 0 creates it); it becomes a draft",
      changeStatus: 'Moves a page translation through the workflow (publishing needs a reviewed text)',
      unpublish: "Takes a page translation's published version off the public app",
      history: 'Every change of a page, newest first',
    },
  });
};
