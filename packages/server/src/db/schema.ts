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
  /** 0007-person-details. Ciphertexts (JSON inside): aliases, birth_date, documents, emails, addresses. */
  aliases: string | null;
  birth_date: string | null;
  documents: string | null;
  emails: string | null;
  addresses: string | null;
  sex: 'female' | 'male' | 'other' | 'unknown' | null;
  /** JSON arrays (ISO 3166-1 alpha-2 codes; language codes; vulnerability factors). */
  citizenships: unknown;
  languages: unknown;
  identified_on: string | null;
  vulnerabilities: unknown;
  /** Set when the person is erased: what statistics keep of the year of birth. */
  age_band: string | null;
  erased_at: string | null;
}

/** Every change of a person: who, when, which fields (names only, never values). */
export interface PersonHistoryTable {
  id: string;
  person_id: string;
  /** The person's version after the change (the current one for changes that do not bump it). */
  version: number;
  action: 'create' | 'update' | 'consent' | 'erasureRequest' | 'erasureRejected' | 'erasure';
  /** JSON array of field names. */
  fields: unknown;
  actor_id: string;
  occurred_at: string;
}

export interface PersonConsentEventTable {
  id: string;
  person_id: string;
  purpose: 'keepData' | 'contactByPhone' | 'shareWithPartner' | 'anonymizedStatistics' | 'testimonyInReport';
  action: 'given' | 'withdrawn';
  occurred_on: string;
  method: 'verbal' | 'written' | 'electronic';
  /** Ciphertext of the partner's name (shareWithPartner). */
  partner: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface PersonErasureRequestTable {
  id: string;
  person_id: string;
  status: 'pending' | 'approved' | 'rejected';
  /** Ciphertext; removed on approval. */
  reason: string | null;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
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

export interface ContactTable {
  id: string;
  /** Reference code, K-2026-0042 (see core's formatContactCode). */
  code: string;
  occurred_at: string;
  direction: 'incoming' | 'outgoing';
  channel:
    'phone' | 'sms' | 'messaging' | 'email' | 'webForm' | 'walkIn' | 'outreach' | 'institutionReferral';
  caller_kind: 'personConcerned' | 'family' | 'friend' | 'professional' | 'anonymous';
  /** Ciphertexts (field encryption bound to contacts.<column>.<id>). */
  caller_name: string | null;
  caller_phone: string | null;
  language: string | null;
  topic: 'offerCheck' | 'exploitationReport' | 'helpRequest' | 'information' | 'missingPerson' | 'other';
  urgency: 'low' | 'normal' | 'high' | 'immediateDanger';
  summary: string | null;
  outcome:
    'informationGiven' | 'offerChecked' | 'referred' | 'caseOpened' | 'linkedToCase' | 'noAction' | null;
  duration_minutes: number | null;
  handled_by: string;
  person_id: string | null;
  /** A case id (no foreign key: checked by the contacts feature when the cases table exists). */
  case_id: string | null;
  help_request_id: string | null;
  team: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ContactIdentifierTable {
  contact_id: string;
  kind: 'name' | 'phone';
  /** Keyed blind index (purposes contact.name / contact.phone) of the normalized value. */
  hash: string;
}

export interface ContactChangeTable {
  contact_id: string;
  version: number;
  action: 'create' | 'update';
  changed_at: string;
  changed_by: string;
  /** JSON array of the names of the fields set or changed (never their values). */
  fields: unknown;
}

/** 0005-help-requests. What the public app's help form sent; no address, user agent or device data. */
export interface HelpRequestTable {
  id: string;
  /** Random reference code the person quotes on the phone, e.g. H-7K3M-Q9XD. */
  code: string;
  status: 'open' | 'handled';
  lang: 'sr-Latn' | 'sr-Cyrl' | 'en' | 'uk';
  /** Ciphertexts (field encryption bound to help_requests.<column>.<id>). */
  /** What happened, in the person's words. */
  narrative: string;
  /** How the person wants to be contacted; null for an anonymous request. */
  contact_way: 'phone' | 'sms' | 'email' | 'viber' | 'whatsapp' | 'signal' | 'telegram' | null;
  /** Ciphertext of JSON {value, safeTime}. */
  contact_info: string | null;
  /** Ciphertext of JSON {text, indicatorIds}: a job offer sent for a second look. */
  offer: string | null;
  handled_at: string | null;
  handled_by: string | null;
  handled_note: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Proof-of-work challenges already used, remembered until they expire. */
export interface HelpRequestSpentChallengeTable {
  id: string;
  expires_at: string;
}

/** A scam alert (content as data): the texts are in content_alert_translations, one per locale. */
export interface ContentAlertTable {
  id: string;
  /** Stable name, also the file name in content/alerts/ (`fake-warehouse-jobs-germany`). */
  slug: string;
  /** The alert's date (YYYY-MM-DD): the public list is newest first by it. */
  date: string;
  source: 'file' | 'console';
  created_at: string;
  created_by: string | null;
  updated_at: string;
  version: number;
  /** Deleted alerts are only marked: their history stays, and an import does not bring them back. */
  deleted_at: string | null;
  deleted_by: string | null;
}

export interface ContentAlertTranslationTable {
  id: string;
  alert_id: string;
  locale: 'sr-Cyrl' | 'en' | 'uk';
  /** The working text (Markdown body), as editors see it. */
  title: string;
  body: string;
  status: 'draft' | 'reviewed' | 'published';
  status_changed_at: string;
  /** Null when the import set the status. */
  status_changed_by: string | null;
  updated_at: string;
  updated_by: string | null;
  version: number;
  /** What the public app shows; null while nothing is published. */
  published_title: string | null;
  published_body: string | null;
  published_at: string | null;
  published_by: string | null;
  /** The version after the last import and a hash of the imported file's text and status. */
  imported_version: number | null;
  imported_hash: string | null;
}

export interface ContentAlertRevisionTable {
  id: string;
  alert_id: string;
  locale: 'sr-Cyrl' | 'en' | 'uk' | null;
  action: 'create' | 'edit' | 'status' | 'import' | 'date' | 'delete';
  version: number;
  status: 'draft' | 'reviewed' | 'published' | null;
  title: string | null;
  body: string | null;
  changed_at: string;
  changed_by: string | null;
}

/** 0010-content-pages. An informational page of the public app (`content/pages/<slug>.<locale>.md`). */
export interface ContentPageTable {
  id: string;
  /** The page's id in `CONTENT_PAGES` (core), also the file name: `before-you-go-germany`, `rights`. */
  slug: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A page's text in one locale: like an alert's, its `body` is the front matter (no title/status) and Markdown. */
export type ContentPageTranslationTable = Omit<ContentAlertTranslationTable, 'alert_id'> & {
  page_id: string;
};

export interface ContentPageRevisionTable {
  id: string;
  page_id: string;
  locale: 'sr-Cyrl' | 'en' | 'uk' | null;
  action: 'create' | 'edit' | 'status' | 'import';
  version: number;
  status: 'draft' | 'reviewed' | 'published' | null;
  title: string | null;
  body: string | null;
  changed_at: string;
  changed_by: string | null;
}

/** 0008-cases. An exploitation case; `entities` and `narrative` are ciphertexts. */
export interface CaseTable {
  id: string;
  /** Reference code, e.g. C-2026-0042. */
  code: string;
  kind: 'individual' | 'group';
  status: 'open' | 'assistance' | 'followUp' | 'closed';
  close_reason: string | null;
  closed_at: string | null;
  close_requested_reason: string | null;
  close_requested_by: string | null;
  close_requested_at: string | null;
  /** JSON arrays: exploitation forms; places ({stage, country, city?}); indicator ids. */
  forms: unknown;
  sector: string | null;
  places: unknown;
  period_from: string | null;
  period_to: string | null;
  recruitment_channel: string | null;
  indicators: unknown;
  entities: string | null;
  narrative: string | null;
  team: string | null;
  assigned_to: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CaseIdentifierTable {
  case_id: string;
  kind: 'entity';
  /** Keyed blind index of one folded token of an entity name. */
  hash: string;
}

export interface CasePersonTable {
  case_id: string;
  person_id: string;
  role: 'victim' | 'presumedVictim' | 'witness' | 'familyMember';
  added_at: string;
  added_by: string;
  removed_at: string | null;
  removed_by: string | null;
}

/** Every change of a case: who, when, which fields (names only), status and membership changes. */
export interface CaseChangeTable {
  id: string;
  case_id: string;
  version: number;
  kind:
    | 'create'
    | 'update'
    | 'status'
    | 'closeRequest'
    | 'closeRejected'
    | 'personAdded'
    | 'personRole'
    | 'personRemoved';
  fields: unknown;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  person_id: string | null;
  role: string | null;
  actor_id: string;
  occurred_at: string;
}

/** One service delivered to a person; `note` is a ciphertext; cost in integer minor units. */
export interface ServiceTable {
  id: string;
  person_id: string;
  case_id: string | null;
  type: string;
  institution_kind: string | null;
  delivered_on: string;
  sort_at: string;
  quantity: number;
  cost_minor: number | null;
  currency: string | null;
  provider: 'organisation' | 'partner';
  partner_name: string | null;
  project: string | null;
  note: string | null;
  team: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** Soft delete (0011): a removed service is kept for the history, gone from lists, timelines and totals. */
  removed_at: string | null;
  removed_by: string | null;
  /** Ciphertext of the reason given for the removal. */
  removal_reason: string | null;
}

/** Every change of a service (0011): who, when, which fields (names only, never values). */
export interface ServiceChangeTable {
  id: string;
  service_id: string;
  /** The service's version after the change. */
  version: number;
  kind: 'create' | 'update' | 'remove';
  /** JSON array of field names. */
  fields: unknown;
  actor_id: string;
  occurred_at: string;
}

export interface Database {
  counters: CounterTable;
  persons: PersonTable;
  person_identifiers: PersonIdentifierTable;
  person_history: PersonHistoryTable;
  person_consent_events: PersonConsentEventTable;
  person_erasure_requests: PersonErasureRequestTable;
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
  content_alerts: ContentAlertTable;
  content_alert_translations: ContentAlertTranslationTable;
  content_alert_revisions: ContentAlertRevisionTable;
  content_pages: ContentPageTable;
  content_page_translations: ContentPageTranslationTable;
  content_page_revisions: ContentPageRevisionTable;
  help_requests: HelpRequestTable;
  help_request_spent_challenges: HelpRequestSpentChallengeTable;
  contacts: ContactTable;
  contact_identifiers: ContactIdentifierTable;
  contact_changes: ContactChangeTable;
  cases: CaseTable;
  case_identifiers: CaseIdentifierTable;
  case_persons: CasePersonTable;
  case_changes: CaseChangeTable;
  services: ServiceTable;
  service_changes: ServiceChangeTable;
}

export type { Generated };
