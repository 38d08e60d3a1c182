import type { MessageKey } from '@putokaz/core';
import type { ComponentType } from 'preact';
import type { SiteConfig } from '../shared/site';

/** What every public page component receives, at build time and when it hydrates in the browser. */
export interface PublicPageProps {
  readonly site: SiteConfig;
}

/**
 * One public page. It is prerendered to HTML for every locale at `localePath(locale, path)` and hydrated in
 * the browser; `load` keeps each page's code in its own chunk so a page loads only what it needs.
 */
export interface PublicPageDefinition {
  /** Stable id, written to `<html data-page>` so the client script knows which page to hydrate. */
  readonly id: string;
  /** Locale-independent path: `/` for the home page, `/check` for a page. */
  readonly path: string;
  /** Message for `<title>`. */
  readonly titleKey: MessageKey;
  /** Message for `<meta name="description">`. */
  readonly descriptionKey: MessageKey;
  readonly load: () => Promise<ComponentType<PublicPageProps>>;
}
