import type { Locale, MessageKey } from '@putokaz/core';
import type { ComponentType, VNode } from 'preact';
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

/** What a static page receives: it is rendered at build time only, so it is told its locale directly. */
export interface StaticPageProps {
  readonly site: SiteConfig;
  readonly locale: Locale;
}

/**
 * A public page that is prerendered and never hydrated: its text lives in the HTML only (content as data,
 * `content/`), so no page code or text reaches the browser as JavaScript. Its `id` is not in `PUBLIC_PAGES`,
 * so the client script leaves its `<main>` alone (the quick exit and the language memory still run).
 */
export interface StaticPageDefinition {
  readonly id: string;
  readonly path: string;
  /** `<title>` (before the app name) and `<meta name="description">`, per locale. */
  readonly title: (locale: Locale) => string;
  readonly description: (locale: Locale) => string;
  readonly render: (props: StaticPageProps) => VNode;
}
