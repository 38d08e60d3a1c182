import { negotiateLocale } from '@putokaz/core';
import { render } from 'preact';
import { rememberedLocale } from '../shared/locale';
import { App } from './App';
import { CONSOLE_PATHS, routeFor, takeUrlToken } from './routes';
import './console.css';

const route = routeFor(window.location.pathname);
// Before anything else: a one-time token (setup or invitation link) must not stay in the address bar.
const linkToken = route === 'setup' || route === 'invitation' ? takeUrlToken() : undefined;
if (route === 'home' && window.location.pathname !== CONSOLE_PATHS.home) {
  window.history.replaceState(window.history.state, '', CONSOLE_PATHS.home);
}

const initialLocale = rememberedLocale() ?? negotiateLocale(navigator.languages.join(','));
const root = document.getElementById('app');
if (root) render(<App initialLocale={initialLocale} linkToken={linkToken} />, root);
