import {
  ALERT_LIMITS,
  CONTENT_LOCALES,
  CONTENT_STATUSES,
  CONTENT_SLUG_MAX,
  CONTENT_SLUG_RE,
  LOCALES,
  PAGE_LIMITS,
} from '@putokaz/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import { AlertStore, type ContentActor } from './alert-store.js';
import { PageStore } from './page-store.js';
import { isIsoDate } from './content-files.js';

/** How long browsers and caches may keep the public list (it holds no personal data). */
export const PUBLIC_ALERTS_MAX_AGE_SECONDS = 60;

const Locale = z.enum(CONTENT_LOCALES);
const Status = z.enum(CONTENT_STATUSES);
const IsoDate = z.string().refine(isIsoDate, { message: 'invalidDate' });
const Version = z.number().int().min(0).max(2_000_000_000);
const Id = z.string().max(64);

const StaffRef = z.object({ id: z.string(), displayName: z.string().nullable() }).nullable();

const Translation = z.object({
  locale: Locale,
  title: z.string(),
  body: z.string(),
  status: Status,
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: StaffRef,
  statusChangedAt: z.string(),
  statusChangedBy: StaffRef,
  published: z
    .object({ title: z.string(), body: z.string(), publishedAt: z.string(), publishedBy: StaffRef })
    .nullable(),
  editedSinceImport: z.boolean(),
});

const TranslationSummary = z.object({
  status: Status,
  title: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});

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

const Revision = z.object({
  id: z.string(),
  locale: Locale.nullable(),
  action: z.enum(['create', 'edit', 'status', 'import', 'date', 'delete']),
  version: z.number(),
  status: Status.nullable(),
  title: z.string().nullable(),
  body: z.string().nullable(),
  changedAt: z.string(),
  changedBy: StaffRef,
});

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
 * published, unpublish, delete, history. Every change is audited.
 */
export const contentRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; dialect: DialectName }> = async (
  app,
  { db, dialect },
) => {
  const store = new AlertStore(db, dialect);
  const actorOf = (request: FastifyRequest): ContentActor => {
    const { user } = staffOf(request);
    return { user: { id: user.id, role: user.role }, requestId: request.id, via: 'console' };
  };

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

  app.get(
    '/content/alerts',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: 'Scam alerts with the status of each translation, newest first',
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(100).default(50),
          cursor: z.string().max(200).optional(),
        }),
        response: { 200: z.object({ items: z.array(AlertSummary), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => store.list(request.query.limit, request.query.cursor),
  );

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
    async (request, reply) => reply.code(201).send(await store.create(request.body, actorOf(request))),
  );

  app.get(
    '/content/alerts/:id',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: 'One alert with every translation (working text, status, published version)',
        params: z.strictObject({ id: Id }),
        response: { 200: Alert, 404: ErrorResponse },
      },
    },
    async (request) => {
      const alert = await store.get(request.params.id);
      if (!alert) throw AppError.notFound();
      return alert;
    },
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
      store.updateDate(request.params.id, request.body.version, request.body.date, actorOf(request)),
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
      await store.delete(request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.patch(
    '/content/alerts/:id/translations/:locale',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary:
          'Saves the working text of one translation (version 0 creates it); a changed text becomes a draft',
        params: z.strictObject({ id: Id, locale: Locale }),
        body: z.strictObject({
          version: Version,
          title: z.string().trim().min(1).max(ALERT_LIMITS.title),
          body: z.string().trim().min(1).max(ALERT_LIMITS.body),
        }),
        response: { 200: Translation, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      store.saveTranslation(request.params.id, request.params.locale, request.body, actorOf(request)),
  );

  app.post(
    '/content/alerts/:id/translations/:locale/status',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary:
          'Moves a translation through the workflow: draft → reviewed → published, back to draft (publishing needs a reviewed text)',
        params: z.strictObject({ id: Id, locale: Locale }),
        body: z.strictObject({ version: Version, status: Status }),
        response: { 200: Translation, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      store.changeStatus(request.params.id, request.params.locale, request.body, actorOf(request)),
  );

  app.post(
    '/content/alerts/:id/translations/:locale/unpublish',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: "Takes a translation's published version off the public app",
        params: z.strictObject({ id: Id, locale: Locale }),
        body: z.strictObject({ version: Version }),
        response: { 200: Translation, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      store.unpublish(request.params.id, request.params.locale, request.body.version, actorOf(request)),
  );

  app.get(
    '/content/alerts/:id/history',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: 'Every change of an alert, newest first',
        params: z.strictObject({ id: Id }),
        response: { 200: z.object({ items: z.array(Revision) }), 404: ErrorResponse },
      },
    },
    async (request) => {
      const items = await store.history(request.params.id);
      if (!items) throw AppError.notFound();
      return { items };
    },
  );
  // ---------------------------------------------------------------------------------------------------------
  // Informational pages: the same editorial API as alerts, for the fixed set of pages (no create or delete).
  // The public reads them as HTML pages (http/web-app.ts renders the published version), not through the API.

  const pages = new PageStore(db, dialect);
  const PageBase = { id: z.string(), slug: z.string(), version: z.number(), updatedAt: z.string() };
  const PageSummary = z.object({ ...PageBase, translations: z.partialRecord(Locale, TranslationSummary) });
  const Page = z.object({ ...PageBase, translations: z.partialRecord(Locale, Translation) });
  const PageRevision = Revision.extend({ action: z.enum(['create', 'edit', 'status', 'import']) });

  app.get(
    '/content/pages',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: 'The informational pages with the status of each translation',
        response: { 200: z.object({ items: z.array(PageSummary) }) },
      },
    },
    async () => ({ items: await pages.list() }),
  );

  app.get(
    '/content/pages/:id',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: 'One page with every translation (working text, status, published version)',
        params: z.strictObject({ id: Id }),
        response: { 200: Page, 404: ErrorResponse },
      },
    },
    async (request) => {
      const page = await pages.get(request.params.id);
      if (!page) throw AppError.notFound();
      return page;
    },
  );

  app.patch(
    '/content/pages/:id/translations/:locale',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary:
          "Saves a page translation's working text (front matter and ## sections, validated; version 0 creates it); it becomes a draft",
        params: z.strictObject({ id: Id, locale: Locale }),
        body: z.strictObject({
          version: Version,
          title: z.string().trim().min(1).max(PAGE_LIMITS.title),
          body: z.string().trim().min(1).max(PAGE_LIMITS.body),
        }),
        response: { 200: Translation, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      pages.saveTranslation(request.params.id, request.params.locale, request.body, actorOf(request)),
  );

  app.post(
    '/content/pages/:id/translations/:locale/status',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: 'Moves a page translation through the workflow (publishing needs a reviewed text)',
        params: z.strictObject({ id: Id, locale: Locale }),
        body: z.strictObject({ version: Version, status: Status }),
        response: { 200: Translation, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      pages.changeStatus(request.params.id, request.params.locale, request.body, actorOf(request)),
  );

  app.post(
    '/content/pages/:id/translations/:locale/unpublish',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: "Takes a page translation's published version off the public app",
        params: z.strictObject({ id: Id, locale: Locale }),
        body: z.strictObject({ version: Version }),
        response: { 200: Translation, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      pages.unpublish(request.params.id, request.params.locale, request.body.version, actorOf(request)),
  );

  app.get(
    '/content/pages/:id/history',
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: 'Every change of a page, newest first',
        params: z.strictObject({ id: Id }),
        response: { 200: z.object({ items: z.array(PageRevision) }), 404: ErrorResponse },
      },
    },
    async (request) => {
      const items = await pages.history(request.params.id);
      if (!items) throw AppError.notFound();
      return { items };
    },
  );
};
