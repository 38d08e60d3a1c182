/**
 * Build-time rendering of the public pages and of the console shell. vite.config.ts loads this module in Node
 * (through Vite, so it resolves like the browser code) after the client bundle is written, and fills the
 * built HTML templates with the rendered markup: one file per page and locale.
 */
import { LOCALES, createTranslator, textDirection, type Locale, type Translator } from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs';
import { DEFAULT_LOCALE } from '@putokaz/core';
import { renderToString } from 'preact-render-to-string';
import { I18nContext } from '../shared/i18n';
import { localePath } from '../shared/locale';
import { SITE_META_NAMES, type SiteConfig } from '../shared/site';
import { PublicLayout } from './components/PublicLayout';
import type { VNode } from 'preact';
import type { PublicPageDefinition, StaticPageDefinition } from './page';
import { PUBLIC_PAGES } from './pages';
import { staticPages, type PageTexts } from './pages/info';

export type { PageTexts };

/** Where the template takes the rendered head elements and body. */
export const HEAD_MARKER = '<!--putokaz:head-->';
export const BODY_MARKER = '<!--putokaz:body-->';

export interface RenderedFile {
  /** Path relative to the build output folder, with `/` separators (`index.html`, `en/index.html`). */
  readonly file: string;
  readonly html: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fillTemplate(
  template: string,
  htmlAttributes: Record<string, string>,
  head: string,
  body: string,
): string {
  const attributes = Object.entries(htmlAttributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const htmlTag = /<html\b[^>]*>/;
  for (const [what, found] of [
    ['<html>', htmlTag.test(template)],
    [HEAD_MARKER, template.includes(HEAD_MARKER)],
    [BODY_MARKER, template.includes(BODY_MARKER)],
  ] as const) {
    if (!found) throw new Error(`prerender: the HTML template has no ${what}`);
  }
  return template
    .replace(htmlTag, `<html${attributes}>`)
    .replace(HEAD_MARKER, () => head)
    .replace(BODY_MARKER, () => body);
}

/** `/` → `index.html`, `/en/` → `en/index.html`, `/check` → `check/index.html`. */
export function outputFile(address: string): string {
  const trimmed = address.replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/index.html` : 'index.html';
}

function documentTitle(translator: Translator, path: string, title: string): string {
  return path === '/'
    ? title
    : translator.t('web.documentTitle', { page: title, app: translator.t('app.publicName') });
}

function PublicHead({
  translator,
  path,
  title,
  description,
  site,
}: {
  translator: Translator;
  path: string;
  title: string;
  description: string;
  site: SiteConfig;
}) {
  return (
    <>
      <title>{documentTitle(translator, path, title)}</title>
      <meta name="description" content={description} />
      <meta name={SITE_META_NAMES.hotlinePhone} content={site.hotlinePhone} />
      <meta name={SITE_META_NAMES.exitUrl} content={site.exitUrl} />
      {LOCALES.map((locale) => (
        <link key={locale} rel="alternate" hreflang={locale} href={localePath(locale, path)} />
      ))}
      <link rel="alternate" hreflang="x-default" href={localePath(DEFAULT_LOCALE, path)} />
    </>
  );
}

/** One page in one locale, whichever kind it is (hydrated or static). */
interface PageRendering {
  readonly id: string;
  readonly path: string;
  title(translator: Translator, locale: Locale): string;
  description(translator: Translator, locale: Locale): string;
  main(site: SiteConfig, locale: Locale): VNode;
}

async function pageRenderings(texts: PageTexts): Promise<PageRendering[]> {
  const hydrated = await Promise.all(
    PUBLIC_PAGES.map(async (page: PublicPageDefinition): Promise<PageRendering> => {
      const Page = await page.load();
      return {
        id: page.id,
        path: page.path,
        title: (translator) => translator.t(page.titleKey),
        description: (translator) => translator.t(page.descriptionKey),
        main: (site) => <Page site={site} />,
      };
    }),
  );
  const informational = staticPages(texts).map((page: StaticPageDefinition): PageRendering => ({
    id: page.id,
    path: page.path,
    title: (_translator, locale) => page.title(locale),
    description: (_translator, locale) => page.description(locale),
    main: (site, locale) => page.render({ site, locale }),
  }));
  return [...hydrated, ...informational];
}

/**
 * Every public page in every locale, filled into the built public template: the hydrated pages of
 * `PUBLIC_PAGES` and the informational pages (HTML only) from `texts`, the repository's published page files
 * (content/pages/, read by vite.config.ts; docs/content.md).
 */
export async function renderPublicPages(
  template: string,
  site: SiteConfig,
  texts: PageTexts = {},
): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  for (const page of await pageRenderings(texts)) {
    for (const locale of LOCALES) {
      const translator = createTranslator(locale, CATALOGS[locale]);
      const head = renderToString(
        <PublicHead
          translator={translator}
          path={page.path}
          title={page.title(translator, locale)}
          description={page.description(translator, locale)}
          site={site}
        />,
      );
      const body = renderToString(
        <I18nContext.Provider value={translator}>
          <PublicLayout locale={locale} path={page.path} site={site}>
            {page.main(site, locale)}
          </PublicLayout>
        </I18nContext.Provider>,
      );
      const attributes = {
        lang: locale,
        dir: textDirection(locale),
        'data-page': page.id,
        'data-path': page.path,
      };
      files.push({
        file: outputFile(localePath(locale, page.path)),
        html: fillTemplate(template, attributes, head, body),
      });
    }
  }
  return files;
}

/**
 * The console is rendered in the browser; its shell gets the default language and title so it reads
 * correctly for the moment before the script picks the person's language.
 */
export function renderConsoleShell(template: string, locale: Locale = DEFAULT_LOCALE): string {
  const translator = createTranslator(locale, CATALOGS[locale]);
  const head = renderToString(<title>{translator.t('console.title')}</title>);
  return fillTemplate(template, { lang: locale, dir: textDirection(locale) }, head, '');
}
