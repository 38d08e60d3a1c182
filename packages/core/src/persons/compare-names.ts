/**
 * Person-name comparison for staff search and duplicate hints. The server finds candidates through the blind
 * indexes of name skeletons (see `nameTokens`), decrypts the few it finds and ranks them with `compareNames`.
 *
 * How two names are compared:
 * 1. Each name becomes skeleton tokens (`nameTokensForMatching`: script, diacritics, transliteration
 *    variants, honorifics and particles removed). Structured names keep which tokens are the family name.
 * 2. Every token of the shorter name is paired with a different token of the longer one, in whatever order
 *    gives the best score, so given and family names may come in either order and the longer name may have
 *    tokens the shorter lacks (a middle name, a patronymic, a second family name).
 * 3. Token similarity (`nameTokenSimilarity`) is 1 for equal skeletons; an accepted small typo scores 0.85
 *    plus a tenth of the Jaro–Winkler similarity (about 0.94); an initial ("M.") against a name with that
 *    first letter scores 0.88; masculine and feminine forms of one name (Ivan/Ivana, Petar/Petra,
 *    Aleksandar/Aleksandra, Petrov/Petrova) score 0.3; any other pair scores 0.6 × Jaro–Winkler (below 0.6).
 *    Whether a typo is accepted depends on the length of the shorter skeleton: up to 3 letters, none; with 4
 *    and 5 letters, two swapped neighbours; from 6 letters, also one missing or extra vowel (not the last
 *    letter, not next to another vowel, except i, which also stands for j and y) and a vowel replaced by its
 *    keyboard neighbour (i/u, i/o); from 9 letters, also a consonant replaced by its keyboard neighbour.
 *    A missing, extra or different consonant in a shorter name is never a typo: it is what tells Petrović
 *    from Petković and Perović, Nikolić from Nikolin, Savchenko from Savenko.
 * 4. The name score is the weighted mean of the pair similarities (a pair with a family-name token weighs
 *    1.5, others 1) averaged with the worst pair similarity, then multiplied by 0.96 for each token of the
 *    longer name left unpaired (at most twice), by 0.97 for each pair across the given and family fields of
 *    two structured names (inside the mean), and by 0.8 when the shorter name is only initials.
 *
 * Threshold (`NAME_MATCH_THRESHOLD` = 0.8). When every pair is accepted, the score is at least
 * 0.88 × 0.96² = 0.81 (an initial and two unpaired tokens, the weakest case, except an initial paired
 * across fields, 0.79); when one pair is rejected it is at most 0.5 × (1.5 + 0.6) / 2.5 + 0.5 × 0.6 = 0.72
 * with two tokens and below 0.77 with six. The threshold sits in that gap: two names match when every
 * token of the shorter one has an accepted counterpart, and the score ranks the matches (exact above
 * middle name missing above typo). A one-word name (a search by family name alone) therefore matches every
 * name that contains that word.
 */
import { nameTokensForMatching } from './name-fold.js';

/** A name split into fields, as the person record stores it. */
export interface StructuredName {
  readonly givenName?: string | null | undefined;
  readonly familyName?: string | null | undefined;
}

export type NameRole = 'given' | 'family' | 'unknown';

/** A name folded once for many comparisons (see `prepareName`). */
export interface PreparedName {
  readonly kind: 'prepared-name';
  readonly tokens: readonly string[];
  readonly roles: readonly NameRole[];
  /** Canonical text of tokens and roles: two names with equal keys compare as identical. */
  readonly key: string;
}

export type NameInput = string | StructuredName | PreparedName;

export interface NameComparison {
  /** Similarity in [0, 1]; 1 for the same name. */
  readonly score: number;
  /** True when the names can be the same person's (score ≥ `NAME_MATCH_THRESHOLD`). */
  readonly match: boolean;
}

/** Scores at or above this are a match; see the module comment for the reasoning. */
export const NAME_MATCH_THRESHOLD = 0.8;

/** Names longer than this many tokens are compared on their first tokens only. */
export const MAX_NAME_TOKENS = 6;

const FAMILY_WEIGHT = 1.5;
const INITIAL_SIMILARITY = 0.88;
const GENDER_SIMILARITY = 0.3;
const TYPO_BASE = 0.85;
const TYPO_JW_SHARE = 0.1;
const OTHER_JW_SHARE = 0.6;
const UNPAIRED_FACTOR = 0.96;
const UNPAIRED_COUNTED = 2;
const CROSS_FIELD_FACTOR = 0.97;
const INITIALS_ONLY_FACTOR = 0.8;

/** Scratch flags for `jaroWinkler` (comparisons are synchronous, so one pair of buffers is enough). */
let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

/** Jaro–Winkler similarity (prefix scale 0.1, common prefix up to 4), in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (la > matchedA.length) matchedA = new Uint8Array(la * 2);
  if (lb > matchedB.length) matchedB = new Uint8Array(lb * 2);
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const ch = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === ch) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Damerau–Levenshtein distance in its restricted form (optimal string alignment): insertions, deletions,
 * substitutions and transpositions of two neighbouring characters, each costing 1.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0) return lb;
  if (lb === 0) return la;
  let prevPrev = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let row = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    row[0] = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = d;
    }
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[lb] as number;
}

export type SingleEdit =
  | { readonly kind: 'substitution'; readonly at: number }
  | { readonly kind: 'transposition'; readonly at: number }
  | { readonly kind: 'insertion'; readonly at: number };

/**
 * The one edit that turns `a` into `b` when their Damerau–Levenshtein distance is exactly 1, else null.
 * `at` is the index in the longer string (insertion) or in both (substitution, transposition).
 */
export function singleEdit(a: string, b: string): SingleEdit | null {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let first = -1;
    for (let i = 0; i < la; i++) {
      if (a.charCodeAt(i) !== b.charCodeAt(i)) {
        first = i;
        break;
      }
    }
    if (first < 0) return null;
    if (a.slice(first + 1) === b.slice(first + 1)) return { kind: 'substitution', at: first };
    if (
      first + 1 < la &&
      a.charCodeAt(first) === b.charCodeAt(first + 1) &&
      a.charCodeAt(first + 1) === b.charCodeAt(first) &&
      a.slice(first + 2) === b.slice(first + 2)
    ) {
      return { kind: 'transposition', at: first };
    }
    return null;
  }
  if (Math.abs(la - lb) !== 1) return null;
  const [short, long] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  return short.slice(i) === long.slice(i + 1) ? { kind: 'insertion', at: i } : null;
}

/**
 * Letters next to each other on a QWERTY or QWERTZ keyboard row, by skeleton letter (i stands for i, j and y;
 * g for g and h; v for v and w; k for k and q; s and c also for the digraphs folded into them).
 */
const KEY_NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const rows = ['qwertyuiop', 'qwertzuiop', 'asdfghjkl', 'zxcvbnm', 'yxcvbnm'];
  const toSkeleton: Readonly<Record<string, string>> = { j: 'i', y: 'i', h: 'g', w: 'v', q: 'k', x: 'k' };
  const map = new Map<string, Set<string>>();
  const add = (x: string, y: string) => {
    const sx = toSkeleton[x] ?? x;
    const sy = toSkeleton[y] ?? y;
    if (sx === sy) return;
    if (!map.has(sx)) map.set(sx, new Set());
    if (!map.has(sy)) map.set(sy, new Set());
    map.get(sx)?.add(sy);
    map.get(sy)?.add(sx);
  };
  for (const row of rows)
    for (let i = 0; i + 1 < row.length; i++) add(row[i] as string, row[i + 1] as string);
  return map;
})();

function keyNeighbours(x: string | undefined, y: string | undefined): boolean {
  return x !== undefined && y !== undefined && (KEY_NEIGHBOURS.get(x)?.has(y) ?? false);
}

/**
 * True when one skeleton is the masculine and the other the feminine form of one name: X and Xa (Ivan/Ivana,
 * Petrov/Petrova), Xo/Xe/Xi and Xa (Zdravko/Zdravka, Pavle/Pavla, Kovalski/Kovalska), XvC and XCa with a
 * vowel v (Petar/Petra, Aleksandar/Aleksandra, Pavel/Pavla, Amar/Amra).
 */
export function isGenderVariant(a: string, b: string): boolean {
  const [m, f] = a.endsWith('a') && !b.endsWith('a') ? [b, a] : [a, b];
  if (!f.endsWith('a') || m.endsWith('a') || m.length < 2) return false;
  const stem = f.slice(0, -1);
  if (m === stem) return true;
  const last = m[m.length - 1] as string;
  if ((last === 'o' || last === 'e' || last === 'i') && m.slice(0, -1) === stem) return true;
  if (m.length >= 3 && m.length === stem.length + 1) {
    const vowel = m[m.length - 2];
    if (
      (vowel === 'a' || vowel === 'e' || vowel === 'o') &&
      m.slice(0, -2) === stem.slice(0, -1) &&
      stem[stem.length - 1] === last
    ) {
      return true;
    }
  }
  return false;
}

function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
}

/**
 * Whether a single edit between skeletons `a` and `b`, whose shorter length is `length`, is an accepted typo.
 * Surnames that differ in one consonant are usually different surnames (Petrović, Perović, Petković;
 * Marinković, Marinović; Savchenko, Savenko), and so are names that differ by a vowel next to a vowel
 * (Todorović, Teodorović); dropped or doubled vowels and swapped letters are the typos people make.
 */
function acceptedTypo(edit: SingleEdit, a: string, b: string, length: number): boolean {
  if (length <= 3) return false;
  if (edit.kind === 'transposition') return true;
  if (length <= 5) return false;
  if (edit.kind === 'insertion') {
    const long = a.length > b.length ? a : b;
    const extra = long[edit.at];
    if (!isVowel(extra)) return false;
    // A final vowel is an ending, not a typo (Popović, Popovici; Osman, Osmani).
    if (edit.at === long.length - 1) return false;
    // i also stands for j and y, which sit next to vowels in every transliteration.
    return extra === 'i' || (!isVowel(long[edit.at - 1]) && !isVowel(long[edit.at + 1]));
  }
  const x = a[edit.at];
  const y = b[edit.at];
  if (!keyNeighbours(x, y)) return false;
  if (isVowel(x) && isVowel(y)) return true;
  return length >= 9 && !isVowel(x) && !isVowel(y);
}

/** Stands for a pair scored `OTHER_JW_SHARE × Jaro–Winkler` that is not computed yet (it is at most 0.6). */
const DEFERRED = -1;

function tokenSimilarity(a: string, b: string, deferOther: boolean): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const [x, y] = a < b ? [a, b] : [b, a];
  if (x.length === 0) return 0;
  if (x.length === 1 || y.length === 1) {
    if (x.length === 1 && y.length === 1) return 0;
    const [initial, full] = x.length === 1 ? [x, y] : [y, x];
    return full.startsWith(initial) ? INITIAL_SIMILARITY : 0;
  }
  if (isGenderVariant(x, y)) return GENDER_SIMILARITY;
  const edit = singleEdit(x, y);
  if (edit !== null && acceptedTypo(edit, x, y, Math.min(x.length, y.length))) {
    return TYPO_BASE + TYPO_JW_SHARE * jaroWinkler(x, y);
  }
  return deferOther ? DEFERRED : OTHER_JW_SHARE * jaroWinkler(x, y);
}

/** Similarity of two skeleton tokens in [0, 1]; see the module comment for the scale. Symmetric. */
export function nameTokenSimilarity(a: string, b: string): number {
  return tokenSimilarity(a, b, false);
}

function prepared(tokens: string[], roles: NameRole[]): PreparedName {
  if (tokens.length > MAX_NAME_TOKENS) {
    tokens.length = MAX_NAME_TOKENS;
    roles.length = MAX_NAME_TOKENS;
  }
  let key = '';
  for (let i = 0; i < tokens.length; i++) key += `${i === 0 ? '' : ' '}${roles[i]}:${tokens[i]}`;
  return { kind: 'prepared-name', tokens, roles, key };
}

function isPrepared(input: NameInput): input is PreparedName {
  return typeof input === 'object' && (input as Partial<PreparedName>).kind === 'prepared-name';
}

/** Folds a name once, for comparing it with many others (the server prepares the search query). */
export function prepareName(input: NameInput): PreparedName {
  if (typeof input === 'string') {
    const tokens = nameTokensForMatching(input);
    return prepared(tokens, new Array<NameRole>(tokens.length).fill('unknown'));
  }
  if (isPrepared(input)) return input;
  const given = input.givenName ? nameTokensForMatching(input.givenName) : [];
  const family = input.familyName ? nameTokensForMatching(input.familyName) : [];
  return prepared(
    [...given, ...family],
    [...given.map((): NameRole => 'given'), ...family.map((): NameRole => 'family')],
  );
}

/** Scratch matrices for `bestPairing`: at most MAX_NAME_TOKENS × MAX_NAME_TOKENS pairs. */
const SIM = new Float64Array(MAX_NAME_TOKENS * MAX_NAME_TOKENS);
const WEIGHT = new Float64Array(MAX_NAME_TOKENS * MAX_NAME_TOKENS);
/** 1 where SIM holds the upper bound of a deferred pair instead of its similarity. */
const BOUND = new Uint8Array(MAX_NAME_TOKENS * MAX_NAME_TOKENS);
let bestScore = 0;
let bestUsesBound = false;

/** Tries every way of pairing tokens `i`.. of the shorter name with unused tokens of the longer one. */
function visit(
  i: number,
  m: number,
  n: number,
  used: number,
  weighted: number,
  weights: number,
  worst: number,
  usesBound: boolean,
): void {
  if (i === m) {
    const score = 0.5 * (weighted / weights) + 0.5 * worst;
    if (score > bestScore || (score === bestScore && bestUsesBound && !usesBound)) {
      bestScore = score;
      bestUsesBound = usesBound;
    }
    return;
  }
  for (let j = 0; j < n; j++) {
    if (used & (1 << j)) continue;
    const k = i * n + j;
    const s = SIM[k] as number;
    const w = WEIGHT[k] as number;
    visit(
      i + 1,
      m,
      n,
      used | (1 << j),
      weighted + w * s,
      weights + w,
      s < worst ? s : worst,
      usesBound || BOUND[k] === 1,
    );
  }
}

/**
 * Best score over the ways of pairing every token of `short` with a different token of `long`. Pairs that
 * are neither equal nor a typo nor an initial first count at their upper bound; their Jaro–Winkler
 * similarity is computed only when the best pairing uses one of them (the result is the same, sooner).
 */
function bestPairing(short: PreparedName, long: PreparedName): number {
  const m = short.tokens.length;
  const n = long.tokens.length;
  let deferred = false;
  for (let i = 0; i < m; i++) {
    const ri = short.roles[i] as NameRole;
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      const rj = long.roles[j] as NameRole;
      let s = tokenSimilarity(short.tokens[i] as string, long.tokens[j] as string, true);
      BOUND[k] = s === DEFERRED ? 1 : 0;
      if (s === DEFERRED) {
        s = OTHER_JW_SHARE;
        deferred = true;
      } else if (ri !== 'unknown' && rj !== 'unknown' && ri !== rj) s *= CROSS_FIELD_FACTOR;
      SIM[k] = s;
      WEIGHT[k] = ri === 'family' || rj === 'family' ? FAMILY_WEIGHT : 1;
    }
  }
  bestScore = 0;
  bestUsesBound = false;
  visit(0, m, n, 0, 0, 0, 1, false);
  if (!deferred || !bestUsesBound) return bestScore;
  for (let i = 0; i < m; i++) {
    const ri = short.roles[i] as NameRole;
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      if (BOUND[k] === 0) continue;
      const rj = long.roles[j] as NameRole;
      let s = nameTokenSimilarity(short.tokens[i] as string, long.tokens[j] as string);
      if (ri !== 'unknown' && rj !== 'unknown' && ri !== rj) s *= CROSS_FIELD_FACTOR;
      SIM[k] = s;
      BOUND[k] = 0;
    }
  }
  bestScore = 0;
  bestUsesBound = false;
  visit(0, m, n, 0, 0, 0, 1, false);
  return bestScore;
}

/**
 * Compares two person names (plain strings, `{ givenName, familyName }`, or prepared names) and says whether
 * they can be the same person's. Symmetric: `compareNames(a, b)` equals `compareNames(b, a)`.
 */
export function compareNames(a: NameInput, b: NameInput): NameComparison {
  let pa = prepareName(a);
  let pb = prepareName(b);
  if (pa.tokens.length === 0 || pb.tokens.length === 0) return { score: 0, match: false };
  // Compute in one canonical order so that the result is bit-for-bit symmetric.
  if (pa.key > pb.key) [pa, pb] = [pb, pa];
  const [short, long] = pa.tokens.length <= pb.tokens.length ? [pa, pb] : [pb, pa];
  let score = bestPairing(short, long);
  const unpaired = Math.min(long.tokens.length - short.tokens.length, UNPAIRED_COUNTED);
  score *= UNPAIRED_FACTOR ** unpaired;
  if (short.tokens.every((t) => t.length === 1)) score *= INITIALS_ONLY_FACTOR;
  score = Math.min(1, Math.max(0, score));
  return { score, match: score >= NAME_MATCH_THRESHOLD };
}
