import type { Config } from './config.js';
import type { DatabaseHandle } from './db/connection.js';
import type { ServerSecrets } from './security/runtime.js';

/** What a CLI command gets: output streams, the configuration, and the database with the keys open. */
export interface CliCommandContext {
  io: {
    out: (text: string) => void;
    err: (text: string) => void;
    env: Readonly<Record<string, string | undefined>>;
  };
  config(): Config;
  /** Opens the database (migrated) and the keyring, runs `work`, closes everything. */
  withSecrets<T>(work: (handle: DatabaseHandle, secrets: ServerSecrets) => Promise<T>): Promise<T>;
}
