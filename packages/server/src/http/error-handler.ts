import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ConflictError, RecordNotFoundError } from '../db/versioned.js';
import { AppError, type ErrorBody } from './errors.js';
import { localizeProblems, problemsFromZod } from './validation-errors.js';

/** Fastify's own client errors, mapped to the API's stable codes. */
const FASTIFY_CODES: Readonly<Record<string, { status: number; code: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payloadTooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupportedMediaType' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'badRequest' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'badRequest' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'badRequest' },
  FST_ERR_RATE_LIMIT_EXCEEDED: { status: 429, code: 'rateLimited' },
};

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  options: { values?: Record<string, string | number>; details?: unknown } = {},
): FastifyReply {
  const t = request.i18n;
  const body: ErrorBody = {
    error: {
      code,
      message: t.has(`errors.${code}`)
        ? t.format(`errors.${code}`, options.values)
        : t.format('errors.internal'),
      ...(options.details === undefined ? {} : { details: options.details }),
    },
  };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** One error shape for the whole API: `{"error":{"code","message","details"}}`, message in the request's language. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = problemsFromZod(error.validation, error.validationContext);
      return sendError(request, reply, 400, 'validation', {
        details: localizeProblems(problems, request.i18n),
      });
    }
    if (error instanceof AppError) {
      if (error.code === 'validation' && Array.isArray(error.options.details)) {
        return sendError(request, reply, 400, 'validation', {
          details: localizeProblems(error.options.details, request.i18n),
        });
      }
      return sendError(request, reply, error.statusCode, error.code, {
        ...(error.options.values ? { values: error.options.values as Record<string, string | number> } : {}),
        ...(error.options.details === undefined ? {} : { details: error.options.details }),
      });
    }
    if (error instanceof ConflictError) {
      return sendError(request, reply, 409, 'conflict', {
        details: { expectedVersion: error.expectedVersion, currentVersion: error.currentVersion },
      });
    }
    if (error instanceof RecordNotFoundError) return sendError(request, reply, 404, 'notFound');
    const known = FASTIFY_CODES[(error as FastifyError).code ?? ''];
    if (known) return sendError(request, reply, known.status, known.code);
    const status = (error as FastifyError).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return sendError(request, reply, status, status === 404 ? 'notFound' : 'badRequest');
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, 500, 'internal');
  });
}
