/** The console's pages. Each is one address under `/console/`; the server answers all of them with one shell. */
export type ConsoleRoute = 'login' | 'setup' | 'notFound';

export const CONSOLE_PATHS = {
  login: '/console/login',
  setup: '/console/setup',
} as const;

/** The page for an address path (a trailing slash does not matter; `/console` itself opens sign-in). */
export function routeFor(pathname: string): ConsoleRoute {
  const path = pathname.replace(/\/+$/, '');
  if (path === '/console' || path === CONSOLE_PATHS.login) return 'login';
  if (path === CONSOLE_PATHS.setup) return 'setup';
  return 'notFound';
}

/**
 * Takes the one-time setup token out of the address at once (`history.replaceState`), so it does not stay
 * in the address bar, in the history entry or in a bookmark, and returns it.
 */
export function takeSetupToken(): string | undefined {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('token')) return undefined;
  const token = url.searchParams.get('token')?.trim();
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return token || undefined;
}
