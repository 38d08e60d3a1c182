import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-staff-security.js';
import * as m0003 from './0003-persons.js';
import * as m0004 from './0004-offer-check.js';
import * as m0005 from './0005-help-requests.js';
import * as m0006 from './0006-content.js';
import * as m0007 from './0007-person-details.js';
import * as m0008 from './0008-cases.js';
import * as m0009 from './0009-contacts.js';
import * as m0010 from './0010-content-pages.js';
import * as m0011 from './0011-service-corrections.js';
import * as m0012 from './0012-audit-append-only.js';

export interface PutokazMigration {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

/**
 * The one migration set for both dialects, in order. Names never change once released; a new migration is
 * appended (expand/contract: add, backfill, switch, drop later). See docs/development.md.
 */
export const MIGRATIONS: Readonly<Record<string, PutokazMigration>> = {
  '0001-foundation': m0001,
  '0002-staff-security': m0002,
  '0003-persons': m0003,
  '0004-offer-check': m0004,
  '0005-help-requests': m0005,
  '0006-content': m0006,
  '0007-person-details': m0007,
  '0008-cases': m0008,
  '0009-contacts': m0009,
  '0010-content-pages': m0010,
  '0011-service-corrections': m0011,
  '0012-audit-append-only': m0012,
};
