import { can, textDirection, type Translator } from '@putokaz/core';
import { Fragment } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { I18nContext, loadTranslator } from '../shared/i18n';
import { rememberLocale, type Locale } from '../shared/locale';
import { ApiError, callApi, errorMessage, type ApiMethod } from './api';
import { LanguageButtons } from './components/LanguageButtons';
import { Message } from './components/Message';
import { ConsoleNav, UserBar } from './components/Shell';
import { AccountPage } from './pages/AccountPage';
import { AuditPage } from './pages/AuditPage';
import { CasePage } from './pages/cases/CasePage';
import { CasesPage } from './pages/cases/CasesPage';
import { NewCasePage } from './pages/cases/NewCasePage';
import { ContactPage } from './pages/contacts/ContactPage';
import { ContactsPage } from './pages/contacts/ContactsPage';
import { NewContactPage } from './pages/contacts/NewContactPage';
import { ContentPage } from './pages/ContentPage';
import { EnrolPage } from './pages/EnrolPage';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { HomePage } from './pages/HomePage';
import { InboxPage } from './pages/inbox/InboxPage';
import { InboxRecordPage } from './pages/inbox/InboxRecordPage';
import { InvitationPage } from './pages/InvitationPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NewPersonPage } from './pages/persons/NewPersonPage';
import { PersonPage } from './pages/persons/PersonPage';
import { PersonsPage } from './pages/persons/PersonsPage';
import { SecondStepPage } from './pages/SecondStepPage';
import { SetupPage } from './pages/SetupPage';
import { UsersPage } from './pages/UsersPage';
import { CONSOLE_PATHS, SIGNED_IN_ROUTES, needsSession, routeFor, type ConsoleRoute } from './routes';
import {
  ConsoleContext,
  type ConsoleContextValue,
  type NavigateOptions,
  type Session,
  type SessionApi,
  type SignInNotice,
} from './session';

function pageFor(route: ConsoleRoute, linkToken: string | undefined) {
  switch (route) {
    case 'home':
      return <HomePage />;
    case 'login':
      return <LoginPage />;
    case 'totp':
      return <SecondStepPage />;
    case 'enrol':
      return <EnrolPage />;
    case 'setup':
      return <SetupPage token={linkToken} />;
    case 'invitation':
      return <InvitationPage token={linkToken} />;
    case 'account':
      return <AccountPage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'contacts':
      return <ContactsPage />;
    case 'contactNew':
      return <NewContactPage />;
    case 'contact':
      return <ContactPage />;
    case 'cases':
      return <CasesPage />;
    case 'caseNew':
      return <NewCasePage />;
    case 'case':
      return <CasePage />;
    case 'content':
      return <ContentPage />;
    case 'inbox':
      return <InboxPage />;
    case 'inboxRecord':
      return <InboxRecordPage />;
    case 'persons':
      return <PersonsPage />;
    case 'personNew':
      return <NewPersonPage />;
    case 'person':
      return <PersonPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/**
 * The console: language, the current page (client-side routing with the History API), the signed-in session
 * and the API calls made with it.
 */
export function App({
  initialLocale,
  linkToken,
}: {
  initialLocale: Locale;
  /** The one-time token of a setup or invitation link, already taken out of the address. */
  linkToken: string | undefined;
}) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [translator, setTranslator] = useState<Translator | null>(null);
  const [path, setPath] = useState(() => window.location.pathname);
  // Every navigation mounts the page afresh, even to the address already shown.
  const [visit, setVisit] = useState(0);
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [notice, setNotice] = useState<SignInNotice | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const focusHeading = useRef(false);
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  useEffect(() => {
    let current = true;
    void loadTranslator(locale).then((loaded) => {
      if (current) setTranslator(loaded);
    });
    return () => {
      current = false;
    };
  }, [locale]);

  useEffect(() => {
    if (!translator) return;
    document.documentElement.lang = translator.locale;
    document.documentElement.dir = textDirection(translator.locale);
  }, [translator]);

  const navigate = useCallback((to: string, options: NavigateOptions = {}) => {
    const url = new URL(to, window.location.href);
    const address = `${url.pathname}${url.search}${url.hash}`;
    if (options.replace) window.history.replaceState(null, '', address);
    else window.history.pushState(null, '', address);
    focusHeading.current = true;
    setNotice(options.notice);
    setProblem(undefined);
    setPath(url.pathname);
    setVisit((n) => n + 1);
  }, []);

  useEffect(() => {
    const onPopState = () => {
      focusHeading.current = true;
      setNotice(undefined);
      setProblem(undefined);
      setPath(window.location.pathname);
      setVisit((n) => n + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const sessionEnded = useCallback(() => {
    setSession(null);
    navigate(CONSOLE_PATHS.login, { replace: true, notice: 'sessionEnded' });
  }, [navigate]);

  const api = useMemo<SessionApi>(() => {
    const call = async <T,>(method: ApiMethod, target: string, body?: unknown): Promise<T> => {
      try {
        return await callApi<T>(method, target, {
          locale: localeRef.current,
          body,
          csrfToken: sessionRef.current?.csrfToken,
        });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401 && sessionRef.current) sessionEnded();
        throw error;
      }
    };
    return {
      get: (target) => call('GET', target),
      post: (target, body) => call('POST', target, body),
      patch: (target, body) => call('PATCH', target, body),
      delete: (target) => call<void>('DELETE', target),
    };
  }, [sessionEnded]);

  const signOut = useCallback(async () => {
    const current = sessionRef.current;
    try {
      await callApi<void>('POST', '/api/v1/auth/logout', {
        locale: localeRef.current,
        csrfToken: current?.csrfToken,
      });
    } catch (error) {
      // A session that had already ended is signed out all the same.
      if (!(error instanceof ApiError && error.status === 401)) {
        if (translatorRef.current) setProblem(errorMessage(translatorRef.current, error));
        return;
      }
    }
    setSession(null);
    navigate(CONSOLE_PATHS.login, { notice: 'signedOut' });
  }, [navigate]);

  const replaceSession = useCallback((next: Session | null) => setSession(next), []);

  const route = routeFor(path);
  const signedInPage = needsSession(route);

  // A page of a signed-in user asks the server who is signed in, once; without a session it goes to sign-in.
  useEffect(() => {
    if (!signedInPage || session) return;
    let current = true;
    callApi<Session>('GET', '/api/v1/auth/session', { locale: localeRef.current })
      .then((answer) => {
        if (current) setSession(answer);
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.status === 401) {
          setSession(null);
          navigate(CONSOLE_PATHS.login, { replace: true });
        } else if (translatorRef.current) {
          setProblem(errorMessage(translatorRef.current, error));
        }
      });
    return () => {
      current = false;
    };
  }, [signedInPage, session, navigate]);

  // After a page change, focus goes to the new page's heading (once the page has rendered it).
  useEffect(() => {
    if (!focusHeading.current) return;
    const heading = document.querySelector<HTMLElement>('#main h1');
    if (!heading) return;
    focusHeading.current = false;
    heading.focus();
  });

  const context = useMemo<ConsoleContextValue>(
    () => ({ session, notice, navigate, replaceSession, signOut, api }),
    [session, notice, navigate, replaceSession, signOut, api],
  );

  // Until the first catalog arrives (one small file) the shell stays empty rather than show untranslated text.
  if (!translator) return null;

  const changeLocale = (next: Locale) => {
    rememberLocale(next);
    setLocale(next);
  };

  const permission = SIGNED_IN_ROUTES[route];
  let page;
  if (!signedInPage) page = pageFor(route, linkToken);
  else if (!session) page = problem ? null : <p role="status">{translator.t('common.loading')}</p>;
  else if (permission && !can(session.user.role, permission)) page = <ForbiddenPage />;
  else page = pageFor(route, linkToken);
  const showUser = signedInPage && session ? session : undefined;

  return (
    <I18nContext.Provider value={translator}>
      <ConsoleContext.Provider value={context}>
        <a class="skip-link" href="#main">
          {translator.t('common.skipToContent')}
        </a>
        <header class="console-header">
          <p class="console-header__name">{translator.t('console.title')}</p>
          {showUser ? <UserBar session={showUser} /> : null}
          <LanguageButtons locale={translator.locale} onChange={changeLocale} />
        </header>
        {showUser ? <ConsoleNav session={showUser} route={route} /> : null}
        <main
          id="main"
          tabindex={-1}
          class={signedInPage ? 'console-main console-main--wide' : 'console-main'}
        >
          {problem ? <Message kind="error">{problem}</Message> : null}
          <Fragment key={visit}>{page}</Fragment>
        </main>
      </ConsoleContext.Provider>
    </I18nContext.Provider>
  );
}
