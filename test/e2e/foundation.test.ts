/// <reference lib="dom" />
/**
 * The foundation in a real browser: the prerendered public home page in every language (with and without
 * JavaScript), the language switcher and its memory, the quick exit, the console sign-in page and the
 * first-administrator setup, all against the built server under its Content-Security-Policy.
 */
import { LOCALES, type Locale } from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs.js';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeBrowser,
  expectNoAxeViolations,
  expectNoAxeViolationsUnderCsp,
  failedResourceStatus,
  launchBrowser,
  newAppContext,
  newAxeContext,
  startServer,
  type TestServer,
  message,
  PREFIX,
} from './harness.js';

/** Where each language's home page lives (the default language has no prefix). */
const HOME: Readonly<Record<Locale, string>> = {
  'sr-Latn': '/',
  'sr-Cyrl': '/sr-Cyrl/',
  en: '/en/',
  uk: '/uk/',
};
/** Each language's name in that language, as the switcher shows it. */
const AUTONYM: Readonly<Record<Locale, string>> = {
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  en: 'English',
  uk: 'Українська',
};
const ACTIONS = [
  ['home.action.check', '/check'],
  ['home.action.help', '/help'],
  ['home.action.beforeYouGo', '/before-you-go'],
] as const;
/** The most JavaScript (gzip) a public page may load before the person can use it. */
const JS_BUDGET_BYTES = 50 * 1024;
const NEUTRAL_PAGE = '<!doctype html><html lang="en"><title>Neutral</title><p>A neutral page.</p></html>';

let server: TestServer;
let browser: Browser;

/** The public home page as a reader without any script sees it: same content, same links. */
async function expectHomeContent(page: Page, locale: Locale) {
  expect(await page.title()).toBe(message(locale, 'home.title'));
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  expect((await page.locator('h1').textContent())?.trim()).toBe(message(locale, 'home.title'));

  for (const [key, path] of ACTIONS) {
    const link = page.getByRole('link', { name: message(locale, key), exact: true });
    expect(await link.getAttribute('href')).toBe(`${PREFIX[locale]}${path}`);
  }

  const hotline = await page.locator('meta[name="putokaz-hotline"]').getAttribute('content');
  expect(hotline).toMatch(/\d/);
  const hotlineSection = page.getByRole('region', { name: message(locale, 'home.hotline.title') });
  const number = hotlineSection.getByRole('link', { name: hotline ?? '', exact: true });
  expect(await number.getAttribute('href')).toBe(`tel:${(hotline ?? '').replace(/[^\d+]/g, '')}`);

  const switcher = page.getByRole('navigation', { name: message(locale, 'common.language') });
  for (const other of LOCALES.filter((l) => l !== locale)) {
    const link = switcher.getByRole('link', { name: AUTONYM[other], exact: true });
    expect(await link.getAttribute('href')).toBe(HOME[other]);
    expect(await link.getAttribute('hreflang')).toBe(other);
    expect(await link.getAttribute('lang')).toBe(other);
  }
  expect(await switcher.getByRole('link').count()).toBe(LOCALES.length - 1);

  const exitUrl = await page.locator('meta[name="putokaz-exit-url"]').getAttribute('content');
  const exit = page.getByRole('link', { name: message(locale, 'common.quickExit'), exact: true });
  expect(await exit.getAttribute('href')).toBe(exitUrl);
  expect(await exit.getAttribute('rel')).toContain('noreferrer');
}

describeBrowser('foundation in the browser', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // The home page in each language. One visit serves the reader's checks (at 320 px, under the page's policy)
  // and axe (at Playwright's default 1280 × 720, where it ran in its own context before): axe is evaluated
  // through DevTools, which the policy does not govern.
  it.each(LOCALES)(
    'home page in %s: content, language, switcher; nothing third-party, no cookies; no serious or critical axe violations',
    async (locale) => {
      const app = await newAppContext(browser, server.url, { viewport: { width: 320, height: 640 } });
      try {
        const page = await app.context.newPage();
        const response = await page.goto(server.url + HOME[locale], { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
        await expectHomeContent(page, locale);
        // Mobile first: nothing sticks out sideways at 320 px.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

        await page.setViewportSize({ width: 1280, height: 720 });
        await expectNoAxeViolationsUnderCsp(page);
        expect(await app.context.cookies()).toEqual([]);
        app.expectNoForeignRequests();
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    },
  );

  it.each(LOCALES)('home page in %s reads and links the same without JavaScript', async (locale) => {
    const app = await newAppContext(browser, server.url, { javaScriptEnabled: false });
    try {
      const page = await app.context.newPage();
      await page.goto(server.url + HOME[locale]);
      await expectHomeContent(page, locale);
      const other: Locale = locale === 'en' ? 'uk' : 'en';
      await page.getByRole('link', { name: AUTONYM[other], exact: true }).click();
      await page.waitForURL(server.url + HOME[other]);
      expect(await page.locator('html').getAttribute('lang')).toBe(other);
      app.expectNoForeignRequests();
    } finally {
      await app.close();
    }
  });

  it('remembers the chosen language on the device (no cookie) and follows it from /', async () => {
    const app = await newAppContext(browser, server.url);
    try {
      const page = await app.context.newPage();
      await page.goto(server.url + '/', { waitUntil: 'networkidle' });
      expect(await page.locator('html').getAttribute('lang')).toBe('sr-Latn');

      await page.getByRole('link', { name: AUTONYM.uk, exact: true }).click();
      await page.waitForURL(server.url + '/uk/');
      expect(await page.evaluate(() => localStorage.getItem('putokaz.locale'))).toBe('uk');

      await page.goto(server.url + '/');
      await page.waitForURL(server.url + '/uk/');
      expect(await page.locator('html').getAttribute('lang')).toBe('uk');

      await page.getByRole('link', { name: AUTONYM['sr-Latn'], exact: true }).click();
      await page.waitForURL(server.url + '/');
      await page.reload({ waitUntil: 'networkidle' });
      expect(page.url()).toBe(server.url + '/');
      expect(await page.locator('html').getAttribute('lang')).toBe('sr-Latn');

      expect(await app.context.cookies()).toEqual([]);
      app.expectNoForeignRequests();
      app.expectNoConsoleProblems();
    } finally {
      await app.close();
    }
  });

  it.each(LOCALES)('home page in %s loads at most 50 KB of JavaScript (gzip)', async (locale) => {
    const app = await newAppContext(browser, server.url);
    try {
      const page = await app.context.newPage();
      const pending: Promise<{ url: string; gzip: number }>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        pending.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length })));
      });
      await page.goto(server.url + HOME[locale], { waitUntil: 'networkidle' });
      const scripts = await Promise.all(pending);
      expect(scripts.length).toBeGreaterThan(0);
      const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
      console.log(`home ${locale}: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KB gzip`);
      expect(total).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    } finally {
      await app.close();
    }
  });

  it('console sign-in and setup form have no serious or critical axe violations', async () => {
    const context = await newAxeContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(server.url + '/console/login');
      await page.getByRole('heading', { level: 1, name: message('en', 'console.login.title') }).waitFor();
      await expectNoAxeViolations(page);
      // Checking the setup link does not use it up; the setup test below uses it.
      await page.goto(server.setupLink() ?? server.url + '/console/setup');
      await page.getByLabel(message('en', 'console.setup.displayName'), { exact: true }).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });

  it('the quick exit is the first keyboard stop', async () => {
    const app = await newAppContext(browser, server.url);
    try {
      const page = await app.context.newPage();
      await page.goto(server.url + '/en/', { waitUntil: 'networkidle' });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
        message('en', 'common.quickExit'),
      );
    } finally {
      await app.close();
    }
  });

  it('the quick exit covers the page and replaces it with the exit page, out of the back history', async () => {
    const app = await newAppContext(browser, server.url);
    try {
      const page = await app.context.newPage();
      // The page reports the overlay the moment it appears (the old document is gone once the exit page loads).
      let overlayShown = false;
      await page.exposeFunction('reportOverlay', () => {
        overlayShown = true;
      });
      await page.goto(server.url + '/en/', { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        const report = (window as unknown as { reportOverlay: () => void }).reportOverlay;
        new MutationObserver(() => {
          if (document.querySelector('.quick-exit-overlay')) report();
        }).observe(document.body, { childList: true });
      });
      const exitUrl = (await page.locator('meta[name="putokaz-exit-url"]').getAttribute('content')) ?? '';
      expect(exitUrl).toMatch(/^https?:\/\//);

      const exitRequests: string[] = [];
      await page.route(`${new URL(exitUrl).origin}/**`, async (route) => {
        exitRequests.push(route.request().url());
        await route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_PAGE });
      });
      const historyBefore = await page.evaluate(() => history.length);

      await page.getByRole('link', { name: message('en', 'common.quickExit'), exact: true }).click();
      await page.waitForURL(exitUrl);
      expect(exitRequests).toEqual([exitUrl]);
      expect(overlayShown).toBe(true);
      // location.replace: the exit page took the app's place in the history instead of adding an entry.
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
      await page.goBack().catch(() => null);
      expect(page.url().startsWith(server.url)).toBe(false);
      app.expectNoForeignRequests([new URL(exitUrl).origin]);
    } finally {
      await app.close();
    }
  });

  it('Shift three times leaves for the exit page the server configured; Shift as a modifier does not count', async () => {
    const app = await newAppContext(browser, server.url);
    try {
      const page = await app.context.newPage();
      await page.goto(server.url + '/uk/', { waitUntil: 'networkidle' });
      // The server may fill the exit destination in at run time; the script reads it when the exit is used.
      const configured = 'https://neutral.test/weather';
      await page.evaluate((url) => {
        document.querySelector('meta[name="putokaz-exit-url"]')?.setAttribute('content', url);
      }, configured);
      const exitRequests: string[] = [];
      await page.route('https://neutral.test/**', async (route) => {
        exitRequests.push(route.request().url());
        await route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_PAGE });
      });

      await page.keyboard.press('Shift+KeyA');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.waitForTimeout(300);
      expect(exitRequests).toEqual([]);
      expect(page.url()).toBe(server.url + '/uk/');

      await page.keyboard.press('Shift');
      await page.waitForURL(configured);
      expect(exitRequests).toEqual([configured]);
      app.expectNoForeignRequests(['https://neutral.test']);
    } finally {
      await app.close();
    }
  });

  it('console sign-in speaks the browser language, sends it to the API and shows the localized error', async () => {
    const app = await newAppContext(browser, server.url, { locale: 'uk-UA' });
    try {
      const page = await app.context.newPage();
      const response = await page.goto(server.url + '/console/login');
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.getByRole('heading', { level: 1, name: message('uk', 'console.login.title') }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('uk');
      await expect
        .poll(() => page.title())
        .toBe(
          message('uk', 'web.documentTitle', {
            page: message('uk', 'console.login.title'),
            app: message('uk', 'console.title'),
          }),
        );

      await page.getByLabel(message('uk', 'console.login.email'), { exact: true }).fill('nobody@example.org');
      await page
        .getByLabel(message('uk', 'console.login.password'), { exact: true })
        .fill('not-the-password');
      const request = page.waitForRequest((r) => r.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: message('uk', 'console.login.submit') }).click();
      const sent = await request;
      const status = (await sent.response())?.status() ?? 0;
      expect(status).toBeGreaterThanOrEqual(400);
      expect(sent.method()).toBe('POST');
      expect(sent.headers()['accept-language']).toBe('uk');
      expect(sent.postDataJSON()).toEqual({ email: 'nobody@example.org', password: 'not-the-password' });

      const alert = page.getByRole('alert');
      await alert.waitFor();
      const ukrainian = Object.entries(CATALOGS.uk)
        .filter(([key]) => key.startsWith('errors.') || key.startsWith('console.login.'))
        .map(([, text]) => text);
      expect(ukrainian).toContain((await alert.textContent())?.trim());

      // Switching the language re-renders in place and is remembered over the browser's preference.
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: message('en', 'console.login.title') }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: message('en', 'console.login.title') }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      app.expectNoForeignRequests();
      app.expectNoConsoleProblems([failedResourceStatus(status)]);
    } finally {
      await app.close();
    }
  });

  it('creates the first administrator from the setup link once', async () => {
    const link = server.setupLink();
    expect(link, 'the server prints a setup link on its first start').toBeDefined();
    const setupLink = link ?? '';
    const en = (key: string, values?: Record<string, string | number>) => message('en', key, values);
    const app = await newAppContext(browser, server.url, { locale: 'en-GB' });
    try {
      const page = await app.context.newPage();
      const setupPosts: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/setup') setupPosts.push(r.url());
      });
      await page.goto(setupLink);
      await page.getByRole('heading', { level: 1, name: en('console.setup.title') }).waitFor();
      // The one-time token leaves the address bar at once.
      expect(page.url()).toBe(server.url + '/console/setup');

      const name = page.getByLabel(en('console.setup.displayName'), { exact: true });
      const email = page.getByLabel(en('console.setup.email'), { exact: true });
      const password = page.getByLabel(en('console.setup.password'), { exact: true });
      const repeat = page.getByLabel(en('console.setup.passwordRepeat'), { exact: true });
      const submit = page.getByRole('button', { name: en('console.setup.submit') });
      await name.waitFor();
      expect(await email.getAttribute('autocomplete')).toBe('email');
      expect(await password.getAttribute('autocomplete')).toBe('new-password');
      expect(await repeat.getAttribute('autocomplete')).toBe('new-password');

      // Too short: the server's field message appears next to the password field.
      await name.fill('Test Administrator');
      await email.fill('admin@example.org');
      await password.fill('short');
      await repeat.fill('short');
      await submit.click();
      const passwordError = page.locator('#setup-password-error');
      await passwordError.waitFor();
      expect((await passwordError.textContent())?.trim()).not.toBe('');
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      expect(await password.getAttribute('aria-describedby')).toBe('setup-password-error');
      expect(setupPosts).toHaveLength(1);

      // Different passwords are caught before anything is sent.
      await password.fill('Synthetic-passphrase-for-tests-4821');
      await repeat.fill('Synthetic-passphrase-for-tests-4822');
      await submit.click();
      const repeatError = page.locator('#setup-passwordRepeat-error');
      await repeatError.waitFor();
      expect((await repeatError.textContent())?.trim()).toBe(en('errors.password.mismatch'));
      expect(await repeat.getAttribute('aria-describedby')).toBe('setup-passwordRepeat-error');
      expect(setupPosts).toHaveLength(1);

      await repeat.fill('Synthetic-passphrase-for-tests-4821');
      await submit.click();
      await page.getByText(en('console.setup.done'), { exact: true }).waitFor();
      expect(setupPosts).toHaveLength(2);
      const toLogin = page.getByRole('link', { name: en('console.setup.goToLogin') });
      expect(await toLogin.getAttribute('href')).toBe('/console/login');

      // The link is used up.
      await page.goto(setupLink);
      await page.getByText(en('errors.setup.invalidToken'), { exact: true }).waitFor();
      expect(page.url()).toBe(server.url + '/console/setup');

      app.expectNoForeignRequests();
      app.expectNoConsoleProblems([failedResourceStatus(400)]);
    } finally {
      await app.close();
    }
  });
});
