import { createSecretKey } from 'node:crypto';
import { Writable } from 'node:stream';
import { Keyring } from '../../src/security/keyring.js';
import { MemoryDataKeyStore } from '../security/helpers.js';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.js';
import type { DialectName } from '../../src/db/dialect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { buildApp } from '../../src/http/app.js';
import { openServerSecrets, type ServerSecrets } from '../../src/security/runtime.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/** A fixed synthetic master key for tests (never used outside them). */
export const TEST_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

/** Secrets on an in-memory key store, for tests that need no database-backed keys. */
export async function memorySecrets(): Promise<ServerSecrets> {
  const keyring = await Keyring.open(Buffer.from(TEST_MASTER_KEY, 'base64'), new MemoryDataKeyStore());
  return {
    keyring,
    checkpointKey: createSecretKey(Buffer.alloc(32, 9)),
    masterKeySource: 'env',
    warnings: [],
  };
}

/** Collects every log line the app writes, for assertions on what reaches the log. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  database: DatabaseHandle;
  secrets: ServerSecrets;
  testDatabase: TestDatabase;
  logs: LogCapture;
  close(): Promise<void>;
}

/** A migrated database and the HTTP app on it, driven with app.inject (no port). */
export async function createTestApp(
  dialect: DialectName,
  options: { env?: Record<string, string>; configure?: (app: FastifyInstance) => void | Promise<void> } = {},
): Promise<TestApp> {
  const testDatabase = await createTestDatabase(dialect);
  const config = loadConfig({
    LOG_LEVEL: 'trace',
    PUTOKAZ_WEB_DIR: testDatabase.dataDir,
    ...testDatabase.env,
    ...options.env,
  });
  config.database = testDatabase.config;
  const database = openDatabase(testDatabase.config);
  await migrateToLatest(database.db, database.dialect);
  const secrets = await openServerSecrets(database.db, database.dialect, {
    env: { PUTOKAZ_MASTER_KEY: TEST_MASTER_KEY, ...options.env },
    dataDir: testDatabase.dataDir,
  });
  const logs = new LogCapture();
  const app = await buildApp({ config, database, secrets, logStream: logs });
  await options.configure?.(app);
  await app.ready();
  return {
    app,
    config,
    database,
    secrets,
    testDatabase,
    logs,
    close: async () => {
      await app.close();
      await database.close();
      await testDatabase.cleanup();
    },
  };
}
