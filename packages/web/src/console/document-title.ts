import { useEffect } from 'preact/hooks';
import { useI18n } from '../shared/i18n';

/** Sets `<title>` to "page – console" in the current language. */
export function useDocumentTitle(page: string): void {
  const { t } = useI18n();
  const title = t('web.documentTitle', { page, app: t('console.title') });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
