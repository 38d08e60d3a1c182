/* Putokaz "Safe at Work" service worker. Hand-written; the build (build/offline.ts) replaces the
 * placeholder after `const PRECACHE =` with the list of this build's files and writes the result to /sw.js.
 *
 * What it does, and only this:
 * - install: downloads every public page in every language, their scripts and styles, the offer-check
 *   engine of every language, the manifests and icons into one cache named after the build
 *   ("putokaz-<version>"). If any file fails, the installation fails and the previous version stays.
 * - activate: deletes the caches of earlier versions, then takes control of open pages.
 * - fetch: public pages (navigations) network first, the saved copy when the network fails or is slower
 *   than a few seconds; the build's files from the cache. Nothing else is touched: API calls, the staff
 *   console and any other address go to the network as if there were no service worker, and nothing is
 *   ever written to the cache after installation (no API answer, nothing personal).
 *
 * A new version waits until no page of the old one is open (no skipWaiting): a page never loads part of
 * its files from one version and part from another.
 */
'use strict';
/* global __PUTOKAZ_PRECACHE__ */

const PRECACHE = __PUTOKAZ_PRECACHE__;
const CACHE_PREFIX = 'putokaz-';
const CACHE = CACHE_PREFIX + PRECACHE.version;
/** How long a navigation waits for the network before the saved page is shown. */
const NETWORK_TIMEOUT_MS = 4000;

const PAGES = new Set(PRECACHE.pages);
const FILES = new Set(PRECACHE.files);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // cache: 'reload' skips the HTTP cache, so the copy saved is the one of this build.
      cache.addAll(PRECACHE.pages.concat(PRECACHE.files).map((url) => new Request(url, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The saved page for an address: `/en/check/` and `/en/check` are the same page; `/en` is `/en/`. */
function pageKey(pathname) {
  if (PAGES.has(pathname)) return pathname;
  const other = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname + '/';
  return PAGES.has(other) ? other : undefined;
}

function fromCache(key) {
  return caches.open(CACHE).then((cache) => cache.match(key));
}

/** The network's answer if it comes in time and is not a server error, else the saved page. */
function networkFirst(request, key) {
  const network = fetch(request);
  const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), NETWORK_TIMEOUT_MS));
  const networkOk = network.then(
    (response) => (response.status < 500 ? response : undefined),
    () => undefined,
  );
  return Promise.race([networkOk, timeout]).then(
    (response) => response || fromCache(key).then((saved) => saved || network),
  );
}

function cacheFirst(request, key) {
  return fromCache(key).then((saved) => saved || fetch(request));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname === '/console' || url.pathname.startsWith('/console/'))
    return;
  if (request.mode === 'navigate') {
    const key = pageKey(url.pathname);
    if (key) event.respondWith(networkFirst(request, key));
    return;
  }
  if (FILES.has(url.pathname) && !url.search) event.respondWith(cacheFirst(request, url.pathname));
});
