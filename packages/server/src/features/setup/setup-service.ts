import type { Kysely } from 'kysely';
import { lockForUpdate, type DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { checkPassword } from '../staff/password-policy.js';
import { hashPassword } from '../staff/passwords.js';
import { countStaffUsers, insertStaffUser } from '../staff/queries.js';
import { consumeSetupToken, findUsableSetupToken, retireSetupTokens } from './setup-tokens.js';

export interface FirstAdministrator {
  token: string;
  displayName: string;
  email: string;
  password: string;
}

/**
 * Creates the first administrator from a setup token: the token is consumed, the account created and every
 * other setup link retired in one transaction, serialized by a lock, so two requests racing with the same or
 * different tokens create one account at most.
 */
export async function createFirstAdministrator(
  db: Kysely<Database>,
  dialect: DialectName,
  input: FirstAdministrator,
  options: { organisationName: string; clock?: () => Date },
) {
  // Cheap checks first: an anonymous caller without a valid link never gets an argon2 hash computed.
  if ((await countStaffUsers(db)) > 0) throw new AppError(409, 'setup.alreadyDone');
  if (!(await findUsableSetupToken(db, input.token, options.clock)))
    throw new AppError(400, 'setup.invalidToken');
  const passwordProblem = checkPassword(input.password, {
    organisationName: options.organisationName,
    email: input.email,
  });
  if (passwordProblem) throw AppError.validation([passwordProblem]);
  // Hash before the transaction: argon2 takes a while and must not hold the write lock.
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    await lockForUpdate(trx, dialect, 'setup');
    if ((await countStaffUsers(trx)) > 0) throw new AppError(409, 'setup.alreadyDone');
    if (!(await consumeSetupToken(trx, input.token, options.clock)))
      throw new AppError(400, 'setup.invalidToken');
    const user = await insertStaffUser(
      trx,
      { email: input.email, displayName: input.displayName, role: 'admin', passwordHash },
      options.clock,
    );
    await retireSetupTokens(trx, options.clock);
    return user;
  });
}

export async function verifySetupToken(db: Kysely<Database>, token: string, clock?: () => Date) {
  if ((await countStaffUsers(db)) > 0) return { valid: false as const };
  const usable = await findUsableSetupToken(db, token, clock);
  return usable ? { valid: true as const, expiresAt: usable.expiresAt } : { valid: false as const };
}
