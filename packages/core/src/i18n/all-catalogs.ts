/**
 * All four catalogs at once, for the server and the tests. The browser should use `loadCatalog` instead,
 * which fetches only the language in use.
 */
import en from './messages/catalog-en.js';
import srCyrl from './messages/catalog-sr-Cyrl.js';
import uk from './messages/catalog-uk.js';
import { deriveLatinCatalog, type Catalog } from './catalog.js';
import type { Locale } from './locales.js';

export const CATALOGS: Readonly<Record<Locale, Catalog>> = {
  'sr-Latn': deriveLatinCatalog(srCyrl),
  'sr-Cyrl': srCyrl,
  en,
  uk,
};
