import { DEFAULT_LOCALE, isLocale } from '@putokaz/core';
import { hydrate } from 'preact';
import { I18nContext } from '../shared/i18n';
import { installQuickExit, onQuickExit } from '../shared/quick-exit';
import { captureSharedText } from './check/share';
import { clearOutbox } from './help/outbox';
import { loadPublicTranslator } from './i18n';
import { followRememberedLocale, rememberLocaleChoices } from './locale-memory';
import { yieldToMain } from './main-thread';
import { registerServiceWorker } from './offline/register';
import { PUBLIC_PAGES } from './pages';
import './public.css';

// The quick exit comes first: it has to work while everything else is still loading.
installQuickExit();
// Help requests waiting on the device for a connection go with the quick exit, from whatever page it is used.
onQuickExit(clearOutbox);
rememberLocaleChoices();

/** Brings the prerendered `<main>` of this page to life with the same component that rendered it. */
async function hydratePage(): Promise<void> {
  const root = document.documentElement;
  const page = PUBLIC_PAGES.find((candidate) => candidate.id === root.dataset.page);
  const main = document.getElementById('main');
  if (!page || !main) return;
  const locale = isLocale(root.lang) ? root.lang : DEFAULT_LOCALE;
  const [Page, translator] = await Promise.all([page.load(), loadPublicTranslator(locale)]);
  // The scripts have just been run: let the browser paint and answer input before the page is hydrated.
  await yieldToMain();
  hydrate(
    <I18nContext.Provider value={translator}>
      <Page site={__PUTOKAZ_SITE__} />
    </I18nContext.Provider>,
    main,
  );
}

// A text shared into the app leaves the address bar at once. The page then stays in its language: going to the
// remembered one would mean carrying the text in a new address.
const shared = document.documentElement.dataset.page === 'check' && captureSharedText();
if (shared || !followRememberedLocale()) void hydratePage();
registerServiceWorker();
