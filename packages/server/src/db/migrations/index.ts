import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-staff-security.js';
import * as m0003 from './0003-persons.js';
import * as m0004 from './0004-offer-check.js';

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
};
