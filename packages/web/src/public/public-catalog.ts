/**
 * The messages the public app sends to the browser: one language's catalog without the staff console's
 * texts. The public pages never show a console, case, person, hotline-contact, service or API-error message,
 * and those are more than half of a catalog; leaving them out (and deriving Serbian Latin at build time)
 * keeps the page's script small and its start-up short on a cheap phone.
 *
 * The build writes the result per language as the virtual module `virtual:putokaz/public-catalog/<locale>`
 * (`build/public-catalog.ts`); `public/i18n.ts` loads the one of the page's language. Dependency-free: the
 * build (Node) and the browser (dev server) both use it.
 */

/** Prefixes of the keys the public app never shows (everything else is kept, so no public text is lost). */
export const CONSOLE_ONLY_PREFIXES: readonly string[] = [
  'console.',
  'cases.',
  'contacts.',
  'persons.',
  'services.',
  'errors.',
];

export function isPublicKey(key: string): boolean {
  return !CONSOLE_ONLY_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** `catalog` without the console's messages, in the same key order. */
export function publicCatalog(catalog: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(catalog)) if (isPublicKey(key)) out[key] = message;
  return out;
}
