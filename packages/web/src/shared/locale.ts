import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@putokaz/core';

/**
 * Each language's name written in that language (its autonym). A language switcher shows these so a reader
 * finds their own language whatever the current page language is; they are the same in every catalog by
 * definition, so they live here and not in the message catalogs (where the Latin Serbian catalog is derived
 * from the Cyrillic one and would turn "Српски (ћирилица)" into Latin letters).
 */
export const LOCALE_AUTONYMS: Readonly<Record<Locale, string>> = {
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  en: 'English',
  uk: 'Українська',
};

/** The device-local key that remembers the language a person chose. Never a cookie. */
export const LOCALE_STORAGE_KEY = 'putokaz.locale';

/** The path prefix of a locale: the default locale has none, the others use their tag (`/en`, `/sr-Cyrl`). */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/**
 * The address of a public page in a locale. `path` is the locale-independent page path, `/` for the home
 * page or `/check` for a page; the home page of a prefixed locale ends with a slash (`/en/`).
 */
export function localePath(locale: Locale, path: string): string {
  return path === '/' ? `${localePrefix(locale)}/` : `${localePrefix(locale)}${path}`;
}

/** Stores the chosen language on this device; quietly does nothing where storage is blocked. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be disabled (private mode, strict settings): the choice then lasts for this page only.
  }
}

/** The language chosen earlier on this device, if any. */
export function rememberedLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale };
