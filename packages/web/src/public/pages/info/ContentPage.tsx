import {
  PAGE_SLOTS,
  renderPageBodyHtml,
  renderPageHeadHtml,
  type PageContent,
  type Translator,
} from '@putokaz/core';
import type { ComponentChildren } from 'preact';
import { useI18n } from '../../../shared/i18n';
import type { SiteConfig } from '../../../shared/site';

/** The texts of a page that come from the catalogs and the site settings, for core's page renderer. */
export function pageLabels(t: Translator['t'], site: SiteConfig) {
  return {
    contactsTitle: t('public.contacts.title'),
    contactSource: t('public.contacts.source'),
    contactChecked: t('public.contacts.checked'),
    contactUnverified: t('public.contacts.unverified'),
    checklistKeep: t('public.checklist.keep'),
    hotlineLabel: t('common.hotlineLabel'),
    hotlineText: t('home.hotline.text'),
    hotlinePhone: site.hotlinePhone,
  };
}

/** A page that has no published text in this language (its title and a note; the hotline stays). */
export function unavailablePage(t: Translator['t']): PageContent {
  return {
    title: t('public.page.unavailableTitle'),
    intro: t('public.page.unavailable'),
    sections: [],
    contacts: [],
  };
}

/**
 * One informational page from its content (docs/content.md): title and intro, then sections, the optional
 * checklist and the numbers to call (verified contacts only, and always the hotline from the site settings).
 * The HTML comes from core's page renderer (every text escaped, sections through the safe Markdown renderer)
 * between markers, so the server can put the published database version in their place at run time; the
 * build writes the repository's version.
 */
export function ContentPage({
  content,
  site,
  locale,
  before,
  after,
}: {
  content: PageContent;
  site: SiteConfig;
  locale: string;
  before?: ComponentChildren;
  after?: ComponentChildren;
}) {
  const { t } = useI18n();
  const head = renderPageHeadHtml(content);
  const body = renderPageBodyHtml(content, { labels: pageLabels(t, site), locale });
  return (
    <article class="content-page" aria-labelledby="page-title">
      <div
        class="content-page__part"
        dangerouslySetInnerHTML={{ __html: `${PAGE_SLOTS.head[0]}${head}${PAGE_SLOTS.head[1]}` }}
      />
      {before}
      <div
        class="content-page__part"
        dangerouslySetInnerHTML={{ __html: `${PAGE_SLOTS.body[0]}${body}${PAGE_SLOTS.body[1]}` }}
      />
      {after}
    </article>
  );
}
