import type { PublicPageDefinition } from './page';

/**
 * Every public page, in one list: the build prerenders each one in each locale and the client script hydrates
 * the one whose id the document names. To add a page, add its component under `pages/` and an entry here
 * (docs/web.md walks through it).
 */
export const PUBLIC_PAGES: readonly PublicPageDefinition[] = [
  {
    id: 'home',
    path: '/',
    titleKey: 'home.title',
    descriptionKey: 'app.tagline',
    load: () => import('./pages/home').then((module) => module.HomePage),
  },
  {
    id: 'check',
    path: '/check',
    titleKey: 'public.check.title',
    descriptionKey: 'public.check.description',
    load: () => import('./pages/check').then((module) => module.CheckPage),
  },
  {
    id: 'help',
    path: '/help',
    titleKey: 'help.title',
    descriptionKey: 'help.description',
    load: () => import('./pages/help').then((module) => module.HelpPage),
  },
  {
    id: 'alerts',
    path: '/alerts',
    titleKey: 'public.alerts.title',
    descriptionKey: 'public.alerts.description',
    load: () => import('./pages/alerts').then((module) => module.AlertsPage),
  },
];
