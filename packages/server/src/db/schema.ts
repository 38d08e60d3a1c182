/**
 * Table types for Kysely. Timestamps are ISO-8601 UTC strings on both dialects; ids are text.
 * Every table that holds records has a `version` column for optimistic concurrency (see versioned.ts).
 */
import type { Generated } from 'kysely';

export interface StaffUserTable {
  id: string;
  email: string;
  display_name: string;
  role: 'hotline' | 'caseworker' | 'supervisor' | 'analyst' | 'admin';
  team: string | null;
  status: 'active' | 'disabled';
  password_hash: string;
  /** Ciphertext of the TOTP secret (field encryption, bound to staff_users.totp_secret.<id>). */
  totp_secret: string | null;
  /** The last RFC 6238 time step accepted: a code is never accepted twice. */
  totp_last_step: number | null;
  totp_enrolled_at: string | null;
  password_changed_at: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SetupTokenTable {
  id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LockTable {
  name: string;
  taken: number;
}

export interface StaffRecoveryCodeTable {
  id: string;
  staff_user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface StaffSessionTable {
  id: string;
  token_hash: string;
  staff_user_id: string;
  /** totp: password accepted, code pending; enroll: password accepted, second factor being set up; active. */
  stage: 'totp' | 'enroll' | 'active';
  pending_totp_secret: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  user_agent: string | null;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  first_failure_at: string;
  last_failure_at: string;
  locked_until: string | null;
}

export interface StaffInvitationTable {
  id: string;
  staff_user_id: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditEventTable {
  seq: number;
  id: string;
  occurred_at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  /** JSON array of the names of the fields touched (never their values). */
  fields: unknown;
  request_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  /** JSON object of non-sensitive details (a reason code, a keyed hash of a search query). */
  details: unknown;
  prev_hash: string;
  hash: string;
}

export interface DataKeyTable {
  id: string;
  wrapped: string;
  created_at: string;
  active: boolean | number;
}

export interface CounterTable {
  name: string;
  value: number;
}

export interface PersonTable {
  id: string;
  /** Pseudonymous reference used everywhere else, e.g. P-2026-0042. */
  code: string;
  /** Ciphertexts (field encryption bound to persons.<column>.<id>). */
  given_name: string | null;
  family_name: string | null;
  phones: string | null;
  identification_status: 'presumed' | 'identified' | 'notVictim' | 'unknown';
  team: string | null;
  assigned_to: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PersonIdentifierTable {
  person_id: string;
  kind: 'name' | 'phone' | 'email' | 'document';
  /** Keyed blind index of the normalized value. */
  hash: string;
}

export interface OfferCheckDailyTable {
  /** UTC calendar day, YYYY-MM-DD. */
  day: string;
  lang: 'sr-Latn' | 'sr-Cyrl' | 'en' | 'uk';
  risk: 'low' | 'medium' | 'high';
  count: number;
}

export interface OfferCheckIndicatorDailyTable {
  day: string;
  lang: 'sr-Latn' | 'sr-Cyrl' | 'en' | 'uk';
  indicator_id: string;
  count: number;
}

export interface ReportedContactTable {
  /** SHA-256 hex of "<kind>:<normalized>" (core's contactHash): what the public app matches by prefix. */
  hash: string;
  kind: 'phone' | 'email' | 'domain';
  /** Ciphertexts (field encryption bound to reported_contacts.<column>.<hash>). */
  value: string;
  note: string | null;
  added_at: string;
  added_by: string | null;
  updated_at: string;
  version: number;
}

export interface Database {
  counters: CounterTable;
  persons: PersonTable;
  person_identifiers: PersonIdentifierTable;
  staff_users: StaffUserTable;
  setup_tokens: SetupTokenTable;
  putokaz_locks: LockTable;
  staff_recovery_codes: StaffRecoveryCodeTable;
  staff_sessions: StaffSessionTable;
  sign_in_throttle: SignInThrottleTable;
  staff_invitations: StaffInvitationTable;
  audit_events: AuditEventTable;
  data_keys: DataKeyTable;
  offer_check_daily: OfferCheckDailyTable;
  offer_check_indicator_daily: OfferCheckIndicatorDailyTable;
  reported_contacts: ReportedContactTable;
}

export type { Generated };
