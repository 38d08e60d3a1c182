/// <reference lib="dom" />
/**
 * The staff set-up every console browser test shares: one server and one browser per file, the `putokaz` CLI
 * against the server's data directory, staff accounts created with `putokaz users create` (password and TOTP
 * secret files in a private scratch directory, removed at the end), the two-step sign-in, API calls with a
 * page's session (for data a test only needs to exist) and axe runs on a page holding the same session (or on
 * a public page, without one). All accounts are synthetic.
 */
import type { Locale, Role } from '@putokaz/core';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generate } from 'otplib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  ROOT,
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

/** The password of accounts that do not name their own. Synthetic. */
export const STAFF_PASSWORD = 'Synthetic-passphrase-console-4471';

/** The browser language each console language is reached with (as a person's browser sends it). */
export const BROWSER_LOCALE: Readonly<Partial<Record<Locale, string>>> = { en: 'en-GB', 'sr-Latn': 'sr-RS' };

/** The browser language for a console language. */
export const browserLocale = (locale: Locale): string => BROWSER_LOCALE[locale] ?? locale;

export interface StaffAccount {
  readonly email: string;
  readonly role: Role;
  readonly name: string;
  /** Defaults to STAFF_PASSWORD. */
  readonly password?: string;
  /** The team (`--team`); none when left out. */
  readonly team?: string;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ConsoleHarness {
  readonly server: TestServer;
  readonly browser: Browser;
  /** `putokaz ARGS…` on the running server's data directory (embedded database); rejects on a failed exit. */
  cli(args: readonly string[]): Promise<{ stdout: string; stderr: string }>;
  /** `putokaz users create` (through `cli`); resolves to the TOTP secret. */
  createUser(account: StaffAccount): Promise<string>;
  /** The TOTP code of an account created here, `steps` periods of 30 seconds from now. */
  totp(email: string, steps?: number): Promise<string>;
  /** The first step only: e-mail and password on the sign-in page, submitted. */
  signInWithPassword(page: Page, locale: Locale, email: string, password?: string): Promise<void>;
  /** The whole sign-in of an account created here (a code `steps` periods from now); ends on the start page. */
  signIn(page: Page, locale: Locale, email: string, options?: { steps?: number }): Promise<void>;
  /** A browser context in the console language `locale` (see `newAppContext`). */
  newContext(locale: Locale, options?: BrowserContextOptions): Promise<AppContext>;
  /**
   * An API call with the page's session (cookie from the context, CSRF token from the session answer); fails
   * the test unless the answer has the status `expected` (any 2xx when left out). Resolves to the JSON body.
   */
  api<T = Record<string, unknown>>(
    page: Page,
    method: Method,
    path: string,
    body?: unknown,
    expected?: number,
  ): Promise<T>;
  /**
   * Axe on a page, in a context that bypasses CSP (axe is an injected script) and, for a console page, holds
   * the same session as `from`: the session cookie is HttpOnly, so it is copied at the browser level. A public
   * page is checked without a session (`from` undefined).
   */
  axe(
    from: AppContext | undefined,
    locale: Locale,
    path: string,
    ready: (page: Page) => Promise<void>,
  ): Promise<void>;
  /** Closes the browser, stops the server and removes the scratch directory. */
  stop(): Promise<void>;
}

/**
 * Starts a server (fresh data directory; `env` adds to its environment, as in `startServer`) and a browser for
 * one test file; `label` names the scratch directory.
 */
export async function startConsoleHarness(
  label: string,
  env: Record<string, string> = {},
): Promise<ConsoleHarness> {
  const scratch = await mkdtemp(join(tmpdir(), `putokaz-e2e-${label}-`));
  const secrets = new Map<string, string>();
  const passwords = new Map<string, string>();
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await server?.stop();
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    server = await startServer(env);
    browser = await launchBrowser();
  } catch (error) {
    await stop();
    throw error;
  }
  const srv = server;
  const brw = browser;

  const totp = (email: string, steps = 0) => {
    const secret = secrets.get(email);
    if (!secret) throw new Error(`no account ${email} was created in this file`);
    return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
  };

  const signInWithPassword = async (page: Page, locale: Locale, email: string, password?: string) => {
    await page.goto(srv.url + '/console/login');
    await page.getByLabel(message(locale, 'console.login.email'), { exact: true }).fill(email);
    await page
      .getByLabel(message(locale, 'console.login.password'), { exact: true })
      .fill(password ?? passwords.get(email) ?? STAFF_PASSWORD);
    await page.getByRole('button', { name: message(locale, 'console.login.submit') }).click();
  };

  const cli = (args: readonly string[]) => {
    const cliEnv: NodeJS.ProcessEnv = { ...process.env, PUTOKAZ_DATA_DIR: srv.dataDir };
    delete cliEnv.DATABASE_URL;
    return run(process.execPath, [join(ROOT, 'packages/server/bin/putokaz.js'), ...args], {
      cwd: ROOT,
      env: cliEnv,
    });
  };

  return {
    server: srv,
    browser: brw,
    cli,
    async createUser(account) {
      const safe = account.email.replace(/[^\w.-]/g, '_');
      const passwordFile = join(scratch, `${safe}-password.txt`);
      const secretFile = join(scratch, `${safe}-totp.txt`);
      const password = account.password ?? STAFF_PASSWORD;
      await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
      await cli([
        'users',
        'create',
        '--email',
        account.email,
        '--role',
        account.role,
        '--name',
        account.name,
        ...(account.team ? ['--team', account.team] : []),
        '--password-file',
        passwordFile,
        '--totp-secret-file',
        secretFile,
      ]);
      const secret = (await readFile(secretFile, 'utf8')).trim();
      secrets.set(account.email, secret);
      passwords.set(account.email, password);
      return secret;
    },
    totp,
    signInWithPassword,
    async signIn(page, locale, email, options = {}) {
      await signInWithPassword(page, locale, email);
      await page.waitForURL(srv.url + '/console/login/code');
      await page
        .getByLabel(message(locale, 'console.totp.code'), { exact: true })
        .fill(await totp(email, options.steps ?? 0));
      await page.getByRole('button', { name: message(locale, 'console.totp.submit'), exact: true }).click();
      await page.waitForURL(srv.url + '/console/');
    },
    newContext: (locale, options = {}) =>
      newAppContext(brw, srv.url, { locale: browserLocale(locale), ...options }),
    async api<T>(page: Page, method: Method, path: string, body?: unknown, expected?: number) {
      const session = await page.request.get(`${srv.url}/api/v1/auth/session`);
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      const response = await page.request.fetch(srv.url + path, {
        method,
        ...(body === undefined ? {} : { data: body }),
        headers: { 'x-csrf-token': csrfToken, origin: srv.url },
      });
      const text = await response.text();
      if (expected === undefined) {
        expect(response.status(), text).toBeGreaterThanOrEqual(200);
        expect(response.status(), text).toBeLessThan(300);
      } else {
        expect(response.status(), text).toBe(expected);
      }
      return (text ? JSON.parse(text) : {}) as T;
    },
    async axe(from, locale, path, ready) {
      const context = await newAxeContext(brw, { locale: browserLocale(locale) });
      try {
        if (from) await context.addCookies(await from.context.cookies());
        const page = await context.newPage();
        await page.goto(srv.url + path);
        await ready(page);
        await expectNoAxeViolations(page);
      } finally {
        await context.close();
      }
    },
    stop,
  };
}
