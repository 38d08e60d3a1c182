import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOffer, OFFER_TEXTS } from '../src/offer-check/all.js';
import {
  checkOfferWith,
  raiseBySimilarity,
  RISK_THRESHOLDS,
  type OfferCheckResult,
} from '../src/offer-check/engine.js';
import { parseCorpusJsonl } from '../src/offer-check/evaluate.js';
import { checkOfferOnDemand, loadOfferVocabulary } from '../src/offer-check/load.js';
import {
  SIMILARITY_MIN_WORDS,
  SIMILARITY_WORDS,
  similarityFeatures,
  similarityOf,
  similarityTokens,
  STEM_LENGTH,
  type SimilarityModel,
} from '../src/offer-check/similarity.js';
import { SIMILARITY_MODEL, TRAINED_ON } from '../src/offer-check/similarity-model.js';
import { FULL_VOCABULARY } from '../src/offer-check/vocabulary-full.js';
import { matchingText } from '../src/offer-check/engine.js';

const corpusDir = new URL('../corpus/offers/', import.meta.url);
const devSource = readFileSync(new URL('dev.jsonl', corpusDir), 'utf8');
const dev = parseCorpusJsonl(devSource, 'dev.jsonl');

/** A hand-made model: "hostess" and "photos" weigh for, "licence" against. */
const TINY: SimilarityModel = {
  version: 'test-1',
  threshold: 0.7,
  bias: -1,
  scale: 0.1,
  keys: 's:hoste s:photo s:licen b:send_photo',
  weights: '15 10 -40 5',
};
const RANK = { low: 0, medium: 1, high: 2 } as const;

describe('the second opinion (similarity.ts)', () => {
  it('reads words of two letters or more, not numbers, with their place in the folded text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => {
        const folded = matchingText(raw);
        for (const token of similarityTokens(folded)) {
          const word = folded.slice(token.start, token.end);
          expect(word).toMatch(/^[\p{L}\p{N}]{2,}$/u);
          expect(word).not.toMatch(/^\p{N}+$/u);
          expect(token.stem).toBe(word.slice(0, STEM_LENGTH));
          // a whole word: no letter or digit on either side
          expect(folded.slice(token.start - 1, token.start)).not.toMatch(/[\p{L}\p{N}]/u);
          expect(folded.slice(token.end, token.end + 1)).not.toMatch(/[\p{L}\p{N}]/u);
        }
      }),
    );
  });

  it('makes one feature per stem and per pair of neighbouring stems, each once', () => {
    const features = similarityFeatures(similarityTokens(matchingText('Send photos, send photos 2 today!')));
    expect([...features.keys()].sort()).toEqual(
      ['s:send', 's:photo', 's:today', 'b:send_photo', 'b:photo_send', 'b:photo_today'].sort(),
    );
    // the tokens each feature comes from (the number is not a word)
    expect(features.get('s:send')).toEqual([0, 2]);
    expect(features.get('b:photo_today')).toEqual([3, 4]);
  });

  it('quotes the words that weighed most, as they stand in the original text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('HOSTESS', 'hostesa', 'Send', 'photos', 'licence', 'Хостес', '😘', ' ', '\n'),
            fc.string({ unit: 'grapheme', maxLength: 8 }),
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.join(' ');
          const opinion = similarityOf(TINY, text);
          expect(opinion.probability).toBeGreaterThan(0);
          expect(opinion.probability).toBeLessThan(1);
          expect(opinion.resembles).toBe(
            opinion.probability >= TINY.threshold &&
              similarityTokens(matchingText(text)).length >= SIMILARITY_MIN_WORDS,
          );
          let end = -1;
          for (const span of opinion.evidence) {
            expect(span.quote).toBe(text.slice(span.start, span.end));
            expect(span.start).toBeGreaterThan(end);
            end = span.end;
          }
          expect(opinion.evidence.length).toBeLessThanOrEqual(SIMILARITY_WORDS);
          expect(similarityOf(TINY, text)).toEqual(opinion);
        },
      ),
    );
  });

  it('finds the same features by stem number as similarityFeatures gives by key (the real model, dev texts)', () => {
    const keys = SIMILARITY_MODEL.keys.split(' ');
    const values = SIMILARITY_MODEL.weights.split(' ').map(Number);
    const weights = new Map(keys.map((key, i) => [key, (values[i] as number) * SIMILARITY_MODEL.scale]));
    for (const item of dev.slice(0, 400)) {
      let sum = SIMILARITY_MODEL.bias;
      for (const key of similarityFeatures(similarityTokens(matchingText(item.text))).keys())
        sum += weights.get(key) ?? 0;
      expect(similarityOf(SIMILARITY_MODEL, item.text).probability, item.id).toBeCloseTo(
        1 / (1 + Math.exp(-sum)),
        12,
      );
    }
  });

  it('adds the weights of the features it knows to the bias', () => {
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    expect(similarityOf(TINY, 'Nothing to see here').probability).toBeCloseTo(sigmoid(-1), 10);
    const opinion = similarityOf(TINY, 'Hostesses wanted for our hotel on the coast. Send photos.');
    expect(opinion.probability).toBeCloseTo(sigmoid(-1 + 1.5 + 1 + 0.5), 10);
    expect(opinion.resembles).toBe(true);
    expect(opinion.evidence.map((span) => span.quote)).toEqual(['Hostesses', 'Send photos']);
    expect(similarityOf(TINY, 'Hostesses wanted. Licence 123/2026.').resembles).toBe(false);
  });

  it('raises a "low" result to "medium" with its own texts, and leaves any other result alone', () => {
    const texts = OFFER_TEXTS.en;
    const text = 'Hostesses wanted for our hotel on the coast. Send photos.';
    const rulesOnly = checkOfferWith(texts, { text }, FULL_VOCABULARY);
    expect(rulesOnly.risk).toBe('low');
    const raised = checkOfferWith(texts, { text }, FULL_VOCABULARY, TINY);
    expect(raised).toEqual({
      ...rulesOnly,
      risk: 'medium',
      score: Math.max(rulesOnly.score, RISK_THRESHOLDS.medium),
      summary: texts.similarity.summary,
      similarity: {
        probability: Math.round(similarityOf(TINY, text).probability * 100) / 100,
        modelVersion: 'test-1',
        title: texts.similarity.title,
        explanation: texts.similarity.explanation,
        whatToDo: texts.similarity.whatToDo,
        evidence: similarityOf(TINY, text).evidence,
      },
    });
    // below the threshold, or a result the rules already warn about: unchanged
    const honest = 'Hotel hostesses, licence 12/2026, send photos to jobs@example.com';
    expect(checkOfferWith(texts, { text: honest }, FULL_VOCABULARY, TINY)).toEqual(
      checkOfferWith(texts, { text: honest }, FULL_VOCABULARY),
    );
    const warned = 'Hostesses wanted. Send photos. We keep your passport. Fee 300 EUR to my card.';
    const high = checkOfferWith(texts, { text: warned }, FULL_VOCABULARY);
    expect(high.risk).toBe('high');
    expect(checkOfferWith(texts, { text: warned }, FULL_VOCABULARY, TINY)).toEqual(high);
    const opinion = similarityOf(TINY, text);
    const medium: OfferCheckResult = { ...rulesOnly, risk: 'medium' };
    expect(raiseBySimilarity(medium, texts, opinion, TINY)).toBe(medium);
    // answers alone have no wording
    expect(checkOfferWith(texts, { answers: { hoursPerDay: 8 } }, FULL_VOCABULARY, TINY).similarity).toBe(
      undefined,
    );
  });

  it('is not asked about a text that is no job offer, or too short to say anything', () => {
    // synthetic texts: chat, weather, a placeholder, a greeting, a short reply
    const notOffers = [
      'Zdravo, kako si? Vidimo se sutra u školi.',
      'The weather in Belgrade will be sunny tomorrow with temperatures up to 25 degrees.',
      'Привіт! Як справи? Завтра зустрінемось біля метро.',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
      'Javi se',
      'Posao',
      'Work abroad, write me.',
    ];
    for (const text of notOffers) {
      const result = checkOffer({ text, lang: 'en' });
      expect(result.similarity, text).toBeUndefined();
      expect(result).toEqual(checkOfferWith(OFFER_TEXTS.en, { text }, FULL_VOCABULARY));
    }
    // a text of fewer than SIMILARITY_MIN_WORDS words never resembles, whatever the weights, and a text not
    // about work is never given to the model at all
    const eager: SimilarityModel = { ...TINY, bias: 5 };
    const weather = 'The weather in Belgrade will be sunny tomorrow with temperatures up to 25 degrees.';
    expect(similarityOf(eager, weather).resembles).toBe(true);
    expect(checkOfferWith(OFFER_TEXTS.en, { text: weather }, FULL_VOCABULARY, eager).risk).toBe('low');
    expect(similarityOf(eager, 'Hostesses wanted, send photos').resembles).toBe(false);
    expect(similarityOf(eager, 'Hostesses wanted for a hotel abroad, send photos today').resembles).toBe(
      true,
    );
  });

  it('was trained on the dev split as it is now (else run npm run train:offers)', () => {
    expect(createHash('sha256').update(devSource).digest('hex')).toBe(TRAINED_ON);
    const keys = SIMILARITY_MODEL.keys.split(' ');
    expect(new Set(keys).size).toBe(keys.length);
    expect(SIMILARITY_MODEL.weights.split(' ')).toHaveLength(keys.length);
    for (const key of keys) expect(key).toMatch(/^(s:[^\s_]+|b:[^\s_]+_[^\s_]+)$/u);
    expect(SIMILARITY_MODEL.threshold).toBeGreaterThanOrEqual(0.5);
    expect(SIMILARITY_MODEL.threshold).toBeLessThanOrEqual(0.95);
  });

  it('on the dev corpus, never lowers a result and changes nothing but the risk, score, summary and its own part', () => {
    const texts = OFFER_TEXTS['sr-Latn'];
    let raised = 0;
    for (const item of dev) {
      const rulesOnly = checkOfferWith(texts, { text: item.text }, FULL_VOCABULARY);
      const result = checkOffer({ text: item.text });
      expect(RANK[result.risk]).toBeGreaterThanOrEqual(RANK[rulesOnly.risk]);
      if (!result.similarity) {
        expect(result).toEqual(rulesOnly);
        continue;
      }
      raised++;
      expect(rulesOnly.risk).toBe('low');
      const { risk, score, summary, similarity, ...rest } = result;
      expect({ risk, score, summary }).toEqual({
        risk: 'medium',
        score: RISK_THRESHOLDS.medium,
        summary: texts.similarity.summary,
      });
      expect(similarity.probability).toBeGreaterThanOrEqual(SIMILARITY_MODEL.threshold - 0.005);
      expect(similarity.modelVersion).toBe(SIMILARITY_MODEL.version);
      for (const span of similarity.evidence) expect(span.quote).toBe(item.text.slice(span.start, span.end));
      const { risk: _r, score: _s, summary: _m, ...restRules } = rulesOnly;
      expect(rest).toEqual(restRules);
    }
    // the dev items are its training data, so it raises few of them; it does raise some
    expect(raised).toBeGreaterThan(0);
  });

  it('gives the same result on demand, where the browser fetches the model only for a "low" text', async () => {
    const raised = dev.filter((item) => checkOffer({ text: item.text }).similarity).slice(0, 6);
    const plainLow = dev.filter((item) => checkOffer({ text: item.text }).risk === 'low').slice(0, 3);
    expect(raised.length).toBeGreaterThan(0);
    for (const locale of ['sr-Latn', 'uk'] as const) {
      for (const item of [...raised, ...plainLow]) {
        const { result } = await checkOfferOnDemand(locale, { text: item.text });
        const vocabulary = await loadOfferVocabulary(locale, item.text);
        expect(result, item.id).toEqual(
          checkOfferWith(OFFER_TEXTS[locale], { text: item.text }, vocabulary, SIMILARITY_MODEL),
        );
      }
    }
  });
});
