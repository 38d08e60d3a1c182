/* Putokaz "Safe at Work" service worker. Hand-written; the build (build/offline.ts) replaces the
 * placeholder after `const PRECACHE =` with the list of this build's files and writes the result to /sw.js.
 *
 * What it does, and only this:
 * - install: downloads every public page in every language, their scripts and styles, the offer-check
 *   engine of every language, the manifests and icons into one cache named after the build
 *   ("putokaz-<version>"). If any file fails, the installation fails and the previous version stays.
 * - activate: deletes the caches of earlier versions, then takes control of open pages.
 * - fetch: public pages (navigations) network first, the saved copy when the network fails or is slower
 *   than a few seconds; the build's files from the cache. A public page asked for with a query (a text
 *   shared into the app: /check?text=…) is answered from the cache: the query never leaves the device.
 *   Nothing else is touched: API calls, the staff console and any other address go to the network as if
 *   there were no service worker.
 * - refresh: a public page that comes whole from the network (200, HTML, not `no-store`, not redirected, of
 *   this build) replaces its saved copy, so a text published in the console since the installation is also
 *   what an offline reader sees. Nothing else is ever written to the cache after installation (no API
 *   answer, no console page, nothing personal).
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

/** Addresses the service worker never answers nor saves: the API and the staff console. */
function isPrivate(pathname) {
  return pathname.startsWith('/api/') || pathname === '/console' || pathname.startsWith('/console/');
}

/**
 * Whether a network answer may replace the saved copy of the page `key`: the page itself (this origin, the
 * same address, not redirected), whole (200), HTML, and not marked `no-store`.
 */
function isFreshPage(key, response) {
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  const url = new URL(response.url);
  if (url.origin !== self.location.origin || isPrivate(url.pathname) || pageKey(url.pathname) !== key)
    return false;
  if (!/^text\/html\b/i.test(response.headers.get('content-type') || '')) return false;
  return !/\bno-store\b/i.test(response.headers.get('cache-control') || '');
}

/**
 * Saves a fresh network copy of the page `key` (see isFreshPage) over the one saved at installation. Only a
 * page of this build: every script, style and icon it links must be in this version's cache (after a
 * deployment, until the new service worker takes over, the server sends pages that link the new build's
 * files, which this version could not show offline). Never fails: at worst the older copy stays.
 */
function refresh(key, response) {
  if (!isFreshPage(key, response)) return Promise.resolve(false);
  const copy = response.clone();
  return response
    .clone()
    .text()
    .then((html) => {
      const linked = [...html.matchAll(/\b(?:href|src)="(\/(?:assets|icons)\/[^"?#]+)"/g)].map((m) => m[1]);
      if (!linked.every((file) => FILES.has(file))) return false;
      return caches
        .open(CACHE)
        .then((cache) => cache.put(key, copy))
        .then(() => true);
    })
    .catch(() => false);
}

/**
 * The network's answer if it comes in time and is not a server error, else the saved page. A fresh answer
 * also refreshes the saved page, even when it came too late to be shown (`event.waitUntil`).
 */
function networkFirst(request, key, event) {
  const network = fetch(request);
  event.waitUntil(
    network.then(
      (response) => refresh(key, response),
      () => false,
    ),
  );
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

/**
 * A public page with a query: the query is for the page's script only (a text shared into the app, see the
 * manifest's share_target), so the saved copy answers, or else the page's address without the query.
 */
function withoutQuery(key) {
  return fromCache(key).then((saved) => saved || fetch(key, { credentials: 'same-origin' }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isPrivate(url.pathname)) return;
  if (request.mode === 'navigate') {
    const key = pageKey(url.pathname);
    if (key) event.respondWith(url.search ? withoutQuery(key) : networkFirst(request, key, event));
    return;
  }
  if (FILES.has(url.pathname) && !url.search) event.respondWith(cacheFirst(request, url.pathname));
});
