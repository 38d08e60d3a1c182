import { useI18n } from '../../shared/i18n';
import { useDocumentTitle } from '../document-title';
import { CONSOLE_PATHS } from '../routes';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('errors.notFound'));
  return (
    <>
      <h1>{t('errors.notFound')}</h1>
      <p>
        <a href={CONSOLE_PATHS.login}>{t('console.setup.goToLogin')}</a>
      </p>
    </>
  );
}
