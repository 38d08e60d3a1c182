import type { Locale } from '@putokaz/core';

/** The digit-group separator of each language, as CLDR has it (a test compares with `Intl`). */
const GROUP_SEPARATOR: Readonly<Record<Locale, string>> = {
  'sr-Latn': '.',
  'sr-Cyrl': '.',
  en: ',',
  uk: '\u00a0',
};

/**
 * A count of characters (a whole number ≥ 0) written the way `count.toLocaleString(locale)` writes it, without
 * `Intl`: the first use of `Intl` on a page loads the browser's locale data, tens of milliseconds on a cheap
 * phone, and a form's character count should not cost that while the page starts.
 */
export function formatCount(count: number, locale: Locale): string {
  const digits = String(Math.max(0, Math.trunc(count)));
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR[locale]);
}
