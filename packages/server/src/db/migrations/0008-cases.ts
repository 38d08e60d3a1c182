import type { Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

// The vocabularies as they were when this migration was written (a migration never changes afterwards).
const KINDS = ['individual', 'group'];
const STATUSES = ['open', 'assistance', 'followUp', 'closed'];
const CLOSE_REASONS = [
  'assistanceCompleted',
  'personDeclined',
  'lostContact',
  'referredElsewhere',
  'notTrafficking',
  'duplicate',
  'other',
];
const CHANNELS = ['socialNetworkAd', 'acquaintance', 'agency', 'family', 'online', 'other'];
const ROLES = ['victim', 'presumedVictim', 'witness', 'familyMember'];
const CHANGE_KINDS = [
  'create',
  'update',
  'status',
  'closeRequest',
  'closeRejected',
  'personAdded',
  'personRole',
  'personRemoved',
];
const SERVICE_TYPES = [
  'foodPackage',
  'hygieneKit',
  'otherAidInKind',
  'medicalCare',
  'psychologicalSupport',
  'medication',
  'transport',
  'accommodation',
  'legalAid',
  'accompaniment',
  'financialSupport',
  'educationEmploymentSupport',
  'offerCheck',
  'familyContact',
  'returnAssistance',
  'documents',
];
const INSTITUTIONS = [
  'embassy',
  'police',
  'court',
  'prosecutor',
  'doctor',
  'hospital',
  'socialWelfare',
  'employmentService',
  'other',
];

/**
 * Cases (individual or group), the persons taking part in them with a role, the history of every change
 * (who, when, which fields; status changes and membership changes too), keyed blind indexes of the names of
 * the entities involved, and the services delivered to persons. The narrative, the entity list and service
 * notes are encrypted in the application.
 */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('code', types.text, (c) => c.notNull().unique())
    .addColumn('kind', types.text, (c) => c.notNull().check(oneOf('kind', KINDS)))
    .addColumn('status', types.text, (c) => c.notNull().defaultTo('open').check(oneOf('status', STATUSES)))
    .addColumn('close_reason', types.text, (c) => c.check(oneOf('close_reason', CLOSE_REASONS)))
    .addColumn('closed_at', types.timestamp)
    .addColumn('close_requested_reason', types.text, (c) =>
      c.check(oneOf('close_requested_reason', CLOSE_REASONS)),
    )
    .addColumn('close_requested_by', types.id)
    .addColumn('close_requested_at', types.timestamp)
    .addColumn('forms', types.json, (c) => c.notNull()) // JSON array of exploitation forms
    .addColumn('sector', types.text)
    .addColumn('places', types.json, (c) => c.notNull()) // JSON array of {stage, country, city?}
    .addColumn('period_from', types.text) // YYYY, YYYY-MM or YYYY-MM-DD
    .addColumn('period_to', types.text)
    .addColumn('recruitment_channel', types.text, (c) => c.check(oneOf('recruitment_channel', CHANNELS)))
    .addColumn('indicators', types.json, (c) => c.notNull()) // JSON array of indicator ids
    .addColumn('entities', types.text) // ciphertext of a JSON array of {kind, name, note?}
    .addColumn('narrative', types.text) // ciphertext
    .addColumn('team', types.text)
    .addColumn('assigned_to', types.id)
    .addColumn('created_by', types.id, (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('cases_team').on('cases').columns(['team', 'created_at', 'id']).execute();
  await db.schema.createIndex('cases_assigned').on('cases').columns(['assigned_to', 'created_at']).execute();
  await db.schema.createIndex('cases_status').on('cases').columns(['status', 'created_at', 'id']).execute();
  await db.schema.createIndex('cases_created').on('cases').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('case_identifiers')
    .addColumn('case_id', types.id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', types.text, (c) => c.notNull().check(oneOf('kind', ['entity'])))
    .addColumn('hash', types.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('case_identifiers_pk', ['case_id', 'kind', 'hash'])
    .execute();
  await db.schema
    .createIndex('case_identifiers_lookup')
    .on('case_identifiers')
    .columns(['kind', 'hash'])
    .execute();

  await db.schema
    .createTable('case_persons')
    .addColumn('case_id', types.id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('person_id', types.id, (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('role', types.text, (c) => c.notNull().check(oneOf('role', ROLES)))
    .addColumn('added_at', types.timestamp, (c) => c.notNull())
    .addColumn('added_by', types.id, (c) => c.notNull())
    .addColumn('removed_at', types.timestamp)
    .addColumn('removed_by', types.id)
    .addPrimaryKeyConstraint('case_persons_pk', ['case_id', 'person_id'])
    .execute();
  await db.schema.createIndex('case_persons_person').on('case_persons').column('person_id').execute();

  await db.schema
    .createTable('case_changes')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('case_id', types.id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('version', types.integer, (c) => c.notNull()) // the case's version after the change
    .addColumn('kind', types.text, (c) => c.notNull().check(oneOf('kind', CHANGE_KINDS)))
    .addColumn('fields', types.json, (c) => c.notNull()) // JSON array of field names, never values
    .addColumn('from_status', types.text)
    .addColumn('to_status', types.text)
    .addColumn('reason', types.text)
    .addColumn('person_id', types.id, (c) => c.references('persons.id').onDelete('cascade'))
    .addColumn('role', types.text)
    .addColumn('actor_id', types.id, (c) => c.notNull())
    .addColumn('occurred_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_changes_case')
    .on('case_changes')
    .columns(['case_id', 'occurred_at', 'id'])
    .execute();
  await db.schema
    .createIndex('case_changes_person')
    .on('case_changes')
    .columns(['person_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('services')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('person_id', types.id, (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('case_id', types.id, (c) => c.references('cases.id').onDelete('set null'))
    .addColumn('type', types.text, (c) => c.notNull().check(oneOf('type', SERVICE_TYPES)))
    .addColumn('institution_kind', types.text, (c) => c.check(oneOf('institution_kind', INSTITUTIONS)))
    .addColumn('delivered_on', types.date, (c) => c.notNull())
    // When the timeline places it: the delivery day at the time of day it was recorded.
    .addColumn('sort_at', types.timestamp, (c) => c.notNull())
    .addColumn('quantity', types.integer, (c) => c.notNull().defaultTo(1))
    .addColumn('cost_minor', types.bigint) // integer minor units of `currency`
    .addColumn('currency', types.text)
    .addColumn('provider', types.text, (c) =>
      c.notNull().check(oneOf('provider', ['organisation', 'partner'])),
    )
    .addColumn('partner_name', types.text)
    .addColumn('project', types.text)
    .addColumn('note', types.text) // ciphertext
    .addColumn('team', types.text)
    .addColumn('created_by', types.id, (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('services_person')
    .on('services')
    .columns(['person_id', 'sort_at', 'id'])
    .execute();
  await db.schema.createIndex('services_case').on('services').columns(['case_id', 'sort_at', 'id']).execute();
}
