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

interface Stem {
  readonly text: string;
}

interface StemIndex {
  readonly byFirst: Map<string, Stem[]>;
}

let cached: StemIndex | undefined;

function index(): StemIndex {
  if (cached) return cached;
  const seen = new Set<string>();
  const stems: Stem[] = [];
  for (const word of KEY_WORDS) {
    const text = fold(word).text;
    if (text.length < 5 || seen.has(text)) continue;
    seen.add(text);
    stems.push({ text });
  }
  const map = new Map<string, Stem[]>();
  for (const stem of stems) {
    const first = stem.text[0] as string;
    const list = map.get(first) ?? [];
    list.push(stem);
    map.set(first, list);
  }
  cached = { byFirst: map };
  return cached;
}

/** True when word[0, length) and `stem` are at most one edit apart (insertion, deletion, substitution or swap). */
function withinOneEdit(word: string, length: number, stem: string): boolean {
  const lb = stem.length;
  if (Math.abs(length - lb) > 1) return false;
  let i = 0;
  while (i < length && i < lb && word.charCodeAt(i) === stem.charCodeAt(i)) i++;
  if (i === length && i === lb) return true;
  if (length === lb) {
    // substitution at i, or a swap of i and i + 1
    let j = i + 1;
    while (j < length && word.charCodeAt(j) === stem.charCodeAt(j)) j++;
    if (j === length) return true;
    if (
      j === i + 1 &&
      word.charCodeAt(i) === stem.charCodeAt(i + 1) &&
      word.charCodeAt(i + 1) === stem.charCodeAt(i)
    ) {
      let k = i + 2;
      while (k < length && word.charCodeAt(k) === stem.charCodeAt(k)) k++;
      return k === length;
    }
    return false;
  }
  // one character more on one side, at position i
  if (length > lb) {
    let k = i;
    while (k < lb && word.charCodeAt(k + 1) === stem.charCodeAt(k)) k++;
    return k === lb;
  }
  let k = i;
  while (k < length && word.charCodeAt(k) === stem.charCodeAt(k + 1)) k++;
  return k === length;
}

function correctWord(word: string): { length: number; stem: string } | undefined {
  const { byFirst: map } = index();
  const candidates = map.get(word[0] as string);
  if (!candidates) return undefined;
  for (const stem of candidates) if (word.startsWith(stem.text)) return undefined;
  for (const stem of candidates) {
    const k = stem.text.length;
    // cheap filter: one of the next two letters must agree
    if (word.charCodeAt(1) !== stem.text.charCodeAt(1) && word.charCodeAt(2) !== stem.text.charCodeAt(2))
      continue;
    for (const length of [k, k + 1, k - 1]) {
      if (length < MIN_WORD || length > word.length) continue;
      if (withinOneEdit(word, length, stem.text)) return { length, stem: stem.text };
    }
  }
  return undefined;
}

const WORD = /[a-z]+/g;

/** Rewrites near-misses of key words in folded text to the key word, keeping the map to the original. */
export function correctTypos(folded: FoldedText): FoldedText {
  const text = folded.text;
  let out = '';
  let last = 0;
  const starts: number[] = [];
  const ends: number[] = [];
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) {
      starts.push(folded.starts[i] as number);
      ends.push(folded.ends[i] as number);
    }
  };
  let changed = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    if (word.length < MIN_WORD) continue;
    const fix = correctWord(word);
    if (!fix) continue;
    changed = true;
    copy(last, m.index);
    const from = folded.starts[m.index] as number;
    const to = folded.ends[m.index + fix.length - 1] as number;
    out += fix.stem;
    for (let i = 0; i < fix.stem.length; i++) {
      starts.push(from);
      ends.push(to);
    }
    last = m.index + fix.length;
  }
  if (!changed) return folded;
  copy(last, text.length);
  return { text: out, source: folded.source, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
