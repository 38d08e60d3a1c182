import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fromBool, toBool, type DialectName } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import { Keyring, type DataKeyStore, type StoredDataKey } from './keyring.js';
import { KEY_IN_DATA_DIR_WARNING, loadMasterKey } from './master-key.js';

/** Wrapped data keys in the `data_keys` table. */
export class DatabaseDataKeyStore implements DataKeyStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async list(): Promise<StoredDataKey[]> {
    const rows = await this.db
      .selectFrom('data_keys')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      wrapped: r.wrapped,
      createdAt: r.created_at,
      active: fromBool(r.active),
    }));
  }

  async insert(key: StoredDataKey): Promise<void> {
    await this.db
      .insertInto('data_keys')
      .values({
        id: key.id,
        wrapped: key.wrapped,
        created_at: key.createdAt,
        active: toBool(this.dialect, key.active),
      })
      .execute();
  }

  async setActive(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('data_keys')
        .set({ active: toBool(this.dialect, false) })
        .execute();
      const result = await trx
        .updateTable('data_keys')
        .set({ active: toBool(this.dialect, true) })
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new Error(`data key ${id} does not exist`);
    });
  }
}

export interface ServerSecrets {
  keyring: Keyring;
  /** HMAC key for signed audit checkpoints, derived from the master key (never stored). */
  checkpointKey: KeyObject;
  masterKeySource: 'env' | 'file' | 'generated';
  /** Warnings to log loudly (paths only, never key material). */
  warnings: string[];
}

const CHECKPOINT_INFO = 'putokaz/v1/audit-checkpoint';

/**
 * Loads the master key (or generates one on a first start with no encrypted data), opens the keyring on the
 * database's wrapped data keys, and derives the audit checkpoint key. A missing or wrong key throws KeyError /
 * MasterKeyError, and the server does not start.
 */
export async function openServerSecrets(
  db: Kysely<Database>,
  dialect: DialectName,
  options: { env: Readonly<Record<string, string | undefined>>; dataDir: string },
): Promise<ServerSecrets> {
  const store = new DatabaseDataKeyStore(db, dialect);
  const encryptedDataExists = (await store.list()).length > 0;
  const master = loadMasterKey({ env: options.env, dataDir: options.dataDir, encryptedDataExists });
  try {
    const keyring = await Keyring.open(master.key, store);
    const checkpointKey = createSecretKey(
      Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), CHECKPOINT_INFO, 32)),
    );
    const warnings = [...master.warnings];
    if (master.source !== 'env' && master.path?.startsWith(options.dataDir))
      warnings.push(KEY_IN_DATA_DIR_WARNING);
    return { keyring, checkpointKey, masterKeySource: master.source, warnings: [...new Set(warnings)] };
  } finally {
    master.key.fill(0);
  }
}
