/// <reference lib="dom" />
/**
 * Offline and installable, in a real browser against the built server: after one visit the service worker
 * has saved every public page in every language, the engine and the translations, so with the network off
 * the pages reload, links between pages and languages work and a full offer check runs (the contact check
 * says it needs a network). The cache holds no API answer and nothing of the console, the console never
 * registers the worker, and the server sends sw.js and the manifests with the right headers.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES, type Locale } from '@putokaz/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeBrowser,
  launchBrowser,
  message,
  newAppContext,
  PREFIX,
  ROOT,
  startServer,
  type TestServer,
} from './harness.js';

/** Synthetic risky offers with a phone number (for the contact check's offline message). */
const RISKY: Readonly<Record<'en' | 'sr-Latn', string>> = {
  en: 'Urgent! Warehouse job in Germany, 3000 euro a month. You leave your passport with the coordinator, the work permit is arranged after arrival. Pay the 300 euro agency fee first. Call +381 64 555 0142.',
  'sr-Latn':
    'Hitno! Posao u magacinu u Nemačkoj, 3000 evra mesečno. Pasoš ostavljate kod koordinatora, radna dozvola se sređuje posle dolaska. Prvo platite 300 evra agenciji. Zovite +381 64 555 0142.',
};

let server: TestServer;
let browser: Browser;

/** Waits until the service worker has installed everything and controls the page. */
async function waitForServiceWorker(page: Page): Promise<string[]> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  return page.evaluate(async () => caches.keys());
}

async function runCheck(page: Page, locale: Locale, text: string): Promise<string> {
  await page.getByLabel(message(locale, 'public.check.label')).fill(text);
  await page.getByRole('button', { name: message(locale, 'public.check.submit'), exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'check-result-title');
  return (await page.locator('#check-result-title').textContent())?.trim() ?? '';
}

describeBrowser('offline and installable', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends sw.js, the manifests and the icons with the right headers and a strict policy', async () => {
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(sw.headers.get('service-worker-allowed')).toBe('/');
    const policy = sw.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("manifest-src 'self'");
    const source = await sw.text();
    const precache = JSON.parse(/const PRECACHE = (\{.*?\});/.exec(source)?.[1] ?? 'null') as {
      version: string;
      pages: string[];
      files: string[];
    };
    for (const locale of LOCALES) {
      expect(precache.pages).toContain(`${PREFIX[locale]}/`);
      expect(precache.pages).toContain(`${PREFIX[locale]}/check`);
      expect(precache.files).toContain(`${PREFIX[locale]}/manifest.webmanifest`);
    }
    expect(precache.files.some((file) => /^\/assets\/engine-[\w-]+\.js$/.test(file))).toBe(true);
    for (const address of [...precache.pages, ...precache.files]) {
      expect(address).not.toMatch(/^\/(api|console)(\/|$)/);
      expect(address).not.toMatch(/\/console-[\w-]+\.(js|css)$/);
    }

    for (const locale of LOCALES) {
      const response = await fetch(`${server.url}${PREFIX[locale]}/manifest.webmanifest`);
      expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
      const manifest = (await response.json()) as Record<string, unknown> & {
        icons: { src: string; sizes: string; type: string; purpose: string }[];
      };
      expect(manifest).toMatchObject({
        name: message(locale, 'app.publicName'),
        lang: locale,
        start_url: `${PREFIX[locale]}/`,
        display: 'standalone',
        scope: '/',
      });
      for (const size of ['192x192', '512x512']) {
        expect(manifest.icons.some((icon) => icon.sizes === size && icon.type === 'image/png')).toBe(true);
      }
      for (const icon of manifest.icons) {
        const image = await fetch(server.url + icon.src);
        expect(image.status).toBe(200);
        expect(image.headers.get('content-type')).toContain(icon.type);
        if (icon.type === 'image/png') {
          const bytes = new Uint8Array(await image.arrayBuffer());
          const view = new DataView(bytes.buffer);
          expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
          expect(`${view.getUint32(16)}x${view.getUint32(20)}`).toBe(icon.sizes);
        }
      }
    }
  });

  it.each(['en', 'sr-Latn'] as const)(
    'in %s: after one visit, pages, languages and a full offer check work with the network off',
    async (locale) => {
      const app = await newAppContext(browser, server.url, { viewport: { width: 360, height: 720 } });
      try {
        const page = await app.context.newPage();
        await page.goto(`${server.url}${PREFIX[locale]}/`);
        const manifestLink = await page.locator('link[rel="manifest"]').getAttribute('href');
        expect(manifestLink).toBe(`${PREFIX[locale]}/manifest.webmanifest`);
        const cacheNames = await waitForServiceWorker(page);
        expect(cacheNames).toHaveLength(1);
        expect(cacheNames[0]).toMatch(/^putokaz-[0-9a-f]{16}$/);

        const apiRequests: string[] = [];
        app.context.on('request', (request) => {
          if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
        });
        await app.context.setOffline(true);

        await page.reload();
        expect((await page.locator('h1').textContent())?.trim()).toBe(message(locale, 'home.title'));

        // A link to the check page, then to another language and back, all from the saved copies.
        await page.locator(`main a[href="${PREFIX[locale]}/check"]`).first().click();
        await page.waitForURL(`${server.url}${PREFIX[locale]}/check`);
        expect((await page.locator('h1').textContent())?.trim()).toBe(message(locale, 'public.check.title'));
        // Hydrated (the form replaces the note for readers without JavaScript).
        await page.getByLabel(message(locale, 'public.check.label')).waitFor();

        const title = await runCheck(page, locale, RISKY[locale]);
        expect(title).toBe(message(locale, 'public.check.risk.high'));
        expect(await page.locator('.check-finding').count()).toBeGreaterThan(1);
        expect(await page.locator('.check-text mark').count()).toBeGreaterThan(0);
        const contacts = page.getByRole('region', { name: message(locale, 'public.checkUi.contacts.title') });
        await contacts.getByText(message(locale, 'public.checkUi.contacts.offline')).waitFor();
        expect(await contacts.getByText('+381 64 555 0142').count()).toBe(1);

        const other: Locale = locale === 'en' ? 'uk' : 'sr-Cyrl';
        await page.locator(`a[hreflang="${other}"]`).first().click();
        await page.waitForURL(`${server.url}${PREFIX[other]}/check`);
        expect(await page.locator('html').getAttribute('lang')).toBe(other);
        expect((await page.locator('h1').textContent())?.trim()).toBe(message(other, 'public.check.title'));
        await page.getByLabel(message(other, 'public.check.label')).waitFor();
        expect(await runCheck(page, other, RISKY[locale])).not.toBe('');

        // Any page of any language, typed in directly.
        for (const path of ['/rights', '/before-you-go/germany', '/safety']) {
          await page.goto(`${server.url}${PREFIX.uk}${path}`);
          expect(await page.locator('html').getAttribute('lang')).toBe('uk');
          expect(await page.locator('h1').count()).toBe(1);
        }
        // An address that was never saved fails like any page offline (no made-up answer).
        await expect(page.goto(`${server.url}/console/login`)).rejects.toThrow();

        expect(apiRequests).toEqual([]);
        await app.context.setOffline(false);
        app.expectNoForeignRequests();
      } finally {
        await app.close();
      }
    },
  );

  it('the cache holds only the app: no API answer, nothing of the console, nothing typed', async () => {
    const app = await newAppContext(browser, server.url);
    try {
      const page = await app.context.newPage();
      await page.goto(`${server.url}/en/check`);
      await waitForServiceWorker(page);
      await page.getByLabel(message('en', 'public.check.label')).waitFor();
      await runCheck(page, 'en', RISKY.en);
      // The contact check asked the API (online): its answer must not be saved.
      await page
        .getByRole('region', { name: message('en', 'public.checkUi.contacts.title') })
        .getByText(message('en', 'public.checkUi.contacts.notReported'))
        .waitFor();
      const saved = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
        }
        return urls;
      });
      expect(saved.length).toBeGreaterThan(50);
      for (const path of saved) {
        expect(path).not.toMatch(/^\/(api|console)(\/|$)/);
        expect(path).not.toContain('555');
      }
      const stored = await page.evaluate(() => ({
        local: Object.keys(localStorage),
        session: sessionStorage.length,
        cookie: document.cookie,
      }));
      expect(stored).toEqual({ local: [], session: 0, cookie: '' });

      // A text shared into the installed app (manifest share_target, GET): the worker answers from the device,
      // the text lands in the box and leaves the address; no request carries it, the server never sees it.
      const shared = 'Shared offer 7291: warehouse job, the coordinator keeps your passport';
      const carried: string[] = [];
      app.context.on('request', (request) => {
        if (decodeURIComponent(request.url()).includes('7291')) carried.push(request.url());
      });
      const response = await page.goto(
        `${server.url}/en/check?${new URLSearchParams({ title: 'Job', text: shared })}`,
      );
      expect(response?.fromServiceWorker()).toBe(true);
      const box = page.getByLabel(message('en', 'public.check.label'));
      await expect.poll(() => box.inputValue()).toBe(`Job\n${shared}`);
      expect(await page.evaluate(() => location.href)).toBe(`${server.url}/en/check`);
      // The only request with the text is the navigation the worker answered itself: the server (which logs
      // every request, a query as "?[redacted]") got no check page with a query.
      expect(carried).toHaveLength(1);
      expect(server.stdout.filter((line) => line.includes('/check?'))).toEqual([]);
      app.expectNoForeignRequests();
      app.expectNoConsoleProblems();
    } finally {
      await app.close();
    }
  });

  it('the console never registers the service worker', async () => {
    const app = await newAppContext(browser, server.url);
    try {
      const page = await app.context.newPage();
      await page.goto(`${server.url}/console/login`, { waitUntil: 'load' });
      await page.locator('h1').waitFor();
      const registrations = await page.evaluate(async () => {
        // Give a registration (there must be none) the moment after load it would take.
        await new Promise((resolve) => setTimeout(resolve, 200));
        return (await navigator.serviceWorker.getRegistrations()).length;
      });
      expect(registrations).toBe(0);
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('an update installs beside the running version, takes over when its pages are closed, and deletes the old cache', async () => {
    // A private copy of the built app, so this test can publish a "new version" of sw.js.
    const webDir = await mkdtemp(join(tmpdir(), 'putokaz-e2e-web-'));
    await cp(process.env.PUTOKAZ_E2E_WEB_DIR ?? join(ROOT, 'packages/web/dist'), webDir, { recursive: true });
    const own = await startServer({ PUTOKAZ_WEB_DIR: webDir });
    const app = await newAppContext(browser, own.url);
    try {
      const page = await app.context.newPage();
      await page.goto(`${own.url}/en/`);
      const [oldCache] = await waitForServiceWorker(page);

      // The next build: same files, a different version (as any change of a listed file gives).
      const swPath = join(webDir, 'sw.js');
      const source = await readFile(swPath, 'utf8');
      const oldVersion = oldCache!.slice('putokaz-'.length);
      await writeFile(swPath, source.replace(`"version":"${oldVersion}"`, '"version":"0000000000000002"'));
      // The compressed copies are of the old file: without them the server sends the new one as is.
      await rm(`${swPath}.br`, { force: true });
      await rm(`${swPath}.gz`, { force: true });
      const waiting = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
        const worker = registration.installing ?? registration.waiting;
        if (worker && worker.state !== 'installed')
          await new Promise<void>((resolve) =>
            worker.addEventListener('statechange', () => {
              if (worker.state === 'installed' || worker.state === 'redundant') resolve();
            }),
          );
        return { waiting: registration.waiting !== null, caches: (await caches.keys()).sort() };
      });
      // Installed and waiting: the open page keeps the old version and both caches exist.
      expect(waiting.waiting).toBe(true);
      expect(waiting.caches).toEqual([oldCache, 'putokaz-0000000000000002'].sort());
      await page.reload();
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(2);

      // Once no page of the old version is open, the new one takes over and the old cache goes.
      await page.close();
      const next = await app.context.newPage();
      await next.goto(`${own.url}/en/check`);
      const deadline = Date.now() + 30_000;
      let names: string[] = [];
      while (Date.now() < deadline) {
        names = await next.evaluate(async () => caches.keys());
        if (names.join() === 'putokaz-0000000000000002') break;
        await next.waitForTimeout(200);
      }
      expect(names).toEqual(['putokaz-0000000000000002']);
      await app.context.setOffline(true);
      await next.reload();
      expect((await next.locator('h1').textContent())?.trim()).toBe(message('en', 'public.check.title'));
      await app.context.setOffline(false);
    } finally {
      await app.close();
      await own.stop();
      await rm(webDir, { recursive: true, force: true });
    }
  });
});
