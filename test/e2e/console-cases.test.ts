/// <reference lib="dom" />
/**
 * Cases in the console, in a real browser against the built server, in sr-Latn and en: a case worker opens a
 * group case from the list, finds two persons (created through the API) by name and adds them with roles,
 * ticks an indicator from the catalogue, records a service with a cost, moves the case to assistance, sees the
 * history and a person's timeline, and finds the case again in the list filtered by status. Axe runs on the
 * case page with everything shown and on the list. Accounts come from the `putokaz users create` CLI with a
 * known TOTP secret; all data is synthetic.
 */
import { loadOfferTexts, type Locale } from '@putokaz/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startConsoleHarness, type ConsoleHarness } from './console-harness.js';
import { describeBrowser, message } from './harness.js';

/** One case worker per language (a TOTP code is accepted once, so each run signs in with its own account). */
const WORKERS: Readonly<Partial<Record<Locale, { email: string; name: string }>>> = {
  'sr-Latn': { email: 'caseworker.sr@example.org', name: 'Radnica Testović' },
  en: { email: 'caseworker.en@example.org', name: 'Worker Testing' },
};

/** Two persons per language, created through the API before the story starts. Synthetic. */
const PERSONS: Readonly<Partial<Record<Locale, { given: string; family: string }[]>>> = {
  'sr-Latn': [
    { given: 'Dobrivoje', family: 'Oglednović' },
    { given: 'Stanislava', family: 'Primerić' },
  ],
  en: [
    { given: 'Velimir', family: 'Probnović' },
    { given: 'Zorica', family: 'Uzorković' },
  ],
};

let h: ConsoleHarness;

/** An API call with the page's session, for data the story needs to exist already. */
const apiPost = (page: Page, path: string, body: unknown) =>
  h.api<{ id: string; code: string }>(page, 'POST', path, body, 201);

describeBrowser('console: cases, persons on a case, services and the timeline', () => {
  beforeAll(async () => {
    h = await startConsoleHarness('cases');
    for (const worker of Object.values(WORKERS))
      await h.createUser({ ...worker, role: 'caseworker', team: 'Beograd' });
  });

  afterAll(async () => {
    await h?.stop();
  });

  for (const locale of ['sr-Latn', 'en'] as const) {
    it(`${locale}: opens a group case, adds two persons with roles, records a service, moves the status`, async () => {
      const t = (key: string, values?: Record<string, string | number>) => message(locale, key, values);
      const worker = WORKERS[locale] as { email: string; name: string };
      const people = PERSONS[locale] as { given: string; family: string }[];
      const app = await h.newContext(locale);
      try {
        const page = await app.context.newPage();
        await h.signIn(page, locale, worker.email);
        const persons = [];
        for (const p of people)
          persons.push(await apiPost(page, '/api/v1/persons', { givenName: p.given, familyName: p.family }));
        const [first, second] = persons as [{ id: string; code: string }, { id: string; code: string }];

        // From the navigation to the list, and on to the form for a new case.
        await page
          .getByRole('navigation')
          .getByRole('link', { name: t('console.cases.nav') })
          .click();
        await page.getByRole('heading', { level: 1, name: t('console.cases.title') }).waitFor();
        await page.getByRole('link', { name: t('console.cases.new') }).click();
        await page.getByRole('heading', { level: 1, name: t('console.cases.newTitle') }).waitFor();
        await page.getByLabel(t('cases.field.kind'), { exact: true }).selectOption('group');
        await page.getByRole('checkbox', { name: t('cases.form.labour'), exact: true }).check();
        await page.getByLabel(t('cases.field.sector'), { exact: true }).selectOption('construction');
        await page.getByLabel(t('cases.field.periodFrom'), { exact: true }).fill('2025-03');
        await page
          .getByLabel(t('cases.field.narrative'), { exact: true })
          .fill('Workers recruited through an ad, documents kept on arrival (synthetic).');
        await page.getByRole('button', { name: t('console.cases.create') }).click();

        const heading = page.getByRole('heading', { level: 1, name: /C-\d{4}-\d{4}/ });
        await heading.waitFor();
        const code = /C-\d{4}-\d{4}/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
        expect(code).not.toBe('');
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

        // Two persons found by name and added with their roles.
        const add = async (person: { code: string }, family: string, role: string) => {
          await page.getByLabel(t('console.cases.addAs'), { exact: true }).selectOption(role);
          await page.getByLabel(t('console.cases.findPerson'), { exact: true }).fill(family);
          await page.getByRole('button', { name: t('console.cases.search'), exact: true }).click();
          await page
            .getByRole('button', { name: t('console.cases.addPerson', { code: person.code }) })
            .click();
          await page.getByText(t('console.cases.personAdded', { code: person.code })).waitFor();
        };
        await add(first, people[0]?.family ?? '', 'victim');
        await add(second, people[1]?.family ?? '', 'familyMember');
        const roleOf = (person: { code: string }) =>
          page.getByLabel(t('console.cases.changeRole', { code: person.code }), { exact: true });
        expect(await roleOf(first).inputValue()).toBe('victim');
        expect(await roleOf(second).inputValue()).toBe('familyMember');

        // An indicator from the catalogue, saved with the details (the version moves on).
        const texts = await loadOfferTexts(locale);
        const indicator = () =>
          page.getByRole('checkbox', { name: texts.indicators['documents-retained'].title, exact: true });
        await indicator().check();
        await page.getByRole('button', { name: t('console.cases.save') }).click();
        await page.getByText(t('console.cases.version', { version: 2 })).waitFor();
        expect(await indicator().isChecked()).toBe(true);

        // A service with a cost, for the second person.
        await page.getByLabel(t('console.services.person'), { exact: true }).selectOption(second.id);
        await page.getByLabel(t('console.services.type'), { exact: true }).selectOption('accompaniment');
        await page.getByLabel(t('console.services.institution'), { exact: true }).selectOption('embassy');
        await page.getByLabel(t('console.services.amount'), { exact: true }).fill('12.50');
        await page.getByLabel(t('console.services.currency'), { exact: true }).selectOption('EUR');
        await page.getByRole('button', { name: t('console.services.recordSubmit') }).click();
        await page.getByText(t('console.services.recorded')).waitFor();
        const services = page.locator('#case-services');
        await services.getByText(t('cases.serviceType.accompaniment')).waitFor();
        await expect.poll(() => page.locator('#case-services-totals').textContent()).toMatch(/12[.,]50/);

        // The service is corrected from the list: the totals follow.
        await services.locator('button').first().click();
        await page.locator('#case-service-fix-amount').fill('15.00');
        await page.getByRole('button', { name: t('console.serviceEdit.save') }).click();
        await page.getByText(t('console.serviceEdit.saved', { version: 2 })).waitFor();
        await expect.poll(() => page.locator('#case-services-totals').textContent()).toMatch(/15[.,]00/);

        // The status moves from open to assistance.
        await page.getByLabel(t('console.cases.nextStatus'), { exact: true }).selectOption('assistance');
        await page.getByRole('button', { name: t('console.cases.changeStatus') }).click();
        await page
          .getByText(t('console.cases.statusChanged', { status: t('cases.status.assistance') }))
          .waitFor();
        await page
          .locator('#case-history')
          .getByText(
            t('cases.change.status', { from: t('cases.status.open'), to: t('cases.status.assistance') }),
          )
          .waitFor();
        // Who made each change: the name from the server, never a user id.
        await page.locator('#case-history td').filter({ hasText: worker.name }).first().waitFor();

        // The second person's timeline: the service, the status change and the membership, newest first.
        await page
          .getByRole('button', { name: t('console.cases.showTimeline', { code: second.code }) })
          .click();
        const timeline = page.locator('#person-timeline li');
        await expect.poll(() => timeline.count()).toBe(3);
        const kinds = await timeline.evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
        expect(kinds.sort()).toEqual(['case', 'case', 'service']);
        expect(await timeline.nth(2).textContent()).toContain(
          t('console.services.timelineAdded', { role: t('cases.role.familyMember') }),
        );

        await h.axe(app, locale, new URL(page.url()).pathname, async (axePage) => {
          await axePage
            .getByRole('heading', { level: 1, name: t('console.cases.caseTitle', { code }) })
            .waitFor();
          await axePage.locator('#case-services').waitFor();
          await axePage.locator('#case-history').waitFor();
          await axePage
            .getByRole('button', { name: t('console.cases.showTimeline', { code: second.code }) })
            .click();
          await axePage.locator('#person-timeline li').first().waitFor();
        });

        // The same timeline on the person page (its timeline section), reached from the person's code.
        await page.getByRole('link', { name: second.code, exact: true }).click();
        await page.waitForURL(`${h.server.url}/console/persons/${second.id}`);
        await expect.poll(() => page.locator('#person-timeline li').count(), { timeout: 20_000 }).toBe(3);
        await page.goBack();
        await page.getByRole('heading', { level: 1, name: t('console.cases.caseTitle', { code }) }).waitFor();

        // Back in the list, filtered by status.
        await page.getByRole('link', { name: t('console.cases.back') }).click();
        await page.getByRole('heading', { level: 1, name: t('console.cases.title') }).waitFor();
        await page.getByLabel(t('console.cases.filterStatus'), { exact: true }).selectOption('assistance');
        await page.getByRole('button', { name: t('console.cases.show'), exact: true }).click();
        await page.getByRole('link', { name: code, exact: true }).waitFor();
        await h.axe(app, locale, '/console/cases', async (axePage) => {
          await axePage.getByRole('link', { name: code, exact: true }).waitFor();
        });

        app.expectNoForeignRequests();
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    }, 150_000);
  }
});
