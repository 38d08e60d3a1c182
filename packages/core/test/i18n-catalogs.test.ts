import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../src/i18n/all-catalogs.js';
import { LOCALES } from '../src/i18n/locales.js';
import { messageShape, requiredPluralCategories } from '../src/i18n/message-format.js';

const reference = CATALOGS.en;
const referenceKeys = Object.keys(reference).sort();

describe('message catalogs', () => {
  it.each(LOCALES)('%s has exactly the reference keys', (locale) => {
    const keys = Object.keys(CATALOGS[locale]).sort();
    expect(
      keys.filter((k) => !referenceKeys.includes(k)),
      'keys not in en',
    ).toEqual([]);
    expect(
      referenceKeys.filter((k) => !keys.includes(k)),
      'keys missing',
    ).toEqual([]);
  });

  it.each(LOCALES)('%s messages parse and use the same placeholders as en', (locale) => {
    const problems: string[] = [];
    for (const key of referenceKeys) {
      const message = CATALOGS[locale][key];
      if (message === undefined) continue;
      const expected = messageShape(reference[key] as string).arguments;
      const actual = messageShape(message).arguments;
      if (expected.join() !== actual.join()) problems.push(`${key}: ${actual.join()} ≠ ${expected.join()}`);
      if (!message.trim()) problems.push(`${key}: empty`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LOCALES)('%s plural messages have every CLDR form the language needs', (locale) => {
    const needed = requiredPluralCategories(locale);
    const problems: string[] = [];
    for (const [key, message] of Object.entries(CATALOGS[locale])) {
      for (const plural of messageShape(message).plurals) {
        const missing = needed.filter((c) => !plural.categories.includes(c));
        if (missing.length) problems.push(`${key} {${plural.name}} lacks ${missing.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('knows the CLDR categories of Serbian and Ukrainian', () => {
    expect(requiredPluralCategories('sr-Latn')).toEqual(['few', 'one', 'other']);
    expect(requiredPluralCategories('sr-Cyrl')).toEqual(['few', 'one', 'other']);
    expect(requiredPluralCategories('uk')).toEqual(['few', 'many', 'one', 'other']);
  });

  it('derives Latin Serbian from Cyrillic without Cyrillic letters left', () => {
    for (const message of Object.values(CATALOGS['sr-Latn'])) expect(message).not.toMatch(/[\u0400-\u04FF]/);
    expect(CATALOGS['sr-Latn']['app.name']).toBe('Putokaz');
  });
});
