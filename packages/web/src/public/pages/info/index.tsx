/**
 * The informational pages ("Before you go" and its country guides, rights, safety, refugees): prerendered
 * only, never hydrated, so their text stays in the HTML and out of every script. The prerender imports this
 * module; the client script does not.
 */
import type { Locale } from '@putokaz/core';
import { useI18n } from '../../../shared/i18n';
import { localePath } from '../../../shared/locale';
import { COUNTRY_IDS, GUIDE_INDEX, guideContent, type CountryId } from '../../content/guide';
import { REFUGEES } from '../../content/refugees';
import { RIGHTS } from '../../content/rights';
import { SAFETY } from '../../content/safety';
import type { PageContent } from '../../content/types';
import type { StaticPageDefinition, StaticPageProps } from '../../page';
import { ContentPage } from './ContentPage';
import { SIGNS_PAGE } from './signs';

export const GUIDES_PATH = '/before-you-go';

function GuideIndex({ site, locale }: StaticPageProps) {
  const { t } = useI18n();
  const { page, countries } = GUIDE_INDEX[locale];
  return (
    <ContentPage
      content={page}
      site={site}
      locale={locale}
      before={
        <nav class="guide-list" aria-labelledby="guide-countries">
          <h2 id="guide-countries">{t('public.guide.countries')}</h2>
          <ul class="link-list">
            {COUNTRY_IDS.map((id) => (
              <li key={id}>
                <a href={localePath(locale, `${GUIDES_PATH}/${id}`)}>{countries[id]}</a>
              </li>
            ))}
          </ul>
        </nav>
      }
    />
  );
}

function GuidePage({ site, locale, country }: StaticPageProps & { country: CountryId }) {
  const { t } = useI18n();
  return (
    <ContentPage
      content={guideContent(country)[locale]}
      site={site}
      locale={locale}
      after={
        <p class="back-link">
          <a href={localePath(locale, GUIDES_PATH)}>{t('public.guide.all')}</a>
        </p>
      }
    />
  );
}

function contentPage(id: string, path: string, content: Record<Locale, PageContent>): StaticPageDefinition {
  return {
    id,
    path,
    title: (locale) => content[locale].title,
    description: (locale) => content[locale].intro,
    render: ({ site, locale }) => <ContentPage content={content[locale]} site={site} locale={locale} />,
  };
}

/** Every informational page, in the order the build writes them. */
export const STATIC_PAGES: readonly StaticPageDefinition[] = [
  {
    id: 'before-you-go',
    path: GUIDES_PATH,
    title: (locale) => GUIDE_INDEX[locale].page.title,
    description: (locale) => GUIDE_INDEX[locale].page.intro,
    render: (props) => <GuideIndex {...props} />,
  },
  ...COUNTRY_IDS.map((country): StaticPageDefinition => {
    const content = guideContent(country);
    return {
      id: `before-you-go-${country}`,
      path: `${GUIDES_PATH}/${country}`,
      title: (locale) => content[locale].title,
      description: (locale) => content[locale].intro,
      render: (props) => <GuidePage {...props} country={country} />,
    };
  }),
  contentPage('rights', '/rights', RIGHTS),
  contentPage('safety', '/safety', SAFETY),
  contentPage('refugees', '/refugees', REFUGEES),
  SIGNS_PAGE,
];
