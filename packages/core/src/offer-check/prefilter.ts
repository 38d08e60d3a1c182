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

/**
 * The keys of one pattern without those that extend another of its keys ("pasos" when "pas" is there too):
 * a text that starts with the longer key starts with the shorter one, so the pattern runs at the same word
 * starts, once each.
 */
export function shortestKeys(keys: Iterable<string>): string[] {
  const all = new Set(keys);
  return [...all].filter((key) => {
    for (let n = 1; n < key.length; n++) if (all.has(key.slice(0, n))) return false;
    return true;
  });
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

/**
 * The same trie laid out for walking texts: `next` of a few thousand nodes at 29 slots each is too large for
 * the processor's caches, and the walk of every word start missed them. Here the first two levels are one
 * small table, deeper nodes keep their children next to each other (found by a short scan of their codes),
 * and each node's values are one slice of a flat list.
 */
export interface WalkTrie {
  /** `top[code]`: the node of a one-character key; `top[29 + code1 * 29 + code2]`: of a two-character key. */
  readonly top: Int32Array;
  /** The children of node `n` are the nodes `first[n]` … `first[n] + count[n] - 1`. */
  readonly first: Int32Array;
  readonly count: Uint8Array;
  /** The key code that leads to each node. */
  readonly code: Uint8Array;
  /** The values of node `n` are `values[start[n]]` … `values[start[n + 1] - 1]`, in the order they were added. */
  readonly start: Int32Array;
  readonly values: Int32Array;
}

/** Lays out a key trie for walking (see `WalkTrie`); the same keys and values in the same order. */
export function walkTrie(trie: KeyTrie): WalkTrie {
  const { next, lists } = trie;
  const nodes = lists.length;
  // breadth first, children in code order: a node's children get consecutive numbers
  const order = [0];
  const first = new Int32Array(nodes);
  const count = new Uint8Array(nodes);
  const code = new Uint8Array(nodes);
  for (let at = 0; at < order.length; at++) {
    const old = order[at] as number;
    first[at] = order.length;
    for (let c = 1; c < FANOUT; c++) {
      const child = next[old * FANOUT + c] as number;
      if (child === 0) continue;
      code[order.length] = c;
      order.push(child);
      count[at] = (count[at] as number) + 1;
    }
  }
  const top = new Int32Array(FANOUT + FANOUT * FANOUT);
  for (let k = 0; k < (count[0] as number); k++) {
    const one = (first[0] as number) + k;
    top[code[one] as number] = one;
    for (let j = 0; j < (count[one] as number); j++) {
      const two = (first[one] as number) + j;
      top[FANOUT + (code[one] as number) * FANOUT + (code[two] as number)] = two;
    }
  }
  const start = new Int32Array(nodes + 1);
  const values: number[] = [];
  for (let n = 0; n < nodes; n++) {
    start[n] = values.length;
    for (const value of lists[order[n] as number] ?? []) values.push(value);
  }
  start[nodes] = values.length;
  return { top, first, count, code, start, values: Int32Array.from(values) };
}

/**
 * Writes `(node, p)` into `out` for every word start `p` of `text` and every node of `trie` with values
 * whose key the text starts with at `p` (digits key as one code, a run of other characters as one space),
 * shortest key first; returns the number of pairs. `out` grows as needed (`out.pairs` is replaced).
 */
export function wordStartNodes(text: string, trie: WalkTrie, out: { pairs: Int32Array }): number {
  const { top, first, count, code: codes, start } = trie;
  let pairs = out.pairs;
  let n = 0;
  let previousWord = false;
  const length = text.length;
  for (let p = 0; p < length; p++) {
    const head = text.charCodeAt(p);
    const word = (head >= 97 && head <= 122) || (head >= 48 && head <= 57);
    const isStart = word && !previousWord;
    previousWord = word;
    if (!isStart) continue;
    if (n + 2 * PREFIX_LENGTH > pairs.length) {
      const grown = new Int32Array(pairs.length * 2);
      grown.set(pairs);
      pairs = out.pairs = grown;
    }
    let node = 0;
    let depth = 0;
    let firstCode = 0;
    let space = false;
    for (let i = p; depth < PREFIX_LENGTH && i < length; i++) {
      const ch = text.charCodeAt(i);
      let code: number;
      if (ch >= 97 && ch <= 122) {
        code = ch - 96;
        space = false;
      } else if (ch >= 48 && ch <= 57) {
        code = 27;
        space = false;
      } else if (!space) {
        code = 28;
        space = true;
      } else continue;
      if (depth === 0) {
        node = top[code] as number;
        firstCode = code;
      } else if (depth === 1) {
        node = top[FANOUT + firstCode * FANOUT + code] as number;
      } else {
        const from = first[node] as number;
        const to = from + (count[node] as number);
        let found = 0;
        for (let k = from; k < to; k++) {
          if (codes[k] === code) {
            found = k;
            break;
          }
        }
        node = found;
      }
      if (node === 0) break;
      depth++;
      if ((start[node + 1] as number) > (start[node] as number)) {
        pairs[n++] = node;
        pairs[n++] = p;
      }
    }
  }
  return n >> 1;
}

/**
 * The characters (codes below 128) the matches of an expression can start with, from its literal prefixes
 * (a key's "0" stands for any digit); undefined when a match can start with anything.
 */
export function firstCharacters(source: string): Uint8Array | undefined {
  const prefixes = literalPrefixes(source);
  if (!prefixes) return undefined;
  const first = new Uint8Array(128);
  for (const prefix of prefixes) {
    if (prefix[0] === '0') first.fill(1, 48, 58);
    else first[prefix.charCodeAt(0)] = 1;
  }
  return first;
}

/** Look-behinds that rule out a letter or a digit before the match: a match after one starts a word. */
const WORD_START_GUARDS = ['(?<![a-z0-9])', '(?<![\\w.,:])', '(?<![\\w.,])', '(?<![\\w.,/])'];

/** Whether every top-level alternative of `source` begins with one of `WORD_START_GUARDS`. */
function startsWords(source: string): boolean {
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (i === source.length || (c === '|' && depth === 0 && !inClass)) {
      const alternative = source.slice(from, i);
      if (!WORD_START_GUARDS.some((guard) => alternative.startsWith(guard))) return false;
      from = i + 1;
    } else if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return true;
}

/** The word starts of a folded text: a–z or 0–9 after anything else, or at the start. */
export function wordStarts(text: string): Int32Array {
  const out: number[] = [];
  let previousWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const word = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (word && !previousWord) out.push(i);
    previousWord = word;
  }
  return Int32Array.from(out);
}

/** The first characters and a sticky copy of an expression whose matches start words (see `matchFrom`). */
interface WordScan {
  readonly first: Uint8Array;
  readonly sticky: RegExp;
}

const WORD_SCANS = new WeakMap<RegExp, WordScan | null>();

/** Where the search after the match `m` goes on (one further after an empty match). */
export function matchEnd(m: RegExpExecArray): number {
  return m.index + Math.max(1, m[0].length);
}

/**
 * The first match of the global expression `re` at or after `from`: what `re.exec(text)` finds with
 * `re.lastIndex = from`. When every match of `re` starts a word (it begins with a look-behind that rules out
 * a letter or digit before it, as `compilePattern` writes them) and its literal prefixes bound its first
 * character, only the word starts (`words`, from `wordStarts(text)`) with such a character are tried, with a
 * sticky copy; otherwise `re` searches the text as usual.
 */
export function matchFrom(re: RegExp, text: string, words: Int32Array, from: number): RegExpExecArray | null {
  let scan = WORD_SCANS.get(re);
  if (scan === undefined) {
    const first = startsWords(re.source) ? firstCharacters(re.source) : undefined;
    scan = first ? { first, sticky: new RegExp(re.source, 'y') } : null;
    WORD_SCANS.set(re, scan);
  }
  if (scan === null) {
    re.lastIndex = from;
    return re.exec(text);
  }
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  const { first, sticky } = scan;
  for (let i = lo; i < words.length; i++) {
    const p = words[i] as number;
    if (first[text.charCodeAt(p)] !== 1) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}
