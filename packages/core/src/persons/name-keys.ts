import { nameTokensForMatching } from './name-fold.js';

/**
 * The search keys of a name: the skeleton of each token (`nameTokensForMatching`: script, case, diacritics
 * and transliteration variants removed, so "Ђорђевић", "Đorđević" and "Djordjevic" give the same key, and
 * so do "Сергій", "Serhii" and "Sergey"), without initials, each once, sorted. The server stores only keyed
 * hashes of these, and looks a search up by the keys of the query.
 */
export function nameTokens(...parts: (string | null | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const token of nameTokensForMatching(part)) if (token.length >= 2) tokens.add(token);
  }
  return [...tokens].sort();
}
