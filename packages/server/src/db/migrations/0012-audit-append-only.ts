import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * The audit trail is append-only in the database too: a trigger refuses every UPDATE and DELETE of
 * `audit_events` (and, on PostgreSQL, TRUNCATE). The hash chain and the off-server checkpoints still detect what
 * someone with the database owner's rights does after dropping the triggers; the triggers stop the mistakes and
 * the casual edits that would otherwise only be found at the next `putokaz audit verify` (docs/security.md,
 * "Audit trail"; decision 47).
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`create trigger audit_events_no_update before update on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
    await sql`create trigger audit_events_no_delete before delete on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
    return;
  }
  await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_events is append-only'; end $$`.execute(db);
  await sql`create trigger audit_events_no_change before update or delete on audit_events
    for each row execute function audit_events_append_only()`.execute(db);
  await sql`create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_append_only()`.execute(db);
}
