/// <reference lib="dom" />
/**
 * The saved copy of a page follows the network: after the service worker is installed, the server's page
 * changes (as after a console publish); a reader who opens it online gets the new page, and then sees the
 * new page offline too, not the copy saved at installation.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeBrowser,
  launchBrowser,
  newAppContext,
  ROOT,
  startServer,
  type TestServer,
} from './harness.js';

let server: TestServer;
let browser: Browser;
let webDir: string;

describeBrowser('offline copies of pages', () => {
  beforeAll(async () => {
    // A private copy of the built app, so the test can change a page as a publish would.
    webDir = await mkdtemp(join(tmpdir(), 'putokaz-e2e-web-'));
    await cp(process.env.PUTOKAZ_E2E_WEB_DIR ?? join(ROOT, 'packages/web/dist'), webDir, { recursive: true });
    server = await startServer({ PUTOKAZ_WEB_DIR: webDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(webDir, { recursive: true, force: true });
  });

  it('a page opened online after a change is the page shown offline', async () => {
    const app = await newAppContext(browser, server.url);
    try {
      const page = await app.context.newPage();
      await page.goto(`${server.url}/en/rights`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 30_000,
      });

      // The server's page changes after the installation (the compressed copies are of the old file).
      const file = join(webDir, 'en/rights/index.html');
      const html = await readFile(file, 'utf8');
      await writeFile(file, html.replace('</main>', '<p id="fresh">FRESH-COPY-7261</p></main>'));
      await rm(`${file}.br`, { force: true });
      await rm(`${file}.gz`, { force: true });

      await page.reload();
      await page.locator('#fresh').waitFor();
      // The saved copy is written in the background (event.waitUntil): wait until the cache has it.
      const saved = () => page.evaluate(async () => (await (await caches.match('/en/rights'))?.text()) ?? '');
      const deadline = Date.now() + 10_000;
      while (!(await saved()).includes('FRESH-COPY-7261') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await saved()).toContain('FRESH-COPY-7261');

      await app.context.setOffline(true);
      await page.reload();
      expect(await page.locator('#fresh').textContent()).toBe('FRESH-COPY-7261');
      await app.context.setOffline(false);
      app.expectNoForeignRequests();
    } finally {
      await app.close();
    }
  });
});
