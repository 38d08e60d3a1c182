/**
 * The editorial workflow of public content (scam alerts first): each text exists per locale and moves through
 * `draft → reviewed → published`. Pure rules, shared by the server (which enforces them) and the console
 * (which offers only the allowed buttons).
 */
import type { Locale } from '../i18n/locales.js';
import { cyrillicToLatin } from '../text/serbian.js';

/**
 * The locales a text is written in. Serbian is written only in Cyrillic; the Latin text is derived from it
 * with `cyrillicToLatin` whenever it is shown, so it can never fall out of step.
 */
export const CONTENT_LOCALES = ['sr-Cyrl', 'en', 'uk'] as const satisfies readonly Locale[];
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

export function isContentLocale(value: unknown): value is ContentLocale {
  return typeof value === 'string' && (CONTENT_LOCALES as readonly string[]).includes(value);
}

/** The locale a public locale's text is written in (`sr-Latn` → `sr-Cyrl`). */
export function contentSourceLocale(locale: Locale): ContentLocale {
  return locale === 'sr-Latn' ? 'sr-Cyrl' : locale;
}

/** A text of the source locale as the public locale shows it (transliterated for `sr-Latn`). */
export function contentTextFor(locale: Locale, text: string): string {
  return locale === 'sr-Latn' ? cyrillicToLatin(text) : text;
}

export const CONTENT_STATUSES = ['draft', 'reviewed', 'published'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export function isContentStatus(value: unknown): value is ContentStatus {
  return typeof value === 'string' && (CONTENT_STATUSES as readonly string[]).includes(value);
}

/**
 * The status changes an editor may make:
 * - `draft → reviewed`: someone read the text and found it right;
 * - `reviewed → published`: only a reviewed text is published (a draft cannot skip the review);
 * - `reviewed → draft`: back for more work;
 * - `published → draft`: withdraw the text from the public app.
 * Editing the text of a reviewed or published translation makes it a draft again (the published version stays
 * public until the new one is reviewed and published).
 */
const TRANSITIONS: Readonly<Record<ContentStatus, readonly ContentStatus[]>> = {
  draft: ['reviewed'],
  reviewed: ['published', 'draft'],
  published: ['draft'],
};

export function allowedStatusChanges(from: ContentStatus): readonly ContentStatus[] {
  return TRANSITIONS[from];
}

export function canChangeStatus(from: ContentStatus, to: ContentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Slugs name an alert in files and addresses: lower-case ASCII words joined by hyphens. */
export const CONTENT_SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CONTENT_SLUG_MAX = 80;

export function isContentSlug(value: string): boolean {
  return value.length <= CONTENT_SLUG_MAX && CONTENT_SLUG_RE.test(value);
}

/** Limits of an alert's texts (the server validates, the console shows the counts). */
export const ALERT_LIMITS = { title: 200, body: 10_000 } as const;
