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
/**
 * A text of fewer words than this never resembles (a greeting, "Javi se"): the model was trained on whole
 * offers, and a handful of words says too little for it.
 */
export const SIMILARITY_MIN_WORDS = 8;

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

/**
 * A model's weights indexed by stem, so that a text's features are looked up without building their keys:
 * each stem of the model has a number, `single` holds the feature number of `s:<stem>` (or -1), and `pairs`
 * the feature number of `b:<a>_<b>` under `a * stems + b`. Stems hold no `_` (they are letters and digits),
 * so a key names one pair. A feature's weight is `weight[feature]`. `asciiIds` holds the numbers of the
 * stems of ASCII letters and digits under their `asciiCode` (no string to hash per word).
 */
interface CompiledModel {
  readonly stemIds: ReadonlyMap<string, number>;
  readonly asciiIds: ReadonlyMap<number, number>;
  readonly single: Int32Array;
  readonly pairs: ReadonlyMap<number, number>;
  readonly weight: Float64Array;
}

const compiled = new WeakMap<SimilarityModel, CompiledModel>();

function weightsOf(model: SimilarityModel): CompiledModel {
  let known = compiled.get(model);
  if (!known) {
    const keys = model.keys === '' ? [] : model.keys.split(' ');
    const values = model.weights === '' ? [] : model.weights.split(' ').map(Number);
    if (keys.length !== values.length) throw new Error('similarity model: keys and weights differ');
    // (a Map first: a key given twice keeps its last weight, as before)
    const weights = new Map(keys.map((key, i) => [key, (values[i] as number) * model.scale]));
    const stemIds = new Map<string, number>();
    const stemId = (stem: string) => {
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = stemIds.size));
      return id;
    };
    const parsed: { feature: number; a: number; b: number }[] = [];
    const weight = new Float64Array(weights.size);
    let feature = 0;
    for (const [key, value] of weights) {
      weight[feature] = value;
      const body = key.slice(2);
      const cut = body.indexOf('_');
      // a key of another form can match no text's feature: left out
      if (key.startsWith('s:')) parsed.push({ feature, a: stemId(body), b: -1 });
      else if (key.startsWith('b:') && cut >= 0)
        parsed.push({ feature, a: stemId(body.slice(0, cut)), b: stemId(body.slice(cut + 1)) });
      feature++;
    }
    const single = new Int32Array(stemIds.size).fill(-1);
    const pairs = new Map<number, number>();
    for (const { feature: f, a, b } of parsed) {
      if (b < 0) single[a] = f;
      else pairs.set(a * stemIds.size + b, f);
    }
    const asciiIds = new Map<number, number>();
    for (const [stem, id] of stemIds) {
      let code = 0;
      for (let i = 0; i < stem.length && code >= 0; i++) {
        const digit = asciiDigit(stem.charCodeAt(i));
        code = digit > 0 && stem.length <= STEM_LENGTH ? code * 63 + digit : -1;
      }
      if (code > 0) asciiIds.set(code, id);
    }
    known = { stemIds, asciiIds, single, pairs, weight };
    compiled.set(model, known);
  }
  return known;
}

/** A text's words as the model reads them: the stem's number (-1 if the model has none) and the word's place. */
interface StemList {
  readonly ids: number[];
  readonly starts: number[];
  readonly ends: number[];
}

/**
 * `similarityTokens` for a text of ASCII characters alone (the usual folded text), with the stems' numbers:
 * no expression, no match arrays, no stem strings. Undefined for any other text.
 */
function asciiStems(folded: string, asciiIds: ReadonlyMap<number, number>): StemList | undefined {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (c >= 128) return undefined;
    let digit = asciiDigit(c);
    if (digit === 0) {
      i++;
      continue;
    }
    const start = i;
    let letters = c > 57;
    // the stem (the first STEM_LENGTH characters) as a number in base 63
    let code = digit;
    while (++i < n) {
      const d = folded.charCodeAt(i);
      if (d >= 128) return undefined;
      digit = asciiDigit(d);
      if (digit === 0) break;
      if (d > 57) letters = true;
      if (i - start < STEM_LENGTH) code = code * 63 + digit;
    }
    // as in similarityTokens: two characters or more, not digits alone
    if (i - start >= 2 && letters) {
      ids.push(asciiIds.get(code) ?? -1);
      starts.push(start);
      ends.push(i);
    }
  }
  return { ids, starts, ends };
}

/** 1–62 for 0-9, A-Z, a-z (the ASCII characters of `[\p{L}\p{N}]`), 0 for any other. */
function asciiDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 47;
  if (c >= 65 && c <= 90) return c - 54;
  if (c >= 97 && c <= 122) return c - 60;
  return 0;
}

/** What the model says about one text. */
export interface SimilarityOpinion {
  /** 0–1: how much the wording resembles the risky offers the model was trained on. */
  readonly probability: number;
  /** Whether it reaches the model's threshold, with SIMILARITY_MIN_WORDS words or more. */
  readonly resembles: boolean;
  /** The words that pushed it up most, in text order (spans of the original text). */
  readonly evidence: readonly EvidenceSpan[];
}

/** The model's opinion of a text already folded and typo-corrected (as the engine holds it). */
export function similarityIn(model: SimilarityModel, folded: FoldedText): SimilarityOpinion {
  const { stemIds, asciiIds, single, pairs, weight: weights } = weightsOf(model);
  const list =
    asciiStems(folded.text, asciiIds) ??
    ((tokens) => ({
      ids: tokens.map((token) => stemIds.get(token.stem) ?? -1),
      starts: tokens.map((token) => token.start),
      ends: tokens.map((token) => token.end),
    }))(similarityTokens(folded.text));
  const { ids, starts, ends } = list;
  const push = new Float64Array(ids.length);
  // The model's features in the text, as `similarityFeatures` gives them (in order of first appearance, with
  // the tokens each comes from) but only those the model weighs, found by stem number rather than by key:
  // the sums below then add the same numbers in the same order.
  const found = new Map<number, number[]>();
  const add = (feature: number, from: number, to: number) => {
    const known = found.get(feature);
    if (!known) found.set(feature, from === to ? [from] : [from, to]);
    else if (from === to) known.push(from);
    else known.push(from, to);
  };
  const stems = stemIds.size;
  let previous = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id >= 0 && (single[id] as number) >= 0) add(single[id] as number, i, i);
    if (previous >= 0 && id >= 0) {
      const pair = pairs.get(previous * stems + id);
      if (pair !== undefined) add(pair, i - 1, i);
    }
    previous = id;
  }
  let sum = model.bias;
  for (const [feature, from] of found) {
    const weight = weights[feature] as number;
    sum += weight;
    // a feature counts once; its weight is shared among the tokens it comes from
    for (const i of from) push[i] = (push[i] as number) + weight / from.length;
  }
  const probability = 1 / (1 + Math.exp(-sum));
  // the words quoted: the ones that pushed most, three letters or more ("se", "in" only carry their pairs)
  const candidates: number[] = [];
  for (let i = 0; i < push.length; i++)
    if ((push[i] as number) > 0 && (ends[i] as number) - (starts[i] as number) >= 3) candidates.push(i);
  const strongest = candidates
    .sort((a, b) => (push[b] as number) - (push[a] as number) || a - b)
    .slice(0, SIMILARITY_WORDS)
    .sort((a, b) => a - b);
  const evidence: EvidenceSpan[] = [];
  let last: { start: number; end: number } | undefined;
  for (const i of strongest) {
    const range = originalRange(folded, starts[i] as number, ends[i] as number);
    // neighbouring words with only white space between them are quoted together
    if (last && /^\s*$/.test(folded.source.slice(last.end, range.start))) last.end = range.end;
    else {
      last = { ...range };
      evidence.push(last as EvidenceSpan);
    }
  }
  return {
    probability,
    resembles: probability >= model.threshold && ids.length >= SIMILARITY_MIN_WORDS,
    evidence: evidence.map(({ start, end }) => ({ start, end, quote: folded.source.slice(start, end) })),
  };
}

/** The model's opinion of a text as pasted. */
export function similarityOf(model: SimilarityModel, text: string): SimilarityOpinion {
  return similarityIn(model, correctTypos(fold(text)));
}
