/**
 * Registers the service worker (`/sw.js`, written by the build: see build/offline.ts) so every public page,
 * the offer-check engine and the languages work without a network after the first visit. Public pages only:
 * the console never registers it, and the worker leaves console and API requests alone.
 *
 * Registration waits until the page has loaded and then a few seconds of quiet, so installing (which
 * downloads the whole app once, about 375 KB gzip) never competes with the first page's own files and
 * start-up work on a slow phone. Nothing happens in the dev server, in browsers without service workers or
 * outside a secure context; a failed registration leaves the app working online as before.
 */
export const SERVICE_WORKER_URL = '/sw.js';
/** How long after the page's `load` event registration waits (then for an idle moment). */
export const REGISTER_DELAY_MS = 3000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () => {
    navigator.serviceWorker
      .register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' })
      .catch(() => undefined);
  };
  const later = () =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 });
      else register();
    }, REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
