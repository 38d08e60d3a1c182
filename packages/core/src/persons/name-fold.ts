/**
 * Name folding: maps every way people write one name to one canonical skeleton, so that "Сергій", "Serhii",
 * "Sergiy", "Sergey" and "Sergej" are the same token, and so are "Ђорђевић", "Đorđević", "Djordjevic" and
 * "Dordevic". It builds on `foldText` (script, case and diacritics removed, runs of one letter collapsed) and
 * adds what only makes sense for names:
 *
 * - Latin digraphs of the usual Ukrainian, Russian, Hungarian and Polish transliterations are written as the
 *   one letter Serbian Latin uses for the sound: kh→h, zh→z, sh→s, ch→c, ts/tz/cz/cs→c, sz→s, zs→z,
 *   th→t, gh→g, ph→f, ck→k, ct→kt, x→ks, w→v, q→k; Hungarian gy→đ at the start of a name or after a
 *   vowel (Nagy, Nađ).
 * - đ (which `foldText` writes as dj) becomes d: people without a Serbian keyboard type Đ as Dj or as D.
 * - h becomes g: Ukrainian г is h in Latin (Serhii, Olha, Hanna) and g in Cyrillic and in Russian
 *   (Сергій, Olga).
 * - j and y become i and doubled letters collapse again: Yuliia, Yulia, Julija and Юлія all give `iulia`;
 *   -ий, -ій, -iy, -ii, -yi, -y give -i; ya/ia/ja, yu/iu/ju, ye/ie/je are one form; lj, nj become li, ni.
 *   Only the Serbian -iji- stays apart (Ilijić gives `ilijic`, Ilić `ilic`).
 * - Positional forms: a leading ie becomes e (Yevhen, Jevgenij, Евгений), a final ei becomes i (Andrey,
 *   Sergej, Aleksei: the Russian -ей of the Ukrainian -ій), a leading oleks becomes aleks (Oleksandr,
 *   Aleksandr), eie becomes e (Sergeyev, Сергеев), a final skaia/ckaia becomes ska/cka (Russian -ская).
 * - A short table of given names whose Ukrainian and Russian forms differ by more than spelling (Dmytro and
 *   Dmitry, Mykola and Nikolai, Volodymyr and Vladimir, Tetiana and Tatiana, ...). Only forms of one name are
 *   listed, never related but different names (Georgije and Đorđe, Katarina and Kateryna stay apart).
 * - Honorifics and name particles (dr, gospodin, пан, von, de, ...) are dropped.
 *
 * The skeleton is a matching key, not a spelling: it is never shown. It is a fixed point (folding a
 * skeleton again returns it unchanged), and it is what the blind indexes of person names hash.
 */
import { foldText } from '../text/fold.js';

/** Honorifics, titles and particles, in their `foldText` form; they are not part of the name. */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'prof',
  'ing',
  'dipl',
  'gosp',
  'gospodin',
  'gospodja',
  'gospodjica',
  'gdja',
  'gdjica',
  'gospoza',
  'pan',
  'pani',
  'jr',
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
]);

/**
 * Given names whose Ukrainian and Russian (or Serbian) forms are one name written differently beyond what
 * the letter rules cover, by skeleton. Keys and values are skeletons.
 */
const NAME_FORMS: Readonly<Record<string, string>> = {
  dmitro: 'dmitri', // Дмитро / Дмитрий
  mikola: 'nikolai', // Микола / Николай
  migail: 'migailo', // Михаил / Михайло, Mihailo
  pavlo: 'pavel', // Павло / Павел
  petro: 'petr', // Петро / Пётр
  piotr: 'petr', // Pyotr
  volodimir: 'vladimir', // Володимир / Владимир
  tetiana: 'tatiana', // Тетяна / Татьяна
  svitlana: 'svetlana', // Світлана / Светлана
  vasil: 'vasili', // Василь / Василий
  evgen: 'evgeni', // Євген / Евгений
  olena: 'elena', // Олена / Елена, Jelena
  katerina: 'ekaterina', // Катерина / Екатерина
  mikita: 'nikita', // Микита / Никита
  fedir: 'fedor', // Федір / Фёдор
  kirilo: 'kiril', // Кирило / Кирилл
  danil: 'danilo', // Даниил / Данило
  vira: 'vera', // Віра / Вера
  iakiv: 'iakov', // Яків / Яков
};

/** Character codes of the letters the rules look at. */
const C = {
  a: 97,
  c: 99,
  d: 100,
  e: 101,
  f: 102,
  g: 103,
  h: 104,
  i: 105,
  j: 106,
  k: 107,
  o: 111,
  p: 112,
  q: 113,
  s: 115,
  t: 116,
  u: 117,
  v: 118,
  w: 119,
  x: 120,
  y: 121,
  z: 122,
} as const;

function isVowelCode(code: number): boolean {
  return code === C.a || code === C.e || code === C.i || code === C.o || code === C.u || code === C.y;
}

/**
 * The single letter that the digraph `first`+`second` stands for, or -1. `gy` is handled by the caller,
 * `ct` (→ kt) and `zgh` (→ zg) too.
 */
function digraph(first: number, second: number): number {
  if (second === C.h) {
    switch (first) {
      case C.k:
      case C.g:
        return C.g; // kh: х, which is h, and h is g here; gh: Hungarian Balogh
      case C.z:
        return C.z;
      case C.s:
        return C.s;
      case C.c:
        return C.c;
      case C.t:
        return C.t;
      case C.p:
        return C.f;
    }
    return -1;
  }
  switch (first) {
    case C.t:
      return second === C.s || second === C.z ? C.c : -1;
    case C.c:
      return second === C.z || second === C.s ? C.c : second === C.k ? C.k : -1;
    case C.s:
      return second === C.z ? C.s : -1;
    case C.z:
      return second === C.s ? C.z : -1;
    case C.d:
      return second === C.j ? C.d : -1;
  }
  return -1;
}

/** Output of `spell`: a buffer reused between calls (folding is synchronous). */
let out = new Uint16Array(64);
let outLength = 0;
/** Length of the run of i that the output ends with. */
let iRun = 0;

/**
 * Appends a letter, collapsing runs of one letter as it goes. A run of three or more i (from i, j and y) is
 * written iji: only the Serbian -iji- makes one (Ilijić is not Ilić), while Yuliia and Yulia, Andrii and
 * Andriy meet in one i.
 */
function push(code: number, code2 = -1): void {
  if (outLength + 4 > out.length) {
    const grown = new Uint16Array(out.length * 2);
    grown.set(out);
    out = grown;
  }
  if (code === C.i) {
    iRun++;
    if (iRun === 1) out[outLength++] = C.i;
  } else {
    endRun();
    if (outLength === 0 || out[outLength - 1] !== code) out[outLength++] = code;
  }
  if (code2 >= 0) push(code2);
}

function endRun(): void {
  if (iRun >= 3) {
    out[outLength++] = C.j;
    out[outLength++] = C.i;
  }
  iRun = 0;
}

/**
 * Letter rules on one folded token (lowercase; letters outside a–z pass through unchanged), with runs of one
 * letter collapsed.
 */
function spell(token: string): string {
  const n = token.length;
  outLength = 0;
  iRun = 0;
  let i = 0;
  while (i < n) {
    const c = token.charCodeAt(i);
    if (i + 1 < n) {
      const next = token.charCodeAt(i + 1);
      if (c === C.z && next === C.g && token.charCodeAt(i + 2) === C.h) {
        push(C.z, C.g); // Ukrainian зг is written zgh to tell it from ж
        i += 3;
        continue;
      }
      if (c === C.c && next === C.t) {
        push(C.k, C.t); // Victor, Viktor: Slavic names have no ct, so c before t is a k
        i += 2;
        continue;
      }
      if (
        c === C.g &&
        next === C.y &&
        (i === 0 || isVowelCode(token.charCodeAt(i - 1))) &&
        (i + 2 >= n || isVowelCode(token.charCodeAt(i + 2)))
      ) {
        push(C.d); // Hungarian gy is đ: Nagy, Nađ; Magyar, Mađar
        i += 2;
        continue;
      }
      const one = digraph(c, next);
      if (one >= 0) {
        push(one);
        i += 2;
        continue;
      }
    }
    switch (c) {
      case C.x:
        push(C.k, C.s);
        break;
      case C.w:
        push(C.v);
        break;
      case C.q:
        push(C.k);
        break;
      case C.h:
        push(C.g);
        break;
      case C.y:
      case C.j:
        push(C.i);
        break;
      default:
        push(c);
    }
    i++;
  }
  endRun();
  return String.fromCharCode.apply(null, out.subarray(0, outLength) as unknown as number[]);
}

/** Positional rules and the table of name forms, on a spelled, collapsed token. */
function canonical(s: string): string {
  let t = s;
  if (t.length > 2 && t.startsWith('ie')) t = t.slice(1);
  if (t.startsWith('oleks')) t = 'a' + t.slice(1);
  if (t.includes('eie')) t = t.replaceAll('eie', 'e');
  if (t.length > 3 && t.endsWith('ei')) t = t.slice(0, -2) + 'i';
  if (t.endsWith('skaia') || t.endsWith('ckaia')) t = t.slice(0, -2);
  if (t !== s) t = spell(t); // collapse the runs a rule may have made
  return NAME_FORMS[t] ?? t;
}

/**
 * What a round of rules can leave for another round: a digraph made of letters that came from two rules
 * ("Smiths": ths → ts, which is c), or a positional form that a later rule uncovered.
 */
const RE_AGAIN = /t[sz]|c[zskt]|sz|zs|^ie|eie|ei$/;

/** The skeleton of one token that is already in `foldText` form: the rules repeated to their fixed point. */
function skeletonOfFolded(folded: string): string {
  let skeleton = canonical(spell(folded));
  for (let round = 0; round < 3 && RE_AGAIN.test(skeleton); round++) {
    const next = canonical(spell(skeleton));
    if (next === skeleton) break;
    skeleton = next;
  }
  return skeleton;
}

const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Letters and digits make tokens; everything else (spaces, hyphens, dots, commas) separates them. */
function isTokenCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return RE_LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const LONGEST_NOT_A_NAME = Math.max(...[...NOT_A_NAME].map((w) => w.length));

function isNotAName(token: string): boolean {
  return token.length <= LONGEST_NOT_A_NAME && NOT_A_NAME.has(token);
}

function isDigits(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The skeleton tokens of a name, in the order written: honorifics, particles and numbers dropped, hyphenated
 * parts split ("Marić-Jovanović" gives two tokens). A one-letter token (an initial) is kept.
 */
export function nameTokensForMatching(name: string): string[] {
  const folded = foldText(name);
  const tokens: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isTokenCode(folded.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isTokenCode(folded.charCodeAt(i))) i++;
    if (i === start) break;
    const part = folded.slice(start, i);
    if (isNotAName(part) || isDigits(part)) continue;
    const skeleton = skeletonOfFolded(part);
    if (skeleton !== '' && !isNotAName(skeleton)) tokens.push(skeleton);
  }
  return tokens;
}

/** The canonical skeleton of a whole name: its matching tokens joined by single spaces. */
export function foldName(name: string): string {
  return nameTokensForMatching(name).join(' ');
}
