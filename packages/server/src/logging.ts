import type { FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

/**
 * Field names whose values never reach a log line, at any depth of a logged object: secrets, and the personal
 * data Putokaz holds (names, contacts, documents, narratives, offer texts). A feature that adds a sensitive
 * request field adds its name here; a test sends canary values through every route that logs and searches the
 * log for them.
 */
export const SENSITIVE_FIELD_NAMES: ReadonlySet<string> = new Set(
  [
    'password',
    'newPassword',
    'currentPassword',
    'token',
    'code',
    'totp',
    'secret',
    'recoveryCode',
    'csrfToken',
    'cookie',
    'authorization',
    'x-csrf-token',
    'set-cookie',
    'email',
    'emails',
    'birthDate',
    'callerName',
    'callerPhone',
    'displayName',
    'givenName',
    'familyName',
    'name',
    'aliases',
    'dateOfBirth',
    'phone',
    'phones',
    'address',
    'addresses',
    'document',
    'documents',
    'documentNumber',
    'text',
    'answers',
    'narrative',
    'note',
    'notes',
    'summary',
    'message',
    'contactInfo',
    'q',
  ].map((n) => n.toLowerCase()),
);

const REDACTED = '[redacted]';

/** Returns a copy of `value` with every sensitive field replaced, at any depth (cycles are cut). */
export function redactSensitive(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  // Only plain data is walked: requests, responses and errors have serializers of their own.
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactSensitive(v, seen));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SENSITIVE_FIELD_NAMES.has(key.toLowerCase()) ? REDACTED : redactSensitive(v, seen);
  }
  return out;
}

/** The URL without its query string: queries can carry tokens or search terms. */
export function pathOnly(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : `${url.slice(0, q)}?[redacted]`;
}

/**
 * pino options for the server. Requests are logged with method, path and request id only: no client address
 * (no IP is kept for anyone, least of all people asking for help), no user agent, no query, no headers.
 */
export function loggerOptions(level: LoggerOptions['level']): LoggerOptions {
  return {
    level,
    base: undefined,
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => redactSensitive(object) as Record<string, unknown>,
    },
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: pathOnly(req.url), id: req.id }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error & { code?: string; statusCode?: number }) => ({
        type: err.name,
        message: err.message,
        code: err.code,
        statusCode: err.statusCode,
        stack: err.stack,
      }),
    },
  };
}
