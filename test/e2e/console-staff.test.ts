/// <reference lib="dom" />
/**
 * The staff console in a real browser against the built server, under its Content-Security-Policy: the first
 * sign-in with enrolment of the authenticator app and the recovery codes, sign-in with a TOTP code (a wrong
 * one first) and with a recovery code, the own account, the end of a session, and an administrator creating
 * a user whose invitation link leads to choosing a password and to enrolment. Axe runs on the second-step,
 * enrolment, account and users pages. Accounts: the first administrator from the setup link, the others from
 * the `putokaz users create` CLI with a known TOTP secret (console-harness.ts).
 */
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startConsoleHarness, type ConsoleHarness } from './console-harness.js';
import { describeBrowser, failedResourceStatus, newAppContext, type TestServer, message } from './harness.js';

// Synthetic accounts only.
const ADMIN = {
  name: 'Test Administrator',
  email: 'admin@example.org',
  password: 'Synthetic-passphrase-first-7316',
};
const SUPERVISOR = { email: 'supervisor@example.org', password: 'Synthetic-passphrase-second-5521' };
const SECOND_ADMIN = { email: 'admin.two@example.org', password: 'Synthetic-passphrase-third-9054' };
const NEW_USER = {
  name: 'Mila Testović',
  email: 'new.caseworker@example.org',
  team: 'Tim Sever',
  password: 'Synthetic-passphrase-newcomer-2287',
};

let h: ConsoleHarness;
let server: TestServer;
let browser: Browser;
const secrets = new Map<string, string>();

/** The TOTP code of an account's secret, `steps` periods of 30 seconds from now. */
function totp(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/** A six-digit code that is none of the codes the server accepts now (previous, current, next step). */
async function wrongCode(secret: string): Promise<string> {
  const valid = new Set(await Promise.all([-1, 0, 1].map((step) => totp(secret, step))));
  for (let n = 123456; ; n = (n + 111111) % 1_000_000) {
    const candidate = String(n).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

/** The page is no wider than the window: nothing scrolls sideways except inside table regions. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describeBrowser('staff console', () => {
  beforeAll(async () => {
    h = await startConsoleHarness('staff');
    server = h.server;
    browser = h.browser;

    // The first administrator, through the setup link the server printed (the page itself is covered by
    // foundation.test.ts).
    const link = server.setupLink();
    if (!link) throw new Error('the server printed no setup link');
    const token = new URL(link).searchParams.get('token');
    const response = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, displayName: ADMIN.name, email: ADMIN.email, password: ADMIN.password }),
    });
    if (response.status !== 201)
      throw new Error(`setup answered ${response.status}: ${await response.text()}`);

    for (const account of [
      { ...SUPERVISOR, role: 'supervisor', name: 'Sara Supervizor' },
      { ...SECOND_ADMIN, role: 'admin', name: 'Aleksa Admin' },
    ] as const)
      secrets.set(account.email, await h.createUser(account));
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('first sign-in: enrols the authenticator app, shows ten recovery codes once, and one of them signs in later', async () => {
    const en = (key: string, values?: Record<string, string | number>) => message('en', key, values);
    const app = await newAppContext(browser, server.url, { locale: 'en-GB' });
    try {
      const page = await app.context.newPage();
      await h.signInWithPassword(page, 'en', ADMIN.email, ADMIN.password);
      await page.waitForURL(server.url + '/console/login/enrol');
      await page.getByRole('heading', { level: 1, name: en('console.enrol.title') }).waitFor();
      await expect
        .poll(() => page.title())
        .toBe(en('web.documentTitle', { page: en('console.enrol.title'), app: en('console.title') }));

      // The QR code is an image from a data: address (allowed by img-src), never markup in the page.
      const qr = page.getByRole('img', { name: en('console.enrol.qrAlt') });
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/);
      await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      expect(await page.locator('main svg').count()).toBe(0);

      // The key for typing it in, in groups of four.
      const grouped = (await page.locator('#enrol-secret').textContent())?.trim() ?? '';
      expect(grouped).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
      const secret = grouped.replace(/\s+/g, '');

      const code = page.getByLabel(en('console.totp.code'), { exact: true });
      expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(await code.getAttribute('inputmode')).toBe('numeric');

      // Axe on the enrolment page, with the same half-finished sign-in (it shows the same key again).
      await h.axe(app, 'en', '/console/login/enrol', async (axePage) => {
        await axePage.getByRole('img', { name: en('console.enrol.qrAlt') }).waitFor();
        expect((await axePage.locator('#enrol-secret').textContent())?.trim()).toBe(grouped);
      });

      await code.fill(await totp(secret));
      await page.getByRole('button', { name: en('console.enrol.submit') }).click();

      // The recovery codes: ten, each shown once, with a print button and a confirmation before continuing.
      await page.getByRole('heading', { level: 1, name: en('console.recovery.title') }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      const list = page.getByRole('list', { name: en('console.recovery.list') });
      const codes = (await list.getByRole('listitem').allTextContents()).map((text) => text.trim());
      expect(codes).toHaveLength(10);
      for (const recovery of codes) expect(recovery).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      expect(new Set(codes).size).toBe(10);
      await page.getByText(en('console.recovery.once'), { exact: true }).waitFor();

      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'yes');
      });
      await page.getByRole('button', { name: en('console.recovery.print') }).click();
      expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.console-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: en('console.recovery.continue') }).isVisible()).toBe(
        false,
      );
      expect(await list.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      const proceed = page.getByRole('button', { name: en('console.recovery.continue') });
      await proceed.click();
      const confirmError = page.locator('#recovery-confirm-error');
      await confirmError.waitFor();
      expect((await confirmError.textContent())?.trim()).toBe(en('console.recovery.confirmRequired'));
      const checkbox = page.getByLabel(en('console.recovery.confirm'));
      expect(await checkbox.getAttribute('aria-describedby')).toBe('recovery-confirm-error');
      expect(page.url()).toBe(server.url + '/console/login/enrol');
      await checkbox.check();
      await proceed.click();

      // The start page: greeting, the role, and the areas an administrator may open.
      await page.waitForURL(server.url + '/console/');
      await page
        .getByRole('heading', { level: 1, name: en('console.home.greeting', { name: ADMIN.name }) })
        .waitFor();
      const nav = page.getByRole('navigation', { name: en('console.nav.label') });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        en('console.nav.home'),
        en('console.nav.account'),
        en('console.nav.users'),
        en('console.nav.audit'),
        en('console.content.nav'),
      ]);
      await page
        .getByText(en('console.shell.signedInAs', { name: ADMIN.name, role: en('console.role.admin') }))
        .waitFor();

      // Sign out, then in again with a recovery code instead of the app.
      await page.getByRole('button', { name: en('console.shell.signOut') }).click();
      await page.waitForURL(server.url + '/console/login');
      await page.getByText(en('console.session.signedOut'), { exact: true }).waitFor();
      await h.signInWithPassword(page, 'en', ADMIN.email, ADMIN.password);
      await page.waitForURL(server.url + '/console/login/code');
      await page.getByRole('button', { name: en('console.totp.useRecovery') }).click();
      const recoveryField = page.getByLabel(en('console.totp.recoveryCode'), { exact: true });
      await recoveryField.fill(codes[0] ?? '');
      await page.getByRole('button', { name: en('console.totp.submit'), exact: true }).click();
      await page.waitForURL(server.url + '/console/');

      await nav.getByRole('link', { name: en('console.nav.account') }).click();
      await page.getByRole('heading', { level: 1, name: en('console.account.title') }).waitFor();
      await page.getByText(en('console.account.recoveryLeft', { count: 9 }), { exact: true }).waitFor();

      app.expectNoForeignRequests();
      app.expectNoConsoleProblems();
    } finally {
      await app.close();
    }
  });

  it('sign-in with a code in Serbian (Latin): a wrong code keeps the page, then the account page and the end of the session', async () => {
    const sr = (key: string, values?: Record<string, string | number>) => message('sr-Latn', key, values);
    const secret = secrets.get(SUPERVISOR.email) ?? '';
    const app = await newAppContext(browser, server.url, { locale: 'sr-RS' });
    try {
      const page = await app.context.newPage();
      await h.signInWithPassword(page, 'sr-Latn', SUPERVISOR.email, SUPERVISOR.password);
      await page.waitForURL(server.url + '/console/login/code');
      const heading = page.getByRole('heading', { level: 1, name: sr('console.totp.title') });
      await heading.waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('sr-Latn');
      // Focus moved to the new page's heading.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

      const code = page.getByLabel(sr('console.totp.code'), { exact: true });
      expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(await code.getAttribute('inputmode')).toBe('numeric');

      await h.axe(app, 'sr-Latn', '/console/login/code', async (axePage) => {
        await axePage.getByRole('heading', { level: 1, name: sr('console.totp.title') }).waitFor();
      });

      // A wrong code: the localized message at the field, still on the code page.
      const request = page.waitForRequest((r) => r.url().endsWith('/api/v1/auth/totp'));
      await code.fill(await wrongCode(secret));
      await page.getByRole('button', { name: sr('console.totp.submit'), exact: true }).click();
      const sent = await request;
      expect(sent.headers()['accept-language']).toBe('sr-Latn');
      expect((await sent.response())?.status()).toBe(401);
      const codeError = page.locator('#second-step-code-error');
      await codeError.waitFor();
      expect((await codeError.textContent())?.trim()).toBe(sr('errors.auth.invalidCode'));
      expect(await code.getAttribute('aria-invalid')).toBe('true');
      expect(await code.getAttribute('aria-describedby')).toBe('second-step-code-error');
      expect(page.url()).toBe(server.url + '/console/login/code');
      await heading.waitFor();

      // The recovery-code toggle changes the field, and back.
      await page.getByRole('button', { name: sr('console.totp.useRecovery') }).click();
      await page.getByLabel(sr('console.totp.recoveryCode'), { exact: true }).waitFor();
      await page.getByRole('button', { name: sr('console.totp.useApp') }).click();

      await code.fill(await totp(secret));
      await page.getByRole('button', { name: sr('console.totp.submit'), exact: true }).click();
      await page.waitForURL(server.url + '/console/');
      await page
        .getByRole('heading', { level: 1, name: sr('console.home.greeting', { name: 'Sara Supervizor' }) })
        .waitFor();
      // A supervisor sees the case work and the audit trail but not user management.
      const nav = page.getByRole('navigation', { name: sr('console.nav.label') });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        sr('console.nav.home'),
        sr('console.inbox.nav'),
        sr('console.persons.nav'),
        sr('console.contacts.nav'),
        sr('console.cases.nav'),
        sr('console.nav.account'),
        sr('console.nav.audit'),
      ]);
      await page.goto(server.url + '/console/users');
      await page.getByRole('heading', { level: 1, name: sr('console.forbidden.title') }).waitFor();

      // The account page: this session, recovery codes (none: enrolled by the CLI), the password form.
      await page.goto(server.url + '/console/account');
      await page.getByRole('heading', { level: 1, name: sr('console.account.title') }).waitFor();
      const sessions = page.getByRole('table', { name: sr('console.account.sessionsCaption') });
      await sessions.waitFor();
      expect(await sessions.getByRole('row').count()).toBe(2);
      await sessions.getByText(sr('console.account.current'), { exact: true }).waitFor();
      await page.getByText(sr('console.account.recoveryLeft', { count: 0 }), { exact: true }).waitFor();

      await h.axe(app, 'sr-Latn', '/console/account', async (axePage) => {
        await axePage.getByRole('table', { name: sr('console.account.sessionsCaption') }).waitFor();
      });

      // Password change: the two new passwords must match; nothing is sent until they do.
      await page.getByLabel(sr('console.account.currentPassword'), { exact: true }).fill(SUPERVISOR.password);
      await page
        .getByLabel(sr('console.password.new', { minimum: 12 }), { exact: true })
        .fill('Synthetic-passphrase-changed-6610');
      await page
        .getByLabel(sr('console.password.repeat'), { exact: true })
        .fill('Synthetic-passphrase-changed-6611');
      await page.getByRole('button', { name: sr('console.account.passwordSubmit') }).click();
      await page.locator('#account-newPasswordRepeat-error').waitFor();
      expect((await page.locator('#account-newPasswordRepeat-error').textContent())?.trim()).toBe(
        sr('errors.password.mismatch'),
      );

      // When the session ends elsewhere, the next call goes back to sign-in with a short notice.
      const ended = await page.evaluate(async () => {
        const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
        const response = await fetch('/api/v1/auth/logout', {
          method: 'POST',
          headers: { 'x-csrf-token': session.csrfToken },
        });
        return response.status;
      });
      expect(ended).toBe(204);
      await page
        .getByRole('navigation', { name: sr('console.nav.label') })
        .getByRole('link', { name: sr('console.nav.account') })
        .click();
      await page.waitForURL(server.url + '/console/login');
      await page.getByText(sr('console.session.ended'), { exact: true }).waitFor();

      app.expectNoForeignRequests();
      app.expectNoConsoleProblems([failedResourceStatus(401)]);
    } finally {
      await app.close();
    }
  });

  it('an administrator creates a user; the invitation link leads to a password and to enrolment', async () => {
    const en = (key: string, values?: Record<string, string | number>) => message('en', key, values);
    const admin = await newAppContext(browser, server.url, { locale: 'en-GB' });
    const invited = await newAppContext(browser, server.url, { locale: 'en-GB' });
    try {
      const page = await admin.context.newPage();
      await h.signIn(page, 'en', SECOND_ADMIN.email);
      await page
        .getByRole('navigation', { name: en('console.nav.label') })
        .getByRole('link', { name: en('console.nav.users') })
        .click();
      await page.waitForURL(server.url + '/console/users');
      await page.getByRole('heading', { level: 1, name: en('console.users.title') }).waitFor();
      const table = page.getByRole('table', { name: en('console.users.caption') });
      await table.waitFor();
      for (const header of ['name', 'role', 'team', 'status', 'secondFactor', 'lock', 'lastSignIn']) {
        await table.getByRole('columnheader', { name: en(`console.users.${header}`), exact: true }).waitFor();
      }
      // The first administrator, the supervisor and this administrator.
      expect(await table.locator('tbody tr').count()).toBe(3);

      await h.axe(admin, 'en', '/console/users', async (axePage) => {
        await axePage.getByRole('table', { name: en('console.users.caption') }).waitFor();
      });

      // Creating: a missing role is caught at the field, then the account is created.
      const form = page.getByRole('region', { name: en('console.users.create') });
      await form.getByLabel(en('console.users.name'), { exact: true }).fill(NEW_USER.name);
      await form.getByLabel(en('console.users.email'), { exact: true }).fill(NEW_USER.email);
      await form.getByLabel(en('console.users.teamOptional'), { exact: true }).fill(NEW_USER.team);
      await form.getByRole('button', { name: en('console.users.createSubmit') }).click();
      await page.locator('#create-role-error').waitFor();
      await form
        .getByLabel(en('console.users.role'), { exact: true })
        .selectOption({ label: en('console.role.caseworker') });
      const created = page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/users') && r.request().method() === 'POST',
      );
      await form.getByRole('button', { name: en('console.users.createSubmit') }).click();
      const createdResponse = await created;
      expect(createdResponse.status()).toBe(201);
      expect(createdResponse.request().headers()['x-csrf-token']).toMatch(/\S/);
      expect(createdResponse.request().headers()['accept-language']).toBe('en');

      // The invitation link: the full address, once, with a copy button and the note.
      await page
        .getByRole('heading', {
          level: 2,
          name: en('console.users.invitationTitle', { name: NEW_USER.name }),
        })
        .waitFor();
      const link = await page.getByLabel(en('console.users.invitationLink'), { exact: true }).inputValue();
      expect(link).toMatch(
        new RegExp(`^${server.url.replace(/\./g, '\\.')}/console/invitation\\?token=\\S+$`),
      );
      await page
        .getByText(en('console.users.invitationNote', { hours: 72, name: NEW_USER.name }), { exact: true })
        .waitFor();
      await page.getByRole('button', { name: en('console.users.copy') }).waitFor();
      const row = table.getByRole('row').filter({ hasText: NEW_USER.email });
      await row.getByRole('cell', { name: en('console.users.secondFactorNo'), exact: true }).waitFor();
      await row.getByRole('cell', { name: NEW_USER.team, exact: true }).waitFor();

      // At 320 px the page does not scroll sideways (the table scrolls inside its region).
      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoSidewaysScroll(page);
      await page.setViewportSize({ width: 1280, height: 720 });

      // The new person opens the link in another browser, chooses a password and signs in.
      const newcomer = await invited.context.newPage();
      await newcomer.goto(link);
      await newcomer.getByRole('heading', { level: 1, name: en('console.invitation.title') }).waitFor();
      expect(newcomer.url()).toBe(server.url + '/console/invitation');
      const password = newcomer.getByLabel(en('console.password.new', { minimum: 12 }), { exact: true });
      await password.waitFor();
      expect(await password.getAttribute('autocomplete')).toBe('new-password');
      await password.fill(NEW_USER.password);
      await newcomer.getByLabel(en('console.password.repeat'), { exact: true }).fill(NEW_USER.password);
      await newcomer.getByRole('button', { name: en('console.invitation.submit') }).click();
      await newcomer.getByText(en('console.invitation.done'), { exact: true }).waitFor();
      await newcomer.getByRole('link', { name: en('console.setup.goToLogin') }).click();
      await newcomer.waitForURL(server.url + '/console/login');
      await newcomer.getByLabel(en('console.login.email'), { exact: true }).fill(NEW_USER.email);
      await newcomer.getByLabel(en('console.login.password'), { exact: true }).fill(NEW_USER.password);
      await newcomer.getByRole('button', { name: en('console.login.submit') }).click();
      await newcomer.waitForURL(server.url + '/console/login/enrol');
      await newcomer.getByRole('img', { name: en('console.enrol.qrAlt') }).waitFor();
      await newcomer.locator('#enrol-secret').waitFor();

      // Managing the account: a change made meanwhile by someone else is a conflict, shown and reloaded.
      await row
        .getByRole('button', { name: en('console.users.manageUser', { name: NEW_USER.name }) })
        .click();
      const editor = page.getByRole('region', {
        name: en('console.users.editTitle', { name: NEW_USER.name }),
      });
      await editor.waitFor();
      const changedElsewhere = await page.evaluate(async (email) => {
        const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
        const users = (await (await fetch('/api/v1/users')).json()) as {
          items: { id: string; email: string; version: number }[];
        };
        const user = users.items.find((item) => item.email === email);
        const response = await fetch(`/api/v1/users/${user?.id ?? ''}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ version: user?.version, team: 'Tim Jug' }),
        });
        return response.status;
      }, NEW_USER.email);
      expect(changedElsewhere).toBe(200);
      const role = editor.getByLabel(en('console.users.role'), { exact: true });
      await role.selectOption({ label: en('console.role.supervisor') });
      await editor.getByRole('button', { name: en('console.users.save') }).click();
      await editor.getByText(en('errors.conflict'), { exact: true }).waitFor();
      await editor.getByText(en('console.users.reloaded'), { exact: true }).waitFor();
      const team = editor.getByLabel(en('console.users.teamOptional'), { exact: true });
      await expect.poll(() => team.inputValue()).toBe('Tim Jug');
      await expect.poll(() => role.inputValue()).toBe('caseworker');

      // Saving again on the current version works.
      await role.selectOption({ label: en('console.role.supervisor') });
      await editor.getByRole('button', { name: en('console.users.save') }).click();
      await editor.getByText(en('console.users.saved'), { exact: true }).waitFor();
      await row.getByRole('cell', { name: en('console.role.supervisor'), exact: true }).waitFor();

      // Disabling asks first.
      await editor.getByRole('button', { name: en('console.users.disable') }).click();
      await editor
        .getByText(en('console.users.disableConfirm', { name: NEW_USER.name }), { exact: true })
        .waitFor();
      await editor.getByRole('button', { name: en('console.users.disableYes') }).click();
      await editor
        .getByText(en('console.users.disabled', { name: NEW_USER.name }), { exact: true })
        .waitFor();
      await row.getByRole('cell', { name: en('console.users.statusDisabled'), exact: true }).waitFor();

      // A new invitation link (password reset) is shown the same way.
      await editor.getByRole('button', { name: en('console.users.enable') }).click();
      await editor.getByRole('button', { name: en('console.users.enableYes') }).click();
      await row.getByRole('cell', { name: en('console.users.statusActive'), exact: true }).waitFor();
      await editor.getByRole('button', { name: en('console.users.newInvitation') }).click();
      await expect
        .poll(() => page.getByLabel(en('console.users.invitationLink'), { exact: true }).inputValue())
        .not.toBe(link);

      admin.expectNoForeignRequests();
      admin.expectNoConsoleProblems([failedResourceStatus(409)]);
      invited.expectNoForeignRequests();
      invited.expectNoConsoleProblems();
    } finally {
      await invited.close();
      await admin.close();
    }
  });
  it('the audit viewer in Ukrainian: newest first, load more with the cursor, filters and their checks', async () => {
    const uk = (key: string, values?: Record<string, string | number>) => message('uk', key, values);
    const app = await newAppContext(browser, server.url, { locale: 'uk-UA' });
    try {
      const page = await app.context.newPage();
      // The same administrator as before: the code of the next 30-second step, as each code counts once.
      await h.signIn(page, 'uk', SECOND_ADMIN.email, { steps: 1 });

      // More events than one page holds: every query of the audit trail is itself recorded.
      // And a failure of its own (a sign-in with an unknown e-mail), for the outcome filter.
      const failed = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.org', password: 'not-the-password' }),
      });
      expect(failed.status).toBe(401);
      const recorded = await page.evaluate(async () => {
        let ok = 0;
        for (let i = 0; i < 60; i++) {
          if ((await fetch('/api/v1/audit-events?limit=1')).ok) ok++;
        }
        return ok;
      });
      expect(recorded).toBe(60);

      await page
        .getByRole('navigation', { name: uk('console.nav.label') })
        .getByRole('link', { name: uk('console.nav.audit') })
        .click();
      await page.getByRole('heading', { level: 1, name: uk('console.audit.title') }).waitFor();
      const table = page.getByRole('table', { name: uk('console.audit.caption') });
      await table.waitFor();
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(50);
      await page.getByText(uk('console.audit.count', { count: 50 }), { exact: true }).waitFor();

      // Newest first, times in the console language.
      const times = await table.locator('tbody time').evaluateAll((elements) =>
        elements.map((element) => ({
          iso: element.getAttribute('datetime') ?? '',
          text: element.textContent ?? '',
        })),
      );
      for (let i = 1; i < times.length; i++) {
        expect(Date.parse(times[i]?.iso ?? '')).toBeLessThanOrEqual(Date.parse(times[i - 1]?.iso ?? ''));
      }
      const expected = await page.evaluate(
        (iso) =>
          new Intl.DateTimeFormat('uk', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
        times[0]?.iso ?? '',
      );
      expect(times[0]?.text).toBe(expected);

      await h.axe(app, 'uk', '/console/audit', async (axePage) => {
        await axePage.getByRole('table', { name: uk('console.audit.caption') }).waitFor();
      });

      // The next page continues after the last row.
      const more = page.waitForRequest((r) => r.url().includes('/api/v1/audit-events?cursor='));
      await page.getByRole('button', { name: uk('console.audit.loadMore') }).click();
      await more;
      await expect.poll(() => rows.count()).toBeGreaterThan(50);
      const allTimes = await rows
        .locator('th time')
        .evaluateAll((elements) =>
          elements.map((element) => Date.parse(element.getAttribute('datetime') ?? '')),
        );
      expect(allTimes.length).toBe(await rows.count());
      for (let i = 1; i < allTimes.length; i++) {
        expect(allTimes[i]).toBeLessThanOrEqual(allTimes[i - 1] ?? Number.NaN);
      }

      // Checks before sending: a record id needs its type; the end date not before the start date.
      const filters = page.getByRole('region', { name: uk('console.audit.filters') });
      const show = filters.getByRole('button', { name: uk('console.audit.show') });
      await filters
        .getByLabel(uk('console.audit.resourceId'), { exact: true })
        .fill('00000000-0000-4000-8000-000000000000');
      await show.click();
      await page.locator('#audit-resourceType-error').waitFor();
      expect((await page.locator('#audit-resourceType-error').textContent())?.trim()).toBe(
        uk('console.audit.resourceIdNeedsType'),
      );
      await filters.getByRole('button', { name: uk('console.audit.clear') }).click();
      const today = await page.evaluate(() => {
        const now = new Date();
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      });
      await filters.getByLabel(uk('console.audit.from'), { exact: true }).fill('2099-01-02');
      await filters.getByLabel(uk('console.audit.to'), { exact: true }).fill('2099-01-01');
      await show.click();
      await page.locator('#audit-to-error').waitFor();
      expect((await page.locator('#audit-to-error').textContent())?.trim()).toBe(
        uk('console.audit.toBeforeFrom'),
      );

      // Filtering by action and period (today, included) asks the server with those values only.
      await filters.getByLabel(uk('console.audit.from'), { exact: true }).fill(today);
      await filters.getByLabel(uk('console.audit.to'), { exact: true }).fill(today);
      await filters.getByLabel(uk('console.audit.action'), { exact: true }).fill('signIn');
      const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/audit-events?action=signIn'));
      await show.click();
      const query = new URL((await filtered).url()).searchParams;
      expect([...query.keys()].sort()).toEqual(['action', 'from', 'to']);
      expect(Date.parse(query.get('to') ?? '') - Date.parse(query.get('from') ?? '')).toBeGreaterThanOrEqual(
        23 * 3600_000,
      );
      // At least this administrator's sign-in today.
      await expect
        .poll(async () => new Set(await rows.locator('td:nth-child(3)').allTextContents()))
        .toEqual(new Set(['signIn']));
      expect(await rows.count()).toBeGreaterThanOrEqual(1);
      expect(await rows.count()).toBeLessThan(50);

      // Outcome: only refusals and failures when asked for them.
      await filters.getByRole('button', { name: uk('console.audit.clear') }).click();
      await filters
        .getByLabel(uk('console.audit.outcome'), { exact: true })
        .selectOption({ label: uk('console.audit.outcomeFailure') });
      const byOutcome = page.waitForResponse((r) => r.url().includes('outcome=failure'));
      await show.click();
      await byOutcome;
      await expect
        .poll(async () => new Set(await rows.locator('td:nth-child(5)').allTextContents()))
        .toEqual(new Set([uk('console.audit.outcomeFailure')]));

      app.expectNoForeignRequests();
      app.expectNoConsoleProblems();
    } finally {
      await app.close();
    }
  });
});
