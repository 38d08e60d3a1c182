/**
 * Builds the web app: the public "Safe at Work" pages (prerendered per locale, then hydrated) and the staff
 * console (rendered in the browser). Run from the repository root with
 * `npx vite build --config packages/web/vite.config.ts` (scripts/build.mjs does this).
 *
 * Build-time settings (environment variables):
 * - PUTOKAZ_HOTLINE_PHONE: the SOS hotline shown on the public pages (default "0800 000 000").
 * - PUTOKAZ_EXIT_URL: where the quick exit goes (default https://www.wikipedia.org/); a server may still
 *   change it at run time through `<meta name="putokaz-exit-url">`.
 * - PUTOKAZ_APP_IDENTITY: how the installed app presents itself: `named` (default: "Safe at Work" and the
 *   signpost icon) or `neutral` (a neutral name such as "Notes" and a plain icon).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, defineConfig, type Alias, type Plugin, type ViteDevServer } from 'vite';
import {
  appIdentityFromEnv,
  writeCompressedCopies,
  writeOfflineFiles,
  type AppIdentity,
  type BundleEntry,
  type Translations,
} from './build/offline.ts';
import type * as Prerender from './src/public/prerender.tsx';
import type * as Core from '@putokaz/core';
import type * as PageFiles from '../server/src/features/content/page-files.ts';
import type * as AllCatalogs from '@putokaz/core/i18n/all-catalogs';
import { DEFAULT_SITE_CONFIG, isExitUrl, type SiteConfig } from './src/shared/site.ts';
import { publicCatalogs } from './build/public-catalog.ts';

type PrerenderModule = typeof Prerender;
type PageTexts = Prerender.PageTexts;

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const coreSrc = fileURLToPath(new URL('../core/src/', import.meta.url));
const prerenderEntry = join(webRoot, 'src/public/prerender.tsx');
/** The server's loader of content/pages/ (YAML front matter checked with zod), loaded through Vite like the prerender. */
const pageFilesEntry = join(webRoot, '../server/src/features/content/page-files.ts');
const contentDir = join(webRoot, '../../content');

/** Core is compiled from source, like the web code, so the browser gets only what it uses. */
const alias: Alias[] = [
  { find: /^@putokaz\/core$/, replacement: `${coreSrc}index.ts` },
  { find: /^@putokaz\/core\/(.*)$/, replacement: `${coreSrc}$1` },
];
const oxc = { jsx: { runtime: 'automatic', importSource: 'preact' } } as const;

function siteConfigFromEnv(env: NodeJS.ProcessEnv): SiteConfig {
  const hotlinePhone = env.PUTOKAZ_HOTLINE_PHONE?.trim() || DEFAULT_SITE_CONFIG.hotlinePhone;
  const exitUrl = env.PUTOKAZ_EXIT_URL?.trim() || DEFAULT_SITE_CONFIG.exitUrl;
  if (!/^\+?[\d][\d ()/-]*$/.test(hotlinePhone)) {
    throw new Error(
      `PUTOKAZ_HOTLINE_PHONE must be a phone number (digits, spaces, + ( ) / -), got "${hotlinePhone}"`,
    );
  }
  if (!isExitUrl(exitUrl))
    throw new Error(`PUTOKAZ_EXIT_URL must be an absolute http(s) address, got "${exitUrl}"`);
  return { hotlinePhone, exitUrl };
}

/**
 * Loads the prerender module in Node through a short-lived Vite server (no HTTP listener), so it resolves
 * aliases, TSX and JSON like the browser build and can load page chunks on demand; closed after use.
 */
async function withPrerenderModule<T>(
  use: (renderer: PrerenderModule, load: (id: string) => Promise<unknown>) => Promise<T>,
): Promise<T> {
  const server = await createServer({
    configFile: false,
    root: webRoot,
    logLevel: 'warn',
    appType: 'custom',
    resolve: { alias },
    oxc,
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await use((await server.ssrLoadModule(prerenderEntry)) as PrerenderModule, (id) =>
      server.ssrLoadModule(id),
    );
  } finally {
    await server.close();
  }
}

/**
 * After the client bundle is written, renders every public page in every locale into the built template
 * (`dist/index.html`, `dist/en/index.html`, …) and gives the console shell its default language.
 */
function prerender(site: SiteConfig, identity: AppIdentity): Plugin {
  let outDir = '';
  return {
    name: 'putokaz:prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const publicTemplatePath = join(outDir, 'index.html');
      try {
        await withPrerenderModule(async (renderer, load) => {
          const publicTemplate = await readFile(publicTemplatePath, 'utf8');
          const consolePath = join(outDir, 'console/index.html');
          const consoleShell = renderer.renderConsoleShell(await readFile(consolePath, 'utf8'));
          const pages = await renderer.renderPublicPages(publicTemplate, site, await pageTexts(load));
          for (const { file, html } of pages) {
            const target = join(outDir, file);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, html);
          }
          await writeFile(consolePath, consoleShell);
          // Offline: manifests, icons, manifest links in the pages just written, and sw.js.
          await writeOfflineFiles({
            outDir,
            bundle: bundle as unknown as Record<string, BundleEntry>,
            entryName: 'public',
            identity,
            ...(await offlineLocales(load)),
          });
          // Last: compressed copies of every text file, pages and sw.js included.
          await writeCompressedCopies(outDir);
        });
      } catch (error) {
        // dist/index.html is the build stamp: never leave an unrendered template behind as a finished build.
        await rm(publicTemplatePath, { force: true });
        throw error;
      }
    },
  };
}

/**
 * The informational pages' texts for the prerender: the repository's `content/pages/` files read with the
 * server's own loader and validator (so the build and the import accept exactly the same files), only the
 * published ones, Serbian Latin derived. A file with a problem fails the build. At run time the server puts the
 * published database version into these pages (docs/content.md).
 */
async function pageTexts(load: (id: string) => Promise<unknown>): Promise<PageTexts> {
  const files = (await load(pageFilesEntry)) as typeof PageFiles;
  const { LOCALES } = (await load('@putokaz/core')) as typeof Core;
  const { pages, problems } = await files.readPageFiles(contentDir);
  if (problems.length) {
    throw new Error(
      `content/pages has problems:\n${problems.map((p) => `${p.file}: ${p.message}`).join('\n')}`,
    );
  }
  const texts: Record<string, Partial<Record<Core.Locale, Core.PageContent>>> = {};
  for (const page of pages) {
    const own: Partial<Record<Core.Locale, Core.PageContent>> = {};
    for (const locale of LOCALES) {
      const written = page.translations.find(
        (t) => t.locale === (locale === 'sr-Latn' ? 'sr-Cyrl' : locale) && t.status === 'published',
      );
      if (written) own[locale] = files.pageForLocale(written.page, locale);
    }
    texts[page.id] = own;
  }
  return texts;
}

/** The locales of the app with their path prefix, direction and the texts of the manifest. */
async function offlineLocales(load: (id: string) => Promise<unknown>) {
  const core = (await load('@putokaz/core')) as typeof Core;
  const { CATALOGS } = (await load('@putokaz/core/i18n/all-catalogs')) as typeof AllCatalogs;
  const locales = core.LOCALES.map((locale) => ({
    locale,
    prefix: locale === core.DEFAULT_LOCALE ? '' : `/${locale}`,
    dir: core.textDirection(locale),
  }));
  const translations: Translations = (locale) => {
    const translator = core.createTranslator(locale as never, CATALOGS[locale as keyof typeof CATALOGS]);
    return {
      name: translator.t('app.publicName'),
      shortName: translator.t('app.publicName'),
      description: translator.t('app.tagline'),
      neutralName: translator.t('offline.manifest.neutralName'),
    };
  };
  return { locales, translations };
}

/**
 * `vite` (dev server) renders the public pages on request the same way the build does, serves the console
 * shell for every `/console/…` address, and forwards `/api` to a server on 127.0.0.1:8080.
 */
function devPages(site: SiteConfig): Plugin {
  const acceptsHtml = (request: IncomingMessage) => (request.headers.accept ?? '').includes('text/html');
  return {
    name: 'putokaz:dev-pages',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (request.method !== 'GET' || !acceptsHtml(request)) return next();
        void (async () => {
          if (url.pathname === '/console' || url.pathname.startsWith('/console/')) {
            const renderer = (await server.ssrLoadModule(prerenderEntry)) as PrerenderModule;
            const template = await readFile(join(webRoot, 'console/index.html'), 'utf8');
            const html = await server.transformIndexHtml('/console/index.html', template);
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.end(renderer.renderConsoleShell(html));
            return;
          }
          const renderer = (await server.ssrLoadModule(prerenderEntry)) as PrerenderModule;
          const template = await server.transformIndexHtml(
            url.pathname,
            await readFile(join(webRoot, 'index.html'), 'utf8'),
          );
          const wanted = renderer.outputFile(url.pathname);
          const page = (await renderer.renderPublicPages(template, site)).find(
            (file) => file.file === wanted,
          );
          if (!page) return next();
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(page.html);
        })().catch(next);
      });
    },
  };
}

const site = siteConfigFromEnv(process.env);
const identity = appIdentityFromEnv(process.env.PUTOKAZ_APP_IDENTITY);

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: 'public',
  appType: 'custom',
  resolve: { alias },
  oxc,
  define: { __PUTOKAZ_SITE__: JSON.stringify(site) },
  plugins: [
    prerender(site, identity),
    devPages(site),
    // The public app's messages per language, console texts left out, Serbian Latin derived at build time.
    publicCatalogs(() =>
      withPrerenderModule(
        async (_renderer, load) =>
          ((await load('@putokaz/core/i18n/all-catalogs')) as typeof AllCatalogs).CATALOGS,
      ),
    ),
  ],
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cheap and older phones: keep the syntax their browsers understand.
    target: 'es2020',
    cssTarget: 'chrome80',
    modulePreload: { polyfill: false },
    // Every asset is a file of our own origin (no data: URIs needed under the Content-Security-Policy).
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        public: join(webRoot, 'index.html'),
        console: join(webRoot, 'console/index.html'),
      },
    },
  },
});
