/**
 * Every column that holds field-encrypted values, with the column that identifies its record (bound into the
 * ciphertext). Key rotation walks exactly this list; a feature that adds an encrypted column adds it here, and
 * a test fails when a ciphertext is found in a column that is not listed.
 */
export const ENCRYPTED_COLUMNS = [
  { table: 'staff_users', column: 'totp_secret', id: 'id' },
  { table: 'staff_sessions', column: 'pending_totp_secret', id: 'id' },
  { table: 'persons', column: 'given_name', id: 'id' },
  { table: 'persons', column: 'family_name', id: 'id' },
  { table: 'persons', column: 'phones', id: 'id' },
  { table: 'reported_contacts', column: 'value', id: 'hash' },
  { table: 'reported_contacts', column: 'note', id: 'hash' },
] as const;
