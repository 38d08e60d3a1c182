import { cyrillicToLatin } from '../text/serbian.js';
import type enMessages from './messages/catalog-en.js';
import { formatMessage, type MessageValues } from './message-format.js';
import { DEFAULT_LOCALE, type Locale } from './locales.js';

/** A flat message catalog: key → ICU message. */
export type Catalog = Readonly<Record<string, string>>;

/** Every message key; English is the reference catalog for the key set (a test keeps the four equal). */
export type MessageKey = keyof typeof enMessages & string;

export interface Translator {
  readonly locale: Locale;
  /** Formats the message for `key`; an unknown key is returned as-is so a gap is visible, never silent. */
  t(key: MessageKey, values?: MessageValues): string;
  /** Same as `t` for keys built at run time (for example `errors.${code}`). */
  format(key: string, values?: MessageValues): string;
  has(key: string): boolean;
}

/**
 * The Latin Serbian catalog, derived from the Cyrillic one: Cyrillic → Latin is lossless, so Serbian is
 * written once. ICU syntax and argument names are ASCII and pass through unchanged.
 */
export function deriveLatinCatalog(cyrillic: Catalog): Catalog {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(cyrillic)) out[key] = cyrillicToLatin(message);
  return out;
}

export function createTranslator(locale: Locale, catalog: Catalog): Translator {
  const format = (key: string, values?: MessageValues) => {
    const pattern = catalog[key];
    return pattern === undefined ? key : formatMessage(locale, pattern, values);
  };
  return {
    locale,
    t: (key, values) => format(key, values),
    format,
    has: (key) => catalog[key] !== undefined,
  };
}

/** Loads one locale's catalog on demand (the browser fetches only the language in use). */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  switch (locale) {
    case 'en':
      return (await import('./messages/catalog-en.js')).default;
    case 'uk':
      return (await import('./messages/catalog-uk.js')).default;
    case 'sr-Cyrl':
      return (await import('./messages/catalog-sr-Cyrl.js')).default;
    case 'sr-Latn':
      return deriveLatinCatalog(await loadCatalog('sr-Cyrl'));
  }
}

export { DEFAULT_LOCALE };
