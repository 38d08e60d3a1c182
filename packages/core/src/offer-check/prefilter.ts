/**
 * Speed: the rules are a few hundred regular expressions with large alternations, and trying each of them at
 * every word of a text is slow. This module works out, for a compiled pattern, the short literal prefixes
 * (up to five characters) every match must start with, so the engine runs a pattern only at the word starts
 * that begin with one of them. In keys, digits become "0" and every run of characters other than a-z and
 * 0-9 becomes one space (so "na licu" and "na, licu" share the key "na li"). A pattern whose start cannot be
 * bounded this way (it may start with any letter) is run over the whole text.
 */

import { SEP, TOKEN } from './pattern.js';

const MAX_PREFIXES = 4000;
export const PREFIX_LENGTH = 5;

type CharSet = ReadonlySet<string> | 'any';

type Node =
  | { readonly kind: 'chars'; readonly set: CharSet; readonly min: number; readonly max: number }
  | {
      readonly kind: 'group';
      readonly alternatives: readonly Node[][];
      readonly min: number;
      readonly max: number;
      /** The group's source, brackets included. */
      readonly source: string;
    }
  | { readonly kind: 'zero' };

const DIGITS = new Set(['0']);
const SPACE = new Set([' ']);

/** The key character of a text character. */
function keyChar(ch: string): string {
  if (ch >= 'a' && ch <= 'z') return ch;
  if (ch >= '0' && ch <= '9') return '0';
  return ' ';
}
const LOWER = new Set('abcdefghijklmnopqrstuvwxyz'.split(''));

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.i < this.src.length) throw new Error('unbalanced pattern');
    return alternatives;
  }

  private alternatives(): Node[][] {
    const out: Node[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Node[] {
    const out: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      out.push(this.quantified(atom));
    }
    return out;
  }

  private quantified(atom: Node): Node {
    if (atom.kind === 'zero') return atom;
    const ch = this.src[this.i];
    let min = 1;
    let max = 1;
    if (ch === '?') [min, max] = [0, 1];
    else if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return { ...atom, min: atom.min * min, max: atom.max * max };
  }

  private atom(): Node {
    const ch = this.src[this.i] as string;
    if (ch === '(') {
      const from = this.i;
      this.i++;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.i))) {
        this.i += this.src[this.i + 1] === '<' ? 3 : 2;
        this.alternatives();
        this.expect(')');
        return { kind: 'zero' };
      } else if (this.src.startsWith('?<', this.i)) {
        this.i = this.src.indexOf('>', this.i) + 1;
      }
      const alternatives = this.alternatives();
      this.expect(')');
      return { kind: 'group', alternatives, min: 1, max: 1, source: this.src.slice(from, this.i) };
    }
    if (ch === '[') return this.charClass();
    if (ch === '\\') {
      const next = this.src[this.i + 1] as string;
      this.i += 2;
      if (next === 'b' || next === 'B') return { kind: 'zero' };
      if (next === 'd') return { kind: 'chars', set: DIGITS, min: 1, max: 1 };
      if (/[wWsSD]/.test(next)) return { kind: 'chars', set: 'any', min: 1, max: 1 };
      return { kind: 'chars', set: new Set([keyChar(next)]), min: 1, max: 1 };
    }
    if (ch === '^' || ch === '$') {
      this.i++;
      return { kind: 'zero' };
    }
    this.i++;
    if (ch === '.') return { kind: 'chars', set: 'any', min: 1, max: 1 };
    return { kind: 'chars', set: new Set([keyChar(ch)]), min: 1, max: 1 };
  }

  private charClass(): Node {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const set = new Set<string>();
    let any = false;
    let excludesWord = false;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let ch = this.src[this.i] as string;
      if (ch === '\\') {
        const next = this.src[this.i + 1] as string;
        this.i += 2;
        if (next === 'd') set.add('0');
        else if (next === 'w') {
          any = true;
          excludesWord = true;
        } else if (/[WsSD]/.test(next)) any = true;
        else set.add(keyChar(next));
        continue;
      }
      this.i++;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        const to = this.src[this.i + 1] as string;
        this.i += 2;
        if (/[0-9]/.test(ch)) {
          set.add('0');
          continue;
        }
        for (let c = ch.charCodeAt(0); c <= to.charCodeAt(0); c++) set.add(String.fromCharCode(c));
        continue;
      }
      ch = keyChar(ch);
      set.add(ch);
    }
    this.expect(']');
    // [^\w…] only matches characters that key as a space
    if (negated) return { kind: 'chars', set: excludesWord ? SPACE : 'any', min: 1, max: 1 };
    return { kind: 'chars', set: any ? 'any' : set, min: 1, max: 1 };
  }

  private expect(ch: string): void {
    if (this.src[this.i] !== ch) throw new Error(`expected ${ch}`);
    this.i++;
  }
}

function collapse(prefix: string): string {
  return prefix.includes('  ') ? prefix.replace(/ {2,}/g, ' ') : prefix;
}

/** A prefix and whether the match may continue with more known characters after it. */
type Partial = readonly [string, boolean];

class TooMany extends Error {}

function add(out: Map<string, boolean>, prefix: string, open: boolean): void {
  out.set(prefix, (out.get(prefix) ?? false) || open);
  if (out.size > MAX_PREFIXES) throw new TooMany();
}

/** Results of `sequencePrefixes` by node list, then by `from * 8 + k` (the same lists are asked many times). */
const PREFIX_MEMO = new WeakMap<readonly Node[], Map<number, Partial[]>>();

/** Prefixes (up to `k` characters) of what `nodes[from…]` can match. `open` = more may follow. */
function sequencePrefixes(nodes: readonly Node[], from: number, k: number): Partial[] {
  let memo = PREFIX_MEMO.get(nodes);
  if (!memo) {
    memo = new Map();
    PREFIX_MEMO.set(nodes, memo);
  }
  const key = from * 8 + k;
  const known = memo.get(key);
  if (known) return known;
  const result = computeSequencePrefixes(nodes, from, k);
  memo.set(key, result);
  return result;
}

function computeSequencePrefixes(nodes: readonly Node[], from: number, k: number): Partial[] {
  if (k === 0 || from >= nodes.length) return [['', from < nodes.length]];
  const node = nodes[from] as Node;
  if (node.kind === 'zero') return sequencePrefixes(nodes, from + 1, k);
  const out = new Map<string, boolean>();
  const heads: Partial[] = [];
  if (node.kind === 'chars') {
    if (node.set === 'any') return [['', true]];
    // a run of separators is one space in a key
    const separators = node.set.size === 1 && node.set.has(' ');
    if (node.max >= 1) for (const ch of node.set) heads.push([ch, node.max === 1 || separators]);
  } else {
    for (const alternative of node.alternatives) {
      for (const [p, more] of sequencePrefixes(alternative, 0, k)) heads.push([p, !more && node.max === 1]);
    }
  }
  for (const [head, complete] of heads) {
    if (!complete || head.length >= k) {
      add(out, head.slice(0, k), true);
      continue;
    }
    for (const [tail, open] of sequencePrefixes(nodes, from + 1, k - head.length)) {
      add(out, collapse(head + tail), open);
    }
  }
  if (node.min === 0) for (const [tail, open] of sequencePrefixes(nodes, from + 1, k)) add(out, tail, open);
  return [...out];
}

/** The last pattern parsed (literalPrefixes and tailPrefixes are asked about the same pattern in turn). */
let lastParsed: { readonly source: string; readonly tree: Node[][] } | undefined;

function parse(source: string): Node[][] {
  if (lastParsed?.source === source) return lastParsed.tree;
  const tree = new Parser(source).parse();
  lastParsed = { source, tree };
  return tree;
}

/** Keys that may start a match: a letter or a digit, and not empty. */
function boundedKey(prefix: string): boolean {
  const first = prefix[0];
  return first !== undefined && (LOWER.has(first) || first === '0');
}

/** How a `~N` gap compiles (see `gap` in pattern.ts): separators, then up to N tokens each with separators. */
const GAP_START = `(?:${SEP}(?:${TOKEN}${SEP}){0,`;

/**
 * For a pattern whose every alternative has a `~N` gap, the literal prefixes (as in `literalPrefixes`) of what
 * comes after the first gap: at least one of them starts a word somewhere in any text the pattern matches.
 * Undefined when some alternative has no gap or what follows it cannot be bounded.
 */
export function tailPrefixes(source: string): string[] | undefined {
  try {
    let tree = parse(source);
    // `(?<![a-z0-9])(?:…)` as compilePattern writes it: look inside the group
    if (tree.length === 1) {
      const nodes = (tree[0] as Node[]).filter((node) => node.kind !== 'zero');
      const only = nodes[0];
      if (nodes.length === 1 && only?.kind === 'group' && only.min === 1 && only.max === 1) {
        tree = only.alternatives as Node[][];
      }
    }
    const out = new Set<string>();
    for (const alternative of tree) {
      const at = alternative.findIndex(
        (node) => node.kind === 'group' && node.min === 1 && node.source.startsWith(GAP_START),
      );
      if (at < 0) return undefined;
      for (const [prefix] of sequencePrefixes(alternative, at + 1, PREFIX_LENGTH)) {
        if (!boundedKey(prefix)) return undefined;
        out.add(prefix);
      }
    }
    return [...out];
  } catch {
    return undefined;
  }
}

/**
 * For a pattern with `~N` gaps, one list of literal prefixes per gap: what comes after that gap starts a word
 * with one of them, inside the same sentence and after the start of the match (gaps never cross a sentence
 * end). A pattern of one sequence (`A ~4 B ~3 C`) gives a list for B and one for C; a pattern of several
 * alternatives gives the one list of `tailPrefixes`. Lists that cannot be bounded are left out; undefined
 * when nothing is left.
 */
export function gapSegments(source: string): string[][] | undefined {
  try {
    let tree = parse(source);
    if (tree.length === 1) {
      const nodes = (tree[0] as Node[]).filter((node) => node.kind !== 'zero');
      const only = nodes[0];
      if (nodes.length === 1 && only?.kind === 'group' && only.min === 1 && only.max === 1) {
        tree = only.alternatives as Node[][];
      }
    }
    if (tree.length !== 1) {
      const tail = tailPrefixes(source);
      return tail ? [tail] : undefined;
    }
    const sequence = tree[0] as Node[];
    const out: string[][] = [];
    sequence.forEach((node, at) => {
      if (!(node.kind === 'group' && node.min === 1 && node.source.startsWith(GAP_START))) return;
      const keys = new Set<string>();
      for (const [prefix] of sequencePrefixes(sequence, at + 1, PREFIX_LENGTH)) {
        if (!boundedKey(prefix)) return;
        keys.add(prefix);
      }
      if (keys.size > 0) out.push([...keys]);
    });
    return out.length > 0 ? out : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The set of literal prefixes (1 to PREFIX_LENGTH characters, digits as "0") that every match of the pattern
 * starts with, or undefined when the pattern can start with anything.
 */
export function literalPrefixes(source: string): string[] | undefined {
  try {
    const tree = parse(source);
    const out = new Set<string>();
    for (const alternative of tree) {
      for (const [prefix] of sequencePrefixes(alternative, 0, PREFIX_LENGTH)) {
        if (prefix === '') return undefined;
        const first = prefix[0] as string;
        if (!LOWER.has(first) && first !== '0') return undefined;
        out.add(prefix);
      }
    }
    return [...out];
  } catch {
    return undefined;
  }
}

/** Text key at `at` (at most `length` characters): digits become "0", runs of other non-letters a space. */
export function keyAt(text: string, at: number, length: number): string {
  let key = '';
  let space = false;
  for (let i = at; key.length < length && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      key += text[i] as string;
      space = false;
    } else if (c >= 48 && c <= 57) {
      key += '0';
      space = false;
    } else if (!space) {
      key += ' ';
      space = true;
    }
  }
  return key;
}

/** Code of a key character: a-z 1–26, digit 27, space 28. */
function keyCode(ch: string): number {
  if (ch === ' ') return 28;
  if (ch === '0') return 27;
  return ch.charCodeAt(0) - 96;
}

/** A key as a number (base 29), so that lookups need no strings. */
export function keyNumber(key: string): number {
  let h = 0;
  for (const ch of key) h = h * 29 + keyCode(ch);
  return h;
}

/**
 * Calls `visit(length, keyNumber)` for the key prefixes of length 1…PREFIX_LENGTH at `at`, computed
 * incrementally and without building strings.
 */
export function forEachKeyAt(text: string, at: number, visit: (length: number, key: number) => void): void {
  let h = 0;
  let length = 0;
  let space = false;
  for (let i = at; length < PREFIX_LENGTH && i < text.length; i++) {
    const c = text.charCodeAt(i);
    let code: number;
    if (c >= 97 && c <= 122) {
      code = c - 96;
      space = false;
    } else if (c >= 48 && c <= 57) {
      code = 27;
      space = false;
    } else if (!space) {
      code = 28;
      space = true;
    } else continue;
    h = h * 29 + code;
    length++;
    visit(length, h);
  }
}

/** Children per trie node: key codes 1–28 (see `keyCode`), slot 0 unused. */
const FANOUT = 29;

/**
 * The prefix keys of many patterns as a trie over key codes: walking a text from a word start visits, in
 * order of key length, the patterns whose prefix the text starts with, with no strings and no hashing.
 */
export interface KeyTrie {
  /** `next[node * 29 + code]`: the child node, 0 for none (node 0 is the root). */
  readonly next: Int32Array;
  /** The pattern numbers stored at each node, in the order they were added. */
  readonly lists: readonly (readonly number[] | undefined)[];
}

/** Builds the trie of `[key, pattern]` entries (keys as `literalPrefixes` gives them). */
export function buildKeyTrie(entries: Iterable<readonly [string, number]>): KeyTrie {
  let next = new Int32Array(FANOUT * 256);
  const lists: (number[] | undefined)[] = [undefined];
  for (const [key, value] of entries) {
    let node = 0;
    for (const ch of key) {
      const slot = node * FANOUT + keyCode(ch);
      let child = next[slot] as number;
      if (child === 0) {
        child = lists.length;
        lists.push(undefined);
        if ((child + 1) * FANOUT > next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
        }
        next[slot] = child;
      }
      node = child;
    }
    const list = lists[node];
    if (list) list.push(value);
    else lists[node] = [value];
  }
  return { next: next.slice(0, lists.length * FANOUT), lists };
}
