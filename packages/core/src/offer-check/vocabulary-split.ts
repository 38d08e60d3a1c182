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
import { cyrillicToLatin } from '../text/serbian.js';
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

class Pruner {
  constructor(
    private readonly src: string,
    private readonly keepSerbian: boolean,
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
        if (CYRILLIC.test(ch)) {
          cyrillic = true;
          if (!this.keepSerbian || (!SERBIAN_ALPHABET.test(ch) && NOT_SERBIAN.test(ch))) dead = true;
          latin += cyrillicToLatin(ch);
        } else latin += ch;
        text += ch;
        at++;
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
  const pruner = new Pruner(source, keepSerbian);
  const { source: out, end } = pruner.alternatives(0);
  if (end !== source.length) throw new Error(`unbalanced pattern: ${source}`);
  return out;
}

const orNever = (source: string, keepSerbian = false): string => latinOnly(source, keepSerbian) ?? NEVER;

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
  };
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
  const pruned = Object.entries(parts)
    .map(([part, source]) => [part, latinOnly(source)] as const)
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
