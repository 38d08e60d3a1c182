import { randomBytes } from 'node:crypto';

import type { DataKeyStore, FieldContext, StoredDataKey } from '../../src/security/index.js';

/** In-memory DataKeyStore for tests. Copies records in and out so tests cannot alias the stored state. */
export class MemoryDataKeyStore implements DataKeyStore {
  records: StoredDataKey[] = [];
  /** Set to make the next setActive call fail (simulates an interrupted rotation). */
  failNextSetActive = false;

  async list(): Promise<StoredDataKey[]> {
    return this.records.map((record) => ({ ...record }));
  }

  async insert(key: StoredDataKey): Promise<void> {
    if (this.records.some((record) => record.id === key.id)) throw new Error(`duplicate data key ${key.id}`);
    this.records.push({ ...key });
  }

  async setActive(id: string): Promise<void> {
    if (this.failNextSetActive) {
      this.failNextSetActive = false;
      throw new Error('simulated crash before setActive');
    }
    if (!this.records.some((record) => record.id === id)) throw new Error(`unknown data key ${id}`);
    this.records = this.records.map((record) => ({ ...record, active: record.id === id }));
  }
}

export function newMasterKey(): Buffer {
  return randomBytes(32);
}

export function ctx(table: string, column: string, recordId: string): FieldContext {
  return { table, column, recordId };
}

/** Synthetic values only: invented people, reserved-looking numbers, example.org addresses. */
export const SYNTHETIC = {
  name: 'Marija Testović',
  alias: 'Маша Тестић',
  phone: '+381605550123',
  email: 'marija.testovic@example.org',
  document: 'TS1234567',
  narrative:
    'Izmišljena priča za testove: ponuda za posao u inostranstvu, oduzet pasoš, dug za smeštaj. 🚌 Нема стварних података.',
} as const;

export const PERSON_NAME = ctx('person', 'full_name', '7a1c1c3e-2f59-4c55-9a57-1f6f3f0e0001');
export const PERSON_PHONE = ctx('person', 'phone', '7a1c1c3e-2f59-4c55-9a57-1f6f3f0e0001');
export const OTHER_PERSON_NAME = ctx('person', 'full_name', '7a1c1c3e-2f59-4c55-9a57-1f6f3f0e0002');
export const CONTACT_NAME = ctx('contact', 'full_name', '7a1c1c3e-2f59-4c55-9a57-1f6f3f0e0001');

/** Splits a v1 ciphertext into its four textual parts. */
export function splitCiphertext(ciphertext: string): [string, string, string, string] {
  const parts = ciphertext.split('.');
  if (parts.length !== 4) throw new Error('not a v1 ciphertext');
  return parts as [string, string, string, string];
}
