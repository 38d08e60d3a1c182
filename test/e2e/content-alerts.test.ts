/// <reference lib="dom" />
/**
 * Scam alerts end to end, against the built server under its Content-Security-Policy: the repository's alerts
 * are imported with `putokaz content import`; an administrator edits the English text of one alert in the
 * console (live preview with the safe renderer), marks it reviewed and publishes it; the public page
 * /en/alerts shows the new text, while the Ukrainian text of the same alert, a draft in the repository, is not
 * shown on /uk/alerts. The console page is rendered in English and Serbian (Latin); axe runs on the console
 * page and the public page; the public page says clearly when the list cannot be loaded or the phone is
 * offline.
 */
import { cyrillicToLatin } from '@putokaz/core';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ROOT,
  describeBrowser,
  expectNoAxeViolations,
  launchBrowser,
  message,
  newAppContext,
  newAxeContext,
  startServer,
  type AppContext,
  type TestServer,
} from './harness.js';

const run = promisify(execFile);

// A synthetic account only.
const ADMIN = { email: 'content.admin@example.org', password: 'Synthetic-passphrase-content-4410' };
const SLUG = 'slovakia-farm-work-paid-at-end';
const NEW_TITLE = 'Farm work in Slovakia: wages held back until the season ends';
const NEW_BODY = [
  'Offers promise **E2E-PUBLISHED-CANARY** wages at the end of the season.',
  '',
  '- ask for pay every month',
  '- keep a diary of your hours',
  '',
  'Read [the guide](https://example.org/guide) <script>window.__injected = 1</script>',
].join('\n');
const UK_DRAFT_TITLE = 'Сезонна робота в полі у Словаччині з оплатою «в кінці сезону»';
const SR_GERMANY_TITLE = 'Лажни послови у магацинима у Немачкој преко Фејсбук група';

const en = (key: string, values?: Record<string, string | number>) => message('en', key, values);
const sr = (key: string, values?: Record<string, string | number>) => message('sr-Latn', key, values);

let server: TestServer;
let browser: Browser;
let scratch: string;
let totpSecret = '';

async function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PUTOKAZ_DATA_DIR: server.dataDir };
  delete env.DATABASE_URL;
  return run(process.execPath, [join(ROOT, 'packages/server/bin/putokaz.js'), ...args], { cwd: ROOT, env });
}

async function signIn(page: Page) {
  await page.goto(server.url + '/console/login');
  await page.getByLabel(en('console.login.email'), { exact: true }).fill(ADMIN.email);
  await page.getByLabel(en('console.login.password'), { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: en('console.login.submit') }).click();
  await page.waitForURL(server.url + '/console/login/code');
  const code = await generate({ secret: totpSecret, epoch: Math.floor(Date.now() / 1000) });
  await page.getByLabel(en('console.totp.code'), { exact: true }).fill(code);
  await page.getByRole('button', { name: en('console.totp.submit'), exact: true }).click();
  await page.waitForURL(server.url + '/console/');
}

/** Axe on a page in a CSP-bypassing context; `from` lends its session cookie for console pages. */
async function axeOn(path: string, locale: string, ready: (page: Page) => Promise<void>, from?: AppContext) {
  const context = await newAxeContext(browser, { locale });
  try {
    if (from) await context.addCookies(await from.context.cookies());
    const page = await context.newPage();
    await page.goto(server.url + path);
    await ready(page);
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
  }
}

describeBrowser('scam alerts', () => {
  let admin: AppContext;
  let consolePage: Page;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'putokaz-e2e-content-'));
    server = await startServer();
    browser = await launchBrowser();
    const imported = await cli(['content', 'import', join(ROOT, 'content')]);
    expect(imported.stdout).toMatch(/translations: 15 added/);
    const passwordFile = join(scratch, 'password.txt');
    const secretFile = join(scratch, 'totp.txt');
    await writeFile(passwordFile, `${ADMIN.password}\n`, { mode: 0o600 });
    await cli([
      'users',
      'create',
      '--email',
      ADMIN.email,
      '--role',
      'admin',
      '--name',
      'Content Admin',
      '--password-file',
      passwordFile,
      '--totp-secret-file',
      secretFile,
    ]);
    totpSecret = (await readFile(secretFile, 'utf8')).trim();
    admin = await newAppContext(browser, server.url, { locale: 'en-GB' });
    consolePage = await admin.context.newPage();
    await signIn(consolePage);
  });

  afterAll(async () => {
    await admin?.close();
    await browser?.close();
    await server?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('an administrator edits, reviews and publishes an English alert; the public page shows only published texts', async () => {
    const page = consolePage;
    await page
      .getByRole('navigation', { name: en('console.nav.label') })
      .getByRole('link', { name: en('console.content.nav') })
      .click();
    await page.waitForURL(server.url + '/console/content');
    await page.getByRole('heading', { level: 1, name: en('console.content.title') }).waitFor();
    const table = page.getByRole('table', { name: en('console.content.caption') });
    await table.waitFor();
    // Newest first; the Ukrainian Slovakia text is a draft, the others are published.
    const row = table.getByRole('row').filter({ hasText: SLUG });
    await expect
      .poll(() => row.getByText(en('console.content.status.draft'), { exact: true }).count())
      .toBe(1);
    expect(await row.getByText(en('console.content.status.published'), { exact: true }).count()).toBe(2);

    await row
      .getByRole('button', {
        name: en('console.content.editAlert', {
          title: 'Seasonal farm work in Slovakia "paid at the end of the season"',
        }),
      })
      .click();
    const editor = page.getByRole('region', { name: en('console.content.editor.title', { slug: SLUG }) });
    await editor.waitFor();
    await expect.poll(() => editor.getByLabel(en('console.content.editor.language')).inputValue()).toBe('en');
    await expect
      .poll(() => editor.getByLabel(en('console.content.editor.titleField'), { exact: true }).inputValue())
      .toBe('Seasonal farm work in Slovakia "paid at the end of the season"');

    await editor.getByLabel(en('console.content.editor.titleField'), { exact: true }).fill(NEW_TITLE);
    await editor.getByLabel(en('console.content.editor.body'), { exact: true }).fill(NEW_BODY);

    // The live preview renders with the safe renderer: markup becomes elements, HTML stays text.
    const preview = editor.getByRole('region', { name: en('console.content.editor.preview') });
    await preview.getByRole('heading', { name: NEW_TITLE }).waitFor();
    expect(await preview.locator('strong').textContent()).toBe('E2E-PUBLISHED-CANARY');
    expect(await preview.locator('li').count()).toBe(2);
    expect(await preview.getByRole('link', { name: 'the guide' }).getAttribute('href')).toBe(
      'https://example.org/guide',
    );
    expect(await preview.textContent()).toContain('<script>window.__injected = 1</script>');
    expect(await page.locator('script:not([src])').count()).toBe(0);

    // Publishing before the review is not offered; saving makes a draft.
    await editor.getByRole('button', { name: en('console.content.editor.save') }).click();
    await editor.getByText(en('console.content.editor.saved')).waitFor();
    const workflow = editor.getByRole('group', { name: en('console.content.editor.workflow') });
    expect(await workflow.getByRole('button', { name: en('console.content.editor.publish') }).count()).toBe(
      0,
    );
    await workflow.getByRole('button', { name: en('console.content.editor.markReviewed') }).click();
    await editor
      .getByText(
        en('console.content.editor.statusChanged', { status: en('console.content.status.reviewed') }),
      )
      .waitFor();
    await workflow.getByRole('button', { name: en('console.content.editor.publish') }).click();
    await editor
      .getByText(
        en('console.content.editor.statusChanged', { status: en('console.content.status.published') }),
      )
      .waitFor();
    await expect.poll(() => row.getByText(en('console.content.olderPublic')).count()).toBe(0);
    expect(await row.getByText(en('console.content.status.published'), { exact: true }).count()).toBe(2);
    expect(await row.getByText(en('console.content.status.draft'), { exact: true }).count()).toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
    ).toBeUndefined();

    // The public page, in a browser without a session.
    const visitor = await newAppContext(browser, server.url, { locale: 'en-GB' });
    try {
      const pub = await visitor.context.newPage();
      await pub.goto(server.url + '/en/alerts');
      await pub.getByRole('heading', { level: 1, name: en('public.alerts.title') }).waitFor();
      const published = pub.getByRole('article', { name: NEW_TITLE });
      await published.waitFor();
      expect(await published.locator('strong').textContent()).toBe('E2E-PUBLISHED-CANARY');
      expect(await published.textContent()).toContain('<script>');
      expect(
        await pub.evaluate(() => (window as unknown as { __injected?: number }).__injected),
      ).toBeUndefined();
      // Newest first: the Germany alert (2026-11-20) leads.
      const headings = await pub.locator('.alert-item h2').allTextContents();
      expect(headings[0]).toBe('Fake warehouse jobs in Germany advertised in Facebook groups');
      expect(headings).toHaveLength(5);

      // The Ukrainian text of the same alert is a draft: not on the Ukrainian page, the others are.
      await pub.goto(server.url + '/uk/alerts');
      await pub.getByRole('article').first().waitFor();
      const ukHeadings = await pub.locator('.alert-item h2').allTextContents();
      expect(ukHeadings).toHaveLength(4);
      expect(ukHeadings).not.toContain(UK_DRAFT_TITLE);
      expect((await pub.locator('main').textContent()) ?? '').not.toContain('Словаччині');

      // Serbian Latin is the Cyrillic text transliterated.
      await pub.goto(server.url + '/alerts');
      await pub.getByRole('article', { name: cyrillicToLatin(SR_GERMANY_TITLE) }).waitFor();

      visitor.expectNoForeignRequests();
      visitor.expectNoConsoleProblems();
      // Alerts are cacheable briefly (no personal data); the page sets no cookie.
      expect(await visitor.context.cookies()).toEqual([]);
    } finally {
      await visitor.close();
    }

    await axeOn('/en/alerts', 'en-GB', async (axePage) => {
      await axePage.getByRole('article', { name: NEW_TITLE }).waitFor();
    });
    admin.expectNoForeignRequests();
    admin.expectNoConsoleProblems();
  });

  it('renders the console page in Serbian (Latin) and English, accessibly', async () => {
    const page = consolePage;
    await page.goto(server.url + '/console/content');
    await page.getByRole('heading', { level: 1, name: en('console.content.title') }).waitFor();
    await page.getByRole('button', { name: 'Srpski (latinica)' }).click();
    await page.getByRole('heading', { level: 1, name: sr('console.content.title') }).waitFor();
    const table = page.getByRole('table', { name: sr('console.content.caption') });
    await table.waitFor();
    // The Serbian (Latin) console names alerts by their Serbian title in Latin letters.
    await table.getByRole('rowheader', { name: new RegExp(cyrillicToLatin(SR_GERMANY_TITLE)) }).waitFor();
    expect(await table.getByText(sr('console.content.status.published'), { exact: true }).count()).toBe(14);
    expect(await page.title()).toBe(
      sr('web.documentTitle', { page: sr('console.content.title'), app: sr('console.title') }),
    );

    for (const [locale, browserLocale, t] of [
      ['sr-Latn', 'sr-RS', sr],
      ['en', 'en-GB', en],
    ] as const) {
      await axeOn(
        '/console/content',
        browserLocale,
        async (axePage) => {
          await axePage.getByRole('table', { name: t('console.content.caption') }).waitFor();
          await axePage
            .getByRole('button', { name: t('console.content.edit') })
            .first()
            .click();
          await axePage.getByRole('region', { name: t('console.content.editor.preview') }).waitFor();
          expect(await axePage.locator('html').getAttribute('lang')).toBe(locale);
        },
        admin,
      );
    }
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en('console.content.title') }).waitFor();
    admin.expectNoConsoleProblems();
  });

  it('says clearly on the public page when the alerts cannot be loaded or the phone is offline', async () => {
    const visitor = await newAppContext(browser, server.url, { locale: 'en-GB' });
    try {
      const page = await visitor.context.newPage();
      await page.route('**/api/v1/public/alerts*', (route) => route.abort('failed'));
      await page.goto(server.url + '/en/alerts');
      const alert = page.getByRole('alert');
      await alert.getByText(en('public.alerts.failed')).waitFor();
      await visitor.context.setOffline(true);
      await alert.getByRole('button', { name: en('public.alerts.retry') }).click();
      await page.getByRole('alert').getByText(en('public.alerts.offline')).waitFor();
      await visitor.context.setOffline(false);
      await page.unroute('**/api/v1/public/alerts*');
      await page.getByRole('button', { name: en('public.alerts.retry') }).click();
      await page.getByRole('article', { name: NEW_TITLE }).waitFor();
      visitor.expectNoForeignRequests();
      visitor.expectNoConsoleProblems([/Failed to load resource/]);
    } finally {
      await visitor.close();
    }
  });
  it('an administrator publishes an edited information page; it reads without JavaScript, without a rebuild', async () => {
    const page = consolePage;
    await page.goto(server.url + '/console/content');
    await page.getByRole('heading', { level: 1, name: en('console.content.title') }).waitFor();
    await page.getByRole('radio', { name: en('console.content.kind.pages') }).check();
    const table = page.getByRole('table', { name: en('console.content.pages.caption') });
    const row = table.getByRole('row').filter({ hasText: 'rights' });
    await row
      .getByRole('button', { name: en('console.content.editAlert', { title: 'Your rights at work' }) })
      .click();
    const editor = page.getByRole('region', {
      name: en('console.content.editor.pageTitle', { slug: 'rights' }),
    });
    const body = editor.getByLabel(en('console.content.editor.body'), { exact: true });
    await expect.poll(() => body.inputValue()).toContain('{#passport}');
    await body.fill(`${await body.inputValue()}\nE2E-PAGE-CANARY **bold** <b>raw</b>\n`);
    const preview = editor.getByRole('region', { name: en('console.content.editor.preview') });
    await preview.getByText('E2E-PAGE-CANARY', { exact: false }).waitFor();
    await editor.getByRole('button', { name: en('console.content.editor.save') }).click();
    await editor.getByText(en('console.content.editor.saved')).waitFor();
    const workflow = editor.getByRole('group', { name: en('console.content.editor.workflow') });
    await workflow.getByRole('button', { name: en('console.content.editor.markReviewed') }).click();
    await workflow.getByRole('button', { name: en('console.content.editor.publish') }).waitFor();
    await workflow.getByRole('button', { name: en('console.content.editor.publish') }).click();
    await editor
      .getByText(
        en('console.content.editor.statusChanged', { status: en('console.content.status.published') }),
      )
      .waitFor();

    const visitor = await newAppContext(browser, server.url, { javaScriptEnabled: false });
    try {
      const pub = await visitor.context.newPage();
      await pub.goto(server.url + '/en/rights');
      const main = (await pub.locator('main').innerHTML()) ?? '';
      expect(main).toContain('E2E-PAGE-CANARY <strong>bold</strong> &lt;b&gt;raw&lt;/b&gt;');
      // Only the English text changed; the Ukrainian page is the imported one.
      await pub.goto(server.url + '/uk/rights');
      expect(await pub.locator('main').textContent()).not.toContain('E2E-PAGE-CANARY');
      visitor.expectNoForeignRequests();
    } finally {
      await visitor.close();
    }
  });
});
