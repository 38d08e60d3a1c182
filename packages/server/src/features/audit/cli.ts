/** `putokaz audit verify [--checkpoint FILE]` and `putokaz audit checkpoint`. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliIo } from '../../cli.js';
import { loadConfig } from '../../config.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { openServerSecrets } from '../../security/runtime.js';
import { createCheckpoint, verifyAuditChain } from './audit-log.js';
import { formatCheckpoint, parseCheckpoint } from './checkpoint.js';

/** cli.ts's helper: opens the configured database, runs `work`, closes it. */
export type WithDatabase = <T>(io: CliIo, work: (handle: DatabaseHandle) => Promise<T>) => Promise<T>;

/** A failed check: `run` prints `putokaz: <message>` on one line and exits with code 1. */
export class AuditCliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditCliError';
  }
}

/** The checkpoint key, from the master key exactly as the server opens it. */
async function checkpointKeyOf(io: CliIo, { db, dialect }: DatabaseHandle) {
  const secrets = await openServerSecrets(db, dialect, { env: io.env, dataDir: loadConfig(io.env).dataDir });
  for (const warning of secrets.warnings) io.err(`putokaz: warning: ${warning}\n`);
  return secrets.checkpointKey;
}

function readCheckpointFile(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new AuditCliError(`cannot read the checkpoint file ${path} (${code})`);
  }
  try {
    return parseCheckpoint(text);
  } catch (error) {
    throw new AuditCliError(`${path}: ${(error as Error).message}`);
  }
}

export function registerAuditCommands(program: Command, io: CliIo, withDatabase: WithDatabase): void {
  const audit = program.command('audit').description('check the hash-chained audit trail');

  audit
    .command('verify')
    .description(
      'check the whole audit chain; exit code 0 when it verifies, 1 naming the first broken event otherwise',
    )
    .option(
      '--checkpoint <file>',
      'also check against a checkpoint made earlier by "putokaz audit checkpoint" (detects truncation and rewriting)',
    )
    .action(async (options: { checkpoint?: string }) => {
      const checkpoint =
        options.checkpoint === undefined ? undefined : readCheckpointFile(options.checkpoint);
      await withDatabase(io, async (handle) => {
        await migrateToLatest(handle.db, handle.dialect);
        const checkpointKey = checkpoint ? await checkpointKeyOf(io, handle) : undefined;
        const started = performance.now();
        const result = await verifyAuditChain(handle.db, { checkpoint, checkpointKey });
        if (!result.ok) throw new AuditCliError(result.message);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const against = checkpoint
          ? `; consistent with the checkpoint of ${checkpoint.createdAt} (${checkpoint.count} events)`
          : '';
        io.out(
          `audit chain verified: ${result.count} events, head ${result.headHash}${against} (${seconds} s)\n`,
        );
      });
    });

  audit
    .command('checkpoint')
    .description(
      'verify the chain and print a signed checkpoint (event count and head hash); keep it off the server',
    )
    .action(async () => {
      await withDatabase(io, async (handle) => {
        await migrateToLatest(handle.db, handle.dialect);
        const checkpointKey = await checkpointKeyOf(io, handle);
        const checkpoint = await createCheckpoint(handle.db, checkpointKey).catch((error: unknown) => {
          throw new AuditCliError(`no checkpoint made: ${(error as Error).message}`);
        });
        io.out(formatCheckpoint(checkpoint));
      });
    });
}
