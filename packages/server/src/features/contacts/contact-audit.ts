import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { staffOf } from '../../access/access-plugin.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { recordAuditEvent, type AuditAction, type AuditDetailValue } from '../audit/audit-log.js';

/** Records one audit event about contacts for the signed-in user of a request. */
export function auditContact(
  db: Kysely<Database> | Transaction<Database>,
  dialect: DialectName,
  request: FastifyRequest,
  action: AuditAction,
  resourceId: string | null,
  fields: readonly string[],
  details: Record<string, AuditDetailValue> = {},
  resourceType = 'contact',
) {
  const { user } = staffOf(request);
  return recordAuditEvent(db as Kysely<Database>, dialect, {
    actor: { id: user.id, role: user.role },
    action,
    resourceType,
    resourceId,
    fields,
    requestId: request.id,
    outcome: 'success',
    details,
  });
}
