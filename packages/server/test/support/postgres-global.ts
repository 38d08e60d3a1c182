/**
 * Vitest global set-up for the PostgreSQL integration tests (vitest.config.ts), which run two files at a time.
 *
 * Every file makes its own schema, and Kysely's migrator looks for its tables by introspecting the whole
 * database's catalog: a schema dropped by one file while another file's migrator reads the catalog fails that
 * query ("schema … does not exist"), and schemas kept until the end make every later introspection slower
 * (the migrator reads every column of every table of every schema, several times per migration run).
 *
 * So each Vitest worker (VITEST_POOL_ID) gets its own database, named after this run (databases.ts creates it
 * on first use). A worker runs one file at a time, so its files drop their schemas as soon as they are done
 * without racing anyone, and the catalog stays small. Every database and schema of the run is dropped here,
 * after the last file. Without the right to create databases, schemas go into PUTOKAZ_TEST_DATABASE_URL's
 * database under this run's prefix and are only dropped here.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's name (lower-case letters and digits): a prefix of its PostgreSQL databases and schemas. */
    putokazPostgresRun: string;
  }
}

const url = process.env.PUTOKAZ_TEST_DATABASE_URL?.trim() || undefined;
/** 't', the start time in base 36 (so leftovers of an interrupted run can be told by age), 4 random characters. */
const run = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6).padEnd(4, '0')}`;
/** Databases and schemas left by runs that were killed before their teardown go after this long. */
const STALE_MS = 24 * 60 * 60 * 1000;

/** The name of a worker's database: the base database's name, the run, the worker; at most 63 bytes. */
export function workerDatabaseName(baseDatabase: string, runName: string, worker: string): string {
  return `${baseDatabase.slice(0, 40)}_${runName}_w${worker}`;
}

/** The name of the base database in a postgres:// URL. */
export function baseDatabaseName(connectionString: string): string {
  return decodeURIComponent(new URL(connectionString).pathname.slice(1)) || 'postgres';
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Drops every database and schema of a run for which `drops(runName)` holds: the workers' databases
 * (workerDatabaseName) and the schemas `<run>_…` in the base database.
 */
async function dropRuns(drops: (runName: string) => boolean): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const prefix = `${baseDatabaseName(url as string).slice(0, 40)}_`;
    const databases = await client.query<{ name: string }>(
      'select datname as name from pg_database where starts_with(datname, $1)',
      [prefix],
    );
    for (const { name } of databases.rows) {
      const of = /^(t[0-9a-z]{12,})_w\d+$/.exec(name.slice(prefix.length))?.[1];
      if (of && drops(of)) await client.query(`drop database if exists ${quote(name)} with (force)`);
    }
    const schemas = await client.query<{ name: string }>(
      "select nspname as name from pg_namespace where nspname ~ '^t[0-9a-z]{12,}_'",
    );
    for (const { name } of schemas.rows) {
      const of = /^(t[0-9a-z]{12,})_/.exec(name)?.[1];
      if (of && drops(of)) await client.query(`drop schema if exists ${quote(name)} cascade`);
    }
  } finally {
    await client.end();
  }
}

export async function setup(project: TestProject): Promise<void> {
  project.provide('putokazPostgresRun', run);
  // Leftovers of runs that were killed before their teardown (never those of a run that may still be going).
  if (url) await dropRuns((of) => Date.now() - Number.parseInt(of.slice(1, -4), 36) > STALE_MS);
}

export async function teardown(): Promise<void> {
  if (url) await dropRuns((of) => of === run);
}
