/**
 * The console's editorial API that every kind of translated content shares (scam alerts, informational
 * pages; the model is translated-content-store.ts): list, read one item with every translation, save a
 * translation's working text (versioned), move it through draft → reviewed → published, unpublish it, and
 * read the history. Every route needs `content.manage`, every body and parameter is checked by zod rejecting
 * unknown fields, and every change is audited by the store. routes.ts calls `translatedContentRoutes` once
 * per kind, with the kind's paths, schemas, limits and summaries, and adds the routes only one kind has.
 */
import { CONTENT_LOCALES, CONTENT_STATUSES } from '@putokaz/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffOf } from '../../access/access-plugin.js';
import { AppError } from '../../http/errors.js';
import { ErrorResponse } from '../../http/schemas.js';
import type { ContentActor, ContentKind, TranslatedContentStore } from './translated-content-store.js';

/** The Fastify instance a `FastifyPluginAsyncZod` is given (routes typed from their zod schemas). */
export type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

export const Locale = z.enum(CONTENT_LOCALES);
export const Status = z.enum(CONTENT_STATUSES);
export const Version = z.number().int().min(0).max(2_000_000_000);
export const Id = z.string().max(64);

const StaffRef = z.object({ id: z.string(), displayName: z.string().nullable() }).nullable();

/** One translation as the console edits it: working text, status and the published version. */
export const Translation = z.object({
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

/** One translation as the console lists it. */
export const TranslationSummary = z.object({
  status: Status,
  title: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});

/** One history row; a kind narrows `action` to the actions its history has. */
export const Revision = z.object({
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

/** Who makes a change from the console: the signed-in staff user, with the request id. */
export function consoleActorOf(request: FastifyRequest): ContentActor {
  const { user } = staffOf(request);
  return { user: { id: user.id, role: user.role }, requestId: request.id, via: 'console' };
}

/** The OpenAPI summary of each shared route. */
export type TranslatedContentSummaries = Record<
  'list' | 'get' | 'saveTranslation' | 'changeStatus' | 'unpublish' | 'history',
  string
>;

/**
 * A kind of translated content as its console API sees it. `Item`, `Row` (of the history), `Query` and
 * `List` are the outputs of the kind's schemas; the store must answer with values those schemas accept.
 */
export interface TranslatedContentApi<Item, Row, Query, List> {
  /** The collection's path under the API prefix (`/content/alerts`); one item is `<path>/:id`. */
  path: `/content/${string}`;
  store: Pick<TranslatedContentStore<ContentKind>, 'saveTranslation' | 'changeStatus' | 'unpublish'> & {
    get(id: string): Promise<NoInfer<Item> | undefined>;
    history(id: string): Promise<NoInfer<Row>[] | undefined>;
  };
  /** One item with every translation. */
  item: z.ZodType<Item>;
  /** One row of an item's history. */
  revision: z.ZodType<Row>;
  /** The list: its query string, its answer and how the store gives it. */
  list: {
    query: z.ZodType<Query>;
    response: z.ZodType<List>;
    load: (query: Query) => Promise<NoInfer<List>>;
  };
  /** The longest title and body a translation may have. */
  limits: { readonly title: number; readonly body: number };
  summaries: TranslatedContentSummaries;
}

/**
 * Registers the shared editorial routes of one kind: the list at `path`, then `path/:id` (read),
 * `…/translations/:locale` (save), `…/status`, `…/unpublish` and `path/:id/history`, in that order (the order
 * of the OpenAPI document). An unknown item is a 404, a stale version a 409, a bad body a 400.
 */
export function translatedContentRoutes<Item, Row, Query, List>(
  app: ZodApp,
  kind: TranslatedContentApi<Item, Row, Query, List>,
): void {
  const { path, store, summaries } = kind;
  const translation = `${path}/:id/translations/:locale`;
  // The schemas as Fastify's types see them here: they cannot resolve a request or reply type that depends
  // on this function's type parameters. The signature above already ties the store's answers to the schemas.
  const item: z.ZodType = kind.item;
  const revision: z.ZodType = kind.revision;
  const listQuery: z.ZodType = kind.list.query;
  const listResponse: z.ZodType = kind.list.response;

  app.get(
    path,
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: summaries.list,
        querystring: listQuery,
        response: { 200: listResponse },
      },
    },
    // Fastify validated the query with `kind.list.query`, whose output is `Query`.
    async (request) => kind.list.load(request.query as Query),
  );

  app.get(
    `${path}/:id`,
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: summaries.get,
        params: z.strictObject({ id: Id }),
        response: { 200: item, 404: ErrorResponse },
      },
    },
    async (request) => {
      const item = await store.get(request.params.id);
      if (!item) throw AppError.notFound();
      return item;
    },
  );

  app.patch(
    translation,
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: summaries.saveTranslation,
        params: z.strictObject({ id: Id, locale: Locale }),
        body: z.strictObject({
          version: Version,
          title: z.string().trim().min(1).max(kind.limits.title),
          body: z.string().trim().min(1).max(kind.limits.body),
        }),
        response: { 200: Translation, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      store.saveTranslation(request.params.id, request.params.locale, request.body, consoleActorOf(request)),
  );

  app.post(
    `${translation}/status`,
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: summaries.changeStatus,
        params: z.strictObject({ id: Id, locale: Locale }),
        body: z.strictObject({ version: Version, status: Status }),
        response: { 200: Translation, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      store.changeStatus(request.params.id, request.params.locale, request.body, consoleActorOf(request)),
  );

  app.post(
    `${translation}/unpublish`,
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: summaries.unpublish,
        params: z.strictObject({ id: Id, locale: Locale }),
        body: z.strictObject({ version: Version }),
        response: { 200: Translation, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      store.unpublish(
        request.params.id,
        request.params.locale,
        request.body.version,
        consoleActorOf(request),
      ),
  );

  app.get(
    `${path}/:id/history`,
    {
      config: { permission: 'content.manage' },
      schema: {
        tags: ['content'],
        summary: summaries.history,
        params: z.strictObject({ id: Id }),
        response: { 200: z.object({ items: z.array(revision) }), 404: ErrorResponse },
      },
    },
    async (request) => {
      const items = await store.history(request.params.id);
      if (!items) throw AppError.notFound();
      return { items };
    },
  );
}
