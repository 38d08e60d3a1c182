import { describe, expect, it } from 'vitest';
import { checkOffer, OFFER_TEXTS } from '../src/offer-check/all.js';
import { checkOfferWith } from '../src/offer-check/engine.js';
import { LATIN_VOCABULARY } from '../src/offer-check/packs/latin.js';
import { SHARED_PARTS } from '../src/offer-check/rules.js';
import { FULL_VOCABULARY } from '../src/offer-check/vocabulary-full.js';
import { latinOnly, latinVocabulary, renderVocabularyModule } from '../src/offer-check/vocabulary-split.js';

describe('vocabulary packs', () => {
  it('packs/latin.ts is up to date with rules.ts (else run scripts/offer-packs.mjs)', () => {
    expect(JSON.stringify(LATIN_VOCABULARY)).toBe(JSON.stringify(latinVocabulary(FULL_VOCABULARY)));
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
      const latin = checkOfferWith(OFFER_TEXTS['sr-Latn'], { text }, LATIN_VOCABULARY);
      expect(
        latin.findings.map((f) => f.id),
        text,
      ).toEqual(full.findings.map((f) => f.id));
      expect(latin.facts, text).toEqual(full.facts);
    }
  });
});
