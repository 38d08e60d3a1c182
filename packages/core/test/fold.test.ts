import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldText, originalRange } from '../src/text/fold.js';
import { cyrillicToLatin, SERBIAN_CYRILLIC_TO_LATIN } from '../src/text/serbian.js';

const SERBIAN_CYRILLIC = Object.keys(SERBIAN_CYRILLIC_TO_LATIN).join('');

/** Text that looks like what people paste: letters of several scripts, digits, emoji, odd spacing. */
const messyText = fc.string({
  unit: fc.constantFrom(
    ...'aAbcčćČdđĐeEšŠžŽzZ  \t\n.,!?-–€$%/0123456789'.split(''),
    ...'абвгдђежзијклљмнњопрстћуфхцчџшАБВГЂЉЊЋЏШіїєґІЇЄҐщьюяыэъё'.split(''),
    'ß',
    'ü',
    'ö',
    '\u00a0',
    '\u200b',
    '\u0301',
    '’',
    '🔥',
    '👍🏽',
    '✅',
    '•',
  ),
  maxLength: 80,
});

describe('fold', () => {
  it('lowercases, removes diacritics and writes Serbian Cyrillic in Latin', () => {
    expect(foldText('Smeštaj OBEZBEĐEN')).toBe('smestaj obezbedjen');
    expect(foldText('Смештај обезбеђен')).toBe('smestaj obezbedjen');
    expect(foldText('Џеп, ЉУБАВ, њива, ћуфте, чаша, жут')).toBe('dzep, ljubav, njiva, cufte, casa, zut');
    expect(foldText('Straße, Übersetzung, Änderung')).toBe('strase, ubersetzung, anderung');
  });

  it('transliterates Ukrainian and Russian letters', () => {
    expect(foldText('Житло безкоштовне, їжа, єдиний')).toBe('zitlo bezkostovne, jiza, jedinij');
    expect(foldText("Щодня, об’єкт, п'ять")).toBe('scodnja, objekt, pjat');
    expect(foldText('Подъезд, мыло, это, ёлка')).toBe('podezd, mylo, eto, elka');
  });

  it('collapses stretched letters and whitespace, drops invisible characters', () => {
    expect(foldText('PLAAATAAA  \t  odličnaaa')).toBe('plata odlicna');
    expect(foldText('pa\u200bsoš')).toBe('pasos');
    expect(foldText('a \n b')).toBe('a\nb');
    expect(foldText('plata\u00a0\u00a0neto')).toBe('plata neto');
  });

  it('turns currency signs into words and emoji into separators', () => {
    expect(foldText('1.500€')).toBe('1.500 eur ');
    expect(foldText('€ 200')).toBe(' eur 200');
    expect(foldText('posao🔥u Nemačkoj')).toBe('posao u nemackoj');
    expect(foldText('✅ Smeštaj ✅ Plata')).toBe('\nsmestaj\nplata');
  });

  it('maps folded ranges back to the original text', () => {
    const source = 'Пасош ОСТАЈЕ код нас';
    const folded = fold(source);
    const at = folded.text.indexOf('ostaje');
    const range = originalRange(folded, at, at + 'ostaje'.length);
    expect(source.slice(range.start, range.end)).toBe('ОСТАЈЕ');
  });

  it('keeps a combining mark inside the range of its letter', () => {
    const source = 'pas\u030Cos\u030C';
    const folded = fold(source);
    expect(folded.text).toBe('pasos');
    expect(originalRange(folded, 0, 5)).toEqual({ start: 0, end: source.length });
  });

  it('maps one original character expanded into several (š in "dž", € in " eur ")', () => {
    const source = 'x€y';
    const folded = fold(source);
    const at = folded.text.indexOf('eur');
    expect(originalRange(folded, at, at + 3)).toEqual({ start: 1, end: 2 });
  });

  it('property: every folded character maps inside the original, in order', () => {
    fc.assert(
      fc.property(
        fc.oneof(messyText, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (input) => {
          const folded = fold(input);
          expect(folded.starts.length).toBe(folded.text.length);
          expect(folded.ends.length).toBe(folded.text.length);
          let previous = 0;
          for (let i = 0; i < folded.text.length; i++) {
            const start = folded.starts[i] as number;
            const end = folded.ends[i] as number;
            expect(start).toBeGreaterThanOrEqual(previous);
            expect(start).toBeLessThan(end);
            expect(end).toBeLessThanOrEqual(input.length);
            previous = start;
          }
        },
      ),
    );
  });

  it('property: any folded range maps to a range of the original string', () => {
    fc.assert(
      fc.property(messyText, fc.nat(), fc.nat(), (input, a, b) => {
        const folded = fold(input);
        const from = Math.min(a, b) % (folded.text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (folded.text.length + 1));
        const range = originalRange(folded, from, to);
        expect(range.start).toBeGreaterThanOrEqual(0);
        expect(range.start).toBeLessThanOrEqual(range.end);
        expect(range.end).toBeLessThanOrEqual(input.length);
      }),
    );
  });

  it('property: folding folded text changes nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(messyText, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (input) => {
          const once = foldText(input);
          expect(foldText(once)).toBe(once);
        },
      ),
    );
  });

  it('property: Serbian in Cyrillic and in Latin fold to the same form', () => {
    const serbian = fc.string({
      unit: fc.constantFrom(...SERBIAN_CYRILLIC.split(''), ' ', ',', '.', '1', '€', '\n'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(serbian, (cyrillic) => {
        expect(foldText(cyrillic)).toBe(foldText(cyrillicToLatin(cyrillic)));
      }),
    );
  });

  it('property: Serbian Latin without diacritics folds like Latin with them', () => {
    const strip: Record<string, string> = {
      č: 'c',
      ć: 'c',
      š: 's',
      ž: 'z',
      đ: 'dj',
      Č: 'C',
      Ć: 'C',
      Š: 'S',
      Ž: 'Z',
      Đ: 'Dj',
    };
    const latin = fc.string({ unit: fc.constantFrom(...'abcčćdđefgšžzŠČĆŽĐ '.split('')), maxLength: 40 });
    fc.assert(
      fc.property(latin, (text) => {
        const plain = text.replace(/[čćšžđČĆŠŽĐ]/g, (ch) => strip[ch] as string);
        expect(foldText(text)).toBe(foldText(plain));
      }),
    );
  });
});
