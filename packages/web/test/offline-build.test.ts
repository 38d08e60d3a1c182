/**
 * The build side of "offline and installable" (packages/web/build): the precache walk over the bundle
 * graph (public entry only, dynamic imports included, the console left out), page addresses, the manifest,
 * the icons (valid PNG files of the declared size), and the guided questions' reading of the form.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, iconFiles, rasterize, SIGNPOST } from '../build/icons.ts';
import {
  appIdentityFromEnv,
  linkedFiles,
  pageAddress,
  reachableFiles,
  webManifest,
  writeCompressedCopies,
  type BundleEntry,
} from '../build/offline.ts';
import { EMPTY_DRAFT, answeredCount, parseAmount, toAnswers } from '../src/public/check/answers.ts';

const chunk = (
  fileName: string,
  name: string,
  imports: string[] = [],
  dynamicImports: string[] = [],
  css: string[] = [],
  isEntry = false,
): BundleEntry => ({
  type: 'chunk',
  fileName,
  name,
  isEntry,
  imports,
  dynamicImports,
  viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
});

describe('precache list', () => {
  const bundle: Record<string, BundleEntry> = {
    'assets/public.js': chunk(
      'assets/public.js',
      'public',
      ['assets/preact.js'],
      ['assets/check.js'],
      ['assets/public.css'],
      true,
    ),
    'assets/console.js': chunk(
      'assets/console.js',
      'console',
      ['assets/preact.js'],
      ['assets/users.js'],
      ['assets/console.css'],
      true,
    ),
    'assets/preact.js': chunk('assets/preact.js', 'preact'),
    'assets/check.js': chunk('assets/check.js', 'check', ['assets/preact.js'], ['assets/engine.js']),
    'assets/engine.js': chunk('assets/engine.js', 'engine', [], ['assets/texts-uk.js', 'assets/texts-en.js']),
    'assets/texts-uk.js': chunk('assets/texts-uk.js', 'texts-uk'),
    'assets/texts-en.js': chunk('assets/texts-en.js', 'texts-en'),
    'assets/users.js': chunk('assets/users.js', 'users'),
    'assets/public.css': { type: 'asset', fileName: 'assets/public.css' },
    'assets/console.css': { type: 'asset', fileName: 'assets/console.css' },
  };

  it('takes everything the public entry reaches, dynamic imports and every language included', () => {
    expect(reachableFiles(bundle, 'public')).toEqual([
      'assets/check.js',
      'assets/engine.js',
      'assets/preact.js',
      'assets/public.css',
      'assets/public.js',
      'assets/texts-en.js',
      'assets/texts-uk.js',
    ]);
  });

  it('leaves out what only the console uses', () => {
    const files = reachableFiles(bundle, 'public');
    for (const consoleOnly of ['assets/console.js', 'assets/users.js', 'assets/console.css'])
      expect(files).not.toContain(consoleOnly);
  });

  it('fails loudly when the entry is missing', () => {
    expect(() => reachableFiles(bundle, 'nope')).toThrow(/no entry chunk/);
  });

  it('maps page files to the addresses the app links to', () => {
    expect(pageAddress('index.html')).toBe('/');
    expect(pageAddress('en/index.html')).toBe('/en/');
    expect(pageAddress('sr-Cyrl/index.html')).toBe('/sr-Cyrl/');
    expect(pageAddress('check/index.html')).toBe('/check');
    expect(pageAddress('uk/before-you-go/germany/index.html')).toBe('/uk/before-you-go/germany');
  });

  it('finds the files a page links', () => {
    expect(
      linkedFiles(
        '<link rel="stylesheet" href="/assets/a.css"><script src="/assets/b.js"></script><a href="/check">x</a><link rel="apple-touch-icon" href="/icons/app-192.png">',
      ),
    ).toEqual(['assets/a.css', 'assets/b.js', 'icons/app-192.png']);
  });
});

describe('manifest and icons', () => {
  const text = { name: 'Safe at Work', shortName: 'Safe at Work', description: 'd', neutralName: 'Notes' };
  const icons = iconFiles(SIGNPOST, 'app');

  it('describes an installable app starting at its language home page', () => {
    expect(webManifest('en', '/en/', 'named', text, icons, 'ltr')).toMatchObject({
      name: 'Safe at Work',
      start_url: '/en/',
      scope: '/',
      display: 'standalone',
      lang: 'en',
      dir: 'ltr',
    });
  });

  it('the neutral identity says nothing about the app', () => {
    const manifest = webManifest('en', '/en/', 'neutral', text, icons, 'ltr');
    expect(manifest.name).toBe('Notes');
    expect(manifest.short_name).toBe('Notes');
    expect(JSON.stringify(manifest)).not.toContain('Safe at Work');
  });

  it('reads the identity setting strictly', () => {
    expect(appIdentityFromEnv(undefined)).toBe('named');
    expect(appIdentityFromEnv(' neutral ')).toBe('neutral');
    expect(() => appIdentityFromEnv('hidden')).toThrow(/PUTOKAZ_APP_IDENTITY/);
  });

  it('writes valid PNG files of the declared sizes, maskable ones filling the square', () => {
    for (const icon of icons.filter((file) => file.type === 'image/png')) {
      const png = icon.content as Buffer;
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const size = png.readUInt32BE(16);
      expect(`${size}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
      const idatLength = png.readUInt32BE(33);
      const raw = inflateSync(png.subarray(41, 41 + idatLength));
      expect(raw.length).toBe(size * (size * 4 + 1));
      // Corner pixel: transparent (rounded) for "any", opaque background for "maskable".
      expect(raw[4]).toBe(icon.purpose === 'maskable' ? 255 : 0);
    }
  });

  it('draws the signpost: background, white post and yellow sign', () => {
    const size = 64;
    const pixels = rasterize(SIGNPOST, size);
    const at = (x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(32, 60)).toEqual([0x0b, 0x4a, 0x82, 255]); // background below the post's end
    expect(at(32, 40)).toEqual([255, 255, 255, 255]); // lower sign (white)
    expect(at(20, 23)).toEqual([0xff, 0xbf, 0x47, 255]); // upper sign (yellow)
    expect(encodePng(pixels, size).length).toBeGreaterThan(100);
  });
});

describe('guided questions: reading the form', () => {
  it('an empty form gives no answers', () => {
    expect(toAnswers(EMPTY_DRAFT)).toEqual({ answers: {}, errors: [] });
    expect(answeredCount(EMPTY_DRAFT)).toBe(0);
  });

  it('keeps known options only, numbers in range, and pay with its currency and period', () => {
    const { answers, errors } = toAnswers({
      choices: { passport: 'they-keep-it', freeToLeave: 'not-an-option', destination: 'DE' },
      multi: { moneyAsked: ['agency-fee', 'bogus'], deductions: [] },
      numbers: { hoursPerDay: '12', daysPerWeek: ' 7 ' },
      pay: { amount: '1.200,50', currency: 'EUR', period: 'month' },
    });
    expect(errors).toEqual([]);
    expect(answers).toEqual({
      destination: 'DE',
      passport: 'they-keep-it',
      moneyAsked: ['agency-fee'],
      hoursPerDay: 12,
      daysPerWeek: 7,
      pay: { amount: 1200.5, currency: 'EUR', period: 'month' },
    });
  });

  it('reports numbers it cannot read instead of guessing', () => {
    const { errors } = toAnswers({
      ...EMPTY_DRAFT,
      numbers: { hoursPerDay: '25', daysPerWeek: 'five' },
      pay: { amount: 'a lot', currency: 'EUR', period: 'month' },
    });
    expect(errors).toEqual(['hoursPerDay', 'daysPerWeek', 'pay']);
  });

  it('reads amounts as people write them', () => {
    expect(parseAmount('2400')).toBe(2400);
    expect(parseAmount('2.400')).toBe(2400);
    expect(parseAmount('2,400')).toBe(2400);
    expect(parseAmount('1 200')).toBe(1200);
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount('1,200.50')).toBe(1200.5);
    expect(parseAmount('0')).toBeUndefined();
    expect(parseAmount('-5')).toBeUndefined();
    expect(parseAmount('')).toBeUndefined();
  });
});

describe('compressed copies', () => {
  it('writes .br and .gz beside text files that decompress to the same bytes, and skips the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'putokaz-web-compress-'));
    try {
      const html = `<!doctype html><p>${'Safe at Work '.repeat(200)}</p>`;
      await writeFile(join(dir, 'index.html'), html);
      await writeFile(join(dir, 'tiny.js'), 'export {};');
      await writeFile(join(dir, 'icon.png'), Buffer.alloc(4096));
      const { bytes, brotli } = await writeCompressedCopies(dir);
      expect((await readdir(dir)).sort()).toEqual([
        'icon.png',
        'index.html',
        'index.html.br',
        'index.html.gz',
        'tiny.js',
      ]);
      expect(brotliDecompressSync(await readFile(join(dir, 'index.html.br'))).toString()).toBe(html);
      expect(gunzipSync(await readFile(join(dir, 'index.html.gz'))).toString()).toBe(html);
      expect(bytes).toBe(Buffer.byteLength(html));
      expect(brotli).toBeLessThan(bytes / 10);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
