import { createTranslator, type Locale, type Translator } from '@putokaz/core';

/**
 * The public app's messages of one language (the browser fetches only that one): the catalog without the
 * console's texts, Serbian Latin derived at build time (see public-catalog.ts and build/public-catalog.ts).
 */
async function loadPublicCatalog(locale: Locale): Promise<Readonly<Record<string, string>>> {
  switch (locale) {
    case 'sr-Latn':
      return (await import('virtual:putokaz/public-catalog/sr-Latn')).default;
    case 'sr-Cyrl':
      return (await import('virtual:putokaz/public-catalog/sr-Cyrl')).default;
    case 'en':
      return (await import('virtual:putokaz/public-catalog/en')).default;
    case 'uk':
      return (await import('virtual:putokaz/public-catalog/uk')).default;
  }
}

/** The translator of a public page: `loadTranslator` of shared/i18n.ts without the console's messages. */
export async function loadPublicTranslator(locale: Locale): Promise<Translator> {
  return createTranslator(locale, await loadPublicCatalog(locale));
}
