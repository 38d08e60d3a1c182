import { useI18n } from '../../shared/i18n';
import { telHref } from '../../shared/site';

/** The hotline: its number as a call link and what it is for. */
export function Hotline({ phone, id }: { phone: string; id: string }) {
  const { t } = useI18n();
  return (
    <section class="hotline" aria-labelledby={id}>
      <h2 id={id}>{t('public.check.hotline')}</h2>
      <p>
        <a class="hotline__number" href={telHref(phone)}>
          {phone}
        </a>
      </p>
      <p>{t('home.hotline.text')}</p>
    </section>
  );
}
