import { describe, expect, it } from 'vitest';
import type { Locale } from '../src/i18n/locales.js';
import { checkOffer, OFFER_TEXTS, SIMILARITY_MODEL } from '../src/offer-check/all.js';
import { checkOfferWith, matchingText } from '../src/offer-check/engine.js';
import { INDICATOR_IDS } from '../src/offer-check/indicator-ids.js';
import {
  checkOfferOnDemand,
  firstVocabulary,
  largerVocabulary,
  loadIndicatorTexts,
  loadOfferBaseTexts,
  loadOfferQuestionTexts,
  loadOfferVocabulary,
} from '../src/offer-check/load.js';
import { GUARDS as EN_GUARDS } from '../src/offer-check/packs/en-guards.js';
import { GUARDS as SR_GUARDS } from '../src/offer-check/packs/sr-guards.js';
import { guardList, packFits, type Vocabulary } from '../src/offer-check/vocabulary.js';
import { QUESTIONNAIRE, type Answers } from '../src/offer-check/questionnaire.js';

const LOCALES: readonly Locale[] = ['sr-Latn', 'sr-Cyrl', 'en', 'uk'];

describe('offer-check texts in parts (the browser fetches what a check needs)', () => {
  it('the parts are up to date with texts/*.ts (else run scripts/offer-text-parts.mjs)', async () => {
    for (const locale of LOCALES) {
      const full = OFFER_TEXTS[locale];
      const indicators = await loadIndicatorTexts(locale, INDICATOR_IDS);
      expect({
        ...(await loadOfferBaseTexts(locale)),
        indicators,
        questionnaire: await loadOfferQuestionTexts(locale),
      }).toEqual(full);
    }
  });

  it('a check on demand gives the result of the full texts, fetching only the findings’ texts', async () => {
    const answers: Answers = { passport: 'they-keep-it', hoursPerDay: 12, daysPerWeek: 7 };
    const texts = [
      'Posao u Nemačkoj, plata 2.800€ neto. Za prijavu uplata 150€ preko Western Uniona. Pasoš ostaje kod nas.',
      'Фабрика у Словачкој тражи раднике. Плата 1.200 € нето, уговор пре поласка на српском.',
      'Greenhouse work in the Netherlands, €15.10/h gross. No fees are charged to candidates. hr@example.nl',
      'Робота на складі в Німеччині, 4 000 € чистими. Паспорт залишаєте в нас. Пишіть у Viber.',
      'Вахта Москва, зарплата в конце вахты. Паспорт сдаёте бригадиру.',
      '',
    ];
    for (const locale of LOCALES) {
      for (const text of texts) {
        for (const input of [{ text }, { text, answers }]) {
          if (!text && !('answers' in input)) continue;
          const { result, texts: base } = await checkOfferOnDemand(locale, input);
          const vocabulary = await loadOfferVocabulary(locale, text);
          expect(result).toEqual(checkOfferWith(OFFER_TEXTS[locale], input, vocabulary, SIMILARITY_MODEL));
          expect(base.gaps).toEqual(OFFER_TEXTS[locale].gaps);
        }
      }
    }
  });

  it('a check without a text fetches no vocabulary and gives the result of the full one', async () => {
    const sets: Answers[] = [
      { hoursPerDay: 12, daysPerWeek: 7 },
      {
        destination: 'DE',
        job: 'factory-warehouse',
        pay: { amount: 4000, currency: 'EUR', period: 'month' },
      },
      { destination: 'DE', pay: { amount: 9, currency: 'EUR', period: 'hour' }, hoursPerDay: 8 },
    ];
    for (const [question, spec] of Object.entries(QUESTIONNAIRE)) {
      const options = spec.options as readonly string[];
      if (spec.kind === 'single') for (const option of options) sets.push({ [question]: option } as Answers);
      if (spec.kind === 'multi') sets.push({ [question]: options } as Answers);
    }
    for (const locale of LOCALES) {
      for (const answers of sets) {
        for (const text of [undefined, '', '  \n ']) {
          const input = { text, answers, lang: locale };
          const { result } = await checkOfferOnDemand(locale, input);
          expect(result, JSON.stringify(answers)).toEqual(checkOffer(input));
        }
      }
    }
  });

  it('fetches a language pack only when the text holds none of its guard words', async () => {
    // "arbeit" guards German alternatives the Serbian pack leaves out; "placa" Serbian ones the English
    // pack leaves out
    expect(guardList(SR_GUARDS)).toContain('arbeit');
    expect(guardList(EN_GUARDS).some((guard) => 'placa'.includes(guard))).toBe(true);
    const fits = 'Posao u magacinu, plata 1.800 €, smeštaj obezbeđen.';
    const guarded = 'Posao u magacinu, Arbeitsvertrag na nemačkom, plata 1.800 €.';
    expect(firstVocabulary('sr-Latn', guarded)).toBe('sr');
    expect(packFits({ guards: SR_GUARDS } as Vocabulary, matchingText(guarded))).toBe(false);
    expect((await loadOfferVocabulary('sr-Latn', fits)).name).toBe('sr');
    expect((await loadOfferVocabulary('sr-Latn', guarded)).name).toBe(largerVocabulary('sr'));
  });
});
