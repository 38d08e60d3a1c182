/// <reference lib="dom" />
/**
 * The informational public pages in a real browser: "Before you go" and its country guides, rights, safety
 * and refugees, in every language, against the built server under its Content-Security-Policy. Each page
 * reads with and without JavaScript, keeps the quick exit first, loads nothing from other hosts, passes axe,
 * and the checklist of a country guide ticks without leaving anything on the device.
 */
import { LOCALES, type Locale } from '@putokaz/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { CONTENT_PAGES, type PageContent } from '@putokaz/core';
import { pageForLocale, readPageFiles } from '../../packages/server/src/features/content/page-files.ts';
import {
  describeBrowser,
  expectNoAxeViolationsUnderCsp,
  launchBrowser,
  newAppContext,
  startServer,
  type TestServer,
  message,
  PREFIX,
} from './harness.js';

/** The pages' texts as the build reads them: the repository's content/pages/ files (docs/content.md). */
const TEXTS: Record<string, Record<Locale, PageContent>> = {};
for (const page of (await readPageFiles(fileURLToPath(new URL('../../content/', import.meta.url)))).pages) {
  TEXTS[page.id] = Object.fromEntries(
    LOCALES.map((locale) => {
      const written = page.translations.find((t) => t.locale === (locale === 'sr-Latn' ? 'sr-Cyrl' : locale));
      return [locale, pageForLocale(written!.page, locale)];
    }),
  ) as Record<Locale, PageContent>;
}
const text = (id: string, locale: Locale): PageContent => TEXTS[id]![locale];

/** Every informational page: its path and its title in each language. */
const PAGES: readonly { path: string; title: Record<Locale, string> }[] = [
  ...CONTENT_PAGES.map((page) => ({
    path: page.path,
    title: titles((locale) => text(page.id, locale).title),
  })),
  { path: '/signs', title: titles((locale) => message(locale, 'public.signs.title')) },
];

function titles(of: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, of(locale)])) as Record<Locale, string>;
}

let server: TestServer;
let browser: Browser;

const NARROW = { width: 320, height: 640 };
/** Playwright's default viewport. */
const WIDE = { width: 1280, height: 720 };

/** Title, language, heading, quick exit and switcher of one page, as any reader sees them. */
async function expectPageFrame(page: Page, locale: Locale, path: string, title: string) {
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  expect(await page.title()).toBe(
    message(locale, 'web.documentTitle', { page: title, app: message(locale, 'app.publicName') }),
  );
  expect((await page.locator('h1').textContent())?.trim()).toBe(title);
  const exit = page.getByRole('link', { name: message(locale, 'common.quickExit'), exact: true });
  expect(await exit.getAttribute('rel')).toContain('noreferrer');
  const switcher = page.getByRole('navigation', { name: message(locale, 'common.language') });
  for (const other of LOCALES.filter((l) => l !== locale)) {
    expect(await switcher.locator(`a[hreflang="${other}"]`).getAttribute('href')).toBe(PREFIX[other] + path);
  }
  const hotline = (await page.locator('meta[name="putokaz-hotline"]').getAttribute('content')) ?? '';
  const numbers = page.getByRole('region', { name: message(locale, 'public.contacts.title') });
  expect(await numbers.getByRole('link', { name: hotline, exact: true }).count()).toBe(1);
}

async function firstTabStop(page: Page): Promise<string | undefined> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => document.activeElement?.textContent?.trim());
}

describeBrowser('informational public pages in the browser', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // One visit per page and language serves both the reader's checks (at 320 px, under the page's policy) and
  // axe (at Playwright's default 1280 × 720, where it ran in its own context before): axe is evaluated through
  // DevTools, which the policy does not govern. Every test of this file has its own context and changes
  // nothing on the server, so they run a few at a time (Vitest's maxConcurrency, 5).
  it.concurrent.each(PAGES)(
    '$path in every language: title, lang, quick exit first; 320 px; nothing third-party; no serious or critical axe violations',
    { timeout: 180_000 },
    async ({ path, title }) => {
      const app = await newAppContext(browser, server.url, { viewport: NARROW });
      try {
        const page = await app.context.newPage();
        for (const locale of LOCALES) {
          await page.setViewportSize(NARROW);
          const response = await page.goto(server.url + PREFIX[locale] + path, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
          await expectPageFrame(page, locale, path, title[locale]);
          expect(await firstTabStop(page)).toBe(message(locale, 'common.quickExit'));
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

          // The page as a fresh visit in a wide window shows it to axe: no focus, the default viewport.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await page.setViewportSize(WIDE);
          await expectNoAxeViolationsUnderCsp(page);
        }
        expect(await app.context.cookies()).toEqual([]);
        app.expectNoForeignRequests();
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    },
  );

  it.concurrent(
    'the home page leads to the guides, the guides to a country, the footer to every page',
    async () => {
      const app = await newAppContext(browser, server.url);
      try {
        const page = await app.context.newPage();
        await page.goto(server.url + '/en/', { waitUntil: 'networkidle' });
        await page
          .locator('main')
          .getByRole('link', { name: message('en', 'home.action.beforeYouGo') })
          .click();
        await page.waitForURL(server.url + '/en/before-you-go');
        await page
          .getByRole('link', { name: text('before-you-go-malta', 'en').name ?? '', exact: true })
          .click();
        await page.waitForURL(server.url + '/en/before-you-go/malta');
        expect((await page.locator('h1').textContent())?.trim()).toBe(
          text('before-you-go-malta', 'en').title,
        );

        const footer = page.getByRole('navigation', { name: message('en', 'public.nav.label') });
        for (const [key, path] of [
          ['public.nav.beforeYouGo', '/before-you-go'],
          ['public.nav.rights', '/rights'],
          ['public.nav.safety', '/safety'],
          ['public.nav.refugees', '/refugees'],
          ['public.signs.title', '/signs'],
        ] as const) {
          expect(await footer.getByRole('link', { name: message('en', key) }).getAttribute('href')).toBe(
            `/en${path}`,
          );
        }
        await footer.getByRole('link', { name: message('en', 'public.nav.safety') }).click();
        await page.waitForURL(server.url + '/en/safety');
        expect(
          await footer
            .getByRole('link', { name: message('en', 'public.nav.safety') })
            .getAttribute('aria-current'),
        ).toBe('page');
        app.expectNoForeignRequests();
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    },
  );

  it.concurrent('a country guide checklist ticks and leaves nothing on the device', async () => {
    const app = await newAppContext(browser, server.url);
    try {
      const page = await app.context.newPage();
      await page.goto(server.url + '/uk/before-you-go/germany', { waitUntil: 'networkidle' });
      const items = text('before-you-go-germany', 'uk').checklist?.items ?? [];
      expect(items.length).toBeGreaterThan(5);
      const checklist = page.getByRole('form', {
        name: text('before-you-go-germany', 'uk').checklist?.heading,
      });
      expect(await checklist.getByRole('checkbox').count()).toBe(items.length);
      for (const item of items) await checklist.getByLabel(item, { exact: true }).check();
      for (const item of items)
        expect(await checklist.getByLabel(item, { exact: true }).isChecked()).toBe(true);

      const stored = await page.evaluate(() => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
      }));
      expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
      expect(await app.context.cookies()).toEqual([]);

      // Nothing survives a reload: the ticks lived only in the open page.
      await page.reload({ waitUntil: 'networkidle' });
      expect(await checklist.getByRole('checkbox', { checked: true }).count()).toBe(0);
      app.expectNoForeignRequests();
      app.expectNoConsoleProblems();
    } finally {
      await app.close();
    }
  });

  it.concurrent.each(['sr-Latn', 'uk'] as const)(
    'pages in %s read, link and tick without JavaScript',
    async (locale) => {
      const app = await newAppContext(browser, server.url, { javaScriptEnabled: false });
      try {
        const page = await app.context.newPage();
        for (const { path, title } of PAGES) {
          await page.goto(server.url + PREFIX[locale] + path);
          await expectPageFrame(page, locale, path, title[locale]);
          expect(await page.locator('main h2').count()).toBeGreaterThan(0);
        }
        await page.goto(server.url + PREFIX[locale] + '/before-you-go/serbia');
        const first = page.getByRole('checkbox').first();
        await first.check();
        expect(await first.isChecked()).toBe(true);
        await page
          .getByRole('navigation', { name: message(locale, 'public.nav.label') })
          .getByRole('link', { name: message(locale, 'public.nav.rights') })
          .click();
        await page.waitForURL(server.url + PREFIX[locale] + '/rights');
        expect((await page.locator('h1').textContent())?.trim()).toBe(text('rights', locale).title);
        app.expectNoForeignRequests();
      } finally {
        await app.close();
      }
    },
  );
});
