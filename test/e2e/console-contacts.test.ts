/// <reference lib="dom" />
/**
 * Hotline contacts in the console, in a real browser against the built server, in sr-Latn and en: a hotline
 * operator opens the new-contact form (the phone field has the focus), types a phone number already known in
 * another format, sees the matching person and earlier contact appear in the matches panel, links the person,
 * saves with Ctrl+Enter, finds the contact in the list, opens it and edits it (history and version). Axe runs on
 * the form with matches shown, the list and the contact page. Accounts come from the `putokaz users create`
 * CLI with a known TOTP secret; all data is synthetic.
 */
import type { Locale } from '@putokaz/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startConsoleHarness, type ConsoleHarness } from './console-harness.js';
import { describeBrowser, message } from './harness.js';

/** One operator per language (a TOTP code is accepted once, so each run signs in with its own account). */
const OPERATORS: Readonly<Partial<Record<Locale, { email: string; name: string }>>> = {
  'sr-Latn': { email: 'hotline.sr@example.org', name: 'Operaterka Testović' },
  en: { email: 'hotline.en@example.org', name: 'Operator Testing' },
};

/** A person already known, with a phone number the operator will type in another format. Synthetic. */
const KNOWN: Readonly<
  Partial<Record<Locale, { given: string; family: string; stored: string; typed: string }>>
> = {
  'sr-Latn': { given: 'Radmila', family: 'Probić', stored: '+381 64 555 0142', typed: '064 555 0142' },
  en: { given: 'Vukašin', family: 'Oglednić', stored: '0038163 555 0177', typed: '+381 63 5550177' },
};

let h: ConsoleHarness;

/** An API call with the page's session, for data the story needs to exist already. */
const apiPost = (page: Page, path: string, body: unknown) =>
  h.api<{ id: string; code: string }>(page, 'POST', path, body, 201);

describeBrowser('console: hotline contacts', () => {
  beforeAll(async () => {
    h = await startConsoleHarness('contacts');
    for (const operator of Object.values(OPERATORS))
      await h.createUser({ ...operator, role: 'hotline', team: 'Beograd' });
  });

  afterAll(async () => {
    await h?.stop();
  });

  for (const locale of ['sr-Latn', 'en'] as const) {
    it(`${locale}: records a contact, sees the match for a known phone number, finds it in the list`, async () => {
      const t = (key: string, values?: Record<string, string | number>) => message(locale, key, values);
      const operator = OPERATORS[locale] as { email: string; name: string };
      const known = KNOWN[locale] as { given: string; family: string; stored: string; typed: string };
      const app = await h.newContext(locale);
      try {
        const page = await app.context.newPage();
        await h.signIn(page, locale, operator.email);

        // Known already: a person and an earlier contact with this phone number (stored in another format).
        const person = await apiPost(page, '/api/v1/persons', {
          givenName: known.given,
          familyName: known.family,
          phones: [known.stored],
        });
        const earlier = await apiPost(page, '/api/v1/contacts', {
          channel: 'sms',
          topic: 'information',
          caller: { kind: 'personConcerned', phone: known.stored },
          occurredAt: '2026-01-15T09:00:00.000Z',
        });

        // From the start page's navigation to the list, and on to the form.
        await page
          .getByRole('navigation')
          .getByRole('link', { name: t('console.contacts.nav') })
          .click();
        await page.getByRole('heading', { level: 1, name: t('console.contacts.title') }).waitFor();
        await page.getByRole('link', { name: t('console.contacts.new') }).click();
        await page.getByRole('heading', { level: 1, name: t('console.contacts.newTitle') }).waitFor();
        const phone = page.getByLabel(t('console.contacts.field.callerPhone'), { exact: true });
        await expect.poll(() => phone.evaluate((el) => el === document.activeElement)).toBe(true);

        // Typing the number shows the matches, announced in the live region.
        await page.keyboard.type(known.typed);
        const status = page.locator('.matches [role="status"]');
        const found = t('console.contacts.matchesFound', { contacts: 1, persons: 1, cases: 0 });
        await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(found);
        const panel = page.getByRole('region', { name: t('console.contacts.matchesTitle') });
        await panel.getByRole('link', { name: earlier.code }).waitFor();
        await panel
          .getByRole('button', {
            name: t('console.contacts.linkPersonNamed', {
              code: person.code,
              name: `${known.given} ${known.family}`,
            }),
          })
          .click();
        await panel.getByText(t('console.contacts.linkedPerson', { code: person.code })).waitFor();

        // The rest, keyboard first: a topic and an urgency from the big radio groups, a summary, Ctrl+Enter.
        await page
          .getByRole('radio', { name: message(locale, 'contacts.topic.offerCheck'), exact: true })
          .check();
        await page
          .getByRole('radio', { name: message(locale, 'contacts.urgency.high'), exact: true })
          .check();
        await page
          .getByLabel(t('console.contacts.field.summary'), { exact: true })
          .fill('Ponuda za posao na farmi, sintetički test.');
        await page.keyboard.press('Control+Enter');
        const saved = page.getByText(
          new RegExp(t('console.contacts.saved', { code: 'K-\\d{4}-\\d{4}' }).replace(/[.]/g, '\\.')),
        );
        await saved.waitFor();
        const code = /K-\d{4}-\d{4}/.exec((await saved.textContent()) ?? '')?.[0] ?? '';
        expect(code).not.toBe('');
        // The form is fresh for the next call.
        expect(await phone.inputValue()).toBe('');

        // The list: the new contact among the newest (the form's time has minute precision, so a contact
        // recorded by the other test in the same minute may sort either side of it), with topic and urgency.
        await page.getByRole('link', { name: t('console.contacts.backToList') }).click();
        await page.getByRole('heading', { level: 1, name: t('console.contacts.title') }).waitFor();
        const table = page.getByRole('table', { name: t('console.contacts.caption') });
        const codes = async () => table.locator('tbody tr th').allTextContents();
        await expect.poll(async () => (await codes()).slice(0, 2)).toContain(code);
        const newRow = table.locator('tbody tr', { has: page.locator('th', { hasText: code }) });
        expect(await newRow.textContent()).toContain(message(locale, 'contacts.topic.offerCheck'));
        expect(await newRow.textContent()).toContain(message(locale, 'contacts.urgency.high'));
        // The earlier SMS (January) comes after it.
        expect((await codes()).indexOf(earlier.code)).toBeGreaterThan((await codes()).indexOf(code));

        // Filtering by topic keeps it and drops the earlier SMS.
        await page.getByLabel(t('console.contacts.field.topic'), { exact: true }).selectOption('offerCheck');
        await page.getByRole('button', { name: t('console.contacts.show') }).click();
        await expect.poll(() => table.getByRole('link', { name: earlier.code }).count()).toBe(0);
        await expect.poll(codes).toContain(code);

        // The contact page: details, an edit, the history.
        await table.getByRole('link', { name: code }).click();
        await page
          .getByRole('heading', { level: 1, name: t('console.contacts.contactHeading', { code }) })
          .waitFor();
        await page.locator('.details').getByRole('link', { name: person.code }).waitFor();
        await page.getByRole('button', { name: t('console.contacts.edit') }).click();
        await page
          .getByRole('radio', { name: message(locale, 'contacts.outcome.offerChecked'), exact: true })
          .check();
        await page.getByRole('button', { name: t('console.contacts.saveChanges') }).click();
        await page.getByText(t('console.contacts.updated', { version: 2 })).waitFor();
        const history = page.getByRole('table', { name: t('console.contacts.historyCaption', { code }) });
        await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
        const contactPath = new URL(page.url()).pathname;

        await h.axe(app, locale, '/console/contacts/new', async (axePage) => {
          await axePage
            .getByLabel(t('console.contacts.field.callerPhone'), { exact: true })
            .fill(known.typed);
          await expect
            .poll(() => axePage.locator('.matches [role="status"]').textContent(), { timeout: 10_000 })
            .not.toBe('');
          await axePage
            .getByRole('heading', { level: 3, name: t('console.contacts.matchesPersons') })
            .waitFor();
        });
        await h.axe(app, locale, '/console/contacts', (axePage) =>
          axePage.getByRole('table', { name: t('console.contacts.caption') }).waitFor(),
        );
        await h.axe(app, locale, contactPath, (axePage) =>
          axePage.getByRole('table', { name: t('console.contacts.historyCaption', { code }) }).waitFor(),
        );
        app.expectNoForeignRequests();
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    }, 150_000);
  }
});
