/**
 * The informational pages' texts, as the build reads them: the repository's `content/pages/` files through
 * the server's loader (the same one `putokaz content import` uses), with Serbian Latin derived.
 */
import { fileURLToPath } from 'node:url';
import {
  CONTENT_PAGES,
  GUIDE_COUNTRY_IDS,
  LOCALES,
  cyrillicToLatin,
  visibleContacts,
  type Locale,
  type PageContact,
  type PageContent,
} from '@putokaz/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageForLocale, readPageFiles } from '../../../../server/src/features/content/page-files.ts';

const CONTENT_DIR = fileURLToPath(new URL('../../../../../content/', import.meta.url));

describe('visibleContacts', () => {
  const verified: PageContact = {
    label: 'Police',
    phone: '192',
    source: 'Ministry',
    lastVerified: '2026-11-28',
  };

  it('keeps contacts with a source and a real ISO date', () => {
    expect(visibleContacts([verified])).toEqual([verified]);
  });

  it('leaves out contacts without a source or a verification date', () => {
    const contacts: PageContact[] = [
      { label: 'No source', phone: '111' },
      { label: 'Empty source', phone: '112', source: '  ', lastVerified: '2026-11-28' },
      { label: 'No date', phone: '113', source: 'Ministry' },
      verified,
    ];
    expect(visibleContacts(contacts).map((contact) => contact.phone)).toEqual(['192']);
  });

  it('leaves out dates that are not ISO calendar dates', () => {
    for (const lastVerified of ['28.11.2026', '2026-13-01', '2026-02-30', 'yesterday']) {
      expect(visibleContacts([{ ...verified, lastVerified }])).toEqual([]);
    }
  });

  it('handles a page without contacts', () => {
    expect(visibleContacts(undefined)).toEqual([]);
  });
});

type PageTexts = Record<string, Record<Locale, PageContent>>;
const texts: PageTexts = {};

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('page content', () => {
  beforeAll(async () => {
    const { pages, problems } = await readPageFiles(CONTENT_DIR);
    expect(problems).toEqual([]);
    for (const page of pages) {
      const own = {} as Record<Locale, PageContent>;
      for (const locale of LOCALES) {
        const written = page.translations.find(
          (t) => t.locale === (locale === 'sr-Latn' ? 'sr-Cyrl' : locale),
        );
        if (written) own[locale] = pageForLocale(written.page, locale);
      }
      texts[page.id] = own;
    }
  });

  it('has a file per page of the app in every written language', () => {
    expect(Object.keys(texts).sort()).toEqual(CONTENT_PAGES.map((page) => page.id).sort());
    for (const [id, page] of Object.entries(texts)) {
      for (const locale of LOCALES) expect(page[locale], `${id} ${locale}`).toBeDefined();
    }
  });

  it.each(CONTENT_PAGES.map((page) => page.id))('%s: Serbian Latin is derived from Cyrillic', (id) => {
    const content = texts[id] as Record<Locale, PageContent>;
    expect(content['sr-Latn'].title).toBe(cyrillicToLatin(content['sr-Cyrl'].title));
    expect(strings(content['sr-Latn']).join('\n')).not.toMatch(/[\u0400-\u04ff]/);
  });

  it.each(CONTENT_PAGES.map((page) => page.id))(
    '%s: every locale has the same sections, checklist length and contacts',
    (id) => {
      const content = texts[id] as Record<Locale, PageContent>;
      const shape = (page: PageContent) => ({
        sections: page.sections.map((section) => section.id),
        checklist: page.checklist?.items.length ?? 0,
        contacts: visibleContacts(page.contacts).map((contact) => contact.phone),
      });
      for (const locale of LOCALES) expect(shape(content[locale])).toEqual(shape(content.en));
    },
  );

  it.each(CONTENT_PAGES.map((page) => page.id))(
    '%s: every contact is verified and no text is left unfinished',
    (id) => {
      const content = texts[id] as Record<Locale, PageContent>;
      for (const locale of LOCALES) {
        const page = content[locale];
        expect(visibleContacts(page.contacts)).toHaveLength(page.contacts.length);
        expect(strings(page).join('\n')).not.toMatch(/TODO|FIXME|lorem|placeholder/i);
      }
    },
  );

  it('every guide names its country for the index in every locale', () => {
    for (const locale of LOCALES) {
      for (const id of GUIDE_COUNTRY_IDS) expect(texts[`before-you-go-${id}`]?.[locale].name).toBeTruthy();
    }
  });

  it('the Serbia guide gives the Serbian police and ambulance numbers; the others 112', () => {
    const phones = (id: string) =>
      visibleContacts(texts[`before-you-go-${id}`]?.en.contacts).map((contact) => contact.phone);
    expect(phones('serbia')).toEqual(['192', '194']);
    for (const id of GUIDE_COUNTRY_IDS.filter((country) => country !== 'serbia'))
      expect(phones(id)).toEqual(['112']);
  });
});
