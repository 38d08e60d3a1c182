import type { ComponentChildren } from 'preact';
import { useI18n } from '../../../shared/i18n';
import { telHref, type SiteConfig } from '../../../shared/site';
import { visibleContacts, type Block, type PageContent } from '../../content/types';

function BlockView({ block }: { block: Block }) {
  if (typeof block === 'string') return <p>{block}</p>;
  const items = block.list.map((item, index) => <li key={index}>{item}</li>);
  return block.ordered ? <ol class="content-list">{items}</ol> : <ul class="content-list">{items}</ul>;
}

/** Plain checkboxes: they work without any script, and their state lives only in the open page. */
function ChecklistView({ checklist }: { checklist: NonNullable<PageContent['checklist']> }) {
  const { t } = useI18n();
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{checklist.heading}</h2>
      <p id="checklist-note">{checklist.note}</p>
      {/* autocomplete="off" also stops the browser from restoring the ticks after a reload. */}
      <form class="checklist__form" autocomplete="off" aria-labelledby="checklist-title">
        <ul class="checklist__items">
          {checklist.items.map((item, index) => {
            const id = `checklist-${index + 1}`;
            return (
              <li key={id} class="checklist__item">
                <input type="checkbox" id={id} name={id} autocomplete="off" />
                <label for={id}>{item}</label>
              </li>
            );
          })}
        </ul>
      </form>
      <p class="checklist__keep">{t('public.checklist.keep')}</p>
    </section>
  );
}

function ContactsView({
  contacts,
  site,
  locale,
}: {
  contacts: PageContent['contacts'];
  site: SiteConfig;
  locale: string;
}) {
  const { t } = useI18n();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <section class="contacts" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('public.contacts.title')}</h2>
      <ul class="contacts__list">
        {visibleContacts(contacts).map((contact) => (
          <li key={`${contact.phone}-${contact.label}`} class="contacts__item">
            <span class="contacts__label">{contact.label}</span>{' '}
            <a class="contacts__phone" href={telHref(contact.phone)}>
              {contact.phone}
            </a>
            <span class="contacts__source">
              {t('public.contacts.source')} {contact.source}. {t('public.contacts.checked')}{' '}
              <time dateTime={contact.lastVerified}>
                {dates.format(new Date(`${contact.lastVerified}T00:00:00Z`))}
              </time>
            </span>
          </li>
        ))}
        <li class="contacts__item contacts__item--hotline">
          <span class="contacts__label">{t('common.hotlineLabel')}</span>{' '}
          <a class="contacts__phone" href={telHref(site.hotlinePhone)}>
            {site.hotlinePhone}
          </a>
          <span class="contacts__source">{t('home.hotline.text')}</span>
        </li>
      </ul>
    </section>
  );
}

/**
 * One informational page from its content: title, intro, sections, then an optional checklist and the
 * numbers to call (verified contacts only, and always the hotline from the site settings).
 */
export function ContentPage({
  content,
  site,
  locale,
  before,
  after,
}: {
  content: PageContent;
  site: SiteConfig;
  locale: string;
  before?: ComponentChildren;
  after?: ComponentChildren;
}) {
  return (
    <article class="content-page" aria-labelledby="page-title">
      <h1 id="page-title">{content.title}</h1>
      <p class="content-page__intro">{content.intro}</p>
      {before}
      {content.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.heading}</h2>
          {section.blocks.map((block, index) => (
            <BlockView key={index} block={block} />
          ))}
        </section>
      ))}
      {content.checklist && <ChecklistView checklist={content.checklist} />}
      <ContactsView contacts={content.contacts} site={site} locale={locale} />
      {after}
    </article>
  );
}
