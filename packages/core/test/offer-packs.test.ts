import { describe, expect, it } from 'vitest';
import { checkOffer, OFFER_TEXTS } from '../src/offer-check/all.js';
import { checkOfferWith } from '../src/offer-check/engine.js';
import { firstVocabulary, largerVocabulary } from '../src/offer-check/load.js';
import { matchingText } from '../src/offer-check/engine.js';
import { EN_VOCABULARY } from '../src/offer-check/packs/en.js';
import { FULL_PACK } from '../src/offer-check/packs/full.js';
import { LATIN_VOCABULARY } from '../src/offer-check/packs/latin.js';
import { SR_VOCABULARY } from '../src/offer-check/packs/sr.js';
import { UK_VOCABULARY } from '../src/offer-check/packs/uk.js';
import { foldPattern } from '../src/offer-check/pattern.js';
import { guardList, packFits, type Vocabulary } from '../src/offer-check/vocabulary.js';
import { SHARED_PARTS } from '../src/offer-check/rules.js';
import { FULL_VOCABULARY } from '../src/offer-check/vocabulary-full.js';
import {
  frontCodeGuards,
  guardWord,
  languagePack,
  latinOnly,
  latinVocabulary,
  packedVocabulary,
  prefold,
  renderVocabularyModule,
} from '../src/offer-check/vocabulary-split.js';

describe('vocabulary packs', () => {
  it('packs/latin.ts is up to date with rules.ts (else run scripts/offer-packs.mjs)', () => {
    expect(JSON.stringify(LATIN_VOCABULARY)).toBe(
      JSON.stringify(packedVocabulary(latinVocabulary(FULL_VOCABULARY))),
    );
    expect(JSON.stringify(FULL_PACK)).toBe(JSON.stringify(packedVocabulary(FULL_VOCABULARY)));
  });

  it('the language packs are up to date with rules.ts (else run scripts/offer-packs.mjs)', () => {
    expect(JSON.stringify(SR_VOCABULARY)).toBe(
      JSON.stringify(packedVocabulary(languagePack(FULL_VOCABULARY, 'sr'))),
    );
    expect(JSON.stringify(EN_VOCABULARY)).toBe(
      JSON.stringify(packedVocabulary(languagePack(FULL_VOCABULARY, 'en'))),
    );
    expect(JSON.stringify(UK_VOCABULARY)).toBe(
      JSON.stringify(packedVocabulary(languagePack(FULL_VOCABULARY, 'uk'))),
    );
  });

  it('folds patterns ahead of time as the engine would, each alternative once', () => {
    expect(prefold(String.raw`(?:pasoš\w*|pasos\w*|паспорт\w*|passport\w*) ~3 obezbeđen`)).toBe(
      String.raw`(?:pasos\w*|pasport\w*) ~3 obezbedj?en`,
    );
    // alternatives that hold a capturing group stay, so group numbers do not move
    expect(prefold('(?:пиши) (\\w+)|(?:piši) (\\w+)')).toBe('(?:pisi) (\\w+)|(?:pisi) (\\w+)');
    // the engine compiles a packed vocabulary to the same expressions, less the repeats
    for (const spec of FULL_VOCABULARY.rules) {
      for (const source of [...spec.patterns, ...(spec.unless ?? [])]) {
        expect(foldPattern(prefold(source)), source).toBe(prefold(foldPattern(source)));
      }
    }
  });

  it('finds the guard word every match of an alternative holds', () => {
    expect(guardWord(String.raw`passport\w*`)).toBe('pasport');
    expect(guardWord(String.raw`guarantee (?:payment|fee)`)).toBe('guarante');
    // letters made optional by a quantifier, and groups, do not count
    expect(guardWord(String.raw`employees?`)).toBe('employe');
    expect(guardWord(String.raw`(?:one |a )?third`)).toBe('third');
    expect(guardWord(String.raw`obezbeđen`)).toBe('obezbe');
    // fewer than four letters: no guard, the alternative stays in every pack
    expect(guardWord(String.raw`fee\w*`)).toBeUndefined();
  });

  it('a language pack leaves out only what its guard words cover', () => {
    const rule = {
      id: 'documents-retained' as const,
      patterns: [
        String.raw`(?:pasoš\w*|passport\w*|reisepass\w*|паспорт\w*) ~3 (?:zadržava\w*|withheld|einbehalten)`,
      ],
    };
    const sr = languagePack({ ...FULL_VOCABULARY, rules: [rule] }, 'sr');
    // "passport", "withheld" (English), "reisepass" and "einbehalten" (German) go, with their guard words
    expect(sr.rules[0]?.patterns).toEqual([String.raw`(?:pasoš\w*) ~3 (?:zadržava\w*)`]);
    // (a guard word that holds a shorter one is left out: the shorter one guards it)
    for (const guard of ['pasport', 'witheld', 'reisepas', 'einbehalten']) {
      expect(
        sr.lacks?.some((word) => guard.includes(word)),
        guard,
      ).toBe(true);
    }
    const en = languagePack({ ...FULL_VOCABULARY, rules: [rule] }, 'en');
    expect(en.rules[0]?.patterns).toEqual([String.raw`(?:passport\w*) ~3 (?:withheld)`]);
    // the context words that are written alike everywhere stay whole
    expect(sr.words.freeWebmail).toBe(FULL_VOCABULARY.words.freeWebmail);
  });

  it('loads the pack of the text’s language, the larger vocabulary when the text holds a word it lacks', () => {
    const packs: Readonly<Record<string, Vocabulary>> = {
      sr: SR_VOCABULARY,
      en: EN_VOCABULARY,
      uk: UK_VOCABULARY,
      latin: LATIN_VOCABULARY,
      full: FULL_VOCABULARY,
    };
    const choose = (locale: 'sr-Latn' | 'en' | 'uk', text: string) => {
      const first = firstVocabulary(locale, text);
      return packFits(packs[first] as Vocabulary, matchingText(text)) ? first : largerVocabulary(first);
    };
    const serbian = 'Posao u Nemačkoj, plata 2.800€ neto, smeštaj je obezbeđen. Pasoš ostaje kod nas.';
    const english = 'Greenhouse work in the Netherlands, and the passport is kept by the employer.';
    expect(choose('sr-Latn', serbian)).toBe('sr');
    expect(choose('en', serbian)).toBe('sr');
    expect(choose('sr-Latn', 'Посао у Грацу, плата 1.950 € бруто, смештај је обезбеђен.')).toBe('sr');
    expect(choose('sr-Latn', english)).toBe('en');
    expect(choose('en', english)).toBe('en');
    // an English text with a Serbian word the English pack leaves out
    expect(choose('en', `${english} Plata se isplaćuje nedeljno.`)).toBe('latin');
    expect(choose('uk', 'Робота на складі в Німеччині, житло утримується із зарплати.')).toBe('uk');
    expect(choose('uk', 'Работа на складе, проживание за счёт работодателя.')).toBe('full');
    expect(firstVocabulary('sr-Latn', undefined)).toBe('full');
  });

  it('writes a covered alternative once and the guard words front-coded', () => {
    // a plain alternative after a stem that covers it goes; one before it, or one the stem does not cover, stays
    expect(prefold(String.raw`(?:plat\w*|plata|platom\w*|zarada|plat)`)).toBe(String.raw`(?:plat\w*|zarada)`);
    expect(prefold(String.raw`(?:plata|plat\w*|pla)`)).toBe(String.raw`(?:plata|plat\w*|pla)`);
    const words = ['witheld', 'pasport', 'pasports', 'einbehalten', 'reisepas', 'a1b2'];
    expect(frontCodeGuards(words)).toBe('Aa1b2AeinbehaltenApasportHsAreisepasAwitheld');
    expect(guardList(frontCodeGuards(words))).toEqual([...words].sort());
    // a generated pack reads its guard words back as the pruner wrote them
    expect(packFits(SR_VOCABULARY, matchingText('Plata 1.800 €, smeštaj obezbeđen.'))).toBe(true);
    expect(guardList(SR_VOCABULARY.guards ?? '')).toEqual(languagePack(FULL_VOCABULARY, 'sr').lacks);
  });

  it('keeps the same rules and probes in the same order', () => {
    expect(LATIN_VOCABULARY.rules.map((r) => r.id)).toEqual(FULL_VOCABULARY.rules.map((r) => r.id));
    expect(LATIN_VOCABULARY.destinations.map(([code]) => code)).toEqual(
      FULL_VOCABULARY.destinations.map(([code]) => code),
    );
    expect(LATIN_VOCABULARY.identity.length).toBe(FULL_VOCABULARY.identity.length);
    expect(Object.keys(LATIN_VOCABULARY.words)).toEqual(Object.keys(FULL_VOCABULARY.words));
  });

  it('leaves out Cyrillic alternatives at any depth and keeps the rest as written', () => {
    expect(latinOnly('(?:plata|плата|зарплат\\w*) ~3 (?:eur|євро)')).toBe('(?:plata) ~3 (?:eur)');
    expect(latinOnly('паспорт|pasoš')).toBe('pasoš');
    expect(latinOnly('паспорт')).toBeUndefined();
    // a group with nothing left: its alternative goes, unless the group is optional
    expect(latinOnly('(?:паспорт) ~2 keep|other')).toBe('other');
    expect(latinOnly('a (?:паспорт )?b')).toBe('a (?:(?!))?b');
    // classes, escapes and lookarounds stay as written
    expect(latinOnly('viz[aeiu](?![a-zа-я])\\w*')).toBe('viz[aeiu](?![a-zа-я])\\w*');
    // capturing groups keep their numbers
    expect(latinOnly('(?:пиши) (\\w+)|(?:call) (\\w+)')).toBe('(?!)(?:(?!)) (\\w+)|(?:call) (\\w+)');
    // place names may be Serbian Cyrillic only: kept, transliterated, when asked
    expect(latinOnly('grac\\w*|грац\\w*|гамбург', true)).toBe('grac\\w*|grac\\w*|gamburg');
    expect(latinOnly('віз[аиу]|беч', true)).toBe('beč');
  });

  it('writes a module whose shared parts are written once', () => {
    const source = renderVocabularyModule(LATIN_VOCABULARY, 'LATIN_VOCABULARY', SHARED_PARTS);
    expect(source).toContain('const PAY = String.raw`');
    expect(source.split('${PAY}').length).toBeGreaterThan(5);
  });

  it('reads Latin-script and Serbian Cyrillic offers as the full vocabulary does', () => {
    const texts = [
      'Posao u Nemačkoj, plata 2.800€ neto, smeštaj 200€ se skida od plate. Pasoš ostaje kod koordinatora.',
      'Посао у Грацу, плата 1.950 € бруто. Пасош остаје код нас до краја сезоне.',
      'Greenhouse work in the Netherlands. Housing deducted from wages, passport kept by the office.',
      'Helfer gesucht, Lohn bar auf die Hand, Reisepass wird einbehalten.',
    ];
    for (const text of texts) {
      const full = checkOffer({ text });
      for (const vocabulary of [FULL_PACK, LATIN_VOCABULARY, SR_VOCABULARY, EN_VOCABULARY, UK_VOCABULARY]) {
        // a language pack is used only for the texts it fits
        if (!packFits(vocabulary, matchingText(text))) continue;
        const result = checkOfferWith(OFFER_TEXTS['sr-Latn'], { text }, vocabulary);
        expect(
          result.findings.map((f) => f.id),
          `${vocabulary.name}: ${text}`,
        ).toEqual(full.findings.map((f) => f.id));
        expect(result.facts, text).toEqual(full.facts);
      }
    }
  });
});
