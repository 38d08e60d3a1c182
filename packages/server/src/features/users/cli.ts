import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isRole, ROLES } from '@putokaz/core';
import type { Command } from 'commander';
import { isUniqueViolation } from '../../db/dialect.js';
import type { CliCommandContext } from '../../cli-context.js';
import { recordAuditEvent } from '../audit/audit-log.js';
import { revokeSessionsOfUser } from '../auth/session-store.js';
import { newTotpSecret } from '../auth/totp.js';
import { checkPassword } from '../staff/password-policy.js';
import { hashPassword } from '../staff/passwords.js';
import { insertStaffUser, normalizeEmail } from '../staff/queries.js';

function readSecretFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new Error(
      `cannot read the ${what} file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/** `putokaz users create|disable|list`: provisioning from the command line (audited as the system). */
export function registerUserCommands(program: Command, ctx: CliCommandContext): void {
  const users = program.command('users').description('staff accounts');

  users
    .command('create')
    .description(
      'create a staff account with a password and an enrolled authenticator (TOTP secret written to a file)',
    )
    .requiredOption('--email <email>', 'e-mail address (sign-in name)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--team <team>', 'team name')
    .option('--name <name>', 'display name (defaults to the e-mail address)')
    .requiredOption('--password-file <file>', 'file holding the password (read, not echoed)')
    .requiredOption(
      '--totp-secret-file <file>',
      'file to write the new TOTP secret to (mode 0600; must not exist)',
    )
    .action(
      async (options: {
        email: string;
        role: string;
        team?: string;
        name?: string;
        passwordFile: string;
        totpSecretFile: string;
      }) => {
        if (!isRole(options.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(options.email))
          throw new Error('--email is not an e-mail address');
        const password = readSecretFile(options.passwordFile, 'password');
        const config = ctx.config();
        const problem = checkPassword(password, {
          organisationName: config.organisation.name,
          email: options.email,
        });
        if (problem)
          throw new Error(
            `the password is not acceptable (${problem.code}): choose a longer, less common one`,
          );
        const role = options.role;
        await ctx.withSecrets(async ({ db, dialect }, secrets) => {
          const secret = newTotpSecret();
          // Written first (exclusive, 0600): if the account cannot be created, the file is removed again.
          writeFileSync(options.totpSecretFile, `${secret}\n`, { mode: 0o600, flag: 'wx' });
          try {
            const user = await db.transaction().execute(async (trx) => {
              const created = await insertStaffUser(trx, {
                email: options.email,
                displayName: options.name ?? normalizeEmail(options.email),
                role,
                team: options.team ?? null,
                passwordHash: await hashPassword(password),
              });
              await trx
                .updateTable('staff_users')
                .set({
                  totp_secret: secrets.keyring.encrypt(secret, {
                    table: 'staff_users',
                    column: 'totp_secret',
                    recordId: created.id,
                  }),
                  totp_enrolled_at: new Date().toISOString(),
                })
                .where('id', '=', created.id)
                .execute();
              await recordAuditEvent(trx, dialect, {
                actor: null,
                action: 'create',
                resourceType: 'staffUser',
                resourceId: created.id,
                fields: ['email', 'displayName', 'role', 'team', 'password', 'secondFactor'],
                outcome: 'success',
                details: { via: 'cli' },
              });
              return created;
            });
            ctx.io.out(
              `created ${user.email} (${role}) id ${user.id}\nTOTP secret written to ${options.totpSecretFile}\n`,
            );
          } catch (error) {
            rmSync(options.totpSecretFile, { force: true });
            if (isUniqueViolation(error))
              throw new Error(`an account with the e-mail ${normalizeEmail(options.email)} exists already`);
            throw error;
          }
        });
      },
    );

  users
    .command('disable')
    .description('disable a staff account and end all of its sessions')
    .requiredOption('--email <email>', 'e-mail address of the account')
    .action(async (options: { email: string }) => {
      await ctx.withSecrets(async ({ db, dialect }) => {
        const user = await db
          .selectFrom('staff_users')
          .select(['id', 'version'])
          .where('email', '=', normalizeEmail(options.email))
          .executeTakeFirst();
        if (!user) throw new Error(`no account with the e-mail ${normalizeEmail(options.email)}`);
        const now = new Date();
        await db
          .updateTable('staff_users')
          .set({ status: 'disabled', version: user.version + 1, updated_at: now.toISOString() })
          .where('id', '=', user.id)
          .execute();
        const ended = await revokeSessionsOfUser(db, user.id, 'accountDisabled', now);
        await recordAuditEvent(db, dialect, {
          actor: null,
          action: 'update',
          resourceType: 'staffUser',
          resourceId: user.id,
          fields: ['status'],
          outcome: 'success',
          details: { via: 'cli' },
        });
        ctx.io.out(`disabled ${normalizeEmail(options.email)}; ended ${ended} session(s)\n`);
      });
    });

  users
    .command('list')
    .description('list staff accounts')
    .action(async () => {
      await ctx.withSecrets(async ({ db }) => {
        const rows = await db.selectFrom('staff_users').selectAll().orderBy('email').execute();
        for (const r of rows) {
          ctx.io.out(
            `${r.email}\t${r.role}\t${r.team ?? '-'}\t${r.status}\t${r.totp_enrolled_at ? '2fa' : 'no-2fa'}\t${r.last_sign_in_at ?? 'never'}\n`,
          );
        }
        if (rows.length === 0) ctx.io.out('no staff accounts\n');
      });
    });
}
