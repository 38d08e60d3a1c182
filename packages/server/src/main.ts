#!/usr/bin/env node
import { ConfigError } from './config.js';
import { MigrationError } from './db/migrate.js';
import { KeyError } from './security/errors.js';
import { startServer } from './server.js';

/** Runs the server until SIGINT or SIGTERM; a start-up problem prints one line and exits with code 1. */
export async function main(): Promise<void> {
  let server;
  try {
    server = await startServer(process.env);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MigrationError || error instanceof KeyError) {
      process.stderr.write(`putokaz: ${error.message}\n`);
    } else {
      process.stderr.write(`putokaz: start-up failed: ${(error as Error).message}\n`);
    }
    process.exitCode = 1;
    return;
  }
  const { app, url, database } = server;
  app.log.info({ url, database: database.dialect }, `listening on ${url}`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

await main();
