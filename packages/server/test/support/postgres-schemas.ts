/**
 * Vitest global set-up for the PostgreSQL integration tests. Test files run two at a time, and each creates its
 * own schema; dropping a schema while another file's migrator introspects the catalog can fail that query
 * ("schema … does not exist"). So schemas are not dropped by the files: every schema of this run shares a
 * prefix provided here, and all of them are dropped once, after the last file has finished.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresSchemaPrefix: string;
  }
}

const url = process.env.PUTOKAZ_TEST_DATABASE_URL?.trim() || undefined;
const prefix = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}_`;

export function setup(project: TestProject): void {
  project.provide('postgresSchemaPrefix', prefix);
}

export async function teardown(): Promise<void> {
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'select nspname as name from pg_namespace where starts_with(nspname, $1)',
      [prefix],
    );
    for (const { name } of rows) await client.query(`drop schema if exists "${name}" cascade`);
  } finally {
    await client.end();
  }
}
