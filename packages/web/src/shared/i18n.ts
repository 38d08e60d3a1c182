import { createTranslator, loadCatalog, type Locale, type Translator } from '@putokaz/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The translator of the language the current view is in. */
export const I18nContext = createContext<Translator | null>(null);

export function useI18n(): Translator {
  const translator = useContext(I18nContext);
  if (!translator) throw new Error('useI18n() needs an <I18nContext.Provider> above it');
  return translator;
}

/** Loads one language's catalog (the browser fetches only that one) and returns its translator. */
export async function loadTranslator(locale: Locale): Promise<Translator> {
  return createTranslator(locale, await loadCatalog(locale));
}
