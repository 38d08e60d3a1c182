import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../../src/db/dialect.js';

/**
 * What someone with the database owner's rights can do: drop the triggers that keep `audit_events`
 * append-only (migration 0012), so that a test can then edit or delete events and show that the hash chain and
 * the checkpoints still find it.
 */
export async function dropAuditGuards<DB>(db: Kysely<DB>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`drop trigger audit_events_no_update`.execute(db);
    await sql`drop trigger audit_events_no_delete`.execute(db);
  } else {
    await sql`drop trigger audit_events_no_change on audit_events`.execute(db);
    await sql`drop trigger audit_events_no_truncate on audit_events`.execute(db);
  }
}
