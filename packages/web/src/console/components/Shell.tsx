import { can, type MessageKey } from '@putokaz/core';
import { useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { roleName } from '../format';
import { CONSOLE_PATHS, SIGNED_IN_ROUTES, type ConsoleRoute } from '../routes';
import { useConsole, type Session } from '../session';
import { Link } from './Link';

interface Area {
  readonly route: ConsoleRoute;
  readonly path: string;
  readonly label: MessageKey;
  /** What the area is for, on the start page. */
  readonly description?: MessageKey;
}

/** The console's areas in navigation order; each shows only to roles that hold its permission. */
const AREAS: readonly Area[] = [
  { route: 'home', path: CONSOLE_PATHS.home, label: 'console.nav.home' },
  {
    route: 'inbox',
    path: CONSOLE_PATHS.inbox,
    label: 'console.inbox.nav',
    description: 'console.inbox.description',
  },
  {
    route: 'persons',
    path: CONSOLE_PATHS.persons,
    label: 'console.persons.nav',
    description: 'console.persons.navDescription',
  },
  {
    route: 'contacts',
    path: CONSOLE_PATHS.contacts,
    label: 'console.contacts.nav',
    description: 'console.contacts.homeDescription',
  },
  {
    route: 'cases',
    path: CONSOLE_PATHS.cases,
    label: 'console.cases.nav',
    description: 'console.cases.homeDescription',
  },
  {
    route: 'account',
    path: CONSOLE_PATHS.account,
    label: 'console.nav.account',
    description: 'console.home.account',
  },
  {
    route: 'users',
    path: CONSOLE_PATHS.users,
    label: 'console.nav.users',
    description: 'console.home.users',
  },
  {
    route: 'audit',
    path: CONSOLE_PATHS.audit,
    label: 'console.nav.audit',
    description: 'console.home.audit',
  },
  {
    route: 'content',
    path: CONSOLE_PATHS.content,
    label: 'console.content.nav',
    description: 'console.content.homeDescription',
  },
];

/** The areas the session's role may open. */
export function areasFor(session: Session): readonly Area[] {
  return AREAS.filter((area) => {
    const permission = SIGNED_IN_ROUTES[area.route];
    return permission !== undefined && can(session.user.role, permission);
  });
}

/** Who is signed in, and the sign-out button. */
export function UserBar({ session }: { session: Session }) {
  const translator = useI18n();
  const { t } = translator;
  const { signOut } = useConsole();
  const [busy, setBusy] = useState(false);
  const onSignOut = async () => {
    setBusy(true);
    try {
      await signOut();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="console-user">
      <p class="console-user__name">
        {t('console.shell.signedInAs', {
          name: session.user.displayName,
          role: roleName(translator, session.user.role),
        })}
      </p>
      <button type="button" class="button button--secondary" disabled={busy} onClick={onSignOut}>
        {t('console.shell.signOut')}
      </button>
    </div>
  );
}

export function ConsoleNav({ session, route }: { session: Session; route: ConsoleRoute }) {
  const { t } = useI18n();
  return (
    <nav class="console-nav" aria-label={t('console.nav.label')}>
      <ul>
        {areasFor(session).map((area) => (
          <li key={area.route}>
            <Link href={area.path} current={area.route === route}>
              {t(area.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
