import type { Command } from 'commander';
import type { CliCommandContext } from '../../cli-context.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { ciphertextsByKey, reencryptAll } from './rotation.js';

/** `putokaz keys status|rotate`: data keys of the field encryption. */
export function registerKeyCommands(program: Command, ctx: CliCommandContext): void {
  const keys = program.command('keys').description('data keys of the field encryption');

  keys
    .command('status')
    .description('list data keys and how many stored values each protects')
    .action(async () => {
      await ctx.withSecrets(async ({ db }, { keyring }) => {
        const counts = await ciphertextsByKey(db, keyring);
        for (const id of keyring.keyIds) {
          ctx.io.out(
            `${id}${id === keyring.activeKeyId ? ' (active)' : ''}\t${counts.get(id) ?? 0} value(s)\n`,
          );
        }
      });
    });

  keys
    .command('rotate')
    .description('create a new data key and re-encrypt every value under it (stop the servers first)')
    .option(
      '--resume',
      'finish an interrupted rotation: re-encrypt what is not yet under the active key, no new key',
    )
    .action(async (options: { resume?: boolean }) => {
      await ctx.withSecrets(async ({ db, dialect }, { keyring }) => {
        const previous = keyring.activeKeyId;
        const active = options.resume ? keyring.activeKeyId : await keyring.rotate();
        ctx.io.out(
          options.resume ? `resuming under ${active}\n` : `new active data key ${active} (was ${previous})\n`,
        );
        const results = await reencryptAll(db, keyring, {
          onBatch: (p) => ctx.io.out(`  ${p.table}.${p.column}: ${p.reencrypted}\n`),
        });
        const total = results.reduce((sum, r) => sum + r.reencrypted, 0);
        await recordAuditEvent(db, dialect, {
          actor: null,
          action: 'settingChange',
          resourceType: 'dataKey',
          resourceId: active,
          outcome: 'success',
          details: { via: 'cli', reencrypted: total, resumed: options.resume === true },
        });
        ctx.io.out(`re-encrypted ${total} value(s); every value is now under ${active}\n`);
      });
    });
}
