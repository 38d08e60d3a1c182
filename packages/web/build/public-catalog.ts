/**
 * `virtual:putokaz/public-catalog/<locale>`: the messages of one language as the public app loads them
 * (see src/public/public-catalog.ts). In a build, each is computed once in Node (the full catalogs of
 * `@putokaz/core`, Serbian Latin already derived from the Cyrillic, the console's messages left out) and
 * written as `JSON.parse('…')`, which a browser reads faster than an object literal; so the page neither
 * merges the per-area message files nor transliterates Serbian while it starts. The dev server computes the
 * same thing in the browser from the live catalogs.
 */
import type { Plugin } from 'vite';
import { publicCatalog } from '../src/public/public-catalog.ts';

export const PUBLIC_CATALOG_PREFIX = 'virtual:putokaz/public-catalog/';
/** Resolved ids: the chunk of each language is named `public-catalog-<locale>-<hash>.js`. */
const RESOLVED_PREFIX = '\0public-catalog-';

type Catalogs = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The module text of one language's public catalog, as the build writes it. */
export function publicCatalogModule(catalog: Readonly<Record<string, string>>): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(publicCatalog(catalog)))});\n`;
}

/**
 * The plugin. `loadCatalogs` returns every locale's full catalog (called once per build, lazily, when the
 * first public catalog is needed).
 */
export function publicCatalogs(loadCatalogs: () => Promise<Catalogs>): Plugin {
  let serve = false;
  let catalogs: Promise<Catalogs> | undefined;
  return {
    name: 'putokaz:public-catalog',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId(id) {
      if (!id.startsWith(PUBLIC_CATALOG_PREFIX)) return undefined;
      return RESOLVED_PREFIX + id.slice(PUBLIC_CATALOG_PREFIX.length);
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const locale = id.slice(RESOLVED_PREFIX.length);
      if (serve) {
        return [
          `import { loadCatalog } from '@putokaz/core';`,
          `import { publicCatalog } from '/src/public/public-catalog.ts';`,
          `export default publicCatalog(await loadCatalog(${JSON.stringify(locale)}));`,
        ].join('\n');
      }
      catalogs ??= loadCatalogs();
      const catalog = (await catalogs)[locale];
      if (!catalog) throw new Error(`public catalog: no catalog for locale "${locale}"`);
      return publicCatalogModule(catalog);
    },
  };
}
