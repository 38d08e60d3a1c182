import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connection.js';
import { buildApp } from '../src/http/app.js';
import { LogCapture, memorySecrets } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';

describeEachDatabase('health when the database is unreachable', (dialect) => {
  it('answers 503 with the database name', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'putokaz-health-'));
    const config = loadConfig({ PUTOKAZ_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUTOKAZ_WEB_DIR: dataDir });
    const database = openDatabase(
      dialect === 'sqlite'
        ? { dialect: 'sqlite', path: join(dataDir, 'db.sqlite') }
        : { dialect: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' },
    );
    const app = await buildApp({
      config,
      database,
      secrets: await memorySecrets(),
      logStream: new LogCapture(),
    });
    if (dialect === 'sqlite') {
      expect((await app.inject('/healthz')).statusCode).toBe(200);
      // The connection to the database file is lost under the running server.
      await database.close();
    }
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable', database: dialect });
    await app.close();
    if (dialect === 'postgres') await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
