import type { SiteConfig } from './shared/site';

declare global {
  /** The deployment settings the public pages were prerendered with (Vite `define`, see vite.config.ts). */
  const __PUTOKAZ_SITE__: SiteConfig;
}
