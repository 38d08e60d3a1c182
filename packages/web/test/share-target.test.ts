/**
 * Sharing a text into the installed app (Web Share Target): the manifest of every language offers its check
 * page for GET shares with title, text and URL; the service worker answers a page address with a query from
 * the device; the page puts the shared parts together once each.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { iconFiles, SIGNPOST } from '../build/icons.ts';
import { webManifest } from '../build/offline.ts';
import { SHARE_PARAMS, sharedTextOf } from '../src/public/check/share.ts';

const text = { name: 'Safe at Work', shortName: 'Safe at Work', description: 'd', neutralName: 'Notes' };
const icons = iconFiles(SIGNPOST, 'app');

describe('share target', () => {
  it('each language sends shares to its own check page, by GET, with the parameters the page reads', () => {
    for (const [start, action] of [
      ['/', '/check'],
      ['/en/', '/en/check'],
      ['/sr-Cyrl/', '/sr-Cyrl/check'],
    ] as const) {
      for (const identity of ['named', 'neutral'] as const) {
        expect(webManifest('en', start, identity, text, icons, 'ltr').share_target).toEqual({
          action,
          method: 'GET',
          params: { title: 'title', text: 'text', url: 'url' },
        });
      }
    }
    expect(
      Object.keys(webManifest('en', '/', 'named', text, icons, 'ltr').share_target as object),
    ).not.toContain('enctype');
    expect([...SHARE_PARAMS]).toEqual(['title', 'text', 'url']);
  });

  it('puts title, text and link together, each once', () => {
    expect(sharedTextOf(new URLSearchParams({ text: 'Job in Germany, call +381 64 555 0142' }))).toBe(
      'Job in Germany, call +381 64 555 0142',
    );
    expect(
      sharedTextOf(
        new URLSearchParams({
          title: 'Job offer',
          text: 'Job offer\nWarehouse work, passport kept by the coordinator https://jobs.example/1',
          url: 'https://jobs.example/1',
        }),
      ),
    ).toBe('Job offer\nWarehouse work, passport kept by the coordinator https://jobs.example/1');
    expect(sharedTextOf(new URLSearchParams({ title: 'Posao', url: 'https://jobs.example/2' }))).toBe(
      'Posao\nhttps://jobs.example/2',
    );
    expect(sharedTextOf(new URLSearchParams({ text: '  ' }))).toBe('');
  });

  it('the service worker answers a public page with a query from the device, never with the query', async () => {
    const worker = await readFile(new URL('../build/service-worker.js', import.meta.url), 'utf8');
    expect(worker).toMatch(/url\.search \? withoutQuery\(key\) : networkFirst\(request, key, event\)/);
    expect(worker).toMatch(
      /function withoutQuery\(key\) \{\s*return fromCache\(key\)\.then\(\(saved\) => saved \|\| fetch\(key,/,
    );
  });
});
