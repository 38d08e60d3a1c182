/// <reference lib="dom" />
/**
 * Browser test harness: the built server on a free port with a fresh data directory, the system Chromium
 * through playwright-core (never a downloaded browser), and checks every browser test shares: no request
 * leaves the app's own origin, no console or CSP errors, no serious or critical axe violations.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants, accessSync, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { formatMessage, type Locale } from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs.js';
import type { AxeResults, Result as AxeViolation } from 'axe-core';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { describe, expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER_MAIN = join(ROOT, 'packages/server/dist/main.js');
/** The built web app; PUTOKAZ_E2E_WEB_DIR points elsewhere (a private `vite build --outDir`) when several builds run at once. */
const WEB_DIST = process.env.PUTOKAZ_E2E_WEB_DIR ?? join(ROOT, 'packages/web/dist');
const AXE_SCRIPT = join(ROOT, 'node_modules/axe-core/axe.min.js');

// ---------------------------------------------------------------------------------------------------------
// Chromium

export interface ChromiumLookup {
  /** The executable to launch, when there is one. */
  readonly path: string | undefined;
  /** Why the browser tests cannot run, when they cannot. */
  readonly reason: string | undefined;
}

/** The system Chromium: `CHROMIUM_PATH`, else /usr/bin/chromium. Never downloads a browser. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const candidate = env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
  try {
    accessSync(candidate, constants.X_OK);
    return { path: candidate, reason: undefined };
  } catch {
    return {
      path: undefined,
      reason: `Browser tests SKIPPED: no Chromium at ${candidate}; install with apt-get install -y chromium (or set CHROMIUM_PATH)`,
    };
  }
}

export const CHROMIUM = findChromium();
if (CHROMIUM.reason) {
  const line = '!'.repeat(Math.min(CHROMIUM.reason.length, 110));
  console.warn(`\n${line}\n${CHROMIUM.reason}\n${line}\n`);
}

/** `describe` for suites that need the browser: skipped, with the reason printed above, when there is none. */
export function describeBrowser(name: string, body: () => void): void {
  describe.skipIf(!CHROMIUM.path)(name, body);
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM.path) throw new Error(CHROMIUM.reason);
  return chromium.launch({ executablePath: CHROMIUM.path, headless: true, args: CHROMIUM_ARGS });
}

// ---------------------------------------------------------------------------------------------------------
// Server

export interface TestServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly url: string;
  readonly dataDir: string;
  /** Every line the server wrote to stdout so far. */
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
  /** The first-administrator link the server printed, if it printed one. */
  setupLink(): string | undefined;
  stop(): Promise<void>;
}

function listeningUrl(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    if (typeof entry.msg === 'string' && entry.msg.startsWith('listening on ')) {
      return typeof entry.url === 'string' ? entry.url : entry.msg.slice('listening on '.length).trim();
    }
  } catch {
    // Not a log line (the server also prints plain text, such as the setup link).
  }
  return /^listening on (https?:\/\/\S+)/.exec(line.trim())?.[1];
}

async function waitForHealth(url: string, child: ChildProcess, deadline: number): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not accepting connections yet.
    }
    if (Date.now() > deadline) throw new Error(`server at ${url} did not answer /healthz in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts `node packages/server/dist/main.js` on 127.0.0.1 with a free port (PORT=0), a fresh temporary data
 * directory and the embedded database (DATABASE_URL unset unless `env` sets it); resolves once it answers
 * `/healthz`. Needs `npm run build` first.
 */
export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  for (const [what, path] of [
    ['server', SERVER_MAIN],
    ['web app', join(WEB_DIST, 'index.html')],
  ] as const) {
    if (!existsSync(path))
      throw new Error(`The ${what} is not built (${path} is missing): run npm run build`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'putokaz-e2e-'));
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    PUTOKAZ_DATA_DIR: dataDir,
    PUTOKAZ_WEB_DIR: WEB_DIST,
    ...env,
  };
  if (!('DATABASE_URL' in env)) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + 30_000;
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('server did not log "listening on …" in time')),
        30_000,
      );
      createInterface({ input: child.stdout }).on('line', (line) => {
        stdout.push(line);
        const found = listeningUrl(line);
        if (found) {
          clearTimeout(timer);
          resolve(found.replace(/\/+$/, ''));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with code ${code} before listening:\n${stderr.join('\n')}`));
      });
    });
    await waitForHealth(url, child, deadline);
    return {
      url,
      dataDir,
      stdout,
      stderr,
      setupLink: () => {
        for (const line of stdout) {
          const match = /(https?:\/\/\S+\/console\/setup\?token=[\w.~%-]+)/.exec(line);
          if (match) return match[1];
        }
        return undefined;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Browser contexts and the checks every test shares

export interface AppContext {
  readonly context: BrowserContext;
  /** Every request the browser tried to send to another origin (each was aborted, or fulfilled by a test). */
  readonly foreignRequests: string[];
  /** Console errors, CSP reports and uncaught page errors. */
  readonly consoleProblems: string[];
  /** Fails when anything went to another origin than the app's (or the ones allowed). */
  expectNoForeignRequests(allowedOrigins?: readonly string[]): void;
  /** Fails on console errors and page errors; `expected` lists messages a test provoked on purpose. */
  expectNoConsoleProblems(expected?: readonly RegExp[]): void;
  close(): Promise<void>;
}

/**
 * A browser context for the app at `appUrl`: requests to any other origin are recorded and aborted (a test
 * that means to follow one, like the quick exit, fulfils it with `page.route`, which takes precedence), and
 * console output is watched.
 */
export async function newAppContext(
  browser: Browser,
  appUrl: string,
  options: BrowserContextOptions = {},
): Promise<AppContext> {
  const appOrigin = new URL(appUrl).origin;
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  const foreignRequests: string[] = [];
  const consoleProblems: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== appOrigin) foreignRequests.push(url);
  });
  await context.route(
    (url) => url.origin !== appOrigin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort('blockedbyclient'),
  );
  context.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(text)) {
      consoleProblems.push(`console.${message.type()}: ${text} (${message.location().url})`);
    }
  });
  context.on('weberror', (error) => consoleProblems.push(`page error: ${error.error().message}`));
  return {
    context,
    foreignRequests,
    consoleProblems,
    expectNoForeignRequests(allowedOrigins = []) {
      const unexpected = foreignRequests.filter((url) => !allowedOrigins.includes(new URL(url).origin));
      expect(unexpected, `requests to hosts other than ${appOrigin}`).toEqual([]);
    },
    expectNoConsoleProblems(expected = []) {
      const unexpected = consoleProblems.filter(
        (problem) => !expected.some((pattern) => pattern.test(problem)),
      );
      expect(unexpected, 'console errors, CSP reports or page errors').toEqual([]);
    },
    close: () => context.close(),
  };
}

/** The console line Chromium logs for a fetch answered with an HTTP error status. */
export function failedResourceStatus(status: number): RegExp {
  return new RegExp(`Failed to load resource: the server responded with a status of ${status}\\b`);
}

// ---------------------------------------------------------------------------------------------------------
// Accessibility

/**
 * A context for axe runs only: axe is injected as a script, which the app's Content-Security-Policy would
 * (rightly) block, so this context bypasses CSP. Behaviour under CSP is tested in ordinary contexts.
 */
export function newAxeContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-GB', ...options, bypassCSP: true });
}

function describeViolation(violation: AxeViolation): string {
  const targets = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ') ?? ''}`)
    .join('\n');
  return `${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})\n${targets}`;
}

/** Runs axe-core on the page (in a context from `newAxeContext`) and fails on serious or critical violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  await expectAxeFindsNothingSevere(page);
}

let axeSource: Promise<string> | undefined;

/**
 * Like `expectNoAxeViolations`, in any context, under the page's own Content-Security-Policy: axe is evaluated
 * through the browser's DevTools protocol, which the policy does not govern (it adds no script element to the
 * page). So one visit can serve a test's own checks and the axe check.
 */
export async function expectNoAxeViolationsUnderCsp(page: Page): Promise<void> {
  axeSource ??= readFile(AXE_SCRIPT, 'utf8');
  await page.evaluate(`${await axeSource}\n;undefined`);
  await expectAxeFindsNothingSevere(page);
}

async function expectAxeFindsNothingSevere(page: Page): Promise<void> {
  const results = await page.evaluate(() => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  const severe = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(severe.map(describeViolation), `axe violations on ${page.url()}`).toEqual([]);
}

/** A catalog message as the page shows it, for assertions. */
export const message = (locale: Locale, key: string, values?: Record<string, string | number>): string =>
  formatMessage(locale, CATALOGS[locale][key] ?? key, values);

/** The path prefix of each locale's public pages (`''` for the default sr-Latn). */
export const PREFIX: Readonly<Record<Locale, string>> = {
  'sr-Latn': '',
  'sr-Cyrl': '/sr-Cyrl',
  en: '/en',
  uk: '/uk',
};
