import { LOCALES, cyrillicToLatin } from '@putokaz/core';
import { describe, expect, it } from 'vitest';
import { COUNTRY_IDS, GUIDE_INDEX, guideContent } from './guide.ts';
import { REFUGEES } from './refugees.ts';
import { RIGHTS } from './rights.ts';
import { SAFETY } from './safety.ts';
import { visibleContacts, type Contact, type PageContent } from './types.ts';

describe('visibleContacts', () => {
  const verified: Contact = { label: 'Police', phone: '192', source: 'Ministry', lastVerified: '2026-11-28' };

  it('keeps contacts with a source and a real ISO date', () => {
    expect(visibleContacts([verified])).toEqual([verified]);
  });

  it('leaves out contacts without a source or a verification date', () => {
    const contacts: Contact[] = [
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

const PAGES: [string, Record<(typeof LOCALES)[number], PageContent>][] = [
  ['rights', RIGHTS],
  ['safety', SAFETY],
  ['refugees', REFUGEES],
  ...COUNTRY_IDS.map((id): [string, ReturnType<typeof guideContent>] => [id, guideContent(id)]),
];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('page content', () => {
  it.each(PAGES)('%s: Serbian Latin is derived from Cyrillic', (_name, content) => {
    expect(content['sr-Latn'].title).toBe(cyrillicToLatin(content['sr-Cyrl'].title));
    expect(strings(content['sr-Latn']).join('\n')).not.toMatch(/[\u0400-\u04ff]/);
  });

  it.each(PAGES)(
    '%s: every locale has the same sections, checklist length and contacts',
    (_name, content) => {
      const shape = (page: PageContent) => ({
        sections: page.sections.map((section) => section.id),
        blocks: page.sections.map((section) => section.blocks.length),
        checklist: page.checklist?.items.length ?? 0,
        contacts: visibleContacts(page.contacts).map((contact) => contact.phone),
      });
      for (const locale of LOCALES) expect(shape(content[locale])).toEqual(shape(content.en));
    },
  );

  it.each(PAGES)('%s: every contact is verified and no text is left unfinished', (_name, content) => {
    for (const locale of LOCALES) {
      const page = content[locale];
      expect(visibleContacts(page.contacts)).toHaveLength(page.contacts?.length ?? 0);
      expect(strings(page).join('\n')).not.toMatch(/TODO|FIXME|lorem|placeholder/i);
    }
  });

  it('the guide index names every country in every locale', () => {
    for (const locale of LOCALES) {
      for (const id of COUNTRY_IDS) expect(GUIDE_INDEX[locale].countries[id]).toBeTruthy();
    }
  });

  it('the Serbia guide gives the Serbian police and ambulance numbers; the others 112', () => {
    const phones = (id: (typeof COUNTRY_IDS)[number]) =>
      visibleContacts(guideContent(id).en.contacts).map((contact) => contact.phone);
    expect(phones('serbia')).toEqual(['192', '194']);
    for (const id of COUNTRY_IDS.filter((country) => country !== 'serbia'))
      expect(phones(id)).toEqual(['112']);
  });
});
