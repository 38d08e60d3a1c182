import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendError } from './error-handler.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing API requests sent by another site: when the browser says where a request comes from
 * (Origin, or Sec-Fetch-Site), it must be this server's own origin. Requests without either header
 * (curl, the CLI, tests) pass; sessions add a CSRF token on top of this (docs/security.md).
 */
export const originCheckPlugin = fp(
  async (app: FastifyInstance, options: { publicUrl: string | undefined }) => {
    const allowed = new Set<string>();
    if (options.publicUrl) allowed.add(new URL(options.publicUrl).origin);
    app.addHook('onRequest', async (request, reply) => {
      if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
      const origin = request.headers.origin;
      const site = request.headers['sec-fetch-site'];
      if (origin !== undefined) {
        const own = `${request.protocol}://${request.host}`;
        if (origin !== own && !allowed.has(origin)) return sendError(request, reply, 403, 'forbidden');
      } else if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        return sendError(request, reply, 403, 'forbidden');
      }
    });
  },
  { name: 'putokaz-origin-check', dependencies: ['putokaz-locale'] },
);
