import { useLayoutEffect } from 'preact/hooks';
import { useI18n } from '../shared/i18n';

/**
 * Sets `<title>` to "page – console" in the current language, in the same task that renders the page, so the
 * title a screen reader announces (and a test reads) never lags behind the heading.
 */
export function useDocumentTitle(page: string): void {
  const { t } = useI18n();
  const title = t('web.documentTitle', { page, app: t('console.title') });
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
