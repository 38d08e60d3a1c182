import { useI18n } from '../../shared/i18n';
import { Link } from '../components/Link';
import { Message } from '../components/Message';
import { useDocumentTitle } from '../document-title';
import { CONSOLE_PATHS } from '../routes';

/** A console page the person's role may not open (the server refuses its data anyway). */
export function ForbiddenPage() {
  const { t } = useI18n();
  useDocumentTitle(t('console.forbidden.title'));
  return (
    <>
      <h1 tabindex={-1}>{t('console.forbidden.title')}</h1>
      <Message kind="error" live={false}>
        {t('errors.forbidden')}
      </Message>
      <p>
        <Link href={CONSOLE_PATHS.home}>{t('console.backToStart')}</Link>
      </p>
    </>
  );
}
