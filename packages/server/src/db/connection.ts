import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { ConfigError, type DatabaseConfig } from '../config.js';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Resolves when the database answers a trivial query; rejects when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// Make pg return what better-sqlite3 returns: numbers for int8 and ISO strings for timestamptz.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (value) => new Date(value).toISOString());
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

function describePostgres(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured server';
  }
}

function openSqlite(path: string): DatabaseHandle {
  let raw: SqliteDatabase.Database;
  try {
    raw = new SqliteDatabase(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new ConfigError(
      'PUTOKAZ_DATA_DIR',
      `Cannot open the SQLite database at ${path} (${(error as Error).message}). Check PUTOKAZ_DATA_DIR and its permissions.`,
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    db,
    dialect: 'sqlite',
    // Reads the database header, so a file that was removed, replaced or corrupted is noticed.
    ping: async () => {
      await sql`pragma schema_version`.execute(db);
    },
    close: async () => {
      await db.destroy();
    },
  };
}

function openPostgres(url: string, schema: string | undefined): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      await db.destroy();
    },
  };
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  return config.dialect === 'sqlite' ? openSqlite(config.path) : openPostgres(config.url, config.schema);
}

/** Opens the database and checks that it answers; connection problems become one clear ConfigError. */
export async function connectDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  const handle = openDatabase(config);
  try {
    await handle.ping();
  } catch (error) {
    await handle.close().catch(() => undefined);
    if (config.dialect === 'postgres') {
      const reason = (error as { code?: string }).code ?? (error as Error).message;
      throw new ConfigError(
        'DATABASE_URL',
        `Cannot connect to PostgreSQL at ${describePostgres(config.url)} (${reason}). Check that the server runs and that DATABASE_URL is right, or unset DATABASE_URL to use SQLite.`,
      );
    }
    throw new ConfigError(
      'PUTOKAZ_DATA_DIR',
      `Cannot use the SQLite database at ${config.path} (${(error as Error).message}). Check PUTOKAZ_DATA_DIR.`,
    );
  }
  return handle;
}
