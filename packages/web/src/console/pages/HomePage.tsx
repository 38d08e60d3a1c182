import { useI18n } from '../../shared/i18n';
import { Link } from '../components/Link';
import { areasFor } from '../components/Shell';
import { useDocumentTitle } from '../document-title';
import { roleName } from '../format';
import { useSession } from '../session';

/** The start page: a greeting and the areas the person's role may open. */
export function HomePage() {
  const translator = useI18n();
  const { t } = translator;
  const session = useSession();
  useDocumentTitle(t('console.home.title'));
  const areas = areasFor(session).filter((area) => area.description);
  return (
    <>
      <h1 tabindex={-1}>{t('console.home.greeting', { name: session.user.displayName })}</h1>
      <p>{t('console.home.intro', { role: roleName(translator, session.user.role) })}</p>
      <ul class="area-list">
        {areas.map((area) => (
          <li key={area.route}>
            <Link href={area.path} class="area-list__link">
              {t(area.label)}
            </Link>
            {area.description ? <p>{t(area.description)}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
