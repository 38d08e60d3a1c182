import type { Permission } from '@putokaz/core';

/** The console's pages. Each is one address under `/console/`; the server answers all of them with one shell. */
export type ConsoleRoute =
  | 'home'
  | 'login'
  | 'totp'
  | 'enrol'
  | 'setup'
  | 'invitation'
  | 'account'
  | 'users'
  | 'audit'
  | 'contacts'
  | 'contactNew'
  | 'contact'
  | 'cases'
  | 'caseNew'
  | 'case'
  | 'content'
  | 'inbox'
  | 'inboxRecord'
  | 'persons'
  | 'personNew'
  | 'person'
  | 'notFound';

export const CONSOLE_PATHS = {
  home: '/console/',
  login: '/console/login',
  totp: '/console/login/code',
  enrol: '/console/login/enrol',
  setup: '/console/setup',
  invitation: '/console/invitation',
  account: '/console/account',
  users: '/console/users',
  audit: '/console/audit',
  persons: '/console/persons',
  personNew: '/console/persons/new',
  // A record page: the prefix plus the person's id (see RECORD_PATH_PREFIXES).
  person: '/console/persons/',
  contacts: '/console/contacts',
  contactNew: '/console/contacts/new',
  // A record page: the address is this prefix plus the contact's id (see RECORD_PATH_PREFIXES).
  contact: '/console/contacts/',
  cases: '/console/cases',
  caseNew: '/console/cases/new',
  // A record page: the prefix plus the case's id (see RECORD_PATH_PREFIXES).
  case: '/console/cases/',
  content: '/console/content',
  inbox: '/console/inbox',
  // A record page: the prefix plus the help request's id (see RECORD_PATH_PREFIXES).
  inboxRecord: '/console/inbox/',
} as const satisfies Record<Exclude<ConsoleRoute, 'notFound'>, string>;

/**
 * Pages of a signed-in staff user and the permission each needs (from `@putokaz/core`'s policy; the server
 * enforces the same on every call). Every other page works without a session.
 */
export const SIGNED_IN_ROUTES: Readonly<Partial<Record<ConsoleRoute, Permission>>> = {
  home: 'account.self',
  account: 'account.self',
  users: 'user.manage',
  audit: 'audit.read',
  persons: 'person.read',
  personNew: 'person.write',
  person: 'person.read',
  contacts: 'contact.read',
  contactNew: 'contact.write',
  contact: 'contact.read',
  cases: 'case.read',
  caseNew: 'case.write',
  case: 'case.read',
  content: 'content.manage',
  inbox: 'helpRequest.read',
  inboxRecord: 'helpRequest.read',
};

/**
 * Pages that show one record: the address is the prefix plus the record's id (`/console/persons/<id>`).
 * `routeFor` returns the route; the page reads the id with `recordIdFrom(location.pathname)`.
 */
export const RECORD_PATH_PREFIXES: Readonly<Partial<Record<ConsoleRoute, string>>> = {
  person: '/console/persons/',
  contact: '/console/contacts/',
  case: '/console/cases/',
  inboxRecord: '/console/inbox/',
};

/** The record id at the end of a record page's address, or undefined when the address has none. */
export function recordIdFrom(pathname: string): string | undefined {
  const path = pathname.replace(/\/+$/, '');
  for (const prefix of Object.values(RECORD_PATH_PREFIXES)) {
    if (prefix && path.startsWith(prefix)) {
      const id = decodeURIComponent(path.slice(prefix.length));
      return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
    }
  }
  return undefined;
}

export function needsSession(route: ConsoleRoute): boolean {
  return SIGNED_IN_ROUTES[route] !== undefined;
}

/** The page for an address path (a trailing slash does not matter; `/console` itself is the start page). */
export function routeFor(pathname: string): ConsoleRoute {
  const path = pathname.replace(/\/+$/, '');
  if (path === '/console') return 'home';
  for (const [route, routePath] of Object.entries(CONSOLE_PATHS)) {
    if (route !== 'home' && path === routePath) return route as ConsoleRoute;
  }
  for (const [route, prefix] of Object.entries(RECORD_PATH_PREFIXES)) {
    if (prefix && path.startsWith(prefix) && recordIdFrom(path) !== undefined) return route as ConsoleRoute;
  }
  return 'notFound';
}

/**
 * Takes a one-time token (setup or invitation link) out of the address at once (`history.replaceState`), so
 * it does not stay in the address bar, in the history entry or in a bookmark, and returns it.
 */
export function takeUrlToken(): string | undefined {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('token')) return undefined;
  const token = url.searchParams.get('token')?.trim();
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return token || undefined;
}
