import { LOCALES, LOCALE_AUTONYMS, localePath, type Locale } from '../../shared/locale';
import { useI18n } from '../../shared/i18n';

/**
 * Plain links to the same page in the other languages, each named in its own language. The client script
 * remembers the choice on the device when one is followed (see `locale-memory.ts`).
 */
export function LanguageSwitcher({ locale, path }: { locale: Locale; path: string }) {
  const { t } = useI18n();
  return (
    <nav class="language-switcher" aria-label={t('common.language')}>
      <ul>
        {LOCALES.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span class="language-switcher__current" lang={other} aria-current="true">
                {LOCALE_AUTONYMS[other]}
              </span>
            ) : (
              <a href={localePath(other, path)} hreflang={other} lang={other} data-locale={other}>
                {LOCALE_AUTONYMS[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
