import type { Locale, Translator } from '@putokaz/core';

/** One problem with one field, as the server lists them in `error.details`. */
export interface FieldProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** A non-2xx answer of the API, read from its `{"error":{"code","message","details"}}` body when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly details: readonly FieldProblem[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request never got an answer (offline, server down, connection cut). */
export class NetworkError extends Error {
  constructor() {
    super('network error');
    this.name = 'NetworkError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `password`, `body.password` or `["body","password"]` → `password`. */
function fieldName(path: unknown): string {
  const segments = Array.isArray(path) ? path.map(String) : String(path ?? '').split('.');
  return segments.filter(Boolean).at(-1) ?? '';
}

function readDetails(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return [];
  return details.filter(isRecord).map((detail) => ({
    path: fieldName(detail.path),
    code: typeof detail.code === 'string' ? detail.code : '',
    message: typeof detail.message === 'string' ? detail.message : '',
  }));
}

function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  return new ApiError(
    status,
    typeof error.code === 'string' ? error.code : undefined,
    typeof error.message === 'string' ? error.message : '',
    readDetails(error.details),
  );
}

export type ApiMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ApiCallOptions {
  /** The person's language, sent as `Accept-Language` so the server answers errors in it. */
  readonly locale: Locale;
  /** A JSON body; without one no `content-type` is sent (an empty JSON body is an error for the server). */
  readonly body?: unknown;
  /** The session's CSRF token, sent as `x-csrf-token` (every state-changing call of a signed-in user). */
  readonly csrfToken?: string | undefined;
}

/**
 * Calls the API and returns its JSON answer (`undefined` for 204 No Content). Throws `ApiError` for a
 * non-2xx answer and `NetworkError` when there is no answer at all.
 */
export async function callApi<T>(method: ApiMethod, path: string, options: ApiCallOptions): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': options.locale };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.csrfToken) headers['x-csrf-token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new NetworkError();
  }
  const text = await response.text().catch(() => '');
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = undefined;
  }
  if (!response.ok) throw toApiError(response.status, payload);
  if (response.status === 204) return undefined as T;
  if (payload === undefined) throw new ApiError(response.status, 'internal', '', []);
  return payload as T;
}

/** POSTs JSON to a public endpoint (no session needed) and returns the JSON answer. */
export function postJson<T>(path: string, body: unknown, locale: Locale): Promise<T> {
  return callApi<T>('POST', path, { locale, body });
}

/** A query string from the values that are set (`?a=1&b=x`), or an empty string. */
export function queryString(values: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The status → message used when an error answer carries no message of its own. */
function statusKey(status: number): string {
  if (status === 400) return 'errors.badRequest';
  if (status === 401) return 'errors.unauthorized';
  if (status === 403) return 'errors.forbidden';
  if (status === 404) return 'errors.notFound';
  if (status === 409) return 'errors.conflict';
  if (status === 413) return 'errors.payloadTooLarge';
  if (status === 415) return 'errors.unsupportedMediaType';
  if (status === 429) return 'errors.rateLimited';
  if (status === 503) return 'errors.unavailable';
  return 'errors.internal';
}

/**
 * The text to show for a failed call: the server's own (already localized) message, else the local
 * translation of its error code, else a message for the HTTP status.
 */
export function errorMessage(translator: Translator, error: unknown): string {
  if (error instanceof NetworkError) return translator.t('web.networkError');
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    if (error.code && translator.has(`errors.${error.code}`))
      return translator.format(`errors.${error.code}`);
    return translator.format(statusKey(error.status));
  }
  return translator.t('errors.internal');
}

/** The first message the server gave for each field, by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const detail of error.details) {
    if (detail.path && detail.message && !(detail.path in out)) out[detail.path] = detail.message;
  }
  return out;
}
