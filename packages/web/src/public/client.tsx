import { DEFAULT_LOCALE, isLocale } from '@putokaz/core';
import { hydrate } from 'preact';
import { I18nContext, loadTranslator } from '../shared/i18n';
import { installQuickExit, onQuickExit } from '../shared/quick-exit';
import { clearOutbox } from './help/outbox';
import { followRememberedLocale, rememberLocaleChoices } from './locale-memory';
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
  const [Page, translator] = await Promise.all([page.load(), loadTranslator(locale)]);
  hydrate(
    <I18nContext.Provider value={translator}>
      <Page site={__PUTOKAZ_SITE__} />
    </I18nContext.Provider>,
    main,
  );
}

if (!followRememberedLocale()) void hydratePage();
registerServiceWorker();
