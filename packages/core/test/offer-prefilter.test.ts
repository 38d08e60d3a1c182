import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../src/offer-check/pattern.js';
import {
  buildKeyTrie,
  gapSegments,
  keyAt,
  literalPrefixes,
  tailPrefixes,
} from '../src/offer-check/prefilter.js';
import { LATIN_VOCABULARY } from '../src/offer-check/packs/latin.js';
import { RULE_SPECS } from '../src/offer-check/rules.js';
import { fold } from '../src/text/fold.js';

const corpusDir = fileURLToPath(new URL('../corpus/offers/', import.meta.url));

function corpusTexts(): string[] {
  const out: string[] = [];
  for (const split of ['dev', 'heldout']) {
    // heldout.jsonl may be missing while a new blind split is being written (see corpus/offers/README.md)
    if (!existsSync(`${corpusDir}${split}.jsonl`)) continue;
    for (const line of readFileSync(`${corpusDir}${split}.jsonl`, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { text?: string };
      if (typeof item.text === 'string') out.push(fold(item.text).text);
    }
  }
  return out;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);

/** Keys (1–5 characters) at every word start of a folded text. */
function wordStartKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (let p = 0; p < text.length; p++) {
    if (!isWordChar(text[p]) || isWordChar(text[p - 1])) continue;
    const key = keyAt(text, p, 5);
    for (let n = 1; n <= key.length; n++) keys.add(key.slice(0, n));
  }
  return keys;
}

describe('pattern prefilter', () => {
  const texts = corpusTexts();
  const patterns = RULE_SPECS.flatMap((spec) => spec.patterns.map((p) => compilePattern(p)));

  it('never leaves out a pattern that matches: the start and the part after a gap are in the keys', () => {
    let withTail = 0;
    for (const re of patterns) {
      const prefixes = literalPrefixes(re.source);
      const tail = tailPrefixes(re.source);
      if (tail) withTail++;
      for (const text of texts) {
        re.lastIndex = 0;
        const m = re.exec(text);
        if (!m) continue;
        const start = keyAt(text, m.index, 5);
        if (prefixes) expect(prefixes.some((prefix) => start.startsWith(prefix))).toBe(true);
        if (tail) {
          const keys = wordStartKeys(text);
          expect(tail.some((key) => keys.has(key))).toBe(true);
        }
      }
    }
    expect(withTail).toBeGreaterThan(0);
  });

  it('never leaves out a match: every gap continues with one of its keys after the start, in the sentence', () => {
    // sentence ends the engine uses for this check: line breaks, ! ? ; and a full stop before a space
    const sentenceEnd = (text: string, from: number) => {
      for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n' || ch === '!' || ch === '?' || ch === ';') return i;
        if (ch === '.' && (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '\n')) return i;
      }
      return text.length;
    };
    const all = [
      ...patterns,
      ...LATIN_VOCABULARY.rules.flatMap((spec) => spec.patterns.map((p) => compilePattern(p))),
    ];
    let checked = 0;
    for (const re of all) {
      const segments = gapSegments(re.source);
      if (!segments) continue;
      for (const text of texts) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const end = sentenceEnd(text, m.index);
          for (const keys of segments) {
            let found = false;
            for (let q = m.index + 1; q < end && !found; q++) {
              if (!isWordChar(text[q]) || isWordChar(text[q - 1])) continue;
              const key = keyAt(text, q, 5);
              found = keys.some((k) => key.startsWith(k));
            }
            expect(found, `${re.source.slice(0, 80)} on "${text.slice(m.index, m.index + 80)}"`).toBe(true);
            checked++;
          }
          if (m[0].length === 0) re.lastIndex++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('the key trie keeps the order values were added in', () => {
    const trie = buildKeyTrie([
      ['pas', 1],
      ['pasos', 2],
      ['pas', 3],
      ['0 eur', 4],
    ]);
    const walk = (key: string): number[] => {
      const codes = (ch: string) => (ch === ' ' ? 28 : ch === '0' ? 27 : ch.charCodeAt(0) - 96);
      let node = 0;
      const seen: number[] = [];
      for (const ch of key) {
        node = trie.next[node * 29 + codes(ch)] as number;
        if (node === 0) break;
        seen.push(...(trie.lists[node] ?? []));
      }
      return seen;
    };
    expect(walk('pasosh')).toEqual([1, 3, 2]);
    expect(walk('0 eur')).toEqual([4]);
    expect(walk('x')).toEqual([]);
  });
});
