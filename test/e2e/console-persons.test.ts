/// <reference lib="dom" />
/**
 * Persons in the console, in a real browser against the built server, in sr-Latn and en: a case worker records
 * a person whose near-duplicate (another spelling, another script) exists already and sees it offered first,
 * creates the person anyway, edits the details, meets a conflicting edit made meanwhile (and sees what changed
 * and who changed it), records consent withdrawn, sees the history, and finds the person in the list marked.
 * Axe runs on the create page with candidates shown, on the person page and on the list. Accounts come from
 * the `putokaz users create` CLI with a known TOTP secret; all data is synthetic.
 */
import type { Locale } from '@putokaz/core';
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
  failedResourceStatus,
  launchBrowser,
  message,
  newAppContext,
  newAxeContext,
  startServer,
  type AppContext,
  type TestServer,
} from './harness.js';

const run = promisify(execFile);
const PASSWORD = 'Synthetic-passphrase-persons-4471';
const BROWSER_LOCALE: Readonly<Partial<Record<Locale, string>>> = { en: 'en-GB', 'sr-Latn': 'sr-RS' };

/** One case worker per language (a TOTP code is accepted once per account). */
const WORKERS: Readonly<Partial<Record<Locale, { email: string; name: string }>>> = {
  'sr-Latn': { email: 'persons.sr@example.org', name: 'Radnik Probić' },
  en: { email: 'persons.en@example.org', name: 'Worker Sampleton' },
};

/** The person recorded before (stored in Latin with diacritics) and the spelling typed in the form. Synthetic. */
const STORY: Readonly<
  Partial<
    Record<Locale, { stored: [string, string]; typed: [string, string]; phone: string; family2: string }>
  >
> = {
  'sr-Latn': {
    stored: ['Đurđina', 'Šćekić'],
    typed: ['Ђурђина', 'Шћекић'],
    phone: '+381 64 555 0131',
    family2: 'Šćekić-Probić',
  },
  en: {
    stored: ['Đorđe', 'Đokanović'],
    typed: ['Djordje', 'Djokanovic'],
    phone: '+381 64 555 0132',
    family2: 'Đokanović-Test',
  },
};

let server: TestServer;
let browser: Browser;
let scratch: string;
const secrets = new Map<string, string>();

async function createUserWithCli(email: string, role: string, name: string) {
  const passwordFile = join(scratch, `${email}-password.txt`);
  const secretFile = join(scratch, `${email}-totp.txt`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  const env: NodeJS.ProcessEnv = { ...process.env, PUTOKAZ_DATA_DIR: server.dataDir };
  delete env.DATABASE_URL;
  await run(
    process.execPath,
    [
      join(ROOT, 'packages/server/bin/putokaz.js'),
      'users',
      'create',
      '--email',
      email,
      '--role',
      role,
      '--name',
      name,
      '--team',
      'Beograd',
      '--password-file',
      passwordFile,
      '--totp-secret-file',
      secretFile,
    ],
    { cwd: ROOT, env },
  );
  secrets.set(email, (await readFile(secretFile, 'utf8')).trim());
}

async function signIn(page: Page, locale: Locale, email: string) {
  const t = (key: string) => message(locale, key);
  await page.goto(server.url + '/console/login');
  await page.getByLabel(t('console.login.email'), { exact: true }).fill(email);
  await page.getByLabel(t('console.login.password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t('console.login.submit') }).click();
  await page.waitForURL(server.url + '/console/login/code');
  const code = await generate({ secret: secrets.get(email) ?? '', epoch: Math.floor(Date.now() / 1000) });
  await page.getByLabel(t('console.totp.code'), { exact: true }).fill(code);
  await page.getByRole('button', { name: t('console.totp.submit'), exact: true }).click();
  await page.waitForURL(server.url + '/console/');
}

/** An API call with the page's session (cookie from the context, CSRF token from the session answer). */
async function api(
  page: Page,
  method: 'POST' | 'PATCH',
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const session = await page.request.get(`${server.url}/api/v1/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(server.url + path, {
    method,
    data: body,
    headers: { 'x-csrf-token': csrfToken, origin: server.url },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

async function axeWithSession(
  from: AppContext,
  locale: Locale,
  path: string,
  ready: (page: Page) => Promise<void>,
) {
  const context = await newAxeContext(browser, { locale: BROWSER_LOCALE[locale] ?? locale });
  try {
    await context.addCookies(await from.context.cookies());
    const page = await context.newPage();
    await page.goto(server.url + path);
    await ready(page);
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
  }
}

describeBrowser('console: persons, duplicates, editing with versions, consent and history', () => {
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'putokaz-e2e-persons-'));
    server = await startServer();
    browser = await launchBrowser();
    for (const worker of Object.values(WORKERS))
      await createUserWithCli(worker.email, 'caseworker', worker.name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  for (const locale of ['sr-Latn', 'en'] as const) {
    it(`${locale}: candidates first, create anyway, edit, a conflict explained, consent withdrawn, history`, async () => {
      const t = (key: string, values?: Record<string, string | number>) => message(locale, key, values);
      const worker = WORKERS[locale] as { email: string; name: string };
      const story = STORY[locale] as NonNullable<(typeof STORY)[Locale]>;
      const app = await newAppContext(browser, server.url, { locale: BROWSER_LOCALE[locale] ?? locale });
      try {
        const page = await app.context.newPage();
        await signIn(page, locale, worker.email);
        const existing = await api(page, 'POST', '/api/v1/persons', {
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
        await axeWithSession(app, locale, '/console/persons/new', async (p) => {
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

        // Someone else changes the family name meanwhile; this editor still holds version 2.
        await page.getByRole('button', { name: t('console.persons.edit') }).click();
        await api(page, 'PATCH', `/api/v1/persons/${id}`, { version: 2, familyName: story.family2 });
        await page.getByLabel(t('persons.field.givenName'), { exact: true }).fill(`${story.typed[0]}a`);
        await page.getByRole('button', { name: t('console.persons.save') }).click();
        const conflict = page.getByRole('heading', { level: 4, name: t('console.persons.conflictTitle') });
        await conflict.waitFor();
        await page
          .getByRole('listitem')
          .filter({ hasText: t('persons.field.familyName') })
          .filter({ hasText: worker.name })
          .waitFor();
        await page.getByRole('button', { name: t('console.persons.conflictReload') }).click();
        await conflict.waitFor({ state: 'detached' });
        expect(await page.getByLabel(t('persons.field.familyName'), { exact: true }).inputValue()).toBe(
          story.family2,
        );
        await page.getByRole('button', { name: t('console.persons.cancel') }).click();

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

        // History: created, changed twice, consent; field names only.
        const history = page.locator('#history-table tbody tr');
        await expect.poll(() => history.count()).toBe(4);
        await history.filter({ hasText: t('console.persons.history.consent') }).waitFor();
        await history
          .filter({ hasText: t('console.persons.history.update') })
          .filter({ hasText: t('persons.field.familyName') })
          .waitFor();
        await axeWithSession(app, locale, `/console/persons/${id}`, async (p) => {
          await p.locator('#history-table tbody tr').nth(3).waitFor();
        });

        // The list marks the person who withdrew consent to keep data; search across scripts finds them.
        await page
          .getByRole('navigation', { name: t('console.nav.label') })
          .getByRole('link', { name: t('console.persons.nav'), exact: true })
          .click();
        const row = page.locator('#persons-table tbody tr').filter({ hasText: code });
        await row.filter({ hasText: t('console.persons.keepDataWithdrawn') }).waitFor();
        await page.getByLabel(t('console.persons.searchLabel'), { exact: true }).fill(story.typed.join(' '));
        await page.getByRole('button', { name: t('console.persons.searchSubmit') }).click();
        await page.getByRole('table', { name: t('console.persons.searchCaption') }).waitFor();
        await page.getByRole('link', { name: existing.code as string, exact: true }).waitFor();
        await axeWithSession(app, locale, '/console/persons', async (p) => {
          await p.locator('#persons-table tbody tr').first().waitFor();
        });
        app.expectNoForeignRequests();
        app.expectNoConsoleProblems([failedResourceStatus(409)]);
      } finally {
        await app.close();
      }
    });
  }
});
