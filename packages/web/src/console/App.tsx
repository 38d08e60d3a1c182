import { textDirection, type Translator } from '@putokaz/core';
import { useEffect, useState } from 'preact/hooks';
import { I18nContext, loadTranslator } from '../shared/i18n';
import { rememberLocale, type Locale } from '../shared/locale';
import { LanguageButtons } from './components/LanguageButtons';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SetupPage } from './pages/SetupPage';
import type { ConsoleRoute } from './routes';

export function App({
  initialLocale,
  route,
  setupToken,
}: {
  initialLocale: Locale;
  route: ConsoleRoute;
  setupToken: string | undefined;
}) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [translator, setTranslator] = useState<Translator | null>(null);

  useEffect(() => {
    let current = true;
    void loadTranslator(locale).then((loaded) => {
      if (current) setTranslator(loaded);
    });
    return () => {
      current = false;
    };
  }, [locale]);

  useEffect(() => {
    if (!translator) return;
    document.documentElement.lang = translator.locale;
    document.documentElement.dir = textDirection(translator.locale);
  }, [translator]);

  // Until the first catalog arrives (one small file) the shell stays empty rather than show untranslated text.
  if (!translator) return null;

  const changeLocale = (next: Locale) => {
    rememberLocale(next);
    setLocale(next);
  };

  return (
    <I18nContext.Provider value={translator}>
      <a class="skip-link" href="#main">
        {translator.t('common.skipToContent')}
      </a>
      <header class="console-header">
        <p class="console-header__name">{translator.t('console.title')}</p>
        <LanguageButtons locale={translator.locale} onChange={changeLocale} />
      </header>
      <main id="main" tabindex={-1}>
        {route === 'login' ? <LoginPage /> : null}
        {route === 'setup' ? <SetupPage token={setupToken} /> : null}
        {route === 'notFound' ? <NotFoundPage /> : null}
      </main>
    </I18nContext.Provider>
  );
}
