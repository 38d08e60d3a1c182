import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The Content-Security-Policy of every response: no inline script or style, nothing from another host. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'x-permitted-cross-domain-policies': 'none',
};

/**
 * Security headers on every response, and `Cache-Control: no-store` on every API answer (they may hold
 * personal data). HSTS is sent when the public URL is https.
 */
export const securityHeadersPlugin = fp(
  async (app: FastifyInstance, options: { https: boolean }) => {
    app.addHook('onSend', async (request, reply, payload) => {
      for (const [name, value] of Object.entries(STATIC_HEADERS)) reply.header(name, value);
      if (options.https) reply.header('strict-transport-security', 'max-age=63072000; includeSubDomains');
      if (request.url.startsWith('/api/') || request.url === '/healthz')
        reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'putokaz-security-headers' },
);
