/**
 * Serbian Cyrillic ↔ Latin (Gaj's alphabet). Cyrillic → Latin is one-to-one and lossless, so it is used to
 * generate `sr-Latn` text from `sr-Cyrl`. The reverse is ambiguous (инјекција vs ињекција), so this module
 * offers no Latin → Cyrillic conversion for names or catalogs.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Д: 'D',
  Ђ: 'Đ',
  Е: 'E',
  Ж: 'Ž',
  З: 'Z',
  И: 'I',
  Ј: 'J',
  К: 'K',
  Л: 'L',
  Љ: 'Lj',
  М: 'M',
  Н: 'N',
  Њ: 'Nj',
  О: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  Ћ: 'Ć',
  У: 'U',
  Ф: 'F',
  Х: 'H',
  Ц: 'C',
  Ч: 'Č',
  Џ: 'Dž',
  Ш: 'Š',
};

const DIGRAPH_CAPITALS: Readonly<Record<string, string>> = { Љ: 'LJ', Њ: 'NJ', Џ: 'DŽ' };

/** The official 30-letter table, exposed for tests and documentation. */
export const SERBIAN_CYRILLIC_TO_LATIN = CYRILLIC_TO_LATIN;

function isUpperCyrillicOrLatin(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Transliterates Serbian Cyrillic to Serbian Latin. Characters outside the Serbian alphabet (Latin letters,
 * digits, punctuation, other Cyrillic letters such as Ukrainian і or ї) are left unchanged. Capital Љ, Њ, Џ
 * become LJ, NJ, DŽ inside an all-capitals word and Lj, Nj, Dž otherwise.
 */
export function cyrillicToLatin(input: string): string {
  const chars = Array.from(input.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const digraph = DIGRAPH_CAPITALS[ch];
    if (digraph !== undefined) {
      const next = chars[i + 1];
      const prev = chars[i - 1];
      const allCaps =
        isUpperCyrillicOrLatin(next) ||
        (next === undefined || !/\p{L}/u.test(next) ? isUpperCyrillicOrLatin(prev) : false);
      out += allCaps ? digraph : (CYRILLIC_TO_LATIN[ch] as string);
      continue;
    }
    out += CYRILLIC_TO_LATIN[ch] ?? ch;
  }
  return out;
}

/** True when the text contains at least one Serbian Cyrillic letter. */
export function hasSerbianCyrillic(input: string): boolean {
  for (const ch of input) if (CYRILLIC_TO_LATIN[ch] !== undefined) return true;
  return false;
}
