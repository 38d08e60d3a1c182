import { negotiateLocale } from '@putokaz/core';
import { render } from 'preact';
import { rememberedLocale } from '../shared/locale';
import { App } from './App';
import { CONSOLE_PATHS, routeFor, takeSetupToken } from './routes';
import './console.css';

const route = routeFor(window.location.pathname);
// Before anything else: the setup token must not stay in the address bar.
const setupToken = route === 'setup' ? takeSetupToken() : undefined;
if (route === 'login' && window.location.pathname !== CONSOLE_PATHS.login) {
  window.history.replaceState(window.history.state, '', CONSOLE_PATHS.login);
}

const initialLocale = rememberedLocale() ?? negotiateLocale(navigator.languages.join(','));
const root = document.getElementById('app');
if (root) render(<App initialLocale={initialLocale} route={route} setupToken={setupToken} />, root);
