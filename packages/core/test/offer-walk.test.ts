import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../src/offer-check/pattern.js';
import {
  buildKeyTrie,
  literalPrefixes,
  matchEnd,
  matchFrom,
  shortestKeys,
  walkTrie,
  wordStartNodes,
  wordStarts,
  type KeyTrie,
} from '../src/offer-check/prefilter.js';
import { RULE_SPECS } from '../src/offer-check/rules.js';
import { fold } from '../src/text/fold.js';

const dev = fileURLToPath(new URL('../corpus/offers/dev.jsonl', import.meta.url));
const texts = readFileSync(dev, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => fold((JSON.parse(line) as { text: string }).text).text);

const CODE = (ch: string) => (ch === ' ' ? 28 : ch === '0' ? 27 : ch.charCodeAt(0) - 96);

/** The `(value, p)` pairs of the plain trie walk (the engine's walk before `walkTrie`). */
function plainWalk(text: string, trie: KeyTrie): number[] {
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    if (!/[a-z0-9]/.test(text[p] as string) || (p > 0 && /[a-z0-9]/.test(text[p - 1] as string))) continue;
    let node = 0;
    let length = 0;
    let space = false;
    for (let i = p; length < 5 && i < text.length; i++) {
      const ch = text[i] as string;
      const key = /[a-z]/.test(ch) ? ch : /[0-9]/.test(ch) ? '0' : ' ';
      if (key === ' ' && space) continue;
      space = key === ' ';
      node = trie.next[node * 29 + CODE(key)] as number;
      if (node === 0) break;
      length++;
      for (const value of trie.lists[node] ?? []) out.push(value, p);
    }
  }
  return out;
}

describe('walking the key trie', () => {
  const sources = RULE_SPECS.flatMap((rule) => rule.patterns).map((source) => compilePattern(source).source);
  const entries: [string, number][] = [];
  sources.forEach((source, u) => {
    for (const key of literalPrefixes(source) ?? []) entries.push([key, u]);
  });
  const trie = buildKeyTrie(entries);

  it('the laid-out trie gives the same values at the same word starts, in the same order', () => {
    const walk = walkTrie(trie);
    const buffer = { pairs: new Int32Array(16) };
    for (const text of texts.slice(0, 300)) {
      const n = wordStartNodes(text, walk, buffer);
      const got: number[] = [];
      for (let x = 0; x < n; x++) {
        const node = buffer.pairs[2 * x] as number;
        const p = buffer.pairs[2 * x + 1] as number;
        for (let v = walk.start[node] as number; v < (walk.start[node + 1] as number); v++)
          got.push(walk.values[v] as number, p);
      }
      expect(got).toEqual(plainWalk(text, trie));
    }
  });

  it('keeps the shortest keys of a pattern only: it runs at the same word starts, once each', () => {
    expect(shortestKeys(['pasos', 'pas', 'pa 0', 'pa', 'x', 'pas'])).toEqual(['pa', 'x']);
    const short: [string, number][] = [];
    sources.forEach((source, u) => {
      for (const key of shortestKeys(literalPrefixes(source) ?? [])) short.push([key, u]);
    });
    const shortTrie = buildKeyTrie(short);
    for (const text of texts.slice(0, 200)) {
      const seen = (pairs: number[]) => {
        const out = new Set<string>();
        for (let i = 0; i < pairs.length; i += 2) out.add(`${pairs[i]}@${pairs[i + 1]}`);
        return out;
      };
      const all = plainWalk(text, trie);
      const fewer = plainWalk(text, shortTrie);
      expect(seen(fewer)).toEqual(seen(all));
      expect(fewer.length / 2).toBe(seen(fewer).size);
    }
  });

  it('matchFrom finds what the global expression finds, trying word starts only', () => {
    let matches = 0;
    for (const source of sources.slice(0, 120)) {
      const re = new RegExp(source, 'g');
      for (const text of texts.slice(0, 120)) {
        const words = wordStarts(text);
        const expected: [number, string][] = [];
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          expected.push([m.index, m[0]]);
          if (m[0].length === 0) re.lastIndex++;
        }
        const got: [number, string][] = [];
        for (let m = matchFrom(re, text, words, 0); m; m = matchFrom(re, text, words, matchEnd(m)))
          got.push([m.index, m[0]]);
        expect(got).toEqual(expected);
        matches += got.length;
      }
    }
    expect(matches).toBeGreaterThan(50);
  });
});
