import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Writable } from 'node:stream';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/connection.js';
import { accessPlugin } from '../access/access-plugin.js';
import { accountRoutes } from '../features/account/routes.js';
import { auditRoutes } from '../features/audit/routes.js';
import { auditViewerScope } from '../access/audit-scope.js';
import { staffOf } from '../access/access-plugin.js';
import { authRoutes } from '../features/auth/routes.js';
import { healthRoutes } from '../features/health/routes.js';
import { offerCheckRoutes } from '../features/offer-check/routes.js';
import { contentRoutes } from '../features/content/routes.js';
import { createPublicPageRenderer } from '../features/content/public-pages.js';
import { helpRequestRoutes } from '../features/help-requests/routes.js';
import { helpRequestSettingsFromEnv } from '../features/help-requests/settings.js';
import { caseRoutes } from '../features/cases/routes.js';
import { personRoutes } from '../features/persons/routes.js';
import { serviceRoutes } from '../features/services/routes.js';
import { staffRoutes } from '../features/staff/routes.js';
import { searchRoutes } from '../features/search/routes.js';
import { contactRoutes } from '../features/contacts/routes.js';
import { contactTimelineSource } from '../features/contacts/timeline.js';
import { userRoutes } from '../features/users/routes.js';
import { setupRoutes } from '../features/setup/routes.js';
import { loggerOptions } from '../logging.js';
import type { ServerSecrets } from '../security/runtime.js';
import { VERSION } from '../version.js';
import { registerErrorHandling } from './error-handler.js';
import { localePlugin } from './locale.js';
import { originCheckPlugin } from './origin-check.js';
import './route-config.js';
import { securityHeadersPlugin } from './security-headers.js';
import { registerWebApp } from './web-app.js';

export interface RouteEntry {
  method: string;
  url: string;
  permission: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly RouteEntry[];
  }
}

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  secrets: ServerSecrets;
  /** Where log lines go (standard output by default; tests capture them). */
  logStream?: Writable;
}

/**
 * Builds the HTTP application: conventions first (request ids, locale, security headers, origin check, error
 * shape, validation, OpenAPI), then one plugin per feature under /api/v1, then the web app.
 */
export async function buildApp({
  config,
  database,
  secrets,
  logStream,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logStream
      ? { ...loggerOptions(config.logLevel), stream: logStream }
      : loggerOptions(config.logLevel),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  // The route table with each route's declared permission, for the authorization tests and the docs.
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routeTable.push({ method, url: route.url, permission: route.config?.permission });
    }
  });
  app.decorate('routeTable', routeTable);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    // While shutting down, answers to requests in flight close their connection, so the server can exit.
    if (closing) reply.header('connection', 'close');
    return payload;
  });

  await app.register(localePlugin);
  await app.register(securityHeadersPlugin, { https: config.publicUrl?.startsWith('https://') ?? false });
  await app.register(originCheckPlugin, { publicUrl: config.publicUrl });
  registerErrorHandling(app);
  const timeouts = config.sessions;
  await app.register(accessPlugin, {
    db: database.db,
    dialect: database.dialect,
    keyring: secrets.keyring,
    timeouts,
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Putokaz API',
        version: VERSION,
        description:
          'API of the Putokaz platform. Errors have one shape: {"error":{"code","message","details"}}; messages follow Accept-Language (sr-Latn, sr-Cyrl, en, uk).',
      },
      servers: [{ url: '/' }],
    },
    transform: jsonSchemaTransform,
  });

  await app.register(healthRoutes, { ping: database.ping, dialect: database.dialect, version: VERSION });
  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      const common = {
        db: database.db,
        dialect: database.dialect,
        organisationName: config.organisation.name,
      };
      await api.register(setupRoutes, common);
      await api.register(authRoutes, { ...common, keyring: secrets.keyring, timeouts });
      await api.register(accountRoutes, common);
      await api.register(userRoutes, { ...common, keyring: secrets.keyring });
      await api.register(auditRoutes, {
        db: database.db,
        dialect: database.dialect,
        scope: (request) => auditViewerScope(database.db, staffOf(request).access),
        actorOf: (request) => ({ id: staffOf(request).user.id, role: staffOf(request).user.role }),
      });
      await api.register(personRoutes, {
        db: database.db,
        dialect: database.dialect,
        keyring: secrets.keyring,
      });
      await api.register(searchRoutes, {
        db: database.db,
        dialect: database.dialect,
        keyring: secrets.keyring,
      });
      await api.register(contactRoutes, {
        db: database.db,
        dialect: database.dialect,
        keyring: secrets.keyring,
      });
      await api.register(caseRoutes, {
        db: database.db,
        dialect: database.dialect,
        keyring: secrets.keyring,
        timelineSources: [contactTimelineSource],
      });
      await api.register(serviceRoutes, {
        db: database.db,
        dialect: database.dialect,
        keyring: secrets.keyring,
      });
      await api.register(staffRoutes, { db: database.db, dialect: database.dialect });
      await api.register(offerCheckRoutes, { ...common, keyring: secrets.keyring });
      await api.register(contentRoutes, { db: database.db, dialect: database.dialect });
      await api.register(helpRequestRoutes, {
        db: database.db,
        dialect: database.dialect,
        keyring: secrets.keyring,
        ...helpRequestSettingsFromEnv(process.env),
      });
    },
    { prefix: '/api/v1' },
  );

  await registerWebApp(app, config.webDir, {
    renderPage: createPublicPageRenderer({
      db: database.db,
      dialect: database.dialect,
      webDir: config.webDir,
      showUnverified: config.contentPreview ?? false,
    }),
  });
  return app;
}
