/**
 * The second opinion: how much a text's wording resembles the risky offers of the evaluation corpus. A small
 * logistic model over word stems and stem pairs, trained on the corpus's dev split by
 * `scripts/train-offer-similarity.mjs` (the weights are generated into `similarity-model.ts`).
 *
 * It is asked only when the rules found too little to warn (risk "low"), and it can only raise such a
 * result to "medium", never lower one: the rules stay the explanation of every warning sign, and the
 * similarity says "worded like risky offers, ask before you agree" with the words that weighed most. See
 * docs/offer-check.md ("Second opinion") and the decision log (45).
 */
import { fold, originalRange, type FoldedText } from '../text/fold.js';
import type { EvidenceSpan } from './engine.js';
import { correctTypos } from './typos.js';

/** A trained model as stored: integer weights, keys in one string. */
export interface SimilarityModel {
  /** Changes whenever the model is retrained; results name it. */
  readonly version: string;
  /** A text whose probability is at or above this is rated "medium" when the rules found too little. */
  readonly threshold: number;
  readonly bias: number;
  /** A weight is `weights[i] * scale`. */
  readonly scale: number;
  /** Feature keys (`s:<stem>` or `b:<stem>_<stem>`), separated by single spaces, in the order of `weights`. */
  readonly keys: string;
  /** Integer weights, separated by single spaces. */
  readonly weights: string;
}

/** How many letters of a word make its stem. */
export const STEM_LENGTH = 5;
/** At most this many words are quoted as the ones that weighed most. */
export const SIMILARITY_WORDS = 6;

/** A word of the matching form of a text, with its place in that form. */
export interface SimilarityToken {
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/** The words a model reads in a folded text: two characters or more, not numbers alone. */
export function similarityTokens(folded: string): SimilarityToken[] {
  const tokens: SimilarityToken[] = [];
  for (const m of folded.matchAll(WORD)) {
    const word = m[0];
    // (two characters, not two UTF-16 units: a letter outside the BMP is one)
    if (word.length < 2 || DIGITS.test(word) || [...word.slice(0, 4)].length < 2) continue;
    tokens.push({ stem: word.slice(0, STEM_LENGTH), start: m.index, end: m.index + word.length });
  }
  return tokens;
}

/**
 * The features of a token list, each once: every stem (`s:`) and every pair of neighbouring stems (`b:`),
 * with the tokens each one comes from. The training script uses this same function.
 */
export function similarityFeatures(tokens: readonly SimilarityToken[]): Map<string, number[]> {
  const features = new Map<string, number[]>();
  const add = (key: string, ...from: number[]) => {
    const known = features.get(key);
    if (known) known.push(...from);
    else features.set(key, from);
  };
  tokens.forEach((token, i) => {
    add(`s:${token.stem}`, i);
    const previous = tokens[i - 1];
    if (previous) add(`b:${previous.stem}_${token.stem}`, i - 1, i);
  });
  return features;
}

const compiled = new WeakMap<SimilarityModel, ReadonlyMap<string, number>>();

function weightsOf(model: SimilarityModel): ReadonlyMap<string, number> {
  let weights = compiled.get(model);
  if (!weights) {
    const keys = model.keys === '' ? [] : model.keys.split(' ');
    const values = model.weights === '' ? [] : model.weights.split(' ').map(Number);
    if (keys.length !== values.length) throw new Error('similarity model: keys and weights differ');
    weights = new Map(keys.map((key, i) => [key, (values[i] as number) * model.scale]));
    compiled.set(model, weights);
  }
  return weights;
}

/** What the model says about one text. */
export interface SimilarityOpinion {
  /** 0–1: how much the wording resembles the risky offers the model was trained on. */
  readonly probability: number;
  /** Whether it reaches the model's threshold. */
  readonly resembles: boolean;
  /** The words that pushed it up most, in text order (spans of the original text). */
  readonly evidence: readonly EvidenceSpan[];
}

/** The model's opinion of a text already folded and typo-corrected (as the engine holds it). */
export function similarityIn(model: SimilarityModel, folded: FoldedText): SimilarityOpinion {
  const weights = weightsOf(model);
  const tokens = similarityTokens(folded.text);
  const push = new Float64Array(tokens.length);
  let sum = model.bias;
  for (const [key, from] of similarityFeatures(tokens)) {
    const weight = weights.get(key);
    if (weight === undefined) continue;
    sum += weight;
    // a feature counts once; its weight is shared among the tokens it comes from
    for (const i of from) push[i] = (push[i] as number) + weight / from.length;
  }
  const probability = 1 / (1 + Math.exp(-sum));
  // the words quoted: the ones that pushed most, three letters or more ("se", "in" only carry their pairs)
  const strongest = [...push.keys()]
    .filter(
      (i) =>
        (push[i] as number) > 0 &&
        (tokens[i] as SimilarityToken).end - (tokens[i] as SimilarityToken).start >= 3,
    )
    .sort((a, b) => (push[b] as number) - (push[a] as number) || a - b)
    .slice(0, SIMILARITY_WORDS)
    .sort((a, b) => a - b);
  const evidence: EvidenceSpan[] = [];
  let last: { start: number; end: number } | undefined;
  for (const i of strongest) {
    const token = tokens[i] as SimilarityToken;
    const range = originalRange(folded, token.start, token.end);
    // neighbouring words with only white space between them are quoted together
    if (last && /^\s*$/.test(folded.source.slice(last.end, range.start))) last.end = range.end;
    else {
      last = { ...range };
      evidence.push(last as EvidenceSpan);
    }
  }
  return {
    probability,
    resembles: probability >= model.threshold,
    evidence: evidence.map(({ start, end }) => ({ start, end, quote: folded.source.slice(start, end) })),
  };
}

/** The model's opinion of a text as pasted. */
export function similarityOf(model: SimilarityModel, text: string): SimilarityOpinion {
  return similarityIn(model, correctTypos(fold(text)));
}
