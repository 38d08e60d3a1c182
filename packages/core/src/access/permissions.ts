/**
 * The permission catalogue and the policy that maps roles to permissions with a scope. Policy is data: the
 * server checks it on every route, a matrix test walks it, and docs/security.md prints it.
 */
export const ROLES = ['hotline', 'caseworker', 'supervisor', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'account.self', // own account: password, second factor, sessions
  'person.read',
  'person.write',
  'person.erase.request',
  'person.erase.approve',
  'case.read',
  'case.write',
  'case.close.approve',
  'contact.read',
  'contact.write',
  'helpRequest.read',
  'helpRequest.handle',
  'service.write',
  'referral.write',
  'consent.write',
  'registry.read',
  'registry.write',
  'stats.read',
  'export.anonymized',
  'audit.read',
  'user.manage',
  'staff.assignable', // the staff a person or case may be assigned to (pickers)
  'settings.manage',
  'content.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Which records a permission reaches: `own` (records assigned to or created by the user), `team` (records of the
 * user's team), `all`. Permissions that are not about records (stats, user management) use `all`.
 */
export type Scope = 'own' | 'team' | 'all';

export const POLICY: Readonly<Record<Role, Readonly<Partial<Record<Permission, Scope>>>>> = {
  hotline: {
    'account.self': 'own',
    'contact.read': 'team',
    'contact.write': 'team',
    'helpRequest.read': 'all',
    'helpRequest.handle': 'all',
    'person.read': 'team',
    'person.write': 'own',
    'case.read': 'team',
    'registry.read': 'all',
    'staff.assignable': 'team',
  },
  caseworker: {
    'account.self': 'own',
    'contact.read': 'team',
    'contact.write': 'team',
    'helpRequest.read': 'all',
    'helpRequest.handle': 'all',
    'person.read': 'team',
    'person.write': 'own',
    'person.erase.request': 'own',
    'case.read': 'team',
    'case.write': 'own',
    'service.write': 'own',
    'referral.write': 'own',
    'consent.write': 'own',
    'registry.read': 'all',
    'registry.write': 'all',
    'staff.assignable': 'team',
  },
  supervisor: {
    'account.self': 'own',
    'contact.read': 'team',
    'contact.write': 'team',
    'helpRequest.read': 'all',
    'helpRequest.handle': 'all',
    'person.read': 'team',
    'person.write': 'team',
    'person.erase.request': 'team',
    'person.erase.approve': 'team',
    'case.read': 'team',
    'case.write': 'team',
    'case.close.approve': 'team',
    'service.write': 'team',
    'referral.write': 'team',
    'consent.write': 'team',
    'registry.read': 'all',
    'registry.write': 'all',
    'stats.read': 'all',
    'audit.read': 'team',
    'staff.assignable': 'team',
  },
  // Aggregates only: never a person-level record.
  analyst: {
    'account.self': 'own',
    'stats.read': 'all',
    'export.anonymized': 'all',
  },
  // Users and settings; no case data unless also given a case role.
  admin: {
    'account.self': 'own',
    'user.manage': 'all',
    'settings.manage': 'all',
    'content.manage': 'all',
    'audit.read': 'all',
    'staff.assignable': 'all',
  },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

/** The scope a role has for a permission, or undefined when it lacks it. */
export function scopeOf(role: Role, permission: Permission): Scope | undefined {
  return POLICY[role][permission];
}

export function can(role: Role, permission: Permission): boolean {
  return scopeOf(role, permission) !== undefined;
}
