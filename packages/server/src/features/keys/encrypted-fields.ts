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
  { table: 'persons', column: 'aliases', id: 'id' },
  { table: 'persons', column: 'birth_date', id: 'id' },
  { table: 'persons', column: 'documents', id: 'id' },
  { table: 'persons', column: 'emails', id: 'id' },
  { table: 'persons', column: 'addresses', id: 'id' },
  { table: 'person_consent_events', column: 'partner', id: 'id' },
  { table: 'person_erasure_requests', column: 'reason', id: 'id' },
  { table: 'cases', column: 'entities', id: 'id' },
  { table: 'cases', column: 'narrative', id: 'id' },
  { table: 'services', column: 'note', id: 'id' },
  { table: 'services', column: 'removal_reason', id: 'id' },
  { table: 'reported_contacts', column: 'value', id: 'hash' },
  { table: 'reported_contacts', column: 'note', id: 'hash' },
  { table: 'help_requests', column: 'narrative', id: 'id' },
  { table: 'help_requests', column: 'contact_info', id: 'id' },
  { table: 'help_requests', column: 'offer', id: 'id' },
  { table: 'help_requests', column: 'handled_note', id: 'id' },
  { table: 'contacts', column: 'caller_name', id: 'id' },
  { table: 'contacts', column: 'caller_phone', id: 'id' },
  { table: 'contacts', column: 'summary', id: 'id' },
] as const;
