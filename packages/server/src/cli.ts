import { Command, CommanderError } from 'commander';
import { ConfigError, ensureDataDir, loadConfig } from './config.js';
import { connectDatabase, type DatabaseHandle } from './db/connection.js';
import { migrateToLatest, migrationStatus, MigrationError } from './db/migrate.js';
import { issueSetupTokenIfNeeded } from './features/setup/setup-tokens.js';
import { registerAuditCommands } from './features/audit/cli.js';
import type { CliCommandContext } from './cli-context.js';
import { registerKeyCommands } from './features/keys/cli.js';
import { registerOfferCheckCommands } from './features/offer-check/cli.js';
import { registerContentCommands } from './features/content/cli.js';
import { registerUserCommands } from './features/users/cli.js';
import { KeyError } from './security/errors.js';
import { openServerSecrets } from './security/runtime.js';
import { VERSION } from './version.js';

/** Output streams of the CLI, replaceable in tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
};

async function withDatabase<T>(io: CliIo, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  if (config.database.dialect === 'sqlite') ensureDataDir(config.dataDir);
  const handle = await connectDatabase(config.database);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

export function buildCli(io: CliIo = defaultIo): Command {
  const program = new Command('putokaz')
    .description('Putokaz: Safe at Work public app and staff console')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('start')
    .description('apply migrations and serve the platform (same as npm start after a build)')
    .action(async () => {
      await import('./main.js');
    });

  program
    .command('migrate')
    .description('apply pending database migrations (also done on every start)')
    .option('--status', 'list applied and pending migrations without changing anything')
    .action(async (options: { status?: boolean }) => {
      await withDatabase(io, async ({ db, dialect }) => {
        if (options.status) {
          const status = await migrationStatus(db, dialect);
          io.out(`database: ${dialect}\n`);
          for (const name of status.applied) io.out(`applied  ${name}\n`);
          for (const name of status.pending) io.out(`pending  ${name}\n`);
          return;
        }
        const applied = await migrateToLatest(db, dialect);
        io.out(
          applied.length
            ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n`
            : 'database is up to date\n',
        );
      });
    });

  program
    .command('setup-link')
    .description(
      'issue a new single-use link to create the first administrator (only while no staff account exists)',
    )
    .action(async () => {
      await withDatabase(io, async ({ db, dialect }) => {
        await migrateToLatest(db, dialect);
        const config = loadConfig(io.env);
        const issued = await issueSetupTokenIfNeeded(db);
        if (!issued) {
          io.err(
            'putokaz: staff accounts exist already; an administrator creates further accounts in the console\n',
          );
          throw new CliFailure();
        }
        const origin = config.publicUrl ?? `http://${config.host}:${config.port}`;
        io.out(
          `${origin}/console/setup?token=${issued.token}\nvalid until ${issued.expiresAt}, single use\n`,
        );
      });
    });

  const context: CliCommandContext = {
    io,
    config: () => loadConfig(io.env),
    withSecrets: (work) =>
      withDatabase(io, async (handle) => {
        await migrateToLatest(handle.db, handle.dialect);
        const config = loadConfig(io.env);
        const secrets = await openServerSecrets(handle.db, handle.dialect, {
          env: io.env,
          dataDir: config.dataDir,
        });
        return work(handle, secrets);
      }),
  };
  registerUserCommands(program, context);
  registerKeyCommands(program, context);
  registerOfferCheckCommands(program, context);
  registerContentCommands(program, context);

  registerAuditCommands(program, io, withDatabase);
  return program;
}

/** A command that already printed its own message and only needs the exit code 1. */
class CliFailure extends Error {}

/** Runs the CLI; returns the exit code. Known problems print one line, never a stack trace. */
export async function run(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    await buildCli(io).parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliFailure) return 1;
    if (error instanceof ConfigError || error instanceof MigrationError || error instanceof KeyError) {
      io.err(`putokaz: ${error.message}\n`);
      return 1;
    }
    io.err(`putokaz: ${(error as Error).message}\n`);
    return 1;
  }
}
