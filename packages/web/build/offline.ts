/**
 * Offline and installable, at build time: the web app manifest of each language, the icons, the
 * `<link rel="manifest">` in every public page, and the service worker `sw.js` with its precache list.
 * Used by the `putokaz:offline` plugin in vite.config.ts, which calls `writeOfflineFiles` once the public
 * pages are prerendered.
 *
 * The precache list holds exactly what the public app can need without a network: every prerendered
 * public page in every language, every file the public entry reaches (static and dynamic imports: page
 * chunks, the translations of every language, the offer-check engine and its texts for every language,
 * CSS and assets), the files of `public/`, the manifests and the icons. Nothing of the console (its shell
 * and the chunks only it uses) is listed.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { NEUTRAL, SIGNPOST, iconFiles, type IconFile } from './icons.ts';

/** How the installed app presents itself: its real name and signpost icon, or a neutral name and icon. */
export type AppIdentity = 'named' | 'neutral';

export function appIdentityFromEnv(value: string | undefined): AppIdentity {
  const identity = value?.trim() || 'named';
  if (identity !== 'named' && identity !== 'neutral')
    throw new Error(`PUTOKAZ_APP_IDENTITY must be "named" or "neutral", got "${identity}"`);
  return identity;
}

/** The subset of a Rollup/Rolldown output chunk the precache walk reads. */
export interface BundleChunk {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly name: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** The module the chunk stands for (a dynamically imported module), if any. */
  readonly facadeModuleId?: string | null;
  readonly viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
}
export interface BundleAsset {
  readonly type: 'asset';
  readonly fileName: string;
}
export type BundleEntry = BundleChunk | BundleAsset;

/**
 * Chunks the public entry can reach in the bundle graph but never loads: the full message catalogs of
 * `@putokaz/core` (`loadCatalog`, which the console uses, shares a chunk with code the public pages use). The
 * public app loads its own smaller catalogs (`virtual:putokaz/public-catalog/<locale>`), so these stay out of
 * the precache.
 */
const NEVER_LOADED_BY_PUBLIC = /[\\/]i18n[\\/]messages[\\/]catalog-[^\\/]+\.ts$/;

/**
 * Every output file the chunk `entryName` reaches: itself, its static and dynamic imports (transitively),
 * and the CSS and assets they import, except the full catalogs (above). Paths are relative to the output
 * folder, with `/`.
 */
export function reachableFiles(bundle: Readonly<Record<string, BundleEntry>>, entryName: string): string[] {
  const entry = Object.values(bundle).find(
    (item): item is BundleChunk => item.type === 'chunk' && item.isEntry && item.name === entryName,
  );
  if (!entry) throw new Error(`offline: no entry chunk named "${entryName}" in the bundle`);
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    files.add(fileName);
    const item = bundle[fileName];
    if (!item || item.type !== 'chunk') return;
    if (item.facadeModuleId && NEVER_LOADED_BY_PUBLIC.test(item.facadeModuleId)) {
      files.delete(fileName);
      return;
    }
    for (const css of item.viteMetadata?.importedCss ?? []) files.add(css);
    for (const asset of item.viteMetadata?.importedAssets ?? []) files.add(asset);
    for (const next of [...item.imports, ...item.dynamicImports]) visit(next);
  };
  visit(entry.fileName);
  return [...files].sort();
}

/** `index.html` → `/`, `en/index.html` → `/en/`, `en/check/index.html` → `/en/check`. */
export function pageAddress(file: string): string {
  const path = file.split(sep).join('/');
  if (path === 'index.html') return '/';
  const folder = path.replace(/\/index\.html$/, '');
  // A language's home page keeps its slash (`/en/`): that is how the app links to it.
  return /^[a-zA-Z]{2,3}(?:-[A-Za-z]{4})?$/.test(folder) ? `/${folder}/` : `/${folder}`;
}

async function filesUnder(root: string, folder = root): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(root, path)));
    else found.push(relative(root, path).split(sep).join('/'));
  }
  return found;
}

/** Every asset address an HTML file links or loads (`href="/assets/…"`, `src="/assets/…"`). */
export function linkedFiles(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="\/((?:assets|icons)\/[^"?#]+)"/g)].map((match) => match[1]!);
}

export interface Translations {
  /** The app's name, description and the neutral name in one locale. */
  (locale: string): { name: string; shortName: string; description: string; neutralName: string };
}

/** The manifest of one language, starting at that language's home page. */
export function webManifest(
  locale: string,
  start: string,
  identity: AppIdentity,
  text: ReturnType<Translations>,
  icons: readonly IconFile[],
  dir: 'ltr' | 'rtl',
): Record<string, unknown> {
  const neutral = identity === 'neutral';
  return {
    id: start,
    name: neutral ? text.neutralName : text.name,
    short_name: neutral ? text.neutralName : text.shortName,
    ...(neutral ? {} : { description: text.description }),
    lang: locale,
    dir,
    start_url: start,
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    // Android offers the installed app in its share sheet: a shared text or link opens this language's check
    // page as `?title=…&text=…&url=…`. The service worker answers that from the device without sending the
    // query, and the page moves the text into its box and out of the address (src/public/check/share.ts).
    share_target: {
      action: `${start.replace(/\/$/, '')}/check`,
      method: 'GET',
      params: { title: 'title', text: 'text', url: 'url' },
    },
    background_color: '#ffffff',
    theme_color: neutral ? '#5f6b7a' : '#0b4a82',
    icons: icons.map((icon) => ({
      src: `/${icon.file}`,
      type: icon.type,
      sizes: icon.sizes,
      purpose: icon.purpose,
    })),
  };
}

export interface OfflineBuild {
  readonly outDir: string;
  readonly bundle: Readonly<Record<string, BundleEntry>>;
  /** The name of the public entry chunk (`public`, from rolldownOptions.input). */
  readonly entryName: string;
  readonly identity: AppIdentity;
  readonly locales: readonly { locale: string; prefix: string; dir: 'ltr' | 'rtl' }[];
  readonly translations: Translations;
}

export interface OfflineResult {
  readonly version: string;
  readonly pages: readonly string[];
  readonly files: readonly string[];
  /** Bytes of every precached file together (uncompressed). */
  readonly bytes: number;
}

const SERVICE_WORKER_TEMPLATE = fileURLToPath(new URL('./service-worker.js', import.meta.url));

const isConsole = (file: string) => file === 'console' || file.startsWith('console/');

/**
 * Writes the icons, the manifests, the manifest links into every public page, and `sw.js` with the
 * precache list. Run after the pages are prerendered (it reads them from the output folder).
 */
export async function writeOfflineFiles(build: OfflineBuild): Promise<OfflineResult> {
  const { outDir } = build;
  const icons = iconFiles(
    build.identity === 'neutral' ? NEUTRAL : SIGNPOST,
    build.identity === 'neutral' ? 'neutral' : 'app',
  );
  for (const icon of icons) {
    await mkdir(dirname(join(outDir, icon.file)), { recursive: true });
    await writeFile(join(outDir, icon.file), icon.content);
  }
  const touchIcon = icons.find((icon) => icon.type === 'image/png' && icon.purpose === 'any')!;

  const manifests = new Map<string, string>();
  for (const { locale, prefix, dir } of build.locales) {
    const file = `${prefix ? `${prefix.slice(1)}/` : ''}manifest.webmanifest`;
    const manifest = webManifest(
      locale,
      `${prefix}/`,
      build.identity,
      build.translations(locale),
      icons,
      dir,
    );
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), `${JSON.stringify(manifest, null, 2)}\n`);
    manifests.set(locale, `/${file}`);
  }

  const all = (await filesUnder(outDir)).filter((file) => !/\.(br|gz)$/.test(file));
  const pageFiles = all.filter((file) => file.endsWith('.html') && !isConsole(file)).sort();
  const linked = new Set<string>();
  for (const file of pageFiles) {
    const path = join(outDir, file);
    let html = await readFile(path, 'utf8');
    const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
    const manifest = lang ? manifests.get(lang) : undefined;
    if (manifest && !html.includes('rel="manifest"')) {
      html = html.replace(
        '</head>',
        `<link rel="manifest" href="${manifest}">\n<link rel="apple-touch-icon" href="/${touchIcon.file}">\n</head>`,
      );
      await writeFile(path, html);
    }
    for (const linkedFile of linkedFiles(html)) linked.add(linkedFile);
  }

  const reachable = reachableFiles(build.bundle, build.entryName);
  // Files the public styles use (url(/assets/…)).
  for (const css of reachable.filter((file) => file.endsWith('.css'))) {
    const text = await readFile(join(outDir, css), 'utf8');
    for (const match of text.matchAll(/url\(\s*["']?\/?((?:assets|icons)\/[^"')?#]+)/g))
      linked.add(match[1]!);
  }
  const rootFiles = all.filter(
    (file) => !file.includes('/') && !file.endsWith('.html') && file !== 'sw.js' && !file.endsWith('.map'),
  );
  const extra = [...manifests.values()].map((address) => address.slice(1));
  const fileSet = new Set([
    ...reachable,
    ...linked,
    ...rootFiles,
    ...extra,
    ...icons.map((icon) => icon.file),
  ]);
  for (const file of fileSet) {
    if (isConsole(file) || !all.includes(file) || file.endsWith('.map')) fileSet.delete(file);
  }
  const files = [...fileSet].sort();
  const pages = pageFiles.map(pageAddress);

  const hash = createHash('sha256');
  let bytes = 0;
  for (const file of [...pageFiles, ...files]) {
    const content = await readFile(join(outDir, file));
    bytes += content.length;
    hash.update(file).update('\0').update(content).update('\0');
  }
  const version = hash.digest('hex').slice(0, 16);
  const precache = { version, pages, files: files.map((file) => `/${file}`) };
  const template = await readFile(SERVICE_WORKER_TEMPLATE, 'utf8');
  const placeholder = 'const PRECACHE = __PUTOKAZ_PRECACHE__;';
  if (template.split(placeholder).length !== 2)
    throw new Error(`offline: the service worker template must contain "${placeholder}" once`);
  await writeFile(
    join(outDir, 'sw.js'),
    template.replace(placeholder, () => `const PRECACHE = ${JSON.stringify(precache)};`),
  );
  return { version, pages, files: precache.files, bytes };
}

/** File types worth compressing (text); images such as PNG are compressed already. */
const COMPRESSIBLE = /\.(html|js|css|svg|webmanifest|json|txt)$/;

/**
 * Writes `<file>.br` and `<file>.gz` next to every text file of the build (the server sends them with
 * `Content-Encoding` to browsers that accept it: `preCompressed` in packages/server/src/http/web-app.ts).
 * Slow 3G/4G and prepaid data are what the people using the app have: the pages, scripts and styles shrink
 * to about a third. Returns the bytes before and after (brotli).
 */
export async function writeCompressedCopies(outDir: string): Promise<{ bytes: number; brotli: number }> {
  let bytes = 0;
  let brotli = 0;
  for (const file of await filesUnder(outDir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const path = join(outDir, file);
    const content = await readFile(path);
    if (content.length < 512) continue;
    const br = brotliCompressSync(content, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    await writeFile(`${path}.br`, br);
    await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
    bytes += content.length;
    brotli += br.length;
  }
  return { bytes, brotli };
}
