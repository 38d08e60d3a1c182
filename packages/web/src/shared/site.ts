/**
 * Deployment settings a page shows or uses. They are fixed at build time (environment variables
 * `PUTOKAZ_HOTLINE_PHONE` and `PUTOKAZ_EXIT_URL`, see docs/web.md) and written both into the prerendered
 * text and into `<meta name="putokaz-…">` tags, which scripts read at run time.
 */
export interface SiteConfig {
  /** The SOS hotline as people dial it, spaces allowed (`0800 000 000`). */
  readonly hotlinePhone: string;
  /** Where the quick exit goes: a neutral, non-personalised website. */
  readonly exitUrl: string;
}

export const DEFAULT_SITE_CONFIG: SiteConfig = {
  hotlinePhone: '0800 000 000',
  exitUrl: 'https://www.wikipedia.org/',
};

export const SITE_META_NAMES = {
  hotlinePhone: 'putokaz-hotline',
  exitUrl: 'putokaz-exit-url',
} as const satisfies Record<keyof SiteConfig, string>;

/** Only an absolute http(s) address may be an exit destination (never `javascript:` or a relative path). */
export function isExitUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A `tel:` link for a phone number as people write it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Reads one `<meta name=… content=…>` value of the current document. */
export function readMeta(name: string): string | undefined {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim();
  return content ? content : undefined;
}
