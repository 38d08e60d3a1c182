/** The languages Putokaz speaks. `sr-Latn` is the default; `sr-Latn` messages are generated from `sr-Cyrl`. */
export const LOCALES = ['sr-Latn', 'sr-Cyrl', 'en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sr-Latn';

/** Writing direction per locale; every current locale is left-to-right, the layout is ready for right-to-left. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ckb'].includes(language) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a language tag as a browser or a person writes it (`sr`, `sr-RS`, `sr-Cyrl-RS`, `uk-UA`, `en-GB`)
 * to a supported locale, or undefined.
 */
export function matchLocale(tag: string): Locale | undefined {
  const lower = tag.trim().toLowerCase();
  if (!lower) return undefined;
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const parts = lower.split(/[-_]/);
  const language = parts[0];
  if (
    language === 'sr' ||
    language === 'sh' ||
    language === 'bs' ||
    language === 'hr' ||
    language === 'cnr'
  ) {
    if (parts.includes('cyrl')) return 'sr-Cyrl';
    return 'sr-Latn';
  }
  if (language === 'en') return 'en';
  if (language === 'uk') return 'uk';
  return undefined;
}

/** Picks the best supported locale from an HTTP Accept-Language header (quality values respected). */
export function negotiateLocale(
  acceptLanguage: string | undefined | null,
  fallback: Locale = DEFAULT_LOCALE,
): Locale {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    const match = matchLocale(entry.tag);
    if (match) return match;
  }
  return fallback;
}
