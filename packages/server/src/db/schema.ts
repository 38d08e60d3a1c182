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

export interface Database {
  staff_users: StaffUserTable;
  setup_tokens: SetupTokenTable;
  putokaz_locks: LockTable;
}

export type { Generated };
