/**
 * Text folding for matching: maps any text to a lowercase, Latin, ASCII-ish form and keeps, for every
 * folded character, the range of the original string it came from. The job-offer check matches its
 * rules on the folded form and reports evidence as ranges of the original text; name matching reuses it.
 *
 * What folding does, character by character:
 * - Serbian Cyrillic goes through `cyrillicToLatin` (lossless), then diacritics are removed, so
 *   "смештај", "smeštaj" and "smestaj" all fold to `smestaj`; đ/ђ fold to `dj`, џ/dž to `dz`.
 * - Ukrainian and Russian letters that Serbian lacks use a fixed transliteration table (і→i, ї→ji, є→je,
 *   й→j, щ→sc, я→ja, ю→ju, ы→y, э→e, ё→e; ь and ъ are dropped). Shared letters follow the Serbian table,
 *   so one pattern written in Cyrillic covers what people type.
 * - Latin diacritics are removed (NFKD), ß→ss, æ→ae, ø→o, ł→l; ligatures and full-width forms are
 *   unfolded; everything is lowercased.
 * - A run of the same letter becomes one letter ("PLAAATA" → `plata`, "passport" → `pasport`); patterns
 *   are folded the same way, so this is consistent and absorbs stretched words and doubled typos.
 * - Whitespace runs become one space, or one newline when the run contains a line break; zero-width and
 *   format characters and apostrophes are dropped; dashes become `-`; €, $, £, ₴, ₽ become ` eur `,
 *   ` usd `, ` gbp `, ` uah `, ` rub `; list bullets and check marks become a newline; other emoji and
 *   symbols become a space.
 *
 * The folded form is a fixed point: folding it again returns it unchanged.
 */
import { cyrillicToLatin, SERBIAN_CYRILLIC_TO_LATIN } from './serbian.js';

export interface FoldedText {
  /** The matching form. */
  readonly text: string;
  /** The string that was folded. */
  readonly source: string;
  /** `starts[i]`..`ends[i]` is the range of `source` that produced `text[i]` (UTF-16 offsets). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Ukrainian and Russian letters outside the Serbian alphabet (lowercase). */
const EAST_SLAVIC: Readonly<Record<string, string>> = {
  і: 'i',
  ї: 'ji',
  є: 'je',
  ґ: 'g',
  й: 'j',
  щ: 'sc',
  ь: '',
  ъ: '',
  ы: 'y',
  э: 'e',
  ё: 'e',
  ю: 'ju',
  я: 'ja',
  ў: 'u',
};

/** Latin letters that NFKD does not reduce to ASCII. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  đ: 'dj',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
};

const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  '€': ' eur ',
  $: ' usd ',
  '£': ' gbp ',
  '₴': ' uah ',
  '₽': ' rub ',
};

/** Marks that people use as list bullets: they separate items like a line break does. */
const BULLETS = new Set([
  '•',
  '‣',
  '◦',
  '▪',
  '▫',
  '■',
  '□',
  '●',
  '○',
  '►',
  '▶',
  '➤',
  '➡',
  '→',
  '⇒',
  '✓',
  '✔',
  '✅',
  '☑',
  '❌',
  '✖',
  '❗',
  '‼',
  '⭐',
  '★',
  '☆',
  '🔹',
  '🔸',
  '🔴',
  '🟢',
  '📍',
  '📌',
  '👉',
]);

/** Sentinel for "drop, but this is a combining mark: extend the previous character's range". */
const MARK = '\u0000';

const RE_MARK = /^\p{M}$/u;
const RE_SPACE = /^\s$/u;
const RE_LINE_BREAK = /^[\u2028\u2029\u0085]$/u;
const RE_FORMAT = /^[\p{Cf}\p{Cc}]$/u;
const RE_DASH = /^\p{Pd}$/u;
const RE_APOSTROPHE = /^[\u2018\u2019\u02bc\u02b9\u02bb\u0060\u00b4\u2032]$/u;
const RE_QUOTE = /^[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]$/u;
const RE_SYMBOL = /^[\p{S}\p{Extended_Pictographic}]$/u;
const RE_ELLIPSIS = /^\u2026$/u;
const RE_LETTER = /^\p{L}$/u;

/** ASCII folds, precomputed. */
const ASCII: string[] = [];
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  if (code >= 65 && code <= 90) ASCII.push(ch.toLowerCase());
  else if (ch === '\n') ASCII.push('\n');
  else if (code < 32 || code === 127) ASCII.push(' ');
  else if (ch === "'" || ch === '`') ASCII.push('');
  else if (ch === '$') ASCII.push(' usd ');
  else ASCII.push(ch);
}

const CACHE = new Map<string, string>();
const CACHE_LIMIT = 8192;

function foldPiece(ch: string, depth: number): string {
  const lower = ch.toLowerCase();
  if (lower.length === 1 && lower.charCodeAt(0) < 128) return ASCII[lower.charCodeAt(0)] as string;
  if (SERBIAN_CYRILLIC_TO_LATIN[lower] !== undefined) return foldString(cyrillicToLatin(lower), depth + 1);
  const eastSlavic = EAST_SLAVIC[lower];
  if (eastSlavic !== undefined) return eastSlavic;
  const special = LATIN_SPECIAL[lower];
  if (special !== undefined) return special;
  if (RE_MARK.test(ch)) return MARK;
  if (RE_LINE_BREAK.test(ch)) return '\n';
  if (RE_SPACE.test(ch)) return ' ';
  if (RE_APOSTROPHE.test(ch)) return '';
  if (RE_FORMAT.test(ch)) return '';
  if (RE_DASH.test(ch)) return '-';
  if (RE_QUOTE.test(ch)) return '"';
  if (RE_ELLIPSIS.test(ch)) return '.';
  const symbolWord = SYMBOL_WORDS[ch];
  if (symbolWord !== undefined) return symbolWord;
  if (BULLETS.has(ch)) return '\n';
  if (RE_SYMBOL.test(ch)) return ' ';
  const code = ch.codePointAt(0) as number;
  if (code >= 0xd800 && code <= 0xdfff) return ' ';
  const decomposed = lower.normalize('NFKD');
  if (decomposed !== ch && depth < 3) return foldString(decomposed, depth + 1);
  return lower;
}

/** Folds a short string that is not mapped back (used for decomposed pieces). Marks are dropped. */
function foldString(input: string, depth: number): string {
  let out = '';
  for (const ch of input) {
    const piece = ch.length === 1 && ch.charCodeAt(0) < 128 ? ASCII[ch.charCodeAt(0)] : foldPiece(ch, depth);
    if (piece !== MARK) out += piece;
  }
  return out;
}

function foldChar(ch: string): string {
  const cached = CACHE.get(ch);
  if (cached !== undefined) return cached;
  const folded = foldPiece(ch, 0);
  if (CACHE.size < CACHE_LIMIT) CACHE.set(ch, folded);
  return folded;
}

function isFoldedLetter(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  return RE_LETTER.test(String.fromCharCode(code));
}

/** ASCII folds as char codes, for the fast path (-1: the fold is not a single character). */
const ASCII_CODE = new Int16Array(128);
for (let code = 0; code < 128; code++) {
  const piece = ASCII[code] as string;
  ASCII_CODE[code] = piece.length === 1 ? piece.charCodeAt(0) : piece.length === 0 ? -2 : -1;
}

const CODE_CACHE = new Map<number, string>();

interface Scratch {
  readonly out: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

function makeScratch(capacity: number): Scratch {
  return { out: new Uint16Array(capacity), starts: new Int32Array(capacity), ends: new Int32Array(capacity) };
}

/**
 * Turns the folded code units into a string: several times faster than `String.fromCharCode.apply` on 1 KB.
 * Only on little-endian platforms (the bytes of a Uint16Array are in platform order), and only for output
 * without surrogates (a decoder would replace a lone one); the BOM is kept like any other character.
 */
const UTF16: TextDecoder | undefined = ((): TextDecoder | undefined => {
  if (typeof TextDecoder === 'undefined' || new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1)
    return undefined;
  try {
    return new TextDecoder('utf-16le', { ignoreBOM: true });
  } catch {
    return undefined; // a platform without that encoding: the slower way
  }
})();

/** Working buffers reused between calls (folding is synchronous, so one set is enough). */
let scratch: Scratch = makeScratch(4096);

/** Folds of the code points below TABLE_SIZE (Latin, Greek, Cyrillic), filled on first sight. */
const TABLE_SIZE = 0x800;
const TABLE: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE).fill(undefined);

function foldCodePoint(cp: number, input: string, i: number, width: number): string {
  if (cp < TABLE_SIZE) {
    const known = TABLE[cp];
    if (known !== undefined) return known;
    const folded = foldChar(input[i] as string);
    TABLE[cp] = folded;
    return folded;
  }
  const cached = CODE_CACHE.get(cp);
  if (cached !== undefined) return cached;
  const folded = foldChar(width === 2 ? input.slice(i, i + 2) : (input[i] as string));
  if (CODE_CACHE.size < CACHE_LIMIT) CODE_CACHE.set(cp, folded);
  return folded;
}

/** Folds `input` to its matching form and keeps the offset map back to `input`. */
export function fold(input: string): FoldedText {
  const n = input.length;
  let capacity = Math.max(scratch.out.length, n + 16);
  if (capacity > scratch.out.length) scratch = makeScratch(capacity);
  let { out, starts, ends } = scratch;
  let length = 0;
  let last = -1; // char code of the last emitted character, -1 when none
  let surrogates = false; // whether the output holds UTF-16 surrogates (then it is not decoded with UTF16)

  let i = 0;
  while (i < n) {
    let code = input.charCodeAt(i);
    let width = 1;
    let piece: string | undefined;
    if (code < 128) {
      const folded = ASCII_CODE[code] as number;
      if (folded === -2) {
        i++;
        continue;
      }
      if (folded >= 0) code = folded;
      else piece = ASCII[code] as string;
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const next = input.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) width = 2;
      }
      const cp = width === 2 ? (input.codePointAt(i) as number) : code;
      const folded = foldCodePoint(cp, input, i, width);
      if (folded === MARK) {
        if (length > 0 && last !== 32 && last !== 10) ends[length - 1] = i + width;
        i += width;
        continue;
      }
      if (folded.length === 0) {
        i += width;
        continue;
      }
      if (folded.length === 1) code = folded.charCodeAt(0);
      else piece = folded;
    }
    const count = piece === undefined ? 1 : piece.length;
    for (let k = 0; k < count; k++) {
      const c = piece === undefined ? code : piece.charCodeAt(k);
      if (c === 32 || c === 10) {
        if (last === 32 || last === 10) {
          if (c === 10 && last === 32) {
            out[length - 1] = 10;
            last = 10;
          }
          continue;
        }
      } else if (c === last && isFoldedLetter(c)) {
        ends[length - 1] = i + width;
        continue;
      }
      if (length === capacity) {
        capacity *= 2;
        const o = new Uint16Array(capacity);
        o.set(out);
        out = o;
        const s = new Int32Array(capacity);
        s.set(starts);
        starts = s;
        const e = new Int32Array(capacity);
        e.set(ends);
        ends = e;
        scratch = { out, starts, ends };
      }
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      out[length] = c;
      starts[length] = i;
      ends[length] = i + width;
      length++;
      last = c;
    }
    i += width;
  }

  let text = '';
  if (UTF16 !== undefined && !surrogates) {
    text = UTF16.decode(out.subarray(0, length));
  } else {
    for (let k = 0; k < length; k += 4096) {
      const chunk = out.subarray(k, Math.min(length, k + 4096)) as unknown as number[];
      text += String.fromCharCode.apply(null, chunk);
    }
  }
  // one allocation for both maps
  const map = new Int32Array(2 * length);
  map.set(starts.subarray(0, length));
  map.set(ends.subarray(0, length), length);
  return { text, source: input, starts: map.subarray(0, length), ends: map.subarray(length) };
}

/** The folded matching form of `input`, without the offset map. */
export function foldText(input: string): string {
  return fold(input).text;
}

/**
 * Maps the folded range `start`..`end` back to the range of the original string that produced it.
 * The result always lies within the original string; an empty folded range maps to an empty range.
 */
export function originalRange(
  folded: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const length = folded.text.length;
  const s = Math.max(0, Math.min(start, length));
  const e = Math.max(s, Math.min(end, length));
  if (s === e) {
    const at = s < length ? (folded.starts[s] as number) : folded.source.length;
    return { start: at, end: at };
  }
  return {
    start: folded.starts[s] as number,
    end: Math.max(folded.starts[s] as number, folded.ends[e - 1] as number),
  };
}
