/**
 * Derives the Latin-script vocabulary from the full one (see `vocabulary.ts`): every alternative of a pattern
 * that is written with Cyrillic letters is left out. Used by `scripts/offer-packs.mjs` to write
 * `packs/latin.ts` and by the tests that keep that file in step with `rules.ts`; never shipped to a browser.
 *
 * How a pattern is pruned (natural-script source, before folding):
 * - an alternative (`a|b` at any depth) whose own literal letters include a Cyrillic one goes. In the names
 *   of places and jobs and in identity patterns, one written with Serbian Cyrillic letters only (it may be
 *   Serbian: "Грац") stays, transliterated to Serbian Latin, which folds the same way (the rules write
 *   Serbian words in Latin; the folding makes them match Serbian Cyrillic text);
 * - a group whose alternatives all went makes its alternative go too, unless the group is optional
 *   (`(…)?`, `(…)*`, `(…){0,n}`), where it becomes `(?!)` and matches nothing, as it should;
 * - character classes, escapes and lookarounds are kept as written (pruning inside a negative lookaround
 *   would make a pattern match more, never less);
 * - an alternative that holds a capturing group is not removed but disabled with a leading `(?!)`, so the
 *   group numbers the engine reads stay the same.
 * A pattern of which nothing is left is `undefined` (the caller drops it).
 */
import { fold } from '../text/fold.js';
import { cyrillicToLatin } from '../text/serbian.js';
import { foldPattern } from './pattern.js';
import type { NumberWords } from './numbers.js';
import type { RuleSpec } from './rules.js';
import type { Vocabulary, VocabularyWords } from './vocabulary.js';

const CYRILLIC = /[\u0400-\u04ff]/u;
/** Cyrillic letters that Serbian does not use: an alternative with one of them is Ukrainian or Russian. */
const NOT_SERBIAN = /[\u0400-\u04ff]/u;
const SERBIAN_ALPHABET = /[абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ]/u;
const NEVER = '(?!)';

interface Pruned {
  /** The pruned source of the alternatives, or undefined when none is left. */
  readonly source: string | undefined;
  /** The same with the disabled alternatives that hold capturing groups (to keep group numbers). */
  readonly all: string;
  readonly end: number;
}

/** How a pruner treats alternatives: see `latinOnly` and `languagePack`. */
interface PruneOptions {
  /** Cyrillic letters: `drop` the alternative, keep it when `serbian` letters only (transliterated), or `keep`. */
  readonly cyrillic: 'drop' | 'serbian' | 'keep';
  /** Drops an alternative by its own letters (natural script, its groups left out), when it has a guard. */
  readonly drop?: (own: string) => boolean;
  /** Collects the guard words of the alternatives `drop` removed. */
  readonly guards?: Set<string>;
}

class Pruner {
  constructor(
    private readonly src: string,
    private readonly options: PruneOptions,
  ) {}

  /** Alternatives from `i` up to the closing `)` (or the end); `end` is the index of that `)`. */
  alternatives(i: number): Pruned {
    const kept: string[] = [];
    let at = i;
    for (;;) {
      const { text, dead, capturing, end } = this.sequence(at);
      if (!dead) kept.push(text);
      else if (capturing) kept.push(NEVER + text);
      at = end;
      if (this.src[at] === '|') {
        at++;
        continue;
      }
      break;
    }
    const live = kept.filter((k) => !k.startsWith(NEVER));
    return { source: live.length === 0 ? undefined : kept.join('|'), all: kept.join('|') || NEVER, end: at };
  }

  private sequence(i: number): { text: string; dead: boolean; capturing: boolean; end: number } {
    const src = this.src;
    let text = '';
    let latin = '';
    let cyrillic = false;
    let dead = false;
    let capturing = false;
    let own = '';
    let at = i;
    const verbatim = (piece: string) => {
      text += piece;
      latin += piece;
    };
    while (at < src.length && src[at] !== '|' && src[at] !== ')') {
      const ch = src[at] as string;
      if (ch === '\\') {
        verbatim(src.slice(at, at + 2));
        at += 2;
      } else if (ch === '[') {
        const end = this.classEnd(at);
        verbatim(src.slice(at, end));
        at = end;
      } else if (ch === '(') {
        const head = /^\((?:\?(?:<[=!]|[=!:]|<[A-Za-z]\w*>))?/.exec(src.slice(at))?.[0] ?? '(';
        const lookaround = /^\(\?<?[=!]$/.test(head);
        if (head === '(' || (head.startsWith('(?<') && !lookaround)) capturing = true;
        if (lookaround) {
          const end = this.groupEnd(at);
          verbatim(src.slice(at, end));
          at = end;
          continue;
        }
        const inner = this.alternatives(at + head.length);
        if (src[inner.end] !== ')') throw new Error(`unbalanced pattern: ${src}`);
        at = inner.end + 1;
        const quantifier = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/.exec(src.slice(at))?.[0] ?? '';
        at += quantifier.length;
        const optional = quantifier.startsWith('?') || quantifier.startsWith('*') || /^\{0/.test(quantifier);
        if (inner.source === undefined) {
          // never matches; capturing groups inside stay (disabled) so group numbers do not move
          verbatim(`${head}${inner.all})${quantifier}`);
          if (!optional) dead = true;
        } else {
          verbatim(`${head}${inner.source})${quantifier}`);
        }
      } else {
        const mode = this.options.cyrillic;
        if (mode !== 'keep' && CYRILLIC.test(ch)) {
          cyrillic = true;
          if (mode === 'drop' || (!SERBIAN_ALPHABET.test(ch) && NOT_SERBIAN.test(ch))) dead = true;
          latin += cyrillicToLatin(ch);
        } else latin += ch;
        text += ch;
        own += ch;
        at++;
      }
    }
    const { drop, guards } = this.options;
    if (!dead && drop?.(own)) {
      const guard = guardWord(text, drop);
      if (guard !== undefined) {
        dead = true;
        guards?.add(guard);
      }
    }
    if (dead && /\((?!\?)|\(\?<[A-Za-z]/.test(text)) capturing = true;
    return { text: cyrillic && !dead ? latin : text, dead, capturing, end: at };
  }

  private classEnd(i: number): number {
    let at = i + 1;
    if (this.src[at] === '^') at++;
    if (this.src[at] === ']') at++;
    while (at < this.src.length && this.src[at] !== ']') at += this.src[at] === '\\' ? 2 : 1;
    return at + 1;
  }

  private groupEnd(i: number): number {
    let depth = 0;
    let at = i;
    while (at < this.src.length) {
      const ch = this.src[at];
      if (ch === '\\') at += 2;
      else if (ch === '[') at = this.classEnd(at);
      else {
        if (ch === '(') depth++;
        else if (ch === ')') {
          depth--;
          if (depth === 0) return at + 1;
        }
        at++;
      }
    }
    throw new Error(`unbalanced pattern: ${this.src}`);
  }
}

/**
 * The pattern without its Cyrillic alternatives, or undefined when nothing is left. With `keepSerbian`,
 * alternatives written in the Serbian Cyrillic alphabet stay, transliterated.
 */
export function latinOnly(source: string, keepSerbian = false): string | undefined {
  return prune(source, { cyrillic: keepSerbian ? 'serbian' : 'drop' });
}

function prune(source: string, options: PruneOptions): string | undefined {
  const pruner = new Pruner(source, options);
  const { source: out, end } = pruner.alternatives(0);
  if (end !== source.length) throw new Error(`unbalanced pattern: ${source}`);
  return out;
}

/**
 * The guard word of one alternative (natural script): the longest run of letters that every match of it
 * holds, folded as the text is (letters outside groups and classes, not made optional by a quantifier), or
 * undefined when no such run has four letters or more; a run `prefer` likes (one that looks like the language
 * left out, when a pack drops an alternative that mixes languages) wins over a longer one. A text whose folded
 * form does not contain it cannot match the alternative.
 */
export function guardWord(
  alternative: string,
  prefer: (run: string) => boolean = () => true,
): string | undefined {
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run) runs.push(run);
    run = '';
  };
  const chars = Array.from(alternative);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (/[\p{L}\p{M}'\u2019\u02bc0-9]/u.test(ch)) {
      if (/^(?:[?*]|\{0)/.test(chars.slice(i + 1, i + 3).join(''))) end();
      else run += ch;
      continue;
    }
    end();
    if (ch === '\\') i++;
    else if (ch === '[') {
      while (i < chars.length && chars[i] !== ']') i += chars[i] === '\\' ? 2 : 1;
    } else if (ch === '(') {
      let depth = 0;
      for (; i < chars.length; i++) {
        const c = chars[i];
        if (c === '\\') i++;
        else if (c === '[') while (i < chars.length && chars[i] !== ']') i += chars[i] === '\\' ? 2 : 1;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
    }
  }
  end();
  let best: string | undefined;
  let bestPreferred = false;
  for (const piece of runs) {
    const preferred = prefer(piece);
    // đ folds to "dj?" (the j may be missing): the letters either side are separate runs
    for (const folded of foldPattern(piece).split('dj?')) {
      if (!/^[a-z0-9]+$/.test(folded) || folded.length < 4) continue;
      const better =
        best === undefined ||
        (preferred && !bestPreferred) ||
        (preferred === bestPreferred && folded.length > best.length);
      if (better) {
        best = folded;
        bestPreferred = preferred;
      }
    }
  }
  return best;
}

const orNever = (source: string, keepSerbian = false): string => latinOnly(source, keepSerbian) ?? NEVER;

/** The number words with `f` applied to every pattern (lists keep their order). */
function mapNumberWords(words: NumberWords, f: (source: string) => string): NumberWords {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(words)) {
    out[key] =
      typeof value === 'string'
        ? f(value)
        : (value as readonly (readonly [string, string])[]).map(([k, source]) => [k, f(source)] as const);
  }
  return out as unknown as NumberWords;
}

function latinRule(spec: RuleSpec): RuleSpec | undefined {
  const patterns = spec.patterns.map((p) => latinOnly(p)).filter((p): p is string => p !== undefined);
  if (patterns.length === 0) return undefined;
  const unless = spec.unless?.map((p) => latinOnly(p)).filter((p): p is string => p !== undefined);
  return {
    ...spec,
    patterns,
    ...(spec.unless ? { unless: unless && unless.length > 0 ? unless : [NEVER] } : {}),
  };
}

/** The Latin-script vocabulary of a full one (the shape stays: same rules order, same probes). */
export function latinVocabulary(full: Vocabulary): Vocabulary {
  const words = Object.fromEntries(
    Object.entries(full.words).map(([key, source]) => [key, orNever(source)]),
  ) as unknown as VocabularyWords;
  return {
    name: 'latin',
    rules: full.rules.map(latinRule).filter((r): r is RuleSpec => r !== undefined),
    words,
    // names of places and jobs are also written in Serbian Cyrillic alone ("Грац"): those stay
    identity: full.identity.map((source) => orNever(source, true)),
    destinations: full.destinations.map(([code, source]) => [code, orNever(source, true)] as const),
    jobs: full.jobs.map(([type, source]) => [type, orNever(source, true)] as const),
    // the number words of Serbian Cyrillic stay too (transliterated)
    numbers: mapNumberWords(full.numbers, (source) => orNever(source, true)),
  };
}

/**
 * Guessing the language of an alternative from its own letters. A wrong guess costs size or a second
 * download, never a finding: every alternative a pack leaves out has a guard word (see `languagePack`).
 */
const GERMAN = /[äöüß]|sch|tz|ung(?![a-z])|keit|heit|lich|chen|pf|ck|ei/;
const ENGLISH_LETTERS = /[wyqx]|th|ee|ea|ou|sh|ck|gh|ph|tion|ing(?![a-z])|ay|oa|c[otu]/;
/** English stems without those letters (for the Serbian pack; Ukrainian folds to some of them: "паспорт"). */
const ENGLISH_STEMS =
  /(?<![a-z])(?:permit|salar|passport|employ|recruit|hire|job|paid|pay|charg|need|requir|want|send|ticket|flight|accommodat|room|rent|food|meal|paper|earn|money|cash|card|account|advance|upfront|before|after|arriv|call|message|write|driver|manager|agent|free|training|trial|travel|fare|fine|penalt|debt|loan|kept|keep|hold|take|taken|give|given|leave|home|house|stay|live|night|hour|week|month|year)/;
const ENGLISH = { test: (own: string) => ENGLISH_LETTERS.test(own) || ENGLISH_STEMS.test(own) };
const SERBIAN = /[čćšžđ]|ij|nj|lj|dj|dž|mj?esec/;
/** Letters of Russian that Ukrainian does not have. */
const RUSSIAN = /[ыэъё]/;
/** Written alike in every language (brands, currencies): never left out. */
const NEUTRAL =
  /eur|usd|chf|gbp|pln|czk|huf|rub|uah|viber|vajber|whats|telegram|signal|sms|inbox|inboks|western|union|moneygram|paypal|revolut|facebook|instagram|tiktok|olx|mail|booking/;

export type LanguagePackName = 'sr' | 'en' | 'uk';

const LANGUAGE_DROP: Readonly<Record<LanguagePackName, (own: string) => boolean>> = {
  // Serbian (both scripts: Serbian Cyrillic folds to the same letters): English and German words go
  sr: (own) => !NEUTRAL.test(own) && !SERBIAN.test(own) && (ENGLISH.test(own) || GERMAN.test(own)),
  // English: Serbian and German words go
  en: (own) => !NEUTRAL.test(own) && !ENGLISH.test(own) && (SERBIAN.test(own) || GERMAN.test(own)),
  // Ukrainian: Russian words, English and German words go (Serbian words stay: folded Ukrainian reads much
  // like folded Serbian, so they would hardly ever be left out)
  uk: (own) =>
    RUSSIAN.test(own) ||
    (!CYRILLIC.test(own) &&
      !NEUTRAL.test(own) &&
      !SERBIAN.test(own) &&
      (ENGLISH_LETTERS.test(own) || GERMAN.test(own))),
};

/**
 * A language pack: the vocabulary for texts in one language. It starts from the Latin-script vocabulary
 * (`sr`, `en`: texts without Ukrainian or Russian Cyrillic) or the full one (`uk`), and leaves out the
 * alternatives of the rules and context words that look like another language's words — only those with a
 * guard word (`guardWord`). The guard words are the pack's `lacks`: a text whose folded form contains none
 * of them reads exactly as with the larger vocabulary; when one is there, the loader takes the larger one
 * (`latin` or `full`). The number reader's words are pruned the same way; places, jobs, identity patterns,
 * e-mail and phone patterns stay whole.
 */
export function languagePack(full: Vocabulary, name: LanguagePackName): Vocabulary {
  const guards = new Set<string>();
  const options: PruneOptions = {
    cyrillic: name === 'uk' ? 'keep' : 'drop',
    drop: LANGUAGE_DROP[name],
    guards,
  };
  const base = name === 'uk' ? full : latinVocabulary(full);
  const pruneAll = (source: string) => prune(source, options);
  const rules: RuleSpec[] = [];
  for (const spec of base.rules) {
    const patterns = spec.patterns.map(pruneAll).filter((p): p is string => p !== undefined);
    if (patterns.length === 0) continue;
    const unless = spec.unless?.map(pruneAll).filter((p): p is string => p !== undefined);
    rules.push({
      ...spec,
      patterns,
      ...(spec.unless ? { unless: unless && unless.length > 0 ? unless : [NEVER] } : {}),
    });
  }
  const whole = new Set(['freeWebmail', 'phone', 'legalForm', 'foreignLegalForm']);
  const words = Object.fromEntries(
    Object.entries(base.words).map(([key, source]) => [
      key,
      whole.has(key) ? source : (pruneAll(source) ?? NEVER),
    ]),
  ) as unknown as VocabularyWords;
  const numbers = mapNumberWords(base.numbers, (source) => pruneAll(source) ?? NEVER);
  // a guard word that holds another one is not needed: the shorter one is in every text the longer one is
  const sorted = [...guards].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const lacks: string[] = [];
  for (const word of sorted) if (!lacks.some((shorter) => word.includes(shorter))) lacks.push(word);
  return { ...base, name, rules, words, numbers, lacks: lacks.sort() };
}

const LETTER = /[\p{L}\p{M}'\u2019\u02bc]/u;
const DJ = /[đĐђЂ]/u;

/**
 * A pattern with its letters folded ahead of time, as `foldPattern` folds them (the syntax and the shorthands
 * stay), and repeated alternatives of a group written once (those that hold a capturing group stay, so group
 * numbers do not move). Folding is a fixed point, so the engine compiles it to the same expression, less the
 * repeats: "pasoš|pasos" and "паспорт|pasport" become one alternative, and Cyrillic becomes one byte a letter.
 */
export function prefold(source: string): string {
  const chars = Array.from(source);
  let out = '';
  let run = '';
  let inClass = false;
  const flush = () => {
    if (run)
      out += run
        .split(DJ)
        .map((piece) => fold(piece).text)
        .join('dj?');
    run = '';
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
      out += /\p{L}/u.test(ch) ? fold(ch).text : ch;
    } else {
      if (ch === '[') inClass = true;
      out += ch;
    }
  }
  flush();
  return withoutRepeats(out);
}

/** Each group's alternatives (and the top level's) with later copies of an alternative left out. */
/**
 * An alternative of plain letters (perhaps ending in `\w*`) that an earlier one of the same group, a stem with
 * `\w*`, already matches ("plat\w*|plata", "rad\w*|radnik\w*"). Leaving it out changes nothing: the
 * earlier alternative is tried first and, backtracking, tries every string the later one could match.
 */
const STEM = /^([a-z0-9]+)\\w\*$/;
const PLAIN = /^[a-z0-9]+(?:\\w\*)?$/;
function subsumed(earlier: readonly string[], item: string): boolean {
  if (!PLAIN.test(item)) return false;
  return earlier.some((other) => {
    const stem = STEM.exec(other)?.[1];
    return stem !== undefined && item.startsWith(stem);
  });
}

function withoutRepeats(src: string): string {
  let i = 0;
  const capturing = /\((?!\?)|\(\?<[A-Za-z]/;
  const alternatives = (): string => {
    const list: string[] = [];
    for (;;) {
      const item = sequence();
      if (capturing.test(item) || !(list.includes(item) || subsumed(list, item))) list.push(item);
      if (src[i] !== '|') break;
      i++;
    }
    return list.join('|');
  };
  const sequence = (): string => {
    let out = '';
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const ch = src[i] as string;
      if (ch === '\\') {
        out += src.slice(i, i + 2);
        i += 2;
      } else if (ch === '[') {
        let j = i + 1;
        if (src[j] === '^') j++;
        if (src[j] === ']') j++;
        while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
        out += src.slice(i, j + 1);
        i = j + 1;
      } else if (ch === '(') {
        const head = /^\((?:\?(?:<[=!]|[=!:]|<[A-Za-z]\w*>))?/.exec(src.slice(i))?.[0] ?? '(';
        i += head.length;
        const inner = alternatives();
        if (src[i] !== ')') throw new Error(`unbalanced pattern: ${src}`);
        i++;
        out += `${head}${inner})`;
      } else {
        out += ch;
        i++;
      }
    }
    return out;
  };
  const result = alternatives();
  if (i !== src.length) throw new Error(`unbalanced pattern: ${src}`);
  return result;
}

/** Words the engine reads as plain expressions, not through `foldPattern`: never folded ahead of time. */
const RAW_WORDS: ReadonlySet<string> = new Set(['freeWebmail', 'phone']);

/**
 * A vocabulary as the browser gets it: every pattern folded ahead of time (`prefold`). The engine reads it
 * exactly as the vocabulary it comes from.
 */
export function packedVocabulary(vocabulary: Vocabulary): Vocabulary {
  const { lacks, ...rest } = vocabulary;
  return {
    ...rest,
    // the guard words travel front-coded (about a fifth smaller)
    ...(lacks ? { guards: frontCodeGuards(lacks) } : {}),
    rules: vocabulary.rules.map((spec) => ({
      ...spec,
      patterns: spec.patterns.map(prefold),
      ...(spec.unless ? { unless: spec.unless.map(prefold) } : {}),
    })),
    words: Object.fromEntries(
      Object.entries(vocabulary.words).map(([key, source]) => [
        key,
        RAW_WORDS.has(key) ? source : prefold(source),
      ]),
    ) as unknown as VocabularyWords,
    identity: vocabulary.identity.map(prefold),
    destinations: vocabulary.destinations.map(([code, source]) => [code, prefold(source)] as const),
    jobs: vocabulary.jobs.map(([type, source]) => [type, prefold(source)] as const),
    numbers: mapNumberWords(vocabulary.numbers, prefold),
  };
}

/**
 * Guard words front-coded (a pack's `guards`, read back by `packFits` in vocabulary.ts): sorted, each as a capital letter for the
 * number of letters it shares with the one before (A = 0, at most 25) and the rest. About a fifth smaller
 * gzipped than the plain list.
 */
export function frontCodeGuards(words: readonly string[]): string {
  let previous = '';
  let out = '';
  for (const word of [...words].sort()) {
    if (!/^[a-z0-9]+$/.test(word)) throw new Error(`guard word not folded: ${word}`);
    let shared = 0;
    while (shared < 25 && shared < previous.length && previous[shared] === word[shared]) shared++;
    out += String.fromCharCode(65 + shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

/**
 * The source of a module that exports `vocabulary` as `name` (written by `scripts/offer-packs.mjs`). The
 * pruned `parts` (the rules' shared parts, `SHARED_PARTS` in rules.ts) are written once as constants and
 * referred to from the patterns that contain them, as rules.ts does: repeated in full, they would make the
 * pack larger than all languages together.
 */
export function renderVocabularyModule(
  vocabulary: Vocabulary,
  name: string,
  parts: Readonly<Record<string, string>> = {},
): string {
  const pack = vocabulary.name;
  const prunePart =
    pack === 'sr' || pack === 'en' || pack === 'uk'
      ? (source: string) =>
          prune(source, { cyrillic: pack === 'uk' ? 'keep' : 'drop', drop: LANGUAGE_DROP[pack] })
      : pack === 'latin'
        ? (source: string) => latinOnly(source)
        : (source: string) => source;
  const pruned = Object.entries(parts)
    .map(([part, source]) => {
      const kept = prunePart(source);
      return [part, kept === undefined ? undefined : prefold(kept)] as const;
    })
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined && entry[1].length >= 24)
    .sort((a, b) => b[1].length - a[1].length);
  const mark = '\u0000';
  /** `text` with the parts (longest first) replaced by references, as the body of a `String.raw` template. */
  const template = (text: string, skip?: string): string => {
    let out = text;
    for (const [part, value] of pruned) {
      if (part === skip || value.length > text.length) continue;
      out = out.split(value).join(`${mark}${part}${mark}`);
    }
    if (out.includes('`') || out.includes('${')) throw new Error('pattern with ` or ${');
    return out.replace(new RegExp(`${mark}(\\w+)${mark}`, 'g'), '${$1}');
  };
  const raw = (text: string, skip?: string) => `String.raw\`${template(text, skip)}\``;
  const value = (item: unknown, indent: string): string => {
    if (typeof item === 'string') return template(item).includes('${') ? raw(item) : JSON.stringify(item);
    if (Array.isArray(item)) {
      return `[\n${item.map((x) => `${indent}  ${value(x, `${indent}  `)},\n`).join('')}${indent}]`;
    }
    if (item !== null && typeof item === 'object') {
      return `{\n${Object.entries(item)
        .map(([key, x]) => `${indent}  ${JSON.stringify(key)}: ${value(x, `${indent}  `)},\n`)
        .join('')}${indent}}`;
    }
    return JSON.stringify(item);
  };
  const body = `export const ${name}: Vocabulary = ${value(vocabulary, '')};`;
  // the parts referred to, from the body and then from the parts themselves (a part only refers to shorter ones)
  const definitions = new Map(pruned.map(([part, text]) => [part, raw(text, part)]));
  const used = new Set<string>();
  const refer = (code: string) => {
    for (const [, part] of code.matchAll(/\$\{(\w+)\}/g)) {
      if (part === undefined || used.has(part)) continue;
      used.add(part);
      refer(definitions.get(part) ?? '');
    }
  };
  refer(body);
  const order = [...pruned].reverse().filter(([part]) => used.has(part)); // shortest first
  return [
    '// Generated by scripts/offer-packs.mjs from rules.ts and wages.ts: do not edit (see vocabulary.ts).',
    "import type { Vocabulary } from '../vocabulary.js';",
    '',
    ...order.map(([part]) => `const ${part} = ${definitions.get(part) as string};`),
    '',
    body,
    '',
  ].join('\n');
}
