import type { MessageKey } from '@putokaz/core';
import type { ComponentChildren } from 'preact';
import { localePath, type Locale } from '../../shared/locale';
import { useI18n } from '../../shared/i18n';
import { telHref, type SiteConfig } from '../../shared/site';
import { LanguageSwitcher } from './LanguageSwitcher';

export const QUICK_EXIT_HINT_ID = 'quick-exit-hint';

/** The informational pages, linked from the footer of every public page. */
const FOOTER_LINKS: readonly { path: string; label: MessageKey }[] = [
  { path: '/before-you-go', label: 'public.nav.beforeYouGo' },
  { path: '/rights', label: 'public.nav.rights' },
  { path: '/safety', label: 'public.nav.safety' },
  { path: '/signs', label: 'public.signs.title' },
  { path: '/refugees', label: 'public.nav.refugees' },
  { path: '/alerts', label: 'public.alerts.nav' },
];

/**
 * The frame of every public page: a header that stays on screen with the quick exit (first in keyboard
 * order), a skip link and the app name; the language switcher; the page inside `<main id="main">` (the part
 * that hydrates); a footer with the hotline. The frame is prerendered HTML only: the client script adds its
 * behaviour (quick exit, remembering the language) without rendering it again.
 */
export function PublicLayout({
  locale,
  path,
  site,
  children,
}: {
  locale: Locale;
  path: string;
  site: SiteConfig;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <>
      <header class="site-header">
        <a
          class="quick-exit"
          href={site.exitUrl}
          rel="nofollow noreferrer"
          data-quick-exit=""
          aria-describedby={QUICK_EXIT_HINT_ID}
        >
          {t('common.quickExit')}
        </a>
        <a class="skip-link" href="#main">
          {t('common.skipToContent')}
        </a>
        <a class="site-header__name" href={localePath(locale, '/')}>
          {t('app.publicName')}
        </a>
      </header>
      <LanguageSwitcher locale={locale} path={path} />
      <main id="main" tabindex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <nav class="footer-nav" aria-label={t('public.nav.label')}>
          <ul>
            {FOOTER_LINKS.map((link) => (
              <li key={link.path}>
                <a
                  href={localePath(locale, link.path)}
                  aria-current={path === link.path ? 'page' : undefined}
                >
                  {t(link.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p id={QUICK_EXIT_HINT_ID}>{t('common.quickExitHint')}</p>
        <p>{t('home.privacy')}</p>
        <p>
          <a href={telHref(site.hotlinePhone)}>{t('common.hotline', { phone: site.hotlinePhone })}</a>
        </p>
      </footer>
    </>
  );
}
