import { sql, type Kysely } from 'kysely';
import { oneOf, type MigrationContext } from './context.js';

/**
 * Person details (identity fields encrypted in the application; the statistical fields in clear), the history
 * of changes (field names and versions only, never values), consent events per purpose, and erasure requests
 * that a supervisor approves. Indexes for the list order and for the blind-index lookups at 100,000 persons.
 */
export async function up(db: Kysely<unknown>, { types }: MigrationContext): Promise<void> {
  const columns: [string, (typeof types)[keyof typeof types]][] = [
    ['aliases', types.text], // ciphertext of a JSON array of names
    ['birth_date', types.text], // ciphertext of {"date":"YYYY-MM-DD"} or {"year":1990}
    ['documents', types.text], // ciphertext of a JSON array of {type, number, issuingCountry}
    ['emails', types.text], // ciphertext of a JSON array
    ['addresses', types.text], // ciphertext of a JSON array of {address, city, country}
    ['sex', types.text],
    ['citizenships', types.json], // ISO 3166-1 alpha-2 codes
    ['languages', types.json],
    ['identified_on', types.date],
    ['vulnerabilities', types.json],
    ['age_band', types.text], // set when the person is erased (from the year of birth)
    ['erased_at', types.timestamp],
  ];
  for (const [name, type] of columns) {
    await db.schema.alterTable('persons').addColumn(name, type).execute();
  }
  await db.schema.createIndex('persons_created').on('persons').columns(['created_at', 'id']).execute();
  // Search ranks blind-index matches with the scope check: both indexes cover the columns read, so thousands
  // of matches for a common name never touch the (large, encrypted) person rows.
  await db.schema
    .createIndex('person_identifiers_cover')
    .on('person_identifiers')
    .columns(['kind', 'hash', 'person_id'])
    .execute();
  await db.schema.dropIndex('person_identifiers_lookup').execute();
  await db.schema
    .createIndex('persons_scope')
    .on('persons')
    .columns(['id', 'team', 'assigned_to', 'created_by'])
    .execute();
  await db.schema
    .createIndex('persons_created_by')
    .on('persons')
    .columns(['created_by', 'created_at'])
    .execute();

  await db.schema
    .createTable('person_history')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('person_id', types.id, (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('version', types.integer, (c) => c.notNull())
    .addColumn('action', types.text, (c) =>
      c
        .notNull()
        .check(
          oneOf('action', ['create', 'update', 'consent', 'erasureRequest', 'erasureRejected', 'erasure']),
        ),
    )
    .addColumn('fields', types.json, (c) => c.notNull()) // names of the fields, never values
    .addColumn('actor_id', types.id, (c) => c.notNull())
    .addColumn('occurred_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('person_history_person')
    .on('person_history')
    .columns(['person_id', 'occurred_at', 'id'])
    .execute();

  await db.schema
    .createTable('person_consent_events')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('person_id', types.id, (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('purpose', types.text, (c) =>
      c
        .notNull()
        .check(
          oneOf('purpose', [
            'keepData',
            'contactByPhone',
            'shareWithPartner',
            'anonymizedStatistics',
            'testimonyInReport',
          ]),
        ),
    )
    .addColumn('action', types.text, (c) => c.notNull().check(oneOf('action', ['given', 'withdrawn'])))
    .addColumn('occurred_on', types.date, (c) => c.notNull())
    .addColumn('method', types.text, (c) =>
      c.notNull().check(oneOf('method', ['verbal', 'written', 'electronic'])),
    )
    .addColumn('partner', types.text) // ciphertext of the partner's name (shareWithPartner only)
    .addColumn('recorded_by', types.id, (c) => c.notNull())
    .addColumn('recorded_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('person_consent_events_person')
    .on('person_consent_events')
    .columns(['person_id', 'recorded_at'])
    .execute();

  await db.schema
    .createTable('person_erasure_requests')
    .addColumn('id', types.id, (c) => c.primaryKey())
    .addColumn('person_id', types.id, (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('status', types.text, (c) =>
      c.notNull().check(oneOf('status', ['pending', 'approved', 'rejected'])),
    )
    .addColumn('reason', types.text) // ciphertext; removed when the erasure is approved
    .addColumn('requested_by', types.id, (c) => c.notNull())
    .addColumn('requested_at', types.timestamp, (c) => c.notNull())
    .addColumn('decided_by', types.id)
    .addColumn('decided_at', types.timestamp)
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', types.integer, (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('person_erasure_requests_person')
    .on('person_erasure_requests')
    .columns(['person_id', 'status'])
    .execute();
  await db.schema
    .createIndex('person_erasure_requests_status')
    .on('person_erasure_requests')
    .columns(['status', 'requested_at', 'id'])
    .execute();
  // At most one pending request per person.
  await sql`create unique index person_erasure_requests_one_pending on person_erasure_requests (person_id) where status = 'pending'`.execute(
    db,
  );
}
