/**
 * The informational public pages as data ("Before you go" and its country guides, rights, safety, refugees):
 * which pages exist, the shape of a page once its file or database text is parsed, the rule that only
 * verified contacts are shown, and the HTML the public page gets (every piece of text escaped, the sections
 * through the safe Markdown renderer). Pure: no I/O, no YAML (the server parses the front matter, see
 * packages/server/src/features/content/page-files.ts), so it runs the same in the build, the server and the
 * console. See docs/content.md.
 */
import { escapeHtml, renderMarkdownHtml } from './markdown.js';

/** The guides' countries, in the order the index lists them. */
export const GUIDE_COUNTRY_IDS = [
  'germany',
  'austria',
  'slovakia',
  'malta',
  'switzerland',
  'russia',
  'serbia',
] as const;
export type GuideCountryId = (typeof GUIDE_COUNTRY_IDS)[number];

export const GUIDES_PATH = '/before-you-go';

/** Every informational page: its id (also the file name `content/pages/<id>.<locale>.md`) and its path. */
export const CONTENT_PAGES: readonly { readonly id: string; readonly path: string }[] = [
  { id: 'before-you-go', path: GUIDES_PATH },
  ...GUIDE_COUNTRY_IDS.map((country) => ({
    id: `before-you-go-${country}`,
    path: `${GUIDES_PATH}/${country}`,
  })),
  { id: 'rights', path: '/rights' },
  { id: 'safety', path: '/safety' },
  { id: 'refugees', path: '/refugees' },
];

export type ContentPageId = string;

export function isContentPageId(value: unknown): value is ContentPageId {
  return typeof value === 'string' && CONTENT_PAGES.some((page) => page.id === value);
}

export function contentPageByPath(path: string): { id: string; path: string } | undefined {
  return CONTENT_PAGES.find((page) => page.path === path);
}

/** Limits of a page's texts (the server validates). */
export const PAGE_LIMITS = { title: 200, body: 40_000, intro: 1_000, items: 40, contacts: 20 } as const;

/** A phone number to call. Shown only with its source and the date someone last checked it. */
export interface PageContact {
  readonly label: string;
  readonly phone: string;
  /** Where the number comes from (the official body or rule that publishes it). */
  readonly source?: string | undefined;
  /** When someone last checked the number against that source (ISO date, `2026-11-28`). */
  readonly lastVerified?: string | undefined;
}

export interface PageChecklist {
  readonly heading: string;
  /** What happens to the ticks (they are never saved). */
  readonly note: string;
  readonly items: readonly string[];
}

/** One `## Heading {#id}` of the page's Markdown with the Markdown under it. */
export interface PageSection {
  /** Stable id, the heading's anchor (`#contract`); the same in every language. */
  readonly id: string;
  readonly heading: string;
  /** Markdown (the safe subset). */
  readonly body: string;
}

export interface PageContent {
  readonly title: string;
  /** The first paragraph; also the page's `<meta name="description">`. */
  readonly intro: string;
  /** A shorter name for lists (the guides' index names each country by it). */
  readonly name?: string | undefined;
  readonly sections: readonly PageSection[];
  readonly checklist?: PageChecklist | undefined;
  readonly contacts: readonly PageContact[];
}

/** A contact whose source and verification date are known. */
export type VerifiedContact = PageContact & { readonly source: string; readonly lastVerified: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function isVerifiedContact(contact: PageContact): contact is VerifiedContact {
  return Boolean(contact.source?.trim() && contact.lastVerified && isIsoCalendarDate(contact.lastVerified));
}

/**
 * The contacts a public page may show: only those with a source and a real ISO `lastVerified` date. A number
 * nobody has checked is worse than no number for a person in danger, so an unverified one is left out.
 */
export function visibleContacts(contacts: readonly PageContact[] | undefined): VerifiedContact[] {
  return (contacts ?? []).filter(isVerifiedContact);
}

const SECTION_RE = /^##[ \t]+(.*?)[ \t]+\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}[ \t]*$/;

/**
 * Why a page's text cannot be used, as stable codes. Each is the catalog key `errors.content.page.<code>`
 * (content area), so the console shows the reason in the editor's language and the import prints the
 * English one. The values each code's message takes are in its message.
 */
export const PAGE_TEXT_PROBLEMS = [
  'textTooLong', // {maximum}
  'frontMatterMissing',
  'frontMatterYaml', // {line}
  'frontMatterNotMapping',
  'unknownFields', // {fields}
  'fieldMissing', // {field}
  'fieldEmpty', // {field}
  'fieldTooLong', // {field} {maximum}
  'tooFewItems', // {field} {minimum}
  'tooManyItems', // {field} {maximum}
  'fieldPhone', // {field}
  'fieldDate', // {field}
  'fieldInvalid', // {field}
  'markdownEmpty',
  'sectionHeading', // {line}
  'sectionIdTwice', // {line} {id}
  'textBeforeSection', // {line}
] as const;
export type PageTextProblem = (typeof PAGE_TEXT_PROBLEMS)[number];

/** One problem of a page's text: its code and the values of its message. */
export interface PageTextIssue {
  readonly code: PageTextProblem;
  readonly values?: Readonly<Record<string, string | number>>;
}

/**
 * Splits a page's Markdown into its sections: each starts with a `## Heading {#id}` line. Returns the
 * problems instead of throwing (text before the first section, a `##` without an id, a repeated id), with
 * line numbers counted from `firstLine` (the Markdown's first line in the whole text; default 1).
 */
export function splitPageSections(
  markdown: string,
  firstLine = 1,
): { sections: PageSection[]; problems: PageTextIssue[] } {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const sections: { id: string; heading: string; lines: string[] }[] = [];
  const problems: PageTextIssue[] = [];
  // After a heading without its id, its text is not reported again as text before the first section.
  let underBadHeading = false;
  lines.forEach((line, index) => {
    const at = index + firstLine;
    if (/^##(?!#)/.test(line)) {
      const match = SECTION_RE.exec(line);
      underBadHeading = !match;
      if (!match) {
        problems.push({ code: 'sectionHeading', values: { line: at } });
        return;
      }
      const id = match[2] as string;
      if (sections.some((section) => section.id === id))
        problems.push({ code: 'sectionIdTwice', values: { line: at, id } });
      sections.push({ id, heading: (match[1] as string).trim(), lines: [] });
      return;
    }
    const current = sections.at(-1);
    if (current) current.lines.push(line);
    else if (line.trim() && !underBadHeading)
      problems.push({ code: 'textBeforeSection', values: { line: at } });
  });
  return {
    sections: sections.map((s) => ({ id: s.id, heading: s.heading, body: s.lines.join('\n').trim() })),
    problems,
  };
}

export interface PageHtmlLabels {
  readonly contactsTitle: string;
  readonly contactSource: string;
  readonly contactChecked: string;
  /** Shown beside a contact that has no source or date, only when unverified contacts are shown. */
  readonly contactUnverified: string;
  readonly checklistKeep: string;
  readonly hotlineLabel: string;
  readonly hotlineText: string;
  readonly hotlinePhone: string;
}

export interface PageHtmlOptions {
  readonly labels: PageHtmlLabels;
  /** BCP 47 locale for the dates. */
  readonly locale: string;
  /** Show contacts without a source or date too, marked (preview servers only; never in production). */
  readonly showUnverified?: boolean;
}

/** `tel:` address of a number as written (`0800 000 000` → `tel:0800000000`). */
function telLink(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The page's heading and introduction (the part above anything the page adds, such as the guides' list). */
export function renderPageHeadHtml(page: PageContent): string {
  return (
    `<h1 id="page-title">${escapeHtml(page.title)}</h1>` +
    `<p class="content-page__intro">${escapeHtml(page.intro)}</p>`
  );
}

function formatDate(locale: string, iso: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  } catch {
    return iso;
  }
}

/**
 * The page's sections, checklist (plain checkboxes: they work without any script and are never saved) and
 * numbers to call (verified contacts only, then always the hotline) as HTML.
 */
export function renderPageBodyHtml(page: PageContent, options: PageHtmlOptions): string {
  const { labels } = options;
  const parts: string[] = [];
  for (const section of page.sections) {
    parts.push(
      `<section aria-labelledby="section-${section.id}"><h2 id="section-${section.id}">` +
        `${escapeHtml(section.heading)}</h2>${renderMarkdownHtml(section.body, { headingLevel: 1 })}</section>`,
    );
  }
  if (page.checklist) {
    const items = page.checklist.items
      .map((item, index) => {
        const id = `checklist-${index + 1}`;
        return (
          `<li class="checklist__item"><input type="checkbox" id="${id}" name="${id}" autocomplete="off"/>` +
          `<label for="${id}">${escapeHtml(item)}</label></li>`
        );
      })
      .join('');
    parts.push(
      `<section class="checklist" aria-labelledby="checklist-title">` +
        `<h2 id="checklist-title">${escapeHtml(page.checklist.heading)}</h2>` +
        `<p id="checklist-note">${escapeHtml(page.checklist.note)}</p>` +
        `<form class="checklist__form" autocomplete="off" aria-labelledby="checklist-title">` +
        `<ul class="checklist__items">${items}</ul></form>` +
        `<p class="checklist__keep">${escapeHtml(labels.checklistKeep)}</p></section>`,
    );
  }
  const contacts = options.showUnverified ? page.contacts : visibleContacts(page.contacts);
  const contactItems = contacts.map((contact) => {
    const phone =
      `<span class="contacts__label">${escapeHtml(contact.label)}</span> ` +
      `<a class="contacts__phone" href="${escapeHtml(telLink(contact.phone))}">${escapeHtml(contact.phone)}</a>`;
    const note = isVerifiedContact(contact)
      ? `${escapeHtml(labels.contactSource)} ${escapeHtml(contact.source)}. ${escapeHtml(labels.contactChecked)} ` +
        `<time datetime="${escapeHtml(contact.lastVerified)}">${escapeHtml(formatDate(options.locale, contact.lastVerified))}</time>`
      : escapeHtml(labels.contactUnverified);
    return `<li class="contacts__item">${phone}<span class="contacts__source">${note}</span></li>`;
  });
  contactItems.push(
    `<li class="contacts__item contacts__item--hotline"><span class="contacts__label">${escapeHtml(labels.hotlineLabel)}</span> ` +
      `<a class="contacts__phone" href="${escapeHtml(telLink(labels.hotlinePhone))}">${escapeHtml(labels.hotlinePhone)}</a>` +
      `<span class="contacts__source">${escapeHtml(labels.hotlineText)}</span></li>`,
  );
  parts.push(
    `<section class="contacts" aria-labelledby="contacts-title"><h2 id="contacts-title">` +
      `${escapeHtml(labels.contactsTitle)}</h2><ul class="contacts__list">${contactItems.join('')}</ul></section>`,
  );
  return parts.join('');
}

/**
 * Markers around the parts of a prerendered page that come from the page's text: the server replaces what is
 * between them with the published database version (docs/content.md).
 */
export const PAGE_SLOTS = {
  head: ['<!--putokaz:page-head-->', '<!--/putokaz:page-head-->'],
  body: ['<!--putokaz:page-body-->', '<!--/putokaz:page-body-->'],
} as const;

/**
 * A prerendered page with its marked parts replaced, and its `<title>` and description; undefined when the
 * document lacks a marker (then it is served as built).
 */
export function replacePageSlots(
  html: string,
  parts: { head: string; body: string; documentTitle: string; description: string },
): string | undefined {
  let out = html;
  for (const [slot, content] of [
    [PAGE_SLOTS.head, parts.head],
    [PAGE_SLOTS.body, parts.body],
  ] as const) {
    const start = out.indexOf(slot[0]);
    const end = out.indexOf(slot[1], start);
    if (start < 0 || end < 0) return undefined;
    out = out.slice(0, start + slot[0].length) + content + out.slice(end);
  }
  out = out.replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(parts.documentTitle)}</title>`);
  out = out.replace(
    /<meta name="description" content="[^"]*"\s*\/?>/,
    () => `<meta name="description" content="${escapeHtml(parts.description)}"/>`,
  );
  return out;
}
