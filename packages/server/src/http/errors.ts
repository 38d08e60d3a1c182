import type { MessageValues } from '@putokaz/core';

/** One problem with one field of a request, as returned in `error.details`. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. `password` or `phones.0`. */
  path: string;
  /** Stable problem code, e.g. `required`, `tooShort`, `unknownField`, `common`. */
  code: string;
  /** Localized message for the person. */
  message?: string;
  /** Values for the message (e.g. `{ minimum: 12 }`). */
  values?: MessageValues;
  /** Catalog key of the message; defaults to `errors.validation.<code>`. */
  messageKey?: string;
}

/**
 * The one error type features throw. `code` is stable and machine-readable (`notFound`, `conflict`,
 * `setup.invalidToken`…); the message is looked up as `errors.<code>` in the request's language.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly options: { values?: MessageValues; details?: unknown; cause?: unknown } = {},
  ) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
  }

  static validation(problems: FieldProblem[]): AppError {
    return new AppError(400, 'validation', { details: problems });
  }
  static notFound(): AppError {
    return new AppError(404, 'notFound');
  }
  static forbidden(): AppError {
    return new AppError(403, 'forbidden');
  }
  static conflict(details?: unknown): AppError {
    return new AppError(409, 'conflict', { details });
  }
}

/** The one error shape of the API. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
