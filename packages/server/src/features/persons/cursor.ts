import { AppError } from '../../http/errors.js';

/**
 * Opaque cursors of the lists: base64url of the last item's sort key (a timestamp and an id). Clients pass
 * them back unchanged; a cursor that does not decode is a validation error on `cursor`.
 */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      !Number.isNaN(Date.parse(value[0]))
    ) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  throw AppError.validation([
    { path: 'cursor', code: 'invalidCursor', messageKey: 'errors.persons.invalidCursor' },
  ]);
}
