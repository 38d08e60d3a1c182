import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import type { DatabaseConfig } from '../../src/config.js';
import type { DialectName } from '../../src/db/dialect.js';

/** PostgreSQL for integration tests: set by .ci/run, e.g. postgres://postgres@127.0.0.1:5432/putokaz_ci. */
export const POSTGRES_URL = process.env.PUTOKAZ_TEST_DATABASE_URL?.trim() || undefined;

let warned = false;
function warnSkipped(): void {
  if (warned) return;
  warned = true;
  console.warn(
    '\n*** PostgreSQL integration tests SKIPPED: PUTOKAZ_TEST_DATABASE_URL is not set. ' +
      'Set it to a postgres:// URL (see docs/development.md) to run every database test on PostgreSQL too. ***\n',
  );
}

export interface TestDatabase {
  dialect: DialectName;
  config: DatabaseConfig;
  /** A DATABASE_URL (or data directory) for spawning the real server against the same database. */
  env: Record<string, string>;
  dataDir: string;
  cleanup(): Promise<void>;
}

/** A fresh database: a new SQLite file in a new directory, or a new PostgreSQL schema. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'putokaz-test-'));
  if (dialect === 'sqlite') {
    return {
      dialect,
      config: { dialect: 'sqlite', path: join(dataDir, 'putokaz.sqlite') },
      env: { PUTOKAZ_DATA_DIR: dataDir },
      dataDir,
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (!POSTGRES_URL) throw new Error('PUTOKAZ_TEST_DATABASE_URL is not set');
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  // `options` must be percent-encoded (%20, not +): the pg driver decodes it with decodeURIComponent.
  const url = `${POSTGRES_URL}${POSTGRES_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    dialect,
    config: { dialect: 'postgres', url: POSTGRES_URL, schema },
    env: { PUTOKAZ_DATA_DIR: dataDir, DATABASE_URL: url },
    dataDir,
    cleanup: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a suite once per database: always SQLite, and PostgreSQL when PUTOKAZ_TEST_DATABASE_URL is set
 * (otherwise the PostgreSQL suite is reported as skipped, with a loud warning).
 */
export function describeEachDatabase(name: string, suite: (dialect: DialectName) => void): void {
  describe(`${name} [sqlite]`, () => suite('sqlite'));
  if (POSTGRES_URL) describe(`${name} [postgres]`, () => suite('postgres'));
  else {
    warnSkipped();
    describe.skip(`${name} [postgres] (skipped: PUTOKAZ_TEST_DATABASE_URL not set)`, () => suite('postgres'));
  }
}
