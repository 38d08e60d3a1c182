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
import { healthRoutes } from '../features/health/routes.js';
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
    trustProxy: false,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

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
      await api.register(setupRoutes, {
        db: database.db,
        dialect: database.dialect,
        organisationName: config.organisation.name,
      });
    },
    { prefix: '/api/v1' },
  );

  await registerWebApp(app, config.webDir);
  return app;
}
