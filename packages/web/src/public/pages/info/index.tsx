/**
 * The informational pages ("Before you go" and its country guides, rights, safety, refugees): prerendered
 * only, never hydrated, so their text stays in the HTML and out of every script. Their texts are data
 * (`content/pages/<page-id>.<locale>.md`, docs/content.md): the build reads the repository's published files
 * and passes them in as `PageTexts`; at run time the server puts the published database version into the
 * same page. The prerender imports this module; the client script does not.
 */
import {
  CONTENT_PAGES,
  GUIDE_COUNTRY_IDS,
  GUIDES_PATH,
  type GuideCountryId,
  type Locale,
  type PageContent,
} from '@putokaz/core';
import { useI18n } from '../../../shared/i18n';
import { localePath } from '../../../shared/locale';
import type { StaticPageDefinition, StaticPageProps } from '../../page';
import { ContentPage, unavailablePage } from './ContentPage';
import { SIGNS_PAGE } from './signs';

export { GUIDES_PATH };

/** The published text of each page (by id) in each locale, Serbian Latin already derived. */
export type PageTexts = Readonly<Record<string, Partial<Record<Locale, PageContent>>>>;

function GuideIndex({ site, locale, texts }: StaticPageProps & { texts: PageTexts }) {
  const { t } = useI18n();
  const page = texts['before-you-go']?.[locale] ?? unavailablePage(t);
  const countries = GUIDE_COUNTRY_IDS.flatMap((id) => {
    const guide = texts[`before-you-go-${id}`]?.[locale];
    return guide ? [{ id, name: guide.name ?? guide.title }] : [];
  });
  return (
    <ContentPage
      content={page}
      site={site}
      locale={locale}
      before={
        <nav class="guide-list" aria-labelledby="guide-countries">
          <h2 id="guide-countries">{t('public.guide.countries')}</h2>
          <ul class="link-list">
            {countries.map(({ id, name }) => (
              <li key={id}>
                <a href={localePath(locale, `${GUIDES_PATH}/${id}`)}>{name}</a>
              </li>
            ))}
          </ul>
        </nav>
      }
    />
  );
}

function GuidePage({ site, locale, content }: StaticPageProps & { content: PageContent | undefined }) {
  const { t } = useI18n();
  return (
    <ContentPage
      content={content ?? unavailablePage(t)}
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

function Plain({ site, locale, content }: StaticPageProps & { content: PageContent | undefined }) {
  const { t } = useI18n();
  return <ContentPage content={content ?? unavailablePage(t)} site={site} locale={locale} />;
}

/** Every informational page, in the order the build writes them (the data pages of core's `CONTENT_PAGES`, then signs). */
export function staticPages(texts: PageTexts): StaticPageDefinition[] {
  const fallbackTitle = (locale: Locale) => texts['before-you-go']?.[locale]?.title ?? '';
  const pages = CONTENT_PAGES.map((def): StaticPageDefinition => {
    const text = (locale: Locale) => texts[def.id]?.[locale];
    const country = def.id.startsWith('before-you-go-')
      ? (def.id.slice('before-you-go-'.length) as GuideCountryId)
      : undefined;
    return {
      id: def.id,
      path: def.path,
      title: (locale) => text(locale)?.title ?? fallbackTitle(locale),
      description: (locale) => text(locale)?.intro ?? '',
      render: (props) =>
        def.id === 'before-you-go' ? (
          <GuideIndex {...props} texts={texts} />
        ) : country ? (
          <GuidePage {...props} content={text(props.locale)} />
        ) : (
          <Plain {...props} content={text(props.locale)} />
        ),
    };
  });
  return [...pages, SIGNS_PAGE];
}
