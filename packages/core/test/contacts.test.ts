import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedContactFields,
  contactMatchScore,
  CONTACT_FIELDS,
  formatContactCode,
  isContactLanguage,
  parseContactCode,
  rankMatches,
} from '../src/contacts/contact-model.js';

describe('contact codes', () => {
  it('are K-<year>-<number>, padded to four digits', () => {
    expect(formatContactCode(2026, 1)).toBe('K-2026-0001');
    expect(formatContactCode(2026, 42)).toBe('K-2026-0042');
    expect(formatContactCode(2026, 12345)).toBe('K-2026-12345');
    expect(() => formatContactCode(2026, 0)).toThrow(RangeError);
    expect(() => formatContactCode(26, 1)).toThrow(RangeError);
  });

  it('are read back as people type them: any case, Cyrillic К, without zeros or the first dash', () => {
    for (const typed of ['K-2026-0042', 'k-2026-42', 'К-2026-0042', 'к 2026-42', ' K2026-042 '])
      expect(parseContactCode(typed), typed).toBe('K-2026-0042');
    for (const typed of ['P-2026-0042', 'K-2026-0', 'K-26-1', 'K-2026', 'kontakt'])
      expect(parseContactCode(typed), typed).toBeUndefined();
  });

  it('round-trip for every year and number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (year, n) => {
          expect(parseContactCode(formatContactCode(year, n))).toBe(formatContactCode(year, n));
        },
      ),
    );
  });
});

describe('changedContactFields', () => {
  it('names the fields a change sets to a different value, in form order, treating undefined as null', () => {
    const before = { topic: 'other', urgency: 'normal', summary: 'A', callerName: null, durationMinutes: 5 };
    expect(changedContactFields(before, { urgency: 'high', topic: 'other', summary: 'B' })).toEqual([
      'urgency',
      'summary',
    ]);
    expect(changedContactFields(before, { callerName: undefined, durationMinutes: 5 })).toEqual([]);
    expect(changedContactFields(before, { durationMinutes: null })).toEqual(['durationMinutes']);
  });

  it('never names a field the change does not carry, and always names one it changes', () => {
    const value = fc.oneof(fc.constant(null), fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 3 }));
    const record = fc.dictionary(fc.constantFrom(...CONTACT_FIELDS), value);
    fc.assert(
      fc.property(record, record, (before, after) => {
        const changed = changedContactFields(before, after);
        for (const field of changed) expect(field in after).toBe(true);
        for (const field of Object.keys(after) as (typeof CONTACT_FIELDS)[number][])
          expect(changed.includes(field)).toBe((after[field] ?? null) !== (before[field] ?? null));
      }),
    );
  });
});

describe('matches', () => {
  it('rank phone and name together first, then a phone, then names by similarity, recent first on ties', () => {
    const both = contactMatchScore(true, 0.9);
    const phone = contactMatchScore(true, 0);
    const name = contactMatchScore(false, 0.95);
    expect(both).toBeGreaterThan(phone);
    expect(phone).toBeGreaterThan(name);
    expect(contactMatchScore(false, 0)).toBe(0);
    const ranked = rankMatches(
      [
        { id: 'old-phone', score: phone, at: '2026-01-01T00:00:00.000Z' },
        { id: 'name', score: name, at: '2026-05-01T00:00:00.000Z' },
        { id: 'none', score: 0, at: '2026-06-01T00:00:00.000Z' },
        { id: 'new-phone', score: phone, at: '2026-03-01T00:00:00.000Z' },
        { id: 'both', score: both, at: '2025-01-01T00:00:00.000Z' },
      ],
      3,
    );
    expect(ranked.map((m) => m.id)).toEqual(['both', 'new-phone', 'old-phone']);
  });
});

describe('languages', () => {
  it('accepts primary language tags with an optional script or region', () => {
    for (const tag of ['sr', 'sr-Latn', 'uk', 'en-GB', 'sr-Cyrl-RS', 'rom'])
      expect(isContactLanguage(tag), tag).toBe(true);
    for (const tag of ['', 'Serbian', 'SR', 'sr_Latn', 'e', 'sr-latn-x'])
      expect(isContactLanguage(tag), tag).toBe(false);
  });
});
