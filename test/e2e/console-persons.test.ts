/// <reference lib="dom" />
/**
 * Persons in the console, in a real browser against the built server, in sr-Latn and en: a case worker records
 * a person whose near-duplicate (another spelling, another script) exists already and sees it offered first,
 * creates the person anyway, edits the details, records consent withdrawn, sees the history, and finds the
 * person in the list marked. A conflicting edit and the search across scripts are walked in
 * console-group-case.test.ts. Axe runs on the create page with candidates shown, on the person page and on
 * the list. Accounts come from the `putokaz users create` CLI with a known TOTP secret (console-harness.ts);
 * all data is synthetic.
 */
import type { Locale } from '@putokaz/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startConsoleHarness, type ConsoleHarness } from './console-harness.js';
import { describeBrowser, message } from './harness.js';

/** One case worker per language (a TOTP code is accepted once per account). */
const WORKERS: Readonly<Partial<Record<Locale, { email: string; name: string }>>> = {
  'sr-Latn': { email: 'persons.sr@example.org', name: 'Radnik Probić' },
  en: { email: 'persons.en@example.org', name: 'Worker Sampleton' },
};

/** The person recorded before (stored in Latin with diacritics) and the spelling typed in the form. Synthetic. */
const STORY: Readonly<
  Partial<Record<Locale, { stored: [string, string]; typed: [string, string]; phone: string }>>
> = {
  'sr-Latn': {
    stored: ['Đurđina', 'Šćekić'],
    typed: ['Ђурђина', 'Шћекић'],
    phone: '+381 64 555 0131',
  },
  en: {
    stored: ['Đorđe', 'Đokanović'],
    typed: ['Djordje', 'Djokanovic'],
    phone: '+381 64 555 0132',
  },
};

let h: ConsoleHarness;

describeBrowser('console: persons, duplicates, editing with versions, consent and history', () => {
  beforeAll(async () => {
    h = await startConsoleHarness('persons');
    for (const worker of Object.values(WORKERS))
      await h.createUser({ ...worker, role: 'caseworker', team: 'Beograd' });
  });

  afterAll(async () => {
    await h?.stop();
  });

  for (const locale of ['sr-Latn', 'en'] as const) {
    it(`${locale}: candidates first, create anyway, edit, consent withdrawn, history`, async () => {
      const t = (key: string, values?: Record<string, string | number>) => message(locale, key, values);
      const worker = WORKERS[locale] as { email: string; name: string };
      const story = STORY[locale] as NonNullable<(typeof STORY)[Locale]>;
      const app = await h.newContext(locale);
      try {
        const page = await app.context.newPage();
        await h.signIn(page, locale, worker.email);
        const existing = await h.api(page, 'POST', '/api/v1/persons', {
          givenName: story.stored[0],
          familyName: story.stored[1],
          phones: [story.phone],
        });

        // The list is in the navigation; the create form asks for existing persons first.
        await page
          .getByRole('navigation', { name: t('console.nav.label') })
          .getByRole('link', { name: t('console.persons.nav'), exact: true })
          .click();
        await page.getByRole('heading', { level: 1, name: t('console.persons.title') }).waitFor();
        await page.getByRole('link', { name: t('console.persons.create') }).click();
        await page.getByRole('heading', { level: 1, name: t('console.persons.createTitle') }).waitFor();
        await page.getByLabel(t('persons.field.givenName'), { exact: true }).fill(story.typed[0]);
        await page.getByLabel(t('persons.field.familyName'), { exact: true }).fill(story.typed[1]);
        await page.getByLabel(t('persons.field.birthDate'), { exact: true }).fill('1990');
        await page.getByRole('button', { name: t('console.persons.checkDuplicates') }).click();
        const candidates = page.getByRole('heading', {
          level: 2,
          name: t('console.persons.candidatesTitle'),
        });
        await candidates.waitFor();
        await expect.poll(() => candidates.evaluate((h) => h === document.activeElement)).toBe(true);
        const openExisting = page.getByRole('link', {
          name: t('console.persons.openCandidate', { code: existing.code as string }),
        });
        await openExisting.waitFor();
        expect(await page.getByText(story.stored[1]).count()).toBeGreaterThan(0);
        await h.axe(app, locale, '/console/persons/new', async (p) => {
          await p
            .getByLabel(message(locale, 'persons.field.givenName'), { exact: true })
            .fill(story.typed[0]);
          await p
            .getByLabel(message(locale, 'persons.field.familyName'), { exact: true })
            .fill(story.typed[1]);
          await p.getByRole('button', { name: message(locale, 'console.persons.checkDuplicates') }).click();
          await p
            .getByRole('heading', { level: 2, name: message(locale, 'console.persons.candidatesTitle') })
            .waitFor();
        });

        // Not the same person after all: create anyway.
        await page.getByRole('button', { name: t('console.persons.createAnyway') }).click();
        await page.waitForURL(/\/console\/persons\/[0-9a-f-]{36}$/);
        const id = page.url().split('/').at(-1) as string;
        const heading = page.getByRole('heading', { level: 1, name: /P-\d{4}-\d{4}/ });
        await heading.waitFor();
        const code = ((await heading.textContent()) ?? '').match(/P-\d{4}-\d{4}/)?.[0] as string;
        expect(code).not.toBe(existing.code);
        await page.getByText(story.typed[1], { exact: true }).waitFor();

        // Edit: version 1 → 2.
        await page.getByRole('button', { name: t('console.persons.edit') }).click();
        await page.getByRole('heading', { level: 3, name: t('console.persons.editTitle') }).waitFor();
        await page.getByLabel(t('persons.vulnerability.debt'), { exact: true }).check();
        await page.getByLabel(t('persons.field.citizenships'), { exact: true }).fill('rs, ua');
        await page.getByRole('button', { name: t('console.persons.save') }).click();
        await page.getByText(t('console.persons.saved', { version: 2 })).waitFor();
        await page.getByText('RS, UA').waitFor();

        // Consent to keep data withdrawn.
        await page.getByLabel(t('console.persons.consentPurpose'), { exact: true }).selectOption('keepData');
        await page.getByLabel(t('console.persons.consentAction'), { exact: true }).selectOption('withdrawn');
        await page.getByLabel(t('console.persons.consentMethod'), { exact: true }).selectOption('written');
        await page.getByRole('button', { name: t('console.persons.consentSubmit') }).click();
        await page.getByText(t('console.persons.consentRecorded')).waitFor();
        await page.getByText(t('console.persons.keepDataWithdrawnNotice')).waitFor();
        const keepRow = page
          .locator('#consent-table tr')
          .filter({ hasText: t('persons.consent.purpose.keepData') });
        await keepRow.filter({ hasText: t('persons.consent.state.withdrawn') }).waitFor();

        // History: created, changed, consent; field names only.
        const history = page.locator('#history-table tbody tr');
        await expect.poll(() => history.count()).toBe(3);
        await history.filter({ hasText: t('console.persons.history.consent') }).waitFor();
        await history
          .filter({ hasText: t('console.persons.history.update') })
          .filter({ hasText: t('persons.field.citizenships') })
          .waitFor();
        await h.axe(app, locale, `/console/persons/${id}`, async (p) => {
          await p.locator('#history-table tbody tr').nth(2).waitFor();
        });

        // The list marks the person who withdrew consent to keep data (searching across scripts, and a
        // conflicting edit, are walked in console-group-case.test.ts).
        await page
          .getByRole('navigation', { name: t('console.nav.label') })
          .getByRole('link', { name: t('console.persons.nav'), exact: true })
          .click();
        const row = page.locator('#persons-table tbody tr').filter({ hasText: code });
        await row.filter({ hasText: t('console.persons.keepDataWithdrawn') }).waitFor();
        await h.axe(app, locale, '/console/persons', async (p) => {
          await p.locator('#persons-table tbody tr').first().waitFor();
        });
        app.expectNoForeignRequests();
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    }, 150_000);
  }
});
