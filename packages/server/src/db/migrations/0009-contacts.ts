import type { Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

// The vocabularies as they were when this migration was written (a migration never changes afterwards).
const DIRECTIONS = ['incoming', 'outgoing'];
const CHANNELS = [
  'phone',
  'sms',
  'messaging',
  'email',
  'webForm',
  'walkIn',
  'outreach',
  'institutionReferral',
];
const CALLER_KINDS = ['personConcerned', 'family', 'friend', 'professional', 'anonymous'];
const TOPICS = ['offerCheck', 'exploitationReport', 'helpRequest', 'information', 'missingPerson', 'other'];
const URGENCIES = ['low', 'normal', 'high', 'immediateDanger'];
const OUTCOMES = ['informationGiven', 'offerChecked', 'referred', 'caseOpened', 'linkedToCase', 'noAction'];

/**
 * Hotline contacts: the log of every incoming or outgoing contact. The caller's name and phone number and the
 * summary are encrypted in the application; keyed blind indexes of the normalized phone number and of the
 * name tokens (`contact_identifiers`) let the operator see earlier contacts while typing. `contact_changes`
 * keeps who changed which fields of a contact, and when (never the values). `case_id` has no foreign key:
 * cases arrive in their own migration, and the contacts feature checks a case exists when it links one.
 */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('code', types.text, (c) => c.notNull().unique())
    .addColumn('occurred_at', types.timestamp, (c) => c.notNull())
    .addColumn('direction', types.text, (c) => c.notNull().check(oneOf('direction', DIRECTIONS)))
    .addColumn('channel', types.text, (c) => c.notNull().check(oneOf('channel', CHANNELS)))
    .addColumn('caller_kind', types.text, (c) => c.notNull().check(oneOf('caller_kind', CALLER_KINDS)))
    .addColumn('caller_name', types.text) // ciphertext
    .addColumn('caller_phone', types.text) // ciphertext (E.164 when it was a number, else as given)
    .addColumn('language', types.text)
    .addColumn('topic', types.text, (c) => c.notNull().check(oneOf('topic', TOPICS)))
    .addColumn('urgency', types.text, (c) => c.notNull().check(oneOf('urgency', URGENCIES)))
    .addColumn('summary', types.text) // ciphertext
    .addColumn('outcome', types.text, (c) => c.check(oneOf('outcome', OUTCOMES)))
    .addColumn('duration_minutes', types.integer)
    .addColumn('handled_by', types.id, (c) => c.notNull().references('staff_users.id'))
    .addColumn('person_id', types.id, (c) => c.references('persons.id').onDelete('set null'))
    .addColumn('case_id', types.id)
    .addColumn('help_request_id', types.id)
    .addColumn('team', types.text)
    .addColumn('created_by', types.id, (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('contacts_team')
    .on('contacts')
    .columns(['team', 'occurred_at', 'id'])
    .execute();
  await db.schema
    .createIndex('contacts_handled_by')
    .on('contacts')
    .columns(['handled_by', 'occurred_at'])
    .execute();
  await db.schema.createIndex('contacts_occurred').on('contacts').columns(['occurred_at', 'id']).execute();
  await db.schema
    .createIndex('contacts_person')
    .on('contacts')
    .columns(['person_id', 'occurred_at'])
    .execute();
  await db.schema.createIndex('contacts_case').on('contacts').column('case_id').execute();
  await db.schema.createIndex('contacts_help_request').on('contacts').column('help_request_id').execute();

  await db.schema
    .createTable('contact_identifiers')
    .addColumn('contact_id', types.id, (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('kind', types.text, (c) => c.notNull().check(oneOf('kind', ['name', 'phone'])))
    .addColumn('hash', types.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_identifiers_pk', ['contact_id', 'kind', 'hash'])
    .execute();
  await db.schema
    .createIndex('contact_identifiers_lookup')
    .on('contact_identifiers')
    .columns(['kind', 'hash'])
    .execute();

  await db.schema
    .createTable('contact_changes')
    .addColumn('contact_id', types.id, (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('version', types.integer, (c) => c.notNull())
    .addColumn('action', types.text, (c) => c.notNull().check(oneOf('action', ['create', 'update'])))
    .addColumn('changed_at', types.timestamp, (c) => c.notNull())
    .addColumn('changed_by', types.id, (c) => c.notNull())
    .addColumn('fields', types.json, (c) => c.notNull()) // JSON array of field names, never values
    .addPrimaryKeyConstraint('contact_changes_pk', ['contact_id', 'version'])
    .execute();
}
