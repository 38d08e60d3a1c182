import { foldText } from '../text/fold.js';

/**
 * The search keys of a name: each token folded to its matching form (script, case and diacritics removed, so
 * "Ђорђевић", "Đorđević" and "Djordjevic" give the same key). The server stores only keyed hashes of these.
 */
export function nameTokens(...parts: (string | null | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const token of foldText(part).split(/[^a-z0-9]+/)) if (token.length >= 2) tokens.add(token);
  }
  return [...tokens].sort();
}
