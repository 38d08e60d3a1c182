/// <reference lib="dom" />
/**
 * Layout proofs in Chromium against the built app, for every public page (the list is the service
 * worker's precache list, i.e. every prerendered public page in every language):
 *
 * - 320 px wide: nothing scrolls sideways, in every language.
 * - 200 % zoom (a 1280 px window at 200 %: 640 CSS px at device scale 2): nothing scrolls sideways.
 * - Right to left: a test-only pseudo-locale. Each English page is rendered with `dir="rtl"` and its text
 *   replaced by Arabic letters made 40 % longer (the usual pseudo-localization growth), so the bidirectional
 *   algorithm really runs right to left. Nothing may scroll sideways, the quick exit stays first in keyboard
 *   order and sits at the inline end of the header (on the left in RTL, on the right in LTR), and the
 *   main column starts at the right.
 *
 * The stylesheet side of the proof (logical properties only) is packages/web/test/logical-css.test.ts.
 */
import { LOCALES } from '@putokaz/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeBrowser,
  launchBrowser,
  message,
  newAppContext,
  PREFIX,
  startServer,
  type TestServer,
} from './harness.js';

let server: TestServer;
let browser: Browser;
let pages: string[] = [];

/** Every public page address, from the service worker's precache list. */
async function publicPages(): Promise<string[]> {
  const source = await (await fetch(`${server.url}/sw.js`)).text();
  const precache = JSON.parse(/const PRECACHE = (\{.*?\});/.exec(source)?.[1] ?? '{"pages":[]}') as {
    pages: string[];
  };
  return precache.pages;
}

/** Horizontal overflow of the document, in CSS pixels (0 when nothing scrolls sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth,
  );
}

/** The pseudo-locale: dir="rtl", and every text replaced by Arabic letters, 40 % longer. */
async function applyRtlPseudoLocale(page: Page): Promise<void> {
  await page.evaluate(() => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const pseudo = (text: string) => {
      const mapped = text.replace(/[A-Za-z]/g, (c) => letters[c.toLowerCase().charCodeAt(0) - 97] ?? c);
      const extra = mapped.trim().slice(0, Math.ceil(mapped.trim().length * 0.4));
      return extra ? `${mapped.replace(/\s+$/, '')} ${extra}${/\s$/.test(mapped) ? ' ' : ''}` : mapped;
    };
    document.documentElement.dir = 'rtl';
    document.documentElement.lang = 'ar-XB';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    for (const node of nodes) if (node.data.trim()) node.data = pseudo(node.data);
  });
}

/** Where the quick exit is: the first keyboard stop of a freshly loaded page, and which half of the header. */
async function quickExitPlacement(page: Page) {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const exit = document.querySelector<HTMLElement>('.quick-exit');
    const header = document.querySelector<HTMLElement>('.site-header');
    if (!exit || !header) return undefined;
    const box = exit.getBoundingClientRect();
    const bar = header.getBoundingClientRect();
    return {
      firstStop: document.activeElement === exit,
      side: box.left + box.width / 2 < bar.left + bar.width / 2 ? 'left' : 'right',
      visible: box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= window.innerWidth,
    };
  });
}

describeBrowser('layout: 320 px, 200 % zoom and right to left', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    pages = await publicPages();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the page list covers every language', () => {
    for (const locale of LOCALES) {
      expect(pages).toContain(`${PREFIX[locale]}/`);
      expect(pages).toContain(`${PREFIX[locale]}/check`);
    }
    expect(pages.length).toBeGreaterThanOrEqual(LOCALES.length * 5);
  });

  // Every page in every language: generous time on a busy machine (about 0.3 s a page when idle).
  it('no public page in any language scrolls sideways at 320 px', { timeout: 300_000 }, async () => {
    const app = await newAppContext(browser, server.url, {
      viewport: { width: 320, height: 640 },
      serviceWorkers: 'block',
    });
    try {
      const page = await app.context.newPage();
      const overflowing: string[] = [];
      for (const address of pages) {
        await page.goto(server.url + address);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) overflowing.push(`${address}: ${overflow}px`);
      }
      expect(overflowing).toEqual([]);
      app.expectNoForeignRequests();
    } finally {
      await app.close();
    }
  });

  it('no public page scrolls sideways at 200 % zoom (en, uk)', { timeout: 180_000 }, async () => {
    const app = await newAppContext(browser, server.url, {
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
      serviceWorkers: 'block',
    });
    try {
      const page = await app.context.newPage();
      const overflowing: string[] = [];
      for (const address of pages.filter((path) => path.startsWith('/en/') || path.startsWith('/uk/'))) {
        await page.goto(server.url + address);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) overflowing.push(`${address}: ${overflow}px`);
      }
      expect(overflowing).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it(
    'right to left (pseudo-locale): no sideways scroll, quick exit first and at the inline end',
    { timeout: 180_000 },
    async () => {
      const app = await newAppContext(browser, server.url, {
        viewport: { width: 320, height: 640 },
        serviceWorkers: 'block',
      });
      try {
        const page = await app.context.newPage();
        const problems: string[] = [];
        for (const address of pages.filter((path) => path.startsWith('/en/'))) {
          await page.goto(server.url + address);
          const ltr = await quickExitPlacement(page);
          await page.reload();
          await applyRtlPseudoLocale(page);
          const rtl = await quickExitPlacement(page);
          const overflow = await sidewaysOverflow(page);
          if (overflow > 0) problems.push(`${address}: ${overflow}px sideways`);
          if (!ltr?.firstStop || !rtl?.firstStop) problems.push(`${address}: quick exit not first`);
          if (!rtl?.visible) problems.push(`${address}: quick exit not fully on screen`);
          // The designed place: the inline end of the header, which mirrors with the direction.
          if (ltr?.side !== 'right' || rtl?.side !== 'left')
            problems.push(`${address}: quick exit on the ${ltr?.side} in LTR and the ${rtl?.side} in RTL`);
          const headingSide = await page.evaluate(() => {
            const heading = document.querySelector('h1');
            const main = document.querySelector('main');
            if (!heading || !main) return undefined;
            const range = document.createRange();
            range.selectNodeContents(heading);
            const text = range.getBoundingClientRect();
            const column = main.getBoundingClientRect();
            return column.right - text.right < text.left - column.left ? 'right' : 'left';
          });
          if (headingSide !== 'right') problems.push(`${address}: the heading does not start at the right`);
        }
        expect(problems).toEqual([]);
        app.expectNoConsoleProblems();
      } finally {
        await app.close();
      }
    },
  );

  it('right to left: the check page with the questions open and a result fits 320 px', async () => {
    const app = await newAppContext(browser, server.url, {
      viewport: { width: 320, height: 640 },
      serviceWorkers: 'block',
    });
    try {
      const page = await app.context.newPage();
      await page.goto(`${server.url}/en/check`);
      await page.evaluate(() => {
        document.documentElement.dir = 'rtl';
      });
      await page.getByText(message('en', 'public.checkUi.questions.title'), { exact: true }).click();
      await page.locator('#question-passport').waitFor();
      await page.locator('#question-passport').selectOption('they-keep-it');
      await page.locator('#question-pay-amount').fill('3000');
      await page
        .getByLabel(message('en', 'public.check.label'))
        .fill('Urgent! Job in Germany, you leave your passport with the coordinator. Call +381 64 555 0142.');
      await page.getByRole('button', { name: message('en', 'public.check.submit'), exact: true }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'check-result-title');
      await page.locator('.check-contacts li').waitFor();
      await applyRtlPseudoLocale(page);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      // The finding's mark stripe is at the inline start: on the right in RTL.
      const stripe = await page.evaluate(() => {
        const result = document.querySelector('.check-result');
        if (!result) return undefined;
        const style = getComputedStyle(result);
        return { right: style.borderRightWidth, left: style.borderLeftWidth };
      });
      expect(stripe).toEqual({ right: '6px', left: '0px' });
    } finally {
      await app.close();
    }
  });
});
