import type { Role } from '@putokaz/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The signed-in staff user, as `/api/v1/auth/session`, `/auth/totp` and `/auth/enroll` return it. */
export interface StaffUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly team: string | null;
}

/** A full session: the user and the CSRF token every state-changing call sends. */
export interface Session {
  readonly user: StaffUser;
  readonly csrfToken: string;
}

/** A short message the sign-in page shows after the console sent the person there. */
export type SignInNotice = 'sessionEnded' | 'signedOut' | 'noPendingSignIn';

export interface NavigateOptions {
  /** Replaces the current history entry instead of adding one. */
  readonly replace?: boolean;
  readonly notice?: SignInNotice;
}

/**
 * API calls of a signed-in user: `Accept-Language` and `x-csrf-token` are added, and a 401 answer (the
 * session ended: timeout, sign-out elsewhere, account disabled) takes the person to the sign-in page.
 */
export interface SessionApi {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  delete(path: string): Promise<void>;
}

export interface ConsoleContextValue {
  /** The session, `null` when nobody is signed in, `undefined` while it is not known yet. */
  readonly session: Session | null | undefined;
  readonly notice: SignInNotice | undefined;
  navigate(path: string, options?: NavigateOptions): void;
  /**
   * The second step (or enrolment) answered with a full session; `null` when a new sign-in began (the server
   * has ended the earlier session).
   */
  replaceSession(session: Session | null): void;
  signOut(): Promise<void>;
  readonly api: SessionApi;
}

export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

export function useConsole(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('useConsole() needs a <ConsoleContext.Provider> above it');
  return value;
}

/** The signed-in session; only for pages the App renders once the session is known. */
export function useSession(): Session {
  const { session } = useConsole();
  if (!session) throw new Error('useSession() on a page that does not need a session');
  return session;
}
