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
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startConsoleHarness, type ConsoleHarness } from './console-harness.js';
import { ROOT, describeBrowser, message, type AppContext } from './harness.js';

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

let h: ConsoleHarness;

describeBrowser('scam alerts', () => {
  let admin: AppContext;
  let consolePage: Page;

  beforeAll(async () => {
    h = await startConsoleHarness('content');
    const imported = await h.cli(['content', 'import', join(ROOT, 'content')]);
    expect(imported.stdout).toMatch(/translations: 15 added/);
    await h.createUser({ ...ADMIN, role: 'admin', name: 'Content Admin' });
    admin = await h.newContext('en');
    consolePage = await admin.context.newPage();
    await h.signIn(consolePage, 'en', ADMIN.email);
  });

  afterAll(async () => {
    await admin?.close();
    await h?.stop();
  });

  it('an administrator edits, reviews and publishes an English alert; the public page shows only published texts', async () => {
    const page = consolePage;
    await page
      .getByRole('navigation', { name: en('console.nav.label') })
      .getByRole('link', { name: en('console.content.nav') })
      .click();
    await page.waitForURL(h.server.url + '/console/content');
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
    const visitor = await h.newContext('en');
    try {
      const pub = await visitor.context.newPage();
      await pub.goto(h.server.url + '/en/alerts');
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
      await pub.goto(h.server.url + '/uk/alerts');
      await pub.getByRole('article').first().waitFor();
      const ukHeadings = await pub.locator('.alert-item h2').allTextContents();
      expect(ukHeadings).toHaveLength(4);
      expect(ukHeadings).not.toContain(UK_DRAFT_TITLE);
      expect((await pub.locator('main').textContent()) ?? '').not.toContain('Словаччині');

      // Serbian Latin is the Cyrillic text transliterated.
      await pub.goto(h.server.url + '/alerts');
      await pub.getByRole('article', { name: cyrillicToLatin(SR_GERMANY_TITLE) }).waitFor();

      visitor.expectNoForeignRequests();
      visitor.expectNoConsoleProblems();
      // Alerts are cacheable briefly (no personal data); the page sets no cookie.
      expect(await visitor.context.cookies()).toEqual([]);
    } finally {
      await visitor.close();
    }

    await h.axe(undefined, 'en', '/en/alerts', async (axePage) => {
      await axePage.getByRole('article', { name: NEW_TITLE }).waitFor();
    });
    admin.expectNoForeignRequests();
    admin.expectNoConsoleProblems();
  });

  it('renders the console page in Serbian (Latin) and English, accessibly', async () => {
    const page = consolePage;
    await page.goto(h.server.url + '/console/content');
    await page.getByRole('heading', { level: 1, name: en('console.content.title') }).waitFor();
    await page.getByRole('button', { name: 'Srpski (latinica)' }).click();
    await page.getByRole('heading', { level: 1, name: sr('console.content.title') }).waitFor();
    const table = page.getByRole('table', { name: sr('console.content.caption') });
    await table.waitFor();
    // The Serbian (Latin) console names alerts by their Serbian title in Latin letters.
    await table.getByRole('rowheader', { name: new RegExp(cyrillicToLatin(SR_GERMANY_TITLE)) }).waitFor();
    expect(await table.getByText(sr('console.content.status.published'), { exact: true }).count()).toBe(14);
    await expect
      .poll(() => page.title())
      .toBe(sr('web.documentTitle', { page: sr('console.content.title'), app: sr('console.title') }));

    for (const [locale, t] of [
      ['sr-Latn', sr],
      ['en', en],
    ] as const) {
      await h.axe(admin, locale, '/console/content', async (axePage) => {
        await axePage.getByRole('table', { name: t('console.content.caption') }).waitFor();
        await axePage
          .getByRole('button', { name: t('console.content.edit') })
          .first()
          .click();
        await axePage.getByRole('region', { name: t('console.content.editor.preview') }).waitFor();
        expect(await axePage.locator('html').getAttribute('lang')).toBe(locale);
      });
    }
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en('console.content.title') }).waitFor();
    admin.expectNoConsoleProblems();
  });

  it('says clearly on the public page when the alerts cannot be loaded or the phone is offline', async () => {
    const visitor = await h.newContext('en');
    try {
      const page = await visitor.context.newPage();
      await page.route('**/api/v1/public/alerts*', (route) => route.abort('failed'));
      await page.goto(h.server.url + '/en/alerts');
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
    await page.goto(h.server.url + '/console/content');
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

    const visitor = await h.newContext('en', { javaScriptEnabled: false });
    try {
      const pub = await visitor.context.newPage();
      await pub.goto(h.server.url + '/en/rights');
      const main = (await pub.locator('main').innerHTML()) ?? '';
      expect(main).toContain('E2E-PAGE-CANARY <strong>bold</strong> &lt;b&gt;raw&lt;/b&gt;');
      // Only the English text changed; the Ukrainian page is the imported one.
      await pub.goto(h.server.url + '/uk/rights');
      expect(await pub.locator('main').textContent()).not.toContain('E2E-PAGE-CANARY');
      visitor.expectNoForeignRequests();
    } finally {
      await visitor.close();
    }
  });
});
