/**
 * The service worker (build/service-worker.js) run in a sandbox with a fake cache and network: navigations
 * network first, and the saved copy of a page refreshed from a fresh network answer (a text published in the
 * console after the installation reaches offline readers), never from an API answer, a console page, an
 * error, a redirect, a `no-store` answer or a page of another build.
 */
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const ORIGIN = 'https://putokaz.test';
const PRECACHE = {
  version: 'test',
  pages: ['/', '/rights', '/en/rights', '/en/check'],
  files: ['/assets/index-abc.js', '/assets/index-abc.css', '/icons/app-192.png'],
};
const CACHE = `putokaz-${PRECACHE.version}`;
const TIMEOUT_MS = 30;

type Listener = (event: unknown) => void;

interface FakeResponseInit {
  status?: number;
  url?: string;
  type?: string;
  redirected?: boolean;
  headers?: Record<string, string>;
}

/** A network answer as the browser gives it to a service worker (Node's Response cannot set url or type). */
function networkAnswer(body: string, init: FakeResponseInit = {}): Response {
  const response = new Response(body, {
    status: init.status ?? 200,
    headers: init.headers ?? { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
  });
  Object.defineProperties(response, {
    url: { value: init.url ?? `${ORIGIN}/rights` },
    type: { value: init.type ?? 'basic' },
    redirected: { value: init.redirected ?? false },
  });
  return response;
}

const page = (text: string) =>
  `<!doctype html><html lang="sr-Latn"><head><link rel="stylesheet" href="/assets/index-abc.css">` +
  `<script type="module" src="/assets/index-abc.js"></script></head><body><main>${text}</main></body></html>`;

async function loadWorker() {
  const template = await readFile(new URL('../build/service-worker.js', import.meta.url), 'utf8');
  expect(template).toContain('const NETWORK_TIMEOUT_MS = 4000;');
  const source = template
    .replace('const PRECACHE = __PUTOKAZ_PRECACHE__;', `const PRECACHE = ${JSON.stringify(PRECACHE)};`)
    // The network wait, shortened so that the test of a late answer takes no seconds.
    .replace('const NETWORK_TIMEOUT_MS = 4000;', `const NETWORK_TIMEOUT_MS = ${TIMEOUT_MS};`);
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      match: async (key: string) => store.get(key)?.clone(),
      put: async (key: string, response: Response) => {
        store.set(key, new Response(await response.text(), { status: response.status }));
      },
      addAll: async () => undefined,
    };
  };
  const listeners = new Map<string, Listener>();
  let network: (request: { url: string }) => Promise<Response> = () =>
    Promise.reject(new TypeError('offline'));
  const fetched: string[] = [];
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    clients: { claim: async () => undefined },
  };
  runInNewContext(source, {
    self,
    caches: { open, keys: async () => [...stores.keys()], delete: async (n: string) => stores.delete(n) },
    fetch: (request: { url: string }) => {
      fetched.push(request.url);
      return network(request);
    },
    setTimeout,
    URL,
  });

  /** Saves a page as the installation did. */
  const save = async (key: string, html: string) => (await open(CACHE)).put(key, new Response(html));
  const saved = async (key: string) => stores.get(CACHE)?.get(key)?.clone().text();

  /** Dispatches a fetch event; `answer` is what the page gets (undefined: not handled), `settled` its waits. */
  function dispatch(path: string, init: { mode?: string; method?: string } = {}) {
    let answer: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    const request = { url: `${ORIGIN}${path}`, mode: init.mode ?? 'navigate', method: init.method ?? 'GET' };
    listeners.get('fetch')!({
      request,
      respondWith: (promise: Promise<Response>) => (answer = promise),
      waitUntil: (promise: Promise<unknown>) => waits.push(promise),
    });
    return { answer, settled: () => Promise.all(waits) };
  }

  return {
    save,
    saved,
    dispatch,
    fetched,
    setNetwork: (fn: typeof network) => (network = fn),
  };
}

describe('service worker: offline copies of pages', () => {
  it('a fresh page from the network replaces the copy saved at installation', async () => {
    const sw = await loadWorker();
    await sw.save('/rights', page('install-time text'));
    sw.setNetwork(async () => networkAnswer(page('published in the console')));
    const event = sw.dispatch('/rights');
    expect(await (await event.answer!).text()).toContain('published in the console');
    await event.settled();
    expect(await sw.saved('/rights')).toContain('published in the console');

    // Offline now: the refreshed copy answers.
    sw.setNetwork(() => Promise.reject(new TypeError('offline')));
    const offline = sw.dispatch('/rights/');
    expect(await (await offline.answer!).text()).toContain('published in the console');
  });

  it('a network answer that comes too late to be shown still refreshes the saved copy', async () => {
    const sw = await loadWorker();
    await sw.save('/en/rights', page('old'));
    let arrive: (response: Response) => void = () => undefined;
    sw.setNetwork(() => new Promise((resolve) => (arrive = resolve)));
    const event = sw.dispatch('/en/rights');
    // The saved page is what the reader gets if the network keeps silent; the answer arrives later.
    setTimeout(() => arrive(networkAnswer(page('new'), { url: `${ORIGIN}/en/rights` })), TIMEOUT_MS * 3);
    expect(await (await event.answer!).text()).toContain('old');
    await event.settled();
    expect(await sw.saved('/en/rights')).toContain('new');
  });

  it.each([
    ['no-store', { headers: { 'content-type': 'text/html', 'cache-control': 'private, no-store' } }],
    ['not found', { status: 404 }],
    ['a redirect', { redirected: true }],
    ['another address', { url: `${ORIGIN}/en/rights` }],
    ['not HTML', { headers: { 'content-type': 'application/json' } }],
    ['another origin (opaque)', { type: 'opaque' }],
  ] as const)('keeps the saved copy for an answer that is %s', async (_name, init: FakeResponseInit) => {
    const sw = await loadWorker();
    await sw.save('/rights', page('saved'));
    sw.setNetwork(async () => networkAnswer(page('fresh'), init));
    const event = sw.dispatch('/rights');
    await event.answer;
    await event.settled();
    expect(await sw.saved('/rights')).toContain('saved');
  });

  it('keeps the saved copy when the page links files this build does not have (a newer deployment)', async () => {
    const sw = await loadWorker();
    await sw.save('/rights', page('saved'));
    sw.setNetwork(async () =>
      networkAnswer(page('fresh').replaceAll('index-abc', 'index-def'), { url: `${ORIGIN}/rights` }),
    );
    const event = sw.dispatch('/rights');
    expect(await (await event.answer!).text()).toContain('fresh');
    await event.settled();
    expect(await sw.saved('/rights')).toContain('saved');
  });

  it('never answers or saves API answers, console pages or addresses outside the precache', async () => {
    const sw = await loadWorker();
    sw.setNetwork(async (request) => networkAnswer(page('x'), { url: request.url }));
    for (const path of ['/api/v1/public/alerts?locale=en', '/console', '/console/content', '/unknown']) {
      for (const mode of ['navigate', 'cors']) {
        const event = sw.dispatch(path, { mode });
        expect(event.answer).toBeUndefined();
        await event.settled();
        expect(await sw.saved(path)).toBeUndefined();
      }
    }
    const post = sw.dispatch('/rights', { method: 'POST' });
    expect(post.answer).toBeUndefined();
    expect(sw.fetched).toEqual([]);
  });
});
