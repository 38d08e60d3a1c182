import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { telHref } from '../../shared/site';

/**
 * The answer to a sent help request: the reference code, big, with what to do with it and what happens next,
 * and the hotline. Focus moves to the heading so a screen reader starts there.
 */
export function SentCode({
  code,
  contactWanted,
  phone,
  headingLevel = 2,
  onAnother,
}: {
  code: string;
  contactWanted: boolean;
  phone: string;
  headingLevel?: 2 | 3;
  onAnother?: () => void;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [code]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section class="help-sent" aria-labelledby="help-sent-title">
      <Heading id="help-sent-title" tabIndex={-1} ref={heading}>
        {t('help.sent.title')}
      </Heading>
      <p class="help-code__label">{t('help.sent.codeLabel')}</p>
      <p class="help-code" data-reference-code="">
        {code}
      </p>
      <p>{t('help.sent.codeHint')}</p>
      <Sub>{t('help.sent.next.title')}</Sub>
      <p>{contactWanted ? t('help.sent.next.contact') : t('help.sent.next.anonymous')}</p>
      <p>{t('help.sent.next.hotline')}</p>
      <p>
        <a class="hotline__number" href={telHref(phone)}>
          {phone}
        </a>
      </p>
      {onAnother ? (
        <p>
          <button type="button" class="button button--secondary" onClick={onAnother}>
            {t('help.sent.another')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
