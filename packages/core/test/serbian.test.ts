import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, hasSerbianCyrillic, SERBIAN_CYRILLIC_TO_LATIN } from '../src/text/serbian.js';

// The official one-to-one table of the Serbian alphabets (Azbuka ↔ Gajica), in alphabetical order.
const OFFICIAL = [
  ['А', 'A'],
  ['Б', 'B'],
  ['В', 'V'],
  ['Г', 'G'],
  ['Д', 'D'],
  ['Ђ', 'Đ'],
  ['Е', 'E'],
  ['Ж', 'Ž'],
  ['З', 'Z'],
  ['И', 'I'],
  ['Ј', 'J'],
  ['К', 'K'],
  ['Л', 'L'],
  ['Љ', 'Lj'],
  ['М', 'M'],
  ['Н', 'N'],
  ['Њ', 'Nj'],
  ['О', 'O'],
  ['П', 'P'],
  ['Р', 'R'],
  ['С', 'S'],
  ['Т', 'T'],
  ['Ћ', 'Ć'],
  ['У', 'U'],
  ['Ф', 'F'],
  ['Х', 'H'],
  ['Ц', 'C'],
  ['Ч', 'Č'],
  ['Џ', 'Dž'],
  ['Ш', 'Š'],
] as const;

describe('cyrillicToLatin', () => {
  it('follows the official table for all 30 letters in both cases', () => {
    expect(OFFICIAL).toHaveLength(30);
    for (const [cyr, lat] of OFFICIAL) {
      expect(cyrillicToLatin(cyr.toLowerCase())).toBe(lat.toLowerCase());
      expect(cyrillicToLatin(`${cyr}а`)).toBe(`${lat}a`);
    }
    expect(Object.keys(SERBIAN_CYRILLIC_TO_LATIN)).toHaveLength(60);
  });

  it('writes љ, њ, џ as digraphs, capitalised by context', () => {
    expect(cyrillicToLatin('љубав њива џеп')).toBe('ljubav njiva džep');
    expect(cyrillicToLatin('Љубав Њива Џеп')).toBe('Ljubav Njiva Džep');
    expect(cyrillicToLatin('ЉУБАВ ЊИВА ЏЕП')).toBe('LJUBAV NJIVA DŽEP');
    expect(cyrillicToLatin('Џ')).toBe('Dž');
  });

  it('transliterates sentences and leaves Latin, digits and other scripts alone', () => {
    expect(cyrillicToLatin('Ђорђевић, Шабац 15000 — ћевапи и чај')).toBe(
      'Đorđević, Šabac 15000 — ćevapi i čaj',
    );
    expect(cyrillicToLatin('инјекција')).toBe('injekcija');
    expect(cyrillicToLatin('Facebook и Viber')).toBe('Facebook i Viber');
    // Ukrainian-only letters (ї, і, є, ґ) are not Serbian and stay as they are.
    expect(cyrillicToLatin('їжа і єдність')).toBe('їža і єdnіstь');
  });

  it('detects Serbian Cyrillic', () => {
    expect(hasSerbianCyrillic('Putokaz')).toBe(false);
    expect(hasSerbianCyrillic('Путоказ')).toBe(true);
  });

  it('never leaves a Serbian Cyrillic letter and never changes text without one', () => {
    const serbianLetters = Object.keys(SERBIAN_CYRILLIC_TO_LATIN);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...serbianLetters, ' ', '.', 'a', '7')).map((a) => a.join('')),
        (s) => {
          expect(hasSerbianCyrillic(cyrillicToLatin(s))).toBe(false);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!hasSerbianCyrillic(s));
        expect(cyrillicToLatin(s)).toBe(s.normalize('NFC'));
      }),
    );
  });
});
