import { LOCALES, LOCALE_AUTONYMS, type Locale } from '../../shared/locale';
import { useI18n } from '../../shared/i18n';

/** Switches the console language in place; each button is named in its own language. */
export function LanguageButtons({
  locale,
  onChange,
}: {
  locale: Locale;
  onChange: (locale: Locale) => void;
}) {
  const { t } = useI18n();
  return (
    <nav class="language-switcher" aria-label={t('common.language')}>
      <ul>
        {LOCALES.map((option) => (
          <li key={option}>
            <button
              type="button"
              lang={option}
              aria-pressed={option === locale ? 'true' : 'false'}
              onClick={() => onChange(option)}
            >
              {LOCALE_AUTONYMS[option]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
