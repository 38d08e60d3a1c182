/** Application-level field encryption, blind indexes and master-key loading. See docs/security.md. */
export { DecryptionError, KeyError, MasterKeyError } from './errors.js';
export {
  BLIND_INDEX_BYTES,
  CIPHERTEXT_VERSION,
  Keyring,
  keyIdOf,
  type DataKeyStore,
  type FieldContext,
  type StoredDataKey,
} from './keyring.js';
export {
  KEY_IN_DATA_DIR_WARNING,
  MASTER_KEY_BYTES,
  MASTER_KEY_ENV,
  MASTER_KEY_FILE_ENV,
  MASTER_KEY_FILENAME,
  loadMasterKey,
  type LoadMasterKeyOptions,
  type LoadedMasterKey,
} from './master-key.js';
