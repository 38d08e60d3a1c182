import { scopeOf, type Permission, type Role, type Scope } from '@putokaz/core';

/**
 * Who is asking, and what they may reach: built once per request from the signed-in staff user. Features take
 * their data access from it (`scope(permission)`), so rows outside the user's scope are never loaded.
 */
export interface AccessContext {
  readonly userId: string;
  readonly role: Role;
  readonly team: string | null;
  can(permission: Permission): boolean;
  /** The scope of a permission; throws when the user lacks it (routes check first, so this is a bug guard). */
  scope(permission: Permission): Scope;
}

export function accessContextFor(user: { id: string; role: Role; team: string | null }): AccessContext {
  return {
    userId: user.id,
    role: user.role,
    team: user.team,
    can: (permission) => scopeOf(user.role, permission) !== undefined,
    scope: (permission) => {
      const scope = scopeOf(user.role, permission);
      if (!scope) throw new Error(`role ${user.role} lacks ${permission}`);
      return scope;
    },
  };
}
