import type { Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

/**
 * Staff sign-in (second factor, recovery codes, sessions, throttling, invitations), the audit trail and the
 * wrapped data keys of field encryption.
 */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  const staff = db.schema.alterTable('staff_users');
  await staff.addColumn('totp_secret', types.text).execute(); // ciphertext (field encryption)
  await staff.addColumn('totp_last_step', types.bigint).execute(); // last accepted RFC 6238 time step
  await staff.addColumn('totp_enrolled_at', types.timestamp).execute();
  await staff.addColumn('password_changed_at', types.timestamp).execute();
  await staff.addColumn('last_sign_in_at', types.timestamp).execute();

  await db.schema
    .createTable('staff_recovery_codes')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('staff_user_id', types.id, (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('code_hash', types.text, (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('used_at', types.timestamp)
    .execute();
  await db.schema
    .createIndex('staff_recovery_codes_user')
    .on('staff_recovery_codes')
    .column('staff_user_id')
    .execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('token_hash', types.text, (c) => c.notNull().unique())
    .addColumn('staff_user_id', types.id, (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('stage', types.text, (c) => c.notNull().check(oneOf('stage', ['totp', 'enroll', 'active'])))
    .addColumn('pending_totp_secret', types.text) // ciphertext, during enrolment only
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', types.timestamp, (c) => c.notNull())
    .addColumn('expires_at', types.timestamp, (c) => c.notNull())
    .addColumn('revoked_at', types.timestamp)
    .addColumn('revoked_reason', types.text)
    .addColumn('user_agent', types.text)
    .execute();
  await db.schema.createIndex('staff_sessions_user').on('staff_sessions').column('staff_user_id').execute();

  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', types.text, (c) => c.primaryKey()) // account:<user id or e-mail hash> | address:<keyed hash>
    .addColumn('failures', types.integer, (c) => c.notNull().defaultTo(0))
    .addColumn('first_failure_at', types.timestamp, (c) => c.notNull())
    .addColumn('last_failure_at', types.timestamp, (c) => c.notNull())
    .addColumn('locked_until', types.timestamp)
    .execute();

  await db.schema
    .createTable('staff_invitations')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('staff_user_id', types.id, (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('token_hash', types.text, (c) => c.notNull().unique())
    .addColumn('created_by', types.id, (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('expires_at', types.timestamp, (c) => c.notNull())
    .addColumn('used_at', types.timestamp)
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('seq', types.bigint, (c) => c.primaryKey()) // 1, 2, 3… assigned under a lock
    .addColumn('id', types.id, (c) => c.notNull().unique())
    .addColumn('occurred_at', types.timestamp, (c) => c.notNull())
    .addColumn('actor_id', types.id)
    .addColumn('actor_role', types.text)
    .addColumn('action', types.text, (c) => c.notNull())
    .addColumn('resource_type', types.text, (c) => c.notNull())
    .addColumn('resource_id', types.text)
    .addColumn('fields', types.json, (c) => c.notNull())
    .addColumn('request_id', types.text)
    .addColumn('outcome', types.text, (c) =>
      c.notNull().check(oneOf('outcome', ['success', 'failure', 'denied'])),
    )
    .addColumn('details', types.json, (c) => c.notNull())
    .addColumn('prev_hash', types.text, (c) => c.notNull())
    .addColumn('hash', types.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_actor').on('audit_events').columns(['actor_id', 'seq']).execute();
  await db.schema
    .createIndex('audit_events_resource')
    .on('audit_events')
    .columns(['resource_type', 'resource_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_events_time').on('audit_events').column('occurred_at').execute();

  await db.schema
    .createTable('data_keys')
    .addColumn('id', types.text, (c) => c.primaryKey())
    .addColumn('wrapped', types.text, (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('active', types.boolean, (c) => c.notNull())
    .execute();
}
