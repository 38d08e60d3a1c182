import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './error-handler.js';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web app (packages/web/dist): a path maps to a file, then to `<path>/index.html`, and any
 * unknown `/console/...` path to the console's single page. Hashed assets are cached for a year; HTML is
 * revalidated on every visit. Unknown API paths answer the JSON error shape.
 */
export async function registerWebApp(
  app: FastifyInstance,
  webDir: string,
  options: {
    /**
     * The informational pages with the database's published text (features/content/public-pages.ts);
     * undefined for any other path or a page to serve as built.
     */
    renderPage?: (urlPath: string) => Promise<string | undefined>;
  } = {},
): Promise<void> {
  const available = existsSync(join(webDir, 'index.html'));
  if (!available) app.log.warn({ webDir }, 'web app not built: run npm run build (API only until then)');
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    serve: false,
    cacheControl: false,
    etag: true,
    lastModified: true,
    // The build writes <file>.br and <file>.gz beside each text file: sent to browsers that accept them.
    preCompressed: true,
  });

  const sendStatic = (reply: FastifyReply, relative: string) => {
    const cache =
      relative.startsWith(`assets${sep}`) || relative.startsWith('assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
    reply.header('cache-control', cache);
    // Text files have compressed copies (preCompressed): the answer depends on Accept-Encoding.
    reply.header('vary', 'accept-encoding');
    // The service worker (public app, offline): always revalidated, so an update is seen on the next visit;
    // its scope is the whole site, which covers only the public pages it serves (it leaves /console and /api alone).
    if (relative === 'sw.js') reply.header('service-worker-allowed', '/');
    if (relative.endsWith('.webmanifest')) reply.type('application/manifest+json; charset=utf-8');
    return reply.sendFile(relative);
  };

  const resolveStatic = (urlPath: string): string | undefined => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    if (relative.startsWith('..')) return undefined;
    const candidates = [relative, join(relative, 'index.html')];
    if (relative === 'console' || relative.startsWith(`console${sep}`))
      candidates.push(join('console', 'index.html'));
    return candidates.find((candidate) => candidate !== '' && isFile(join(webDir, candidate)));
  };

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/')) return sendError(request, reply, 404, 'notFound');
    const rendered = available && options.renderPage ? await options.renderPage(path) : undefined;
    if (rendered !== undefined) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(rendered);
    }
    const file = available ? resolveStatic(path) : undefined;
    if (file) return sendStatic(reply, file);
    if (available && isFile(join(webDir, '404.html'))) {
      return reply.code(404).header('cache-control', 'no-cache').sendFile('404.html');
    }
    return sendError(request, reply, 404, 'notFound');
  };
  app.get('/', { config: { permission: 'public' }, schema: { hide: true } }, handler);
  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, handler);
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'notFound'));
}
