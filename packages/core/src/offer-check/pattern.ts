/**
 * Rule patterns are regular expressions written in the words people use, in any script: Serbian Latin or
 * Cyrillic, Ukrainian, Russian, English, German. `compilePattern` folds every run of letters with the same
 * `fold` the text goes through, so "паспорт", "pasoš" and "PASOS" meet on one form, and keeps the regular
 * expression syntax as it is. Three shorthands keep the rules readable:
 *
 * - a space matches any run of separators inside a sentence (spaces, commas, dashes, slashes, quotes);
 * - `~N` allows up to N other words in between, inside the same sentence; `~` alone means `~4`;
 * - a Serbian `đ`/`ђ` also matches the `d` people write without diacritics (`obezbeđen` → `obezbedj?en`).
 *
 * Rules for writing patterns: letters inside `[...]` must each fold to one ASCII letter; a quantifier after a
 * letter applies to the last folded letter only, so group first (`(?:я)?`, not `я?`); patterns match at the
 * start of a word (a leading word boundary is added), use `\w*` for endings.
 */
import { fold } from '../text/fold.js';

/** Separators inside one sentence. */
export const SEP = '[^\\w.!?;\\n]+';
/** One token: a word, or a number such as 1.500,00, or a hyphenated word. */
export const TOKEN = '\\w+(?:[.,:/-]\\w+)*';

export function gap(words: number): string {
  return `${SEP}(?:${TOKEN}${SEP}){0,${words}}?`;
}

const LETTER = /[\p{L}\p{M}'\u2019\u02bc]/u;
const DJ = /[đĐђЂ]/u;

/** Folded letter runs: the same words come back in many patterns. */
const RUNS = new Map<string, string>();

function foldRun(run: string): string {
  let folded = RUNS.get(run);
  if (folded === undefined) {
    folded = run
      .split(DJ)
      .map((piece) => fold(piece).text)
      .join('dj?');
    if (RUNS.size < 8192) RUNS.set(run, folded);
  }
  return folded;
}

/** Turns a natural-script pattern into a regular expression source over folded text. */
export function foldPattern(source: string): string {
  const chars = Array.from(source);
  let out = '';
  let run = '';
  let inClass = false;
  const flush = () => {
    if (run) {
      out += foldRun(run);
      run = '';
    }
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (!inClass && LETTER.test(ch)) {
      run += ch;
      continue;
    }
    flush();
    if (ch === '\\') {
      out += ch + (chars[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      if (/\p{L}/u.test(ch)) {
        const folded = fold(ch).text;
        if (folded.length !== 1) throw new Error(`pattern class letter "${ch}" folds to "${folded}"`);
        out += folded;
      } else {
        out += ch;
      }
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '~') {
      let digits = '';
      while (/[0-9]/.test(chars[i + 1] ?? '')) digits += chars[++i];
      out += `(?:${gap(digits ? Number(digits) : 4)})`;
      // the spaces around a gap belong to it
      if (chars[i + 1] === ' ') i++;
    } else if (ch === ' ') {
      if (chars[i + 1] === '~') continue;
      out += `(?:${SEP})`;
    } else {
      out += ch;
    }
  }
  flush();
  return out;
}

/** Compiles a natural-script pattern to a global regular expression anchored at a word start. */
export function compilePattern(source: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${foldPattern(source)})`, 'g');
}

/** Compiles several patterns into one alternation (for honest wording and context checks). */
export function compileAny(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${sources.map(foldPattern).join('|')})`, 'g');
}
