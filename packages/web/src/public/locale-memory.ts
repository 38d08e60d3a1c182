import { DEFAULT_LOCALE, isLocale, localePath, rememberLocale, rememberedLocale } from '../shared/locale';

/** Remembers the language whenever a language-switcher link (`a[data-locale]`) is followed. */
export function rememberLocaleChoices(): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-locale]') : null;
    const locale = link?.getAttribute('data-locale');
    if (isLocale(locale)) rememberLocale(locale);
  });
}

/**
 * On a page in the default language (an address without a language prefix), goes to the same page in the
 * language chosen earlier on this device, replacing the history entry. Returns whether it is leaving.
 */
export function followRememberedLocale(): boolean {
  const root = document.documentElement;
  if (root.lang !== DEFAULT_LOCALE) return false;
  const remembered = rememberedLocale();
  if (!remembered || remembered === DEFAULT_LOCALE) return false;
  const path = root.dataset.path ?? '/';
  window.location.replace(localePath(remembered, path) + window.location.hash);
  return true;
}
