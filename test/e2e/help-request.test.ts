/// <reference lib="dom" />
/**
 * "I need help" in a real browser against the built server: a person sends a help request from /help (the
 * proof of work runs in the browser with WebCrypto) and gets a reference code; a hotline operator signs in to
 * the console, finds it in the inbox, opens it and marks it handled. In two languages, with axe on the form,
 * the answer and the inbox pages. Then the offline path (kept on the device and shown as not sent, sent when
 * the connection returns, deletable, deleted by the quick exit) and the honeypot, which no keyboard reaches.
 */
import type { Locale } from '@putokaz/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { browserLocale, startConsoleHarness, type ConsoleHarness } from './console-harness.js';
import { PREFIX, describeBrowser, expectNoAxeViolations, message, newAxeContext } from './harness.js';

const CODE_RE = /^H-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/;
const OUTBOX_KEY = 'putokaz.help.outbox';
/** A small proof of work keeps the test fast; the browser code is the same at any difficulty. */
const POW_BITS = '12';
// Synthetic account and stories only.
const HOTLINE = { email: 'hotline.help@example.org', password: 'Synthetic-passphrase-hotline-4410' };
const STORIES: Readonly<Partial<Record<Locale, string>>> = {
  'sr-Latn': 'Radim u magacinu kod Lajpciga, poslodavac drži moj pasoš i ne isplaćuje platu. Test-priča 1.',
  en: 'I work at a warehouse near Leipzig, the employer keeps my passport and does not pay me. Test story 2.',
};

let h: ConsoleHarness;

/** Writes a help request on /help (the form must be on screen). */
async function fillRequest(
  page: Page,
  locale: Locale,
  story: string,
  contact?: { way: string; value: string },
) {
  await page.getByLabel(message(locale, 'help.narrative.label')).fill(story);
  if (contact) {
    await page.getByLabel(message(locale, 'help.contact.yes')).check();
    await page.getByLabel(message(locale, 'help.contact.way')).selectOption(contact.way);
    await page.getByLabel(message(locale, 'help.contact.value'), { exact: true }).fill(contact.value);
    await page.getByLabel(message(locale, 'help.contact.safeTime')).fill('18-20h');
  }
}

async function openHelp(page: Page, locale: Locale) {
  await page.goto(`${h.server.url}${PREFIX[locale]}/help`);
  // The form appears once the page has hydrated.
  await page.getByLabel(message(locale, 'help.narrative.label')).waitFor();
}

describeBrowser('help requests in the browser', () => {
  beforeAll(async () => {
    h = await startConsoleHarness('help', { PUTOKAZ_HELP_POW_BITS: POW_BITS });
    await h.createUser({ ...HOTLINE, role: 'hotline', name: 'Hana Hotline' });
  });

  afterAll(async () => {
    await h?.stop();
  });

  (['sr-Latn', 'en'] as const).forEach((locale, index) => {
    it(`${locale}: a person sends a help request and the hotline handles it in the inbox`, async () => {
      const story = STORIES[locale] as string;
      // The form and the answer, checked with axe (in a context without CSP, as axe is an injected script).
      const axe = await newAxeContext(h.browser, { locale: browserLocale(locale) });
      try {
        const page = await axe.newPage();
        await openHelp(page, locale);
        await page.getByLabel(message(locale, 'help.contact.yes')).check();
        await expectNoAxeViolations(page);
        await fillRequest(page, locale, `${story} (axe)`, { way: 'email', value: 'person@example.org' });
        await page.getByRole('button', { name: message(locale, 'help.submit'), exact: true }).click();
        await page.locator('[data-reference-code]').waitFor();
        await expectNoAxeViolations(page);
      } finally {
        await axe.close();
      }

      const app = await h.newContext(locale);
      try {
        const page = await app.context.newPage();
        await openHelp(page, locale);
        const narrative = page.getByLabel(message(locale, 'help.narrative.label'));
        expect(await narrative.getAttribute('autocomplete')).toBe('off');
        await fillRequest(page, locale, story, { way: 'viber', value: '+381 64 555 0177' });
        for (const label of ['help.contact.value', 'help.contact.safeTime'] as const) {
          expect(
            await page
              .getByLabel(message(locale, label), { exact: label === 'help.contact.value' })
              .getAttribute('autocomplete'),
          ).toBe('off');
        }
        const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/public/help-requests'));
        const started = Date.now();
        await page.getByRole('button', { name: message(locale, 'help.submit'), exact: true }).click();
        const response = await answer;
        expect(response.status()).toBe(201);
        expect(response.headers()['cache-control']).toBe('no-store');
        const sentBody = response.request().postDataJSON() as Record<string, unknown>;
        expect(Object.keys(sentBody).sort()).toEqual(['contactInfo', 'lang', 'narrative', 'proofOfWork']);
        expect(sentBody.lang).toBe(locale);
        await page.locator('[data-reference-code]').waitFor();
        console.log(`help request sent in ${Date.now() - started} ms (proof of work ${POW_BITS} bits)`);
        const code = (await page.locator('[data-reference-code]').textContent())?.trim() ?? '';
        expect(code).toMatch(CODE_RE);
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('help-sent-title');
        expect(await page.getByText(message(locale, 'help.sent.next.contact')).isVisible()).toBe(true);
        // Nothing of the form is left on the device.
        expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Leipzig');
        expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Lajpcig');

        // The hotline operator finds it in the inbox, opens it and marks it handled.
        const staffPage = await app.context.newPage();
        // A TOTP code is accepted once: each language signs in with a code of another period.
        await h.signIn(staffPage, locale, HOTLINE.email, { steps: index });
        await staffPage
          .getByRole('navigation', { name: message(locale, 'console.nav.label') })
          .getByRole('link', { name: message(locale, 'console.inbox.nav') })
          .click();
        await staffPage.waitForURL(h.server.url + '/console/inbox');
        await staffPage.getByRole('link', { name: code }).click();
        await staffPage
          .getByRole('heading', { level: 1, name: message(locale, 'console.inbox.record.title', { code }) })
          .waitFor();
        expect(await staffPage.getByText(story).isVisible()).toBe(true);
        expect(await staffPage.getByText('+381645550177').isVisible()).toBe(true);
        const recordPath = new URL(staffPage.url()).pathname;
        await h.axe(app, locale, '/console/inbox', async (p) => {
          await p.getByRole('link', { name: code }).waitFor();
        });
        await h.axe(app, locale, recordPath, async (p) => {
          await p.getByText(story).waitFor();
        });
        await staffPage
          .getByLabel(message(locale, 'console.inbox.handle.note'))
          .fill('Called back; safe now.');
        await staffPage
          .getByRole('button', { name: message(locale, 'console.inbox.handle.submit'), exact: true })
          .click();
        await staffPage.getByText(message(locale, 'console.inbox.handle.done')).waitFor();
        await staffPage.getByText('Called back; safe now.').waitFor();
        expect(
          await staffPage.getByText(message(locale, 'console.inbox.status.handled')).first().isVisible(),
        ).toBe(true);
        // It left the open list.
        await staffPage.getByRole('link', { name: message(locale, 'console.inbox.back') }).click();
        await staffPage.waitForURL(h.server.url + '/console/inbox');
        await staffPage.locator('#inbox-table, [role="status"]').first().waitFor();
        await expect.poll(() => staffPage.getByRole('link', { name: code }).count()).toBe(0);

        app.expectNoForeignRequests();
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    }, 180_000);
  });

  it('keeps a request made offline on the device, shows it as not sent, and sends it when online', async () => {
    const locale: Locale = 'en';
    const app = await h.newContext(locale);
    try {
      const page = await app.context.newPage();
      await openHelp(page, locale);
      await app.context.setOffline(true);
      await fillRequest(page, locale, 'Written without a connection. Test story 3.');
      await page.getByRole('button', { name: message(locale, 'help.submit'), exact: true }).click();
      await page.getByText(message(locale, 'help.queued')).waitFor();
      await page.getByRole('heading', { name: message(locale, 'help.outbox.title') }).waitFor();
      expect(await page.getByText(message(locale, 'help.outbox.waiting')).isVisible()).toBe(true);
      const stored = await page.evaluate((key) => localStorage.getItem(key), OUTBOX_KEY);
      expect(stored).toContain('Written without a connection');
      expect(stored).not.toContain('proofOfWork');

      const sent = page.waitForResponse((r) => r.url().endsWith('/api/v1/public/help-requests'));
      await app.context.setOffline(false);
      expect((await sent).status()).toBe(201);
      const confirmation = page.locator('.help-outbox__sent');
      await confirmation.waitFor();
      expect((await confirmation.locator('.help-code').textContent())?.trim()).toMatch(CODE_RE);
      await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), OUTBOX_KEY)).toBeNull();
      expect(await page.locator('[data-outbox-item]').count()).toBe(0);

      // Another one offline, deleted by the person.
      await app.context.setOffline(true);
      await page.getByLabel(message(locale, 'help.narrative.label')).fill('To be deleted. Test story 4.');
      await page.getByRole('button', { name: message(locale, 'help.submit'), exact: true }).click();
      await page.locator('[data-outbox-item]').waitFor();
      await page.getByRole('button', { name: message(locale, 'help.outbox.delete') }).click();
      await page.getByText(message(locale, 'help.outbox.deleted')).waitFor();
      expect(await page.evaluate((key) => localStorage.getItem(key), OUTBOX_KEY)).toBeNull();

      // And one left on the device after a reload (the next visit sends it) …
      await page
        .getByLabel(message(locale, 'help.narrative.label'))
        .fill('Sent on the next visit. Test story 5.');
      await page.getByRole('button', { name: message(locale, 'help.submit'), exact: true }).click();
      await page.locator('[data-outbox-item]').waitFor();
      await app.context.setOffline(false);
      await page.close();
      const next = await app.context.newPage();
      const onNextVisit = next.waitForResponse((r) => r.url().endsWith('/api/v1/public/help-requests'));
      await next.goto(`${h.server.url}/en/help`);
      expect((await onNextVisit).status()).toBe(201);
      await next.locator('.help-outbox__sent').waitFor();
      await expect.poll(() => next.evaluate((key) => localStorage.getItem(key), OUTBOX_KEY)).toBeNull();

      // … and one deleted by the quick exit before it could be sent.
      await next.getByLabel(message(locale, 'help.narrative.label')).waitFor();
      await app.context.setOffline(true);
      await next
        .getByLabel(message(locale, 'help.narrative.label'))
        .fill('Gone with the quick exit. Test story 6.');
      await next.getByRole('button', { name: message(locale, 'help.submit'), exact: true }).click();
      await next.locator('[data-outbox-item]').waitFor();
      const exitUrl = await next.locator('[data-quick-exit]').getAttribute('href');
      expect(exitUrl).toBeTruthy();
      await app.context.route(`${new URL(exitUrl as string).origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' }),
      );
      // Shift three times: the outbox is deleted before the page is left.
      for (let i = 0; i < 3; i++) await next.keyboard.press('Shift');
      await expect.poll(() => next.url()).not.toContain('/en/help');
      await app.context.setOffline(false);
      // Read the device's storage from a page that does not send the outbox (the home page).
      const back = await app.context.newPage();
      await back.goto(h.server.url + '/en/');
      expect(await back.evaluate((key) => localStorage.getItem(key), OUTBOX_KEY)).toBeNull();
      // Going offline makes failed loads (and the service worker's script fetch, when it registers then) log errors.
      app.expectNoConsoleProblems([
        /Failed to load resource/,
        /ERR_INTERNET_DISCONNECTED/,
        /error occurred when fetching the script/,
      ]);
    } finally {
      await app.close();
    }
  });

  it('sends a checked offer for a second look only after the person confirms', async () => {
    const locale: Locale = 'en';
    const app = await h.newContext(locale);
    try {
      const page = await app.context.newPage();
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posts.push(request.url());
      });
      await page.goto(`${h.server.url}/en/check`);
      const offer =
        'Urgent! Job in Germany on a building site, pay 3000 euro a month. You leave your passport with the coordinator, work permit arranged after arrival. Message Dragan on Viber.';
      await page.getByLabel(message(locale, 'public.check.label')).fill(offer);
      await page.getByRole('button', { name: message(locale, 'public.check.submit'), exact: true }).click();
      await page.locator('#check-result-title').waitFor();
      await page.getByRole('button', { name: message(locale, 'help.review.open') }).click();
      await page
        .getByLabel(message(locale, 'help.review.message'))
        .fill('Is this company real? Test story 7.');
      await page.getByRole('button', { name: message(locale, 'help.review.next'), exact: true }).click();
      await page.getByRole('heading', { name: message(locale, 'help.review.confirm.title') }).waitFor();
      expect(posts.filter((url) => url.includes('/help-requests'))).toEqual([]);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/public/help-requests'));
      await page
        .getByRole('button', { name: message(locale, 'help.review.confirm.yes'), exact: true })
        .click();
      const response = await answer;
      expect(response.status()).toBe(201);
      const body = response.request().postDataJSON() as { offer: { text: string; indicatorIds: string[] } };
      expect(body.offer.text).toBe(offer);
      expect(body.offer.indicatorIds).toContain('permit-after-arrival');
      expect((await page.locator('[data-reference-code]').textContent())?.trim()).toMatch(CODE_RE);
      app.expectNoForeignRequests();
      app.expectNoConsoleProblems();
    } finally {
      await app.close();
    }
  });

  it('never lets the keyboard reach the honeypot, and hides it from assistive technology', async () => {
    const app = await h.newContext('en');
    try {
      const page = await app.context.newPage();
      await openHelp(page, 'en');
      const trap = page.locator('#help-website');
      expect(await trap.getAttribute('tabindex')).toBe('-1');
      expect(await page.locator('.help-trap').getAttribute('aria-hidden')).toBe('true');
      const box = await trap.boundingBox();
      const viewport = page.viewportSize();
      expect(box === null || box.x + box.width <= 0 || (viewport !== null && box.x >= viewport.width)).toBe(
        true,
      );
      // Tab through the whole page (both ways), with the contact details open.
      await page.getByLabel(message('en', 'help.contact.yes')).check();
      const reached = new Set<string>();
      await page.locator('body').focus();
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press(key);
          reached.add(
            await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''),
          );
        }
      }
      expect(reached.has('help-narrative')).toBe(true);
      expect(reached.has('help-website')).toBe(false);
      expect(await page.locator('main').ariaSnapshot()).not.toContain(message('en', 'help.honeypot'));
    } finally {
      await app.close();
    }
  });
});
