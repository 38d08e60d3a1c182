/// <reference lib="dom" />
/**
 * The check page's guided questions and contact check in a real browser against the built server: answers
 * alone give a risky result that names the answers; contacts in the text are checked by hash prefix only
 * (a contact reported through `putokaz reported-contacts add` shows as reported, another as "not in the
 * list, which does not mean safe"); nothing of it is stored; axe finds no serious violation. The service
 * worker is blocked here (its offline behaviour is test/e2e/offline.test.ts), so these tests do not wait on
 * it downloading the app.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadOfferTexts, type Locale, type OfferTexts } from '@putokaz/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeBrowser,
  expectNoAxeViolations,
  launchBrowser,
  message,
  newAppContext,
  newAxeContext,
  PREFIX,
  ROOT,
  startServer,
  type TestServer,
} from './harness.js';

const run = promisify(execFile);

/** Synthetic contacts: the first two are reported in the test setup, the third is not. */
const REPORTED_PHONE = '+381 64 555 0100';
const REPORTED_PHONE_AS_WRITTEN = '064/555-0100';
const REPORTED_EMAIL = 'poslovi.nemacka@mail-primer.com';
const OTHER_PHONE = '+381 64 555 0199';

let server: TestServer;
let browser: Browser;

async function reportContact(kind: string, value: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, PUTOKAZ_DATA_DIR: server.dataDir };
  delete env.DATABASE_URL;
  await run(
    process.execPath,
    [
      join(ROOT, 'packages/server/bin/putokaz.js'),
      'reported-contacts',
      'add',
      '--kind',
      kind,
      '--value',
      value,
    ],
    { cwd: ROOT, env },
  );
}

async function openCheck(page: Page, locale: Locale): Promise<void> {
  await page.goto(`${server.url}${PREFIX[locale]}/check`);
  await page.getByLabel(message(locale, 'public.check.label')).waitFor();
}

async function pressCheck(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('button', { name: message(locale, 'public.check.submit'), exact: true }).click();
}

async function openQuestions(page: Page, locale: Locale, texts: OfferTexts): Promise<void> {
  await page.getByText(message(locale, 'public.checkUi.questions.title'), { exact: true }).click();
  await page.getByLabel(texts.questionnaire.passport.label, { exact: true }).waitFor();
}

describeBrowser('guided questions and the contact check', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await reportContact('phone', REPORTED_PHONE);
    await reportContact('email', REPORTED_EMAIL);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(['en', 'uk'] as const)(
    'in %s: reported contacts show as reported, others as not listed; only hash prefixes are sent',
    async (locale) => {
      const app = await newAppContext(browser, server.url, {
        viewport: { width: 320, height: 640 },
        serviceWorkers: 'block',
      });
      try {
        const page = await app.context.newPage();
        const api: { url: string; method: string; body: string | null }[] = [];
        page.on('request', (request) => {
          if (new URL(request.url()).pathname.startsWith('/api/'))
            api.push({ url: request.url(), method: request.method(), body: request.postData() });
        });
        await openCheck(page, locale);
        const text = `Job in Germany. Call ${REPORTED_PHONE_AS_WRITTEN} or ${OTHER_PHONE}, or write to ${REPORTED_EMAIL}.`;
        await page.getByLabel(message(locale, 'public.check.label')).fill(text);
        await pressCheck(page, locale);
        const region = page.getByRole('region', { name: message(locale, 'public.checkUi.contacts.title') });
        await region.getByText(message(locale, 'public.checkUi.contacts.intro')).waitFor();

        const items = region.locator('li');
        expect(await items.count()).toBe(3);
        const reported = message(locale, 'public.checkUi.contacts.reported');
        const notReported = message(locale, 'public.checkUi.contacts.notReported');
        const verdictOf = async (value: string) =>
          (
            await region.locator('li', { hasText: value }).locator('.check-contact__verdict').textContent()
          )?.trim();
        expect(await verdictOf(REPORTED_PHONE_AS_WRITTEN)).toBe(reported);
        expect(await verdictOf(REPORTED_EMAIL)).toBe(reported);
        expect(await verdictOf(OTHER_PHONE)).toBe(notReported);
        expect(
          await region.getByText(message(locale, 'public.checkUi.contacts.reportedAdvice')).count(),
        ).toBe(2);

        // Only GETs of five hex characters: no number, address or text leaves the phone.
        expect(api.length).toBeGreaterThan(0);
        for (const request of api) {
          expect(request.method).toBe('GET');
          expect(request.body).toBeNull();
          expect(new URL(request.url).pathname).toMatch(
            /^\/api\/v1\/public\/reported-contacts\/[0-9a-f]{5}$/,
          );
          expect(new URL(request.url).search).toBe('');
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        expect(
          await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length })),
        ).toEqual({ local: 0, session: 0 });
        app.expectNoForeignRequests();
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    },
  );

  it.each(['en', 'sr-Latn'] as const)(
    'in %s: the guided questions alone give a risky result that names the answers',
    async (locale) => {
      const texts = await loadOfferTexts(locale);
      const app = await newAppContext(browser, server.url, {
        viewport: { width: 320, height: 640 },
        serviceWorkers: 'block',
      });
      try {
        const page = await app.context.newPage();
        await openCheck(page, locale);

        // Neither text nor answers: one error, at the text field.
        await pressCheck(page, locale);
        await page.getByText(message(locale, 'public.checkUi.empty')).waitFor();

        await openQuestions(page, locale, texts);
        const q = texts.questionnaire;
        await page.getByLabel(q.destination.label, { exact: true }).selectOption('DE');
        await page.getByLabel(q.passport.label, { exact: true }).selectOption('they-keep-it');
        await page.getByLabel(q.freeToLeave.label, { exact: true }).selectOption('no');
        await page.getByLabel(q.moneyAsked.options['agency-fee'], { exact: true }).check();
        await page.getByLabel(q.contract.label, { exact: true }).selectOption('on-arrival');

        // A number out of range is marked at its field, and nothing is checked.
        const hours = page.getByLabel(q.hoursPerDay.label, { exact: true });
        await hours.fill('30');
        await pressCheck(page, locale);
        await page.getByText(message(locale, 'public.checkUi.questions.fix')).waitFor();
        expect(await hours.getAttribute('aria-invalid')).toBe('true');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('hoursPerDay');
        expect(await page.locator('.check-result').count()).toBe(0);
        await hours.fill('14');
        await page.getByText(message(locale, 'public.checkUi.questions.answered', { count: 6 })).waitFor();

        await pressCheck(page, locale);
        await page.waitForFunction(() => document.activeElement?.id === 'check-result-title');
        expect((await page.locator('#check-result-title').textContent())?.trim()).toBe(
          message(locale, 'public.check.risk.high'),
        );
        // No text: no marked text and no contact check; the findings say which answers raised them.
        expect(await page.locator('.check-text').count()).toBe(0);
        expect(await page.locator('.check-contacts').count()).toBe(0);
        const answers = await page.locator('.check-finding__answers li').allTextContents();
        expect(answers.join('\n')).toContain(q.passport.options['they-keep-it']);
        expect(answers.join('\n')).toContain(q.freeToLeave.options.no);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

        // Clear drops the answers too.
        await page.getByRole('button', { name: message(locale, 'public.check.clear'), exact: true }).click();
        expect(await page.getByLabel(q.passport.label, { exact: true }).inputValue()).toBe('');
        expect(await page.locator('.check-result').count()).toBe(0);
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
        app.expectNoForeignRequests();
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    },
  );

  it('has no serious accessibility violation with the questions open and a result with contacts', async () => {
    const texts = await loadOfferTexts('en');
    const context = await newAxeContext(browser, {
      viewport: { width: 320, height: 640 },
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      await openCheck(page, 'en');
      await openQuestions(page, 'en', texts);
      await page.getByLabel(texts.questionnaire.passport.label, { exact: true }).selectOption('they-keep-it');
      await page.getByLabel(message('en', 'public.check.label')).fill(`Call ${REPORTED_PHONE} today.`);
      await pressCheck(page, 'en');
      await page
        .getByRole('region', { name: message('en', 'public.checkUi.contacts.title') })
        .getByText(message('en', 'public.checkUi.contacts.reported'), { exact: true })
        .waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
