import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareNames,
  damerauLevenshtein,
  isGenderVariant,
  jaroWinkler,
  NAME_MATCH_THRESHOLD,
  nameTokenSimilarity,
  prepareName,
  singleEdit,
  type NameInput,
} from '../src/persons/compare-names.js';
import { foldName, nameTokensForMatching } from '../src/persons/name-fold.js';
import { nameTokens } from '../src/persons/name-keys.js';
import { cyrillicToLatin, SERBIAN_CYRILLIC_TO_LATIN } from '../src/text/serbian.js';

const same = (a: NameInput, b: NameInput) => compareNames(a, b).match;

function expectAllFoldAlike(forms: string[]): void {
  const skeletons = forms.map((f) => foldName(f));
  expect(new Set(skeletons), forms.join(', ')).toHaveProperty('size', 1);
}

describe('foldName', () => {
  it('folds Serbian Cyrillic and Latin, with or without diacritics, to one skeleton', () => {
    expectAllFoldAlike(['Đorđević', 'Djordjevic', 'Dordevic', 'Ђорђевић', 'ĐORĐEVIĆ', 'Đorđevič']);
    expectAllFoldAlike(['Љиљана', 'Ljiljana', 'LJILJANA']);
    expectAllFoldAlike(['Џајић', 'Džajić', 'Dzajic', 'DŽAJIĆ']);
    expectAllFoldAlike(['Шабан', 'Šaban', 'Saban', 'Shaban']);
  });

  it('folds Ukrainian and Russian names and their usual transliterations to one skeleton', () => {
    expectAllFoldAlike(['Олександр', 'Oleksandr', 'Aleksandr', 'Alexandr', 'Александр']);
    expectAllFoldAlike(['Ковальчук', 'Kovalchuk', "Koval'chuk", 'Koval’chuk', 'Kovalčuk']);
    expectAllFoldAlike(['Юлія', 'Yuliia', 'Yulia', 'Julija', 'Юлия', 'Yuliya', 'Julia']);
    expectAllFoldAlike(['Сергій', 'Serhii', 'Sergey', 'Sergiy', 'Sergej', 'Сергей', 'Serhiy', 'Sergei']);
    expectAllFoldAlike(['Андрій', 'Andrii', 'Andriy', 'Andrey', 'Andrej', 'Андрей']);
    expectAllFoldAlike(['Дмитро', 'Dmytro', 'Dmitry', 'Dmitriy', 'Dmitrii', 'Дмитрий', 'Dmitrij']);
    expectAllFoldAlike(['Олексій', 'Oleksii', 'Aleksey', 'Alexei', 'Алексей', 'Aleksej']);
    expectAllFoldAlike(['Шевченко', 'Shevchenko', 'Ševčenko']);
    expectAllFoldAlike(['Поліщук', 'Polishchuk', 'Poliščuk']);
    expectAllFoldAlike(['Ольга', 'Olha', 'Olga']);
    expectAllFoldAlike(['Євген', 'Yevhen', 'Evgeny', 'Jevgenij', 'Евгений']);
    expectAllFoldAlike(['Михайло', 'Mykhailo', 'Mikhail', 'Mihailo', 'Mihajlo']);
    expectAllFoldAlike(['Наталія', 'Nataliia', 'Natalia', 'Natalya', 'Наталья', 'Natalija']);
    expectAllFoldAlike(['Згурський', 'Zghurskyi', 'Zgurskiy']);
    expectAllFoldAlike(['Ковальська', 'Kovalska', 'Kovalskaya']);
  });

  it('folds Hungarian spellings to their Serbian form', () => {
    expectAllFoldAlike(['Nagy', 'Nađ', 'Нађ']);
    expectAllFoldAlike(['Szabó', 'Sabo']);
    expectAllFoldAlike(['Kovács', 'Kovač', 'Ковач']);
    expectAllFoldAlike(['Szilágyi', 'Silađi']);
    expectAllFoldAlike(['Zsuzsanna', 'Žužana']);
    expectAllFoldAlike(['Tóth', 'Tot']);
  });

  it('keeps different names apart', () => {
    expect(foldName('Ilijić')).not.toBe(foldName('Ilić'));
    expect(foldName('Petrović')).not.toBe(foldName('Petković'));
    expect(foldName('Katarina')).not.toBe(foldName('Kateryna'));
    expect(foldName('Ana')).not.toBe(foldName('Anja'));
  });

  it('drops honorifics, particles and numbers and splits hyphenated names', () => {
    expect(nameTokensForMatching('dr Marko Nikolić')).toEqual(['marko', 'nikolic']);
    expect(nameTokensForMatching('gospođa Vesna Kostić')).toEqual(['vesna', 'kostic']);
    expect(nameTokensForMatching('Ana-Marija Petrović, 2')).toEqual(['ana', 'maria', 'petrovic']);
    expect(nameTokensForMatching('M. Jovanović')).toEqual(['m', 'iovanovic']);
    expect(nameTokensForMatching('  ')).toEqual([]);
  });

  it('is a fixed point', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        ..."abcdjyhkszxtwgqeiou ČćđšžĐ-.'".split(''),
        ...'абвгдђежзијклљмнњопрстћуфхцчџшщьюяіїєґыэъё'.split(''),
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (s) => foldName(foldName(s)) === foldName(s)),
      { numRuns: 2000 },
    );
  });
});

describe('nameTokens (blind-index keys)', () => {
  it('gives the same keys for a name in any script or transliteration', () => {
    expect(nameTokens('Сергій', 'Коваль')).toEqual(nameTokens('Serhii', 'Koval'));
    expect(nameTokens('Sergey', 'Koval')).toEqual(['koval', 'sergi']);
    expect(nameTokens('Đorđe', 'Petrović-Njegoš')).toEqual(['dorde', 'niegos', 'petrovic']);
  });

  it('leaves out initials, empty parts and repeats', () => {
    expect(nameTokens('M.', null, undefined, '', 'Marković Marković')).toEqual(['markovic']);
  });
});

describe('string distances', () => {
  it('computes Jaro–Winkler', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'a')).toBe(0);
  });

  it('computes the restricted Damerau–Levenshtein distance', () => {
    expect(damerauLevenshtein('petrovic', 'petorvic')).toBe(1);
    expect(damerauLevenshtein('petrovic', 'petkovic')).toBe(1);
    expect(damerauLevenshtein('markovic', 'marinkovic')).toBe(2);
    expect(damerauLevenshtein('ca', 'abc')).toBe(3);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
  });

  it('names the single edit exactly when the distance is 1', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcio'.split('')), maxLength: 6 });
    fc.assert(
      fc.property(word, word, (a, b) => (singleEdit(a, b) !== null) === (damerauLevenshtein(a, b) === 1)),
      { numRuns: 3000 },
    );
    expect(singleEdit('petrovic', 'petorvic')).toEqual({ kind: 'transposition', at: 3 });
    expect(singleEdit('iovnovic', 'iovanovic')).toEqual({ kind: 'insertion', at: 3 });
  });

  it('recognizes masculine and feminine forms of one name', () => {
    for (const [m, f] of [
      ['ivan', 'ivana'],
      ['petar', 'petra'],
      ['aleksandar', 'aleksandra'],
      ['zdravko', 'zdravka'],
      ['pavle', 'pavla'],
      ['kovalski', 'kovalska'],
      ['amar', 'amra'],
      ['petrov', 'petrova'],
    ] as const) {
      expect(isGenderVariant(m, f), `${m}/${f}`).toBe(true);
      expect(isGenderVariant(f, m), `${f}/${m}`).toBe(true);
    }
    expect(isGenderVariant('marko', 'milan')).toBe(false);
    expect(isGenderVariant('ana', 'ana')).toBe(false);
  });

  it('scores token pairs on the documented scale', () => {
    expect(nameTokenSimilarity('petrovic', 'petrovic')).toBe(1);
    expect(nameTokenSimilarity('iovanovic', 'iovnaovic')).toBeGreaterThan(0.9);
    expect(nameTokenSimilarity('m', 'marko')).toBe(0.88);
    expect(nameTokenSimilarity('ivan', 'ivana')).toBe(0.3);
    expect(nameTokenSimilarity('petrovic', 'petkovic')).toBeLessThan(0.6);
    expect(nameTokenSimilarity('ana', 'ania')).toBeLessThan(0.6);
  });
});

describe('compareNames', () => {
  it('matches one name across scripts, diacritics, case and order', () => {
    expect(same('Djordje Petrovic', 'Đorđe Petrović')).toBe(true);
    expect(same('Ђорђе Петровић', 'Đorđe Petrović')).toBe(true);
    expect(same('Petrović Đorđe', 'ĐORĐE PETROVIĆ')).toBe(true);
    expect(same('Милица Јовановић', 'Milica Jovanovic')).toBe(true);
  });

  it('matches Ukrainian and Russian names and their transliterations', () => {
    expect(same('Олександр Ковальчук', 'Oleksandr Kovalchuk')).toBe(true);
    expect(same('Олександр Ковальчук', "Aleksandr Koval'chuk")).toBe(true);
    expect(same('Юлія Шевченко', 'Yulia Shevchenko')).toBe(true);
    expect(same('Julija Ševčenko', 'Yuliia Shevchenko')).toBe(true);
    expect(same('Сергій Бондаренко', 'Sergey Bondarenko')).toBe(true);
    expect(same('Serhii Bondarenko', 'Sergiy Bondarenko')).toBe(true);
    expect(same('Андрій Мельник', 'Andrey Melnik')).toBe(true);
    expect(same('Дмитро Ткаченко', 'Dmitry Tkachenko')).toBe(true);
  });

  it('tolerates a missing middle name, a patronymic, an initial and small typos', () => {
    expect(same('Marko Petar Nikolić', 'Marko Nikolić')).toBe(true);
    expect(same('Oleksandr Petrovych Kovalchuk', 'Oleksandr Kovalchuk')).toBe(true);
    expect(same('M. Nikolić', 'Marko Nikolić')).toBe(true);
    expect(same('Milica Jovnović', 'Milica Jovanović')).toBe(true);
    expect(same('Nikola Stojanvoić', 'Nikola Stojanović')).toBe(true);
    expect(same('Marko Nikollić', 'Marko Nikolić')).toBe(true);
    expect(same('Nataša Radosavljevuć', 'Nataša Radosavljević')).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(same('Marko Petrović', 'Marko Petković')).toBe(false);
    expect(same('Marko Petrović', 'Marko Perović')).toBe(false);
    expect(same('Ivana Marković', 'Ivana Marinković')).toBe(false);
    expect(same('Marko Jovanović', 'Milan Jovanović')).toBe(false);
    expect(same('Milica Jovanović', 'Milica Jovanovski')).toBe(false);
    expect(same('Ana Petrović', 'Anja Petrović')).toBe(false);
    expect(same('Marko Nikolić', 'Marko Nikolin')).toBe(false);
    expect(same('Dušan Todorović', 'Dušan Teodorović')).toBe(false);
    expect(same('Stefan Ilić', 'Stefan Ilijić')).toBe(false);
    expect(same('Jovan Popović', 'Jovan Popovici')).toBe(false);
  });

  it('keeps masculine and feminine forms apart', () => {
    expect(same('Ivan Petrović', 'Ivana Petrović')).toBe(false);
    expect(same('Jovan Ilić', 'Jovana Ilić')).toBe(false);
    expect(same('Milan Jovanović', 'Milana Jovanović')).toBe(false);
    expect(same('Aleksandar Nikolić', 'Aleksandra Nikolić')).toBe(false);
    expect(same('Олександр Бойко', 'Oleksandra Boiko')).toBe(false);
    expect(same('Ivan Ilić', 'Iva Ilić')).toBe(false);
  });

  it('accepts structured names and weighs the family name more', () => {
    const person = { givenName: 'Marko', familyName: 'Jovanović' };
    expect(same(person, 'Jovanović Marko')).toBe(true);
    expect(same(person, { givenName: 'Марко', familyName: 'Јовановић' })).toBe(true);
    expect(same(person, { givenName: 'Jovanović', familyName: 'Marko' })).toBe(true);
    expect(same(person, { givenName: 'Milan', familyName: 'Jovanović' })).toBe(false);
    // One typo each: the candidate whose family name is exact ranks first.
    const familyExact = compareNames(
      { givenName: 'Aleksandar', familyName: 'Stojanović' },
      { givenName: 'Aleksnadar', familyName: 'Stojanović' },
    );
    const givenExact = compareNames(
      { givenName: 'Aleksandar', familyName: 'Stojanović' },
      { givenName: 'Aleksandar', familyName: 'Stojanvoić' },
    );
    expect(familyExact.match && givenExact.match).toBe(true);
    expect(familyExact.score).toBeGreaterThan(givenExact.score);
    // A pair across the fields of two structured names costs a little.
    expect(compareNames(person, { givenName: 'Jovanović', familyName: 'Marko' }).score).toBeLessThan(1);
  });

  it('ranks the exact name above a middle name and a typo above neither', () => {
    const exact = compareNames('Marko Nikolić', 'Marko Nikolić').score;
    const middle = compareNames('Marko Nikolić', 'Marko Petar Nikolić').score;
    const typo = compareNames('Marko Nikolić', 'Marko Nikolćc').score;
    const other = compareNames('Marko Nikolić', 'Marko Petrović').score;
    expect(exact).toBe(1);
    expect(middle).toBeLessThan(exact);
    expect(middle).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD);
    expect(other).toBeLessThan(NAME_MATCH_THRESHOLD);
    expect(typo).toBeGreaterThan(other);
  });

  it('lets a one-word search match every name containing the word', () => {
    expect(same('Jovanović', 'Marko Jovanović')).toBe(true);
    expect(same('Бондаренко', 'Oksana Bondarenko')).toBe(true);
    expect(same('Jovanović', 'Marko Jovanovski')).toBe(false);
  });

  it('does not match empty names or names of only initials against full names', () => {
    expect(compareNames('', 'Marko')).toEqual({ score: 0, match: false });
    expect(compareNames('dr', 'dr')).toEqual({ score: 0, match: false });
    expect(same('M. N.', 'Marko Nikolić')).toBe(false);
  });

  it('gives the same result for prepared names', () => {
    const query = prepareName('Serhii Kovalchuk');
    for (const candidate of ['Сергій Ковальчук', 'Sergey Kovalenko', 'Andrii Kovalchuk']) {
      expect(compareNames(query, candidate)).toEqual(compareNames('Serhii Kovalchuk', candidate));
      expect(compareNames(query, prepareName(candidate))).toEqual(compareNames(candidate, query));
    }
  });
});

describe('compareNames properties', () => {
  const serbianCyrillicLetters = Object.keys(SERBIAN_CYRILLIC_TO_LATIN).filter((c) => c === c.toLowerCase());
  const cyrillicToken = fc
    .tuple(
      fc.constantFrom(...serbianCyrillicLetters),
      fc.string({ unit: fc.constantFrom(...serbianCyrillicLetters), minLength: 1, maxLength: 9 }),
    )
    .map(([first, rest]) => first.toUpperCase() + rest);
  const knownCyrillic = fc.constantFrom(
    'Ђорђе',
    'Љиљана',
    'Његош',
    'Џајић',
    'Јовановић',
    'Ћирић',
    'Милица',
    'Жељко',
    'Шабан',
    'Ђурђица',
  );
  const serbianCyrillicName = fc
    .array(fc.oneof(knownCyrillic, cyrillicToken), { minLength: 1, maxLength: 4 })
    .map((tokens) => tokens.join(' '));
  const anyName = fc.oneof(
    serbianCyrillicName,
    serbianCyrillicName.map((n) => cyrillicToLatin(n)),
    fc
      .array(
        fc.string({
          unit: fc.constantFrom(...'abcčćdđefghijklmnoprsštuvzžyxwq'.split(''), ...'іїєґщьюяыэё'.split('')),
          minLength: 1,
          maxLength: 10,
        }),
        { minLength: 1, maxLength: 4 },
      )
      .map((tokens) => tokens.join(' ')),
  );
  const structured = fc.record({ givenName: anyName, familyName: anyName });
  const anyInput = fc.oneof(anyName, structured, fc.string({ maxLength: 40 }));

  it('is symmetric', () => {
    fc.assert(
      fc.property(anyInput, anyInput, (a, b) => {
        expect(compareNames(a, b)).toEqual(compareNames(b, a));
      }),
      { numRuns: 1500 },
    );
  });

  it('scores in [0, 1], whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), anyInput, (a, b) => {
        const { score, match } = compareNames(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(match).toBe(score >= NAME_MATCH_THRESHOLD);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches a name with itself, its Latin form, its capitals and its reversed order', () => {
    fc.assert(
      fc.property(serbianCyrillicName, (name) => {
        fc.pre(nameTokensForMatching(name).length > 0);
        const latin = cyrillicToLatin(name);
        const reversed = name.split(' ').reverse().join(' ');
        for (const other of [name, latin, name.toUpperCase(), latin.toUpperCase(), reversed]) {
          expect(compareNames(name, other).match, `${name} / ${other}`).toBe(true);
        }
        expect(compareNames(name, latin).score).toBe(compareNames(name, name).score);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('labelled pairs (packages/core/corpus/names/pairs.jsonl)', () => {
  interface Pair {
    a: string;
    b: string;
    match: boolean;
    note: string;
  }
  const pairs = readFileSync(new URL('../corpus/names/pairs.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Pair);

  it('has at least 320 well-formed, distinct pairs, about 45 % of them matches', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(320);
    for (const p of pairs) {
      expect(typeof p.a === 'string' && typeof p.b === 'string' && typeof p.match === 'boolean').toBe(true);
      expect(p.note.length).toBeGreaterThan(0);
    }
    const keys = new Set(pairs.map((p) => [p.a, p.b].sort().join('\u0000')));
    expect(keys.size).toBe(pairs.length);
    const share = pairs.filter((p) => p.match).length / pairs.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.5);
  });

  it('reaches precision ≥ 0.97 and recall ≥ 0.93', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of pairs) {
      const { match } = compareNames(p.a, p.b);
      if (match && p.match) tp++;
      else if (match) fp++;
      else if (p.match) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.93);
  });
});
