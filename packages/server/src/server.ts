import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ConfigError, ensureDataDir, loadConfig, type Config } from './config.js';
import { connectDatabase, type DatabaseHandle } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { issueSetupTokenIfNeeded, SETUP_TOKEN_LIFETIME_HOURS } from './features/setup/setup-tokens.js';
import { buildApp } from './http/app.js';
import { openServerSecrets, type ServerSecrets } from './security/runtime.js';

export interface RunningServer {
  app: FastifyInstance;
  config: Config;
  database: DatabaseHandle;
  secrets: ServerSecrets;
  url: string;
  stop(): Promise<void>;
}

/** Where the one-time setup link is also written (mode 0600), for operators who missed the console line. */
export function setupLinkPath(dataDir: string): string {
  return join(dataDir, 'setup-link.txt');
}

function listenError(error: unknown, config: Config): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new ConfigError(
      'PORT',
      `PORT ${config.port} is already in use on ${config.host}. Stop the other process or set PORT to a free port.`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new ConfigError(
      'HOST',
      `HOST "${config.host}" is not an address of this machine. Use 127.0.0.1 or 0.0.0.0.`,
    );
  }
  if (code === 'EACCES') {
    return new ConfigError(
      'PORT',
      `PORT ${config.port} needs privileges on this machine. Use a port above 1023.`,
    );
  }
  return error as Error;
}

/**
 * Starts the platform: configuration, data directory, database, migrations, HTTP server, and on a first
 * start the setup link. Every start-up problem is thrown as a ConfigError with a one-line message.
 */
export async function startServer(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<RunningServer> {
  const config = loadConfig(env);
  ensureDataDir(config.dataDir);
  const database = await connectDatabase(config.database);
  let app: FastifyInstance | undefined;
  let secrets: ServerSecrets;
  try {
    await migrateToLatest(database.db, database.dialect);
    secrets = await openServerSecrets(database.db, database.dialect, { env, dataDir: config.dataDir });
    app = await buildApp({ config, database, secrets });
    for (const warning of secrets.warnings) app.log.warn(`SECURITY WARNING: ${warning}`);
    try {
      await app.listen({ host: config.host, port: config.port });
    } catch (error) {
      throw listenError(error, config);
    }
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  const issued = await issueSetupTokenIfNeeded(database.db);
  const linkFile = setupLinkPath(config.dataDir);
  if (issued) {
    const link = `${config.publicUrl ?? url}/console/setup?token=${issued.token}`;
    rmSync(linkFile, { force: true });
    writeFileSync(linkFile, `${link}\nvalid until ${issued.expiresAt}, single use\n`, { mode: 0o600 });
    // Written to the terminal, not to the log: log lines may be shipped elsewhere, this link must not be.
    process.stdout.write(
      `\nNo staff accounts yet. Create the first administrator (link valid ${SETUP_TOKEN_LIFETIME_HOURS} h, single use):\n  ${link}\n  (also written to ${linkFile})\n\n`,
    );
  } else {
    rmSync(linkFile, { force: true });
  }

  const running = app;
  return {
    app: running,
    config,
    database,
    secrets,
    url,
    stop: async () => {
      await running.close();
      await database.close();
    },
  };
}
