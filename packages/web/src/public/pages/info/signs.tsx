/**
 * "Early signs": the job-offer indicators grouped by stage (the offer, the journey, at work), each stage with
 * a short invented story. An informational page like rights and safety: prerendered only, never hydrated.
 * Each indicator's title and explanation are the offer-check texts the check page shows, so the two pages
 * always say the same thing; the stages are data in `content/signs.ts`.
 */
import { createTranslator } from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs';
import { OFFER_TEXTS } from '@putokaz/core/offer-check/all';
import { useI18n } from '../../../shared/i18n';
import { localePath } from '../../../shared/locale';
import { SIGN_STAGES } from '../../content/signs';
import type { StaticPageDefinition, StaticPageProps } from '../../page';
import { ContentPage } from './ContentPage';

export const SIGNS_PATH = '/signs';

function SignsPage({ site, locale }: StaticPageProps) {
  const { t } = useI18n();
  const texts = OFFER_TEXTS[locale];
  return (
    <ContentPage
      content={{
        title: t('public.signs.title'),
        intro: t('public.signs.intro'),
        sections: [],
        contacts: [],
      }}
      site={site}
      locale={locale}
      before={
        <>
          <p class="signs__note">{t('public.signs.storyNote')}</p>
          {SIGN_STAGES.map((stage) => (
            <section key={stage.id} class="signs__stage" aria-labelledby={`stage-${stage.id}`}>
              <h2 id={`stage-${stage.id}`}>{t(stage.heading)}</h2>
              <figure class="signs__story">
                <figcaption>{t('public.signs.storyLabel')}</figcaption>
                <blockquote>
                  <p>{t(stage.story)}</p>
                </blockquote>
              </figure>
              <h3 id={`stage-${stage.id}-signs`}>{t('public.signs.signsLabel')}</h3>
              <ul class="content-list signs__list" aria-labelledby={`stage-${stage.id}-signs`}>
                {stage.indicators.map((id) => (
                  <li key={id} id={`sign-${id}`}>
                    <strong>{texts.indicators[id].title}</strong>
                    <br />
                    {texts.indicators[id].explanation}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <section class="signs__next" aria-labelledby="signs-next">
            <h2 id="signs-next">{t('public.signs.next.heading')}</h2>
            <p>{t('public.signs.next.text')}</p>
            <ul class="link-list">
              <li>
                <a href={localePath(locale, '/check')}>{t('public.signs.next.check')}</a>
              </li>
              <li>
                <a href={localePath(locale, '/help')}>{t('public.signs.next.help')}</a>
              </li>
            </ul>
          </section>
        </>
      }
    />
  );
}

export const SIGNS_PAGE: StaticPageDefinition = {
  id: 'signs',
  path: SIGNS_PATH,
  title: (locale) => createTranslator(locale, CATALOGS[locale]).t('public.signs.title'),
  description: (locale) => createTranslator(locale, CATALOGS[locale]).t('public.signs.intro'),
  render: (props) => <SignsPage {...props} />,
};
