import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, inject } from 'vitest';
import type { DatabaseConfig } from '../../src/config.js';
import type { DialectName } from '../../src/db/dialect.js';
import { baseDatabaseName, workerDatabaseName } from './postgres-global.js';

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

/**
 * A fresh database: a new SQLite file in a new directory, or a new PostgreSQL schema (in this Vitest worker's own
 * database, see postgres-global.ts).
 */
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
  const target = await workerDatabase(POSTGRES_URL);
  const schema = `${target.schemaPrefix}${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  // `options` must be percent-encoded (%20, not +): the pg driver decodes it with decodeURIComponent.
  const url = `${target.url}${target.url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    dialect,
    config: { dialect: 'postgres', url: target.url, schema },
    env: { PUTOKAZ_DATA_DIR: dataDir, DATABASE_URL: url },
    dataDir,
    cleanup: async () => {
      if (target.dropSchemas) {
        const client = new pg.Client({ connectionString: target.url });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface WorkerDatabase {
  /** The database this worker's schemas go into. */
  url: string;
  schemaPrefix: string;
  /** Whether a file may drop its schema when done: only when no other file uses the same database. */
  dropSchemas: boolean;
}

let worker: Promise<WorkerDatabase> | undefined;

/**
 * This worker's own database (see postgres-global.ts), created on first use. Without the global set-up (a
 * different Vitest config), schemas go into the base database and are dropped by their file, as files then
 * share it only if run one at a time; without the right to create databases, they go into the base database
 * under the run's prefix and stay until the run's teardown.
 */
function workerDatabase(base: string): Promise<WorkerDatabase> {
  worker ??= (async (): Promise<WorkerDatabase> => {
    const run = inject('putokazPostgresRun');
    if (!run) return { url: base, schemaPrefix: 't_', dropSchemas: true };
    const name = workerDatabaseName(baseDatabaseName(base), run, process.env.VITEST_POOL_ID ?? '0');
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.query(`create database "${name}"`);
          break;
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code === '42P04') break; // duplicate_database: an earlier file of this worker made it
          if (code === '42501') return { url: base, schemaPrefix: `${run}_`, dropSchemas: false };
          // object_in_use: another worker was copying the template at the same moment
          if (code !== '55006' || attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    } finally {
      await admin.end();
    }
    const url = new URL(base);
    url.pathname = `/${encodeURIComponent(name)}`;
    return { url: url.toString(), schemaPrefix: 's_', dropSchemas: true };
  })();
  return worker;
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
