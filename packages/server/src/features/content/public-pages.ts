/**
 * The informational pages at run time: the build prerenders each page from the repository's files with
 * markers around the parts that come from the page's text (core's `PAGE_SLOTS`); for a page the database
 * knows, the server puts the PUBLISHED database version between those markers (and into `<title>` and the
 * description) before sending the page, so a console publish reaches the public app without a rebuild. The
 * page stays plain HTML: it reads without JavaScript, and the service worker keeps the last copy for offline
 * use. A page the database does not know (nothing imported yet) is served as built. See docs/content.md.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEFAULT_LOCALE,
  LOCALES,
  contentPageByPath,
  createTranslator,
  renderPageBodyHtml,
  renderPageHeadHtml,
  replacePageSlots,
  type Locale,
  type PageContent,
} from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs';
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { PageStore } from './page-store.js';

export interface PublicPageRendererOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  webDir: string;
  /** Show contacts without a source or date (marked); preview servers only, never production. */
  showUnverified?: boolean;
}

/** `/en/before-you-go/germany/` → the locale, the page's path and the built file; undefined for other paths. */
export function informationalPage(
  urlPath: string,
): { locale: Locale; slug: string; file: string } | undefined {
  const trimmed = urlPath.replace(/\/+$/, '') || '/';
  const first = trimmed.split('/')[1] ?? '';
  const prefixed = (LOCALES as readonly string[]).includes(first) && first !== DEFAULT_LOCALE;
  const locale = (prefixed ? first : DEFAULT_LOCALE) as Locale;
  const path = prefixed ? trimmed.slice(first.length + 1) || '/' : trimmed;
  const page = contentPageByPath(path);
  if (!page) return undefined;
  const folder = `${prefixed ? `${first}/` : ''}${path.replace(/^\//, '')}`;
  return { locale, slug: page.id, file: `${folder}/index.html` };
}

/**
 * Returns a function that gives the HTML of an informational page with the database's published text, or
 * undefined when the path is no such page, the database does not know the page, or the built file is missing
 * (then the built file is served as it is).
 */
export function createPublicPageRenderer(
  options: PublicPageRendererOptions,
): (urlPath: string) => Promise<string | undefined> {
  const store = new PageStore(options.db, options.dialect);
  const built = new Map<string, { mtimeMs: number; html: string }>();

  const builtPage = async (file: string): Promise<string | undefined> => {
    const path = join(options.webDir, file);
    try {
      const { mtimeMs } = await stat(path);
      const cached = built.get(file);
      if (cached && cached.mtimeMs === mtimeMs) return cached.html;
      const html = await readFile(path, 'utf8');
      built.set(file, { mtimeMs, html });
      return html;
    } catch {
      return undefined;
    }
  };

  return async (urlPath) => {
    const target = informationalPage(urlPath);
    if (!target) return undefined;
    const published = await store.published(target.slug, target.locale);
    if (published.kind === 'unknown') return undefined;
    const html = await builtPage(target.file);
    if (!html) return undefined;
    const { t } = createTranslator(target.locale, CATALOGS[target.locale]);
    const page: PageContent =
      published.kind === 'published'
        ? published.page
        : {
            title: t('public.page.unavailableTitle'),
            intro: t('public.page.unavailable'),
            sections: [],
            contacts: [],
          };
    // The hotline is the one the page was built with (PUTOKAZ_HOTLINE_PHONE at build time).
    const hotlinePhone =
      /<meta name="putokaz-hotline" content="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const body = renderPageBodyHtml(page, {
      locale: target.locale,
      showUnverified: options.showUnverified ?? false,
      labels: {
        contactsTitle: t('public.contacts.title'),
        contactSource: t('public.contacts.source'),
        contactChecked: t('public.contacts.checked'),
        contactUnverified: t('public.contacts.unverified'),
        checklistKeep: t('public.checklist.keep'),
        hotlineLabel: t('common.hotlineLabel'),
        hotlineText: t('home.hotline.text'),
        hotlinePhone,
      },
    });
    return replacePageSlots(html, {
      head: renderPageHeadHtml(page),
      body,
      documentTitle: t('web.documentTitle', { page: page.title, app: t('app.publicName') }),
      description: page.intro,
    });
  };
}
