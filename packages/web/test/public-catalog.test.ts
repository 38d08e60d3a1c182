/**
 * The public app's start-up work (packages/web/src/public): its message catalogs (console texts left out,
 * Serbian Latin derived at build time, no public key lost), the character count written without `Intl`,
 * and a full catalog chunk never entering the offline precache.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs';
import { describe, expect, it } from 'vitest';
import { publicCatalogModule } from '../build/public-catalog.ts';
import { reachableFiles, type BundleEntry } from '../build/offline.ts';
import { formatCount } from '../src/public/format-count.ts';
import { isPublicKey, publicCatalog } from '../src/public/public-catalog.ts';

const publicSrc = fileURLToPath(new URL('../src/public/', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

describe('public catalogs', () => {
  it('leave out the console texts and keep the public ones', () => {
    const catalog = publicCatalog(CATALOGS.en);
    expect(catalog['public.check.title']).toBe(CATALOGS.en['public.check.title']);
    expect(catalog['app.publicName']).toBe(CATALOGS.en['app.publicName']);
    expect(Object.keys(catalog).some((key) => key.startsWith('console.'))).toBe(false);
    expect(Object.keys(catalog).length).toBeLessThan(Object.keys(CATALOGS.en).length / 2);
  });

  it('keep every message key the public pages use (a key found in their source)', async () => {
    const used = new Set<string>();
    for (const file of await sourceFiles(publicSrc)) {
      // prerender.tsx runs in Node at build time (it also renders the console shell's title).
      if (file.endsWith('prerender.tsx')) continue;
      const source = await readFile(file, 'utf8');
      for (const match of source.matchAll(/['"`]([a-zA-Z]+(?:\.[\w-]+)+)['"`]/g)) {
        if (CATALOGS.en[match[1]!] !== undefined) used.add(match[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !isPublicKey(key))).toEqual([]);
  });

  it('are written as JSON the browser parses, Serbian Latin derived from the Cyrillic', () => {
    for (const locale of LOCALES) {
      const module = publicCatalogModule(CATALOGS[locale]);
      const json = /^export default JSON\.parse\((".*")\);\n$/s.exec(module)?.[1];
      expect(json).toBeDefined();
      expect(JSON.parse(JSON.parse(json!) as string)).toEqual(publicCatalog(CATALOGS[locale]));
    }
    const latin = publicCatalog(CATALOGS['sr-Latn']);
    expect(latin['public.check.title']).toMatch(/^[^\u0400-\u04ff]+$/);
  });

  it('are the only catalogs the offline precache takes', () => {
    const chunk = (fileName: string, facadeModuleId: string | null, dynamicImports: string[] = []) =>
      ({
        type: 'chunk',
        fileName,
        name: fileName,
        isEntry: fileName === 'public.js',
        imports: [],
        dynamicImports,
        facadeModuleId,
      }) satisfies BundleEntry;
    const bundle: Record<string, BundleEntry> = {
      'public.js': chunk('public.js', '/web/index.html', ['shared.js']),
      'shared.js': chunk('shared.js', null, ['catalog-en.js', 'public-catalog-en.js']),
      'catalog-en.js': chunk('catalog-en.js', '/core/src/i18n/messages/catalog-en.ts', ['merge.js']),
      'merge.js': chunk('merge.js', '/core/src/i18n/messages/merge-areas.ts'),
      'public-catalog-en.js': chunk('public-catalog-en.js', '\0public-catalog-en'),
    };
    expect(reachableFiles(bundle, 'public.js')).toEqual(['public-catalog-en.js', 'public.js', 'shared.js']);
  });
});

describe('formatCount', () => {
  it('writes a count as toLocaleString does in every language', () => {
    const counts = [0, 7, 42, 999, 1000, 1234, 9999, 10_000, 12_345, 20_000, 100_000, 1_234_567];
    for (const locale of LOCALES)
      for (const count of counts) expect(formatCount(count, locale)).toBe(count.toLocaleString(locale));
  });
});
