/**
 * Typo tolerance on key words. A word whose beginning is one edit (insertion, deletion, substitution or
 * swap of neighbours) away from a key stem is rewritten to the stem before the rules run: "pasosh",
 * "paspsort", "porvizija", "ugvoor" read as pasos-, pasport-, provizij-, ugovor-. It is "safe" because the
 * stems are long (five letters or more after folding), the first letter must match, and a word that
 * already starts with any stem is left alone. The rewritten text keeps the offset map to the original.
 */
import { fold, type FoldedText } from '../text/fold.js';

const KEY_WORDS = [
  'pasoš',
  'passport',
  'паспорт',
  'reisepass',
  'ugovor',
  'contract',
  'договір',
  'договор',
  'vertrag',
  'provizij',
  'kotizacij',
  'depozit',
  'deposit',
  'kaution',
  'registracij',
  'registration',
  'реєстрац',
  'регистрац',
  'smeštaj',
  'smještaj',
  'accommodation',
  'unterkunft',
  'dozvol',
  'permit',
  'дозвіл',
  'разрешени',
  'uplat',
  'unapred',
  'advance',
  'наперед',
  'передоплат',
  'предоплат',
  'western',
  'moneygram',
  'akontacij',
  'turist',
  'tourist',
  'турист',
  'dokument',
  'document',
  'документ',
  'agencij',
  'agency',
  'агенці',
  'агентств',
  'licenc',
  'license',
  'licence',
  'ліценз',
  'koordinator',
  'coordinator',
  'координатор',
  'garantovan',
  'zagarantovan',
  'guarantee',
  'гарантов',
  'zarad',
  'salary',
  'зарплат',
  'odbij',
  'deduct',
  'утрим',
  'gotovin',
  'готівк',
  'telefon',
  'телефон',
  'inostranstv',
  'nemačk',
  'njemačk',
  'austrij',
  'slovačk',
  'німеччин',
  'gmbh',
  'prekovremen',
  'overtime',
  'escort',
  'eskort',
  'iskustv',
  'experience',
  'досвід',
  'besplatn',
  'безкоштовн',
];

const MIN_WORD = 4;

/**
 * Real words one edit from a key stem, left as they are (folded, whole words): "готовий", "gotovi" (ready) are
 * no "gotovin-" (cash), Russian "заранее" (in advance) is no "zarad-" (pay).
 */
const REAL_WORDS = new Set(['gotovi', 'gotovij', 'gotova', 'gotove', 'gotovu', 'zarane']);

/** The stems by first letter (a–z as 0–25). */
type StemIndex = readonly (readonly string[] | undefined)[];

let cached: StemIndex | undefined;

function index(): StemIndex {
  if (cached) return cached;
  const seen = new Set<string>();
  const byFirst: (string[] | undefined)[] = Array.from({ length: 26 }, () => undefined);
  for (const word of KEY_WORDS) {
    const text = fold(word).text;
    if (text.length < 5 || seen.has(text)) continue;
    seen.add(text);
    const first = text.charCodeAt(0) - 97;
    if (first < 0 || first >= 26) continue;
    (byFirst[first] ??= []).push(text);
  }
  cached = byFirst;
  return cached;
}

/**
 * True when text[at, at + length) and `stem` are at most one edit apart (insertion, deletion, substitution
 * or swap). Reads only text[at, at + length).
 */
function withinOneEdit(text: string, at: number, length: number, stem: string): boolean {
  const lb = stem.length;
  if (Math.abs(length - lb) > 1) return false;
  let i = 0;
  while (i < length && i < lb && text.charCodeAt(at + i) === stem.charCodeAt(i)) i++;
  if (i === length && i === lb) return true;
  if (length === lb) {
    // substitution at i, or a swap of i and i + 1
    let j = i + 1;
    while (j < length && text.charCodeAt(at + j) === stem.charCodeAt(j)) j++;
    if (j === length) return true;
    if (
      j === i + 1 &&
      text.charCodeAt(at + i) === stem.charCodeAt(i + 1) &&
      text.charCodeAt(at + i + 1) === stem.charCodeAt(i)
    ) {
      let k = i + 2;
      while (k < length && text.charCodeAt(at + k) === stem.charCodeAt(k)) k++;
      return k === length;
    }
    return false;
  }
  // one character more on one side, at position i
  if (length > lb) {
    let k = i;
    while (k < lb && text.charCodeAt(at + k + 1) === stem.charCodeAt(k)) k++;
    return k === lb;
  }
  let k = i;
  while (k < length && text.charCodeAt(at + k) === stem.charCodeAt(k + 1)) k++;
  return k === length;
}

/** The correction of the word text[at, at + size) (a run of a–z), if it is a near-miss of a stem. */
/**
 * The stems with the first letter `first` whose second letter is `second` or whose third is `third` (a–z as
 * 0–25), in the order of `index()`, filled on first use: a stem the word starts with, and a stem one edit
 * away ("one of the next two letters must agree"), is among them.
 */
const NEAR: (readonly string[] | undefined)[] = [];
const NO_STEMS: readonly string[] = [];

function nearStems(first: number, second: number, third: number): readonly string[] {
  const slot = (first * 26 + second) * 26 + third;
  let list = NEAR[slot];
  if (list === undefined) {
    const near = (index()[first] ?? []).filter(
      (stem) => stem.charCodeAt(1) - 97 === second || stem.charCodeAt(2) - 97 === third,
    );
    // (one shared empty list: most of the 26³ slots have no stem)
    list = near.length > 0 ? near : NO_STEMS;
    NEAR[slot] = list;
  }
  return list;
}

function correctWord(text: string, at: number, size: number): { length: number; stem: string } | undefined {
  const second = text.charCodeAt(at + 1);
  const third = text.charCodeAt(at + 2);
  const candidates = nearStems(text.charCodeAt(at) - 97, second - 97, third - 97);
  if (candidates.length === 0) return undefined;
  for (const stem of candidates) if (stem.length <= size && text.startsWith(stem, at)) return undefined;
  for (const stem of candidates) {
    const k = stem.length;
    for (let n = 0; n < 3; n++) {
      const length = n === 0 ? k : n === 1 ? k + 1 : k - 1;
      if (length < MIN_WORD || length > size) continue;
      if (withinOneEdit(text, at, length, stem)) return { length, stem };
    }
  }
  return undefined;
}

/** Rewrites near-misses of key words in folded text to the key word, keeping the map to the original. */
export function correctTypos(folded: FoldedText): FoldedText {
  const text = folded.text;
  // the corrections first: (where, length replaced, stem); most texts have none
  let fixes: (number | string)[] | undefined;
  let grow = 0;
  const n = text.length;
  for (let p = 0; p < n;) {
    const c = text.charCodeAt(p);
    if (c < 97 || c > 122) {
      p++;
      continue;
    }
    let e = p + 1;
    while (e < n) {
      const d = text.charCodeAt(e);
      if (d < 97 || d > 122) break;
      e++;
    }
    const at = p;
    p = e;
    if (e - at < MIN_WORD) continue;
    const fix = correctWord(text, at, e - at);
    if (!fix || REAL_WORDS.has(text.slice(at, e))) continue;
    (fixes ??= []).push(at, fix.length, fix.stem);
    grow += fix.stem.length - fix.length;
  }
  if (fixes === undefined) return folded;
  const length = n + grow;
  const map = new Int32Array(2 * length);
  const starts = map.subarray(0, length);
  const ends = map.subarray(length);
  let out = '';
  let last = 0;
  let k = 0;
  for (let f = 0; f < fixes.length; f += 3) {
    const at = fixes[f] as number;
    const size = fixes[f + 1] as number;
    const stem = fixes[f + 2] as string;
    out += text.slice(last, at);
    starts.set(folded.starts.subarray(last, at), k);
    ends.set(folded.ends.subarray(last, at), k);
    k += at - last;
    const from = folded.starts[at] as number;
    const to = folded.ends[at + size - 1] as number;
    out += stem;
    starts.fill(from, k, k + stem.length);
    ends.fill(to, k, k + stem.length);
    k += stem.length;
    last = at + size;
  }
  out += text.slice(last);
  starts.set(folded.starts.subarray(last, n), k);
  ends.set(folded.ends.subarray(last, n), k);
  return { text: out, source: folded.source, starts, ends };
}
