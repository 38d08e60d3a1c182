import type { MessageKey } from '@putokaz/core';
import { useI18n } from '../../shared/i18n';
import { localePath } from '../../shared/locale';
import { telHref } from '../../shared/site';
import type { PublicPageProps } from '../page';

/**
 * The three things a person comes for. The home page only links to them: each destination is a page of its
 * own, added to `PUBLIC_PAGES` by the issue that builds it.
 */
const ACTIONS: readonly { id: string; path: string; title: MessageKey; description: MessageKey }[] = [
  {
    id: 'check',
    path: '/check',
    title: 'home.action.check',
    description: 'home.action.check.description',
  },
  {
    id: 'help',
    path: '/help',
    title: 'home.action.help',
    description: 'help.homeCard',
  },
  {
    id: 'before-you-go',
    path: '/before-you-go',
    title: 'home.action.beforeYouGo',
    description: 'home.action.beforeYouGo.description',
  },
];

export function HomePage({ site }: PublicPageProps) {
  const { t, locale } = useI18n();
  return (
    <>
      <section class="intro" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p class="intro__tagline">{t('app.tagline')}</p>
        <p>{t('home.intro')}</p>
      </section>

      <section class="actions" aria-labelledby="home-actions-title">
        <h2 id="home-actions-title">{t('home.actions.title')}</h2>
        <ul class="actions__list">
          {ACTIONS.map((action) => (
            <li key={action.id} class="action">
              <a
                class="action__link"
                href={localePath(locale, action.path)}
                aria-describedby={`home-action-${action.id}`}
              >
                {t(action.title)}
              </a>
              <p id={`home-action-${action.id}`} class="action__description">
                {t(action.description)}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section class="hotline" aria-labelledby="home-hotline-title">
        <h2 id="home-hotline-title">{t('home.hotline.title')}</h2>
        <p>
          <a class="hotline__number" href={telHref(site.hotlinePhone)}>
            {site.hotlinePhone}
          </a>
        </p>
        <p>{t('home.hotline.text')}</p>
      </section>
    </>
  );
}
