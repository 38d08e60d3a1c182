import { useI18n } from '../../shared/i18n';
import { Link } from '../components/Link';
import { useDocumentTitle } from '../document-title';
import { CONSOLE_PATHS } from '../routes';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('errors.notFound'));
  return (
    <>
      <h1 tabindex={-1}>{t('errors.notFound')}</h1>
      <p>
        <Link href={CONSOLE_PATHS.login}>{t('console.setup.goToLogin')}</Link>
      </p>
    </>
  );
}
