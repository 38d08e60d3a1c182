/**
 * The informational pages' texts: `content/pages/<page-id>.<locale>.md`, one file per page and locale
 * (`sr-Cyrl`, `en`, `uk`; Serbian Latin is derived from the Cyrillic text). Each file has a YAML front matter
 * (`title`, `status`, `intro`, optional `name`, `checklist` and `contacts`, each contact with its `source` and
 * `lastVerified` date) and a Markdown body made of `## Heading {#id}` sections:
 *
 * ```
 * ---
 * title: Working in Germany
 * status: published          # draft | reviewed | published (default draft)
 * name: Germany              # optional: the name in lists (the guides' index)
 * intro: How a citizen of Serbia can work legally in Germany…
 * checklist:                 # optional
 *   heading: Checklist before you go
 *   note: Tick what you have done…
 *   items: [ … ]
 * contacts:                  # optional
 *   - label: Emergency (police, ambulance, fire)
 *     phone: "112"
 *     source: European Union: 112, the single European emergency number…
 *     lastVerified: 2026-11-28
 * ---
 * ## The legal way to work there {#legal}
 * …
 * ```
 *
 * In the database a page translation keeps `title` in its own column and the rest (the front matter without
 * `title` and `status`, then the Markdown) as its `body` text: the console edits exactly that text, and the
 * same parser reads it for the public page. See docs/content.md.
 */
import { join } from 'node:path';
import {
  CONTENT_LOCALES,
  PAGE_LIMITS,
  contentTextFor,
  createTranslator,
  isContentLocale,
  isContentPageId,
  isContentStatus,
  isIsoCalendarDate,
  splitPageSections,
  type ContentLocale,
  type ContentStatus,
  type Locale,
  type PageContent,
  type PageTextIssue,
  type Translator,
} from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs';
import { parse as parseYaml, stringify as stringifyYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { readContentFolder, type ContentFileProblem } from './content-files.js';

const FILE_RE = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z]{4})?)\.md$/;
const FRONT_RE = /^---\n([\s\S]*?)\n?---(?:\n|$)/;

const Text = (max: number) => z.string().trim().min(1).max(max);

const Contact = z.strictObject({
  label: Text(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d][\d ()/-]{0,30}$/),
  source: Text(500).optional(),
  lastVerified: z.string().refine(isIsoCalendarDate).optional(),
});

const Checklist = z.strictObject({
  heading: Text(200),
  note: Text(1000),
  items: z.array(Text(500)).min(1).max(PAGE_LIMITS.items),
});

/** The front matter of a page's database text (the file's without `title` and `status`). */
const PageMeta = z.strictObject({
  name: Text(100).optional(),
  intro: Text(PAGE_LIMITS.intro),
  checklist: Checklist.optional(),
  contacts: z.array(Contact).max(PAGE_LIMITS.contacts).optional(),
});

const PageFileMeta = PageMeta.extend({
  title: Text(PAGE_LIMITS.title),
  status: z.enum(['draft', 'reviewed', 'published']).optional(),
});

let english: Translator | undefined;

/**
 * A page text that cannot be used, with its problems as stable codes (core's `PAGE_TEXT_PROBLEMS`: the API
 * answers each in the editor's language from the catalog key `errors.content.page.<code>`). The message is
 * the English text of every problem (the import's report).
 */
export class PageTextError extends Error {
  constructor(readonly issues: readonly PageTextIssue[]) {
    english ??= createTranslator('en', CATALOGS.en);
    const translator = english;
    super(
      issues.map((issue) => translator.format(`errors.content.page.${issue.code}`, issue.values)).join(' '),
    );
    this.name = 'PageTextError';
  }
}

/** A field of the front matter as the messages name it: `contacts › 2 › phone` (list positions from 1). */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' › ');
}

function valueAt(meta: unknown, path: readonly PropertyKey[]): unknown {
  let value = meta;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** The front matter's problems, one per zod issue, as page text codes. */
function metaIssues(error: z.ZodError, meta: unknown): PageTextIssue[] {
  return error.issues.map((issue): PageTextIssue => {
    const field = fieldName(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return {
          code: 'unknownFields',
          values: { fields: issue.keys.map((key) => fieldName([...issue.path, key])).join(', ') },
        };
      case 'too_big':
        return {
          code: issue.origin === 'array' ? 'tooManyItems' : 'fieldTooLong',
          values: { field, maximum: Number(issue.maximum) },
        };
      case 'too_small':
        return issue.origin === 'array'
          ? { code: 'tooFewItems', values: { field, minimum: Number(issue.minimum) } }
          : { code: 'fieldEmpty', values: { field } };
      case 'invalid_type':
        return {
          code: valueAt(meta, issue.path) === undefined ? 'fieldMissing' : 'fieldInvalid',
          values: { field },
        };
      default: {
        const last = issue.path.at(-1);
        const code = last === 'phone' ? 'fieldPhone' : last === 'lastVerified' ? 'fieldDate' : 'fieldInvalid';
        return { code, values: { field } };
      }
    }
  });
}

/** The front matter and the Markdown after it, with the line the Markdown starts on (for problems). */
function splitFront(text: string): { meta: unknown; markdown: string; markdownLine: number } {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front = FRONT_RE.exec(normalized);
  if (!front) throw new PageTextError([{ code: 'frontMatterMissing' }]);
  let meta: unknown;
  try {
    meta = parseYaml(front[1] ?? '', { schema: 'core' }) as unknown;
  } catch (error) {
    // The YAML starts on the text's second line (after the first ---).
    const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 1) + 1 : 2;
    throw new PageTextError([{ code: 'frontMatterYaml', values: { line } }]);
  }
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta))
    throw new PageTextError([{ code: 'frontMatterNotMapping' }]);
  const rest = normalized.slice(front[0].length);
  const skipped = front[0] + rest.slice(0, rest.length - rest.trimStart().length);
  return { meta, markdown: rest.trim(), markdownLine: skipped.split('\n').length };
}

function sectionsOf(markdown: string, firstLine: number): PageContent['sections'] {
  if (!markdown) throw new PageTextError([{ code: 'markdownEmpty' }]);
  const { sections, problems } = splitPageSections(markdown, firstLine);
  if (problems.length) throw new PageTextError(problems);
  return sections;
}

/**
 * A page from its database text (front matter without title and status, then the sections) and its title;
 * throws a PageTextError for an invalid text.
 */
export function parsePageText(title: string, body: string): PageContent {
  if (body.length > PAGE_LIMITS.body)
    throw new PageTextError([{ code: 'textTooLong', values: { maximum: PAGE_LIMITS.body } }]);
  const { meta, markdown, markdownLine } = splitFront(body);
  const parsed = PageMeta.safeParse(meta);
  if (!parsed.success) throw new PageTextError(metaIssues(parsed.error, meta));
  const { name, intro, checklist, contacts } = parsed.data;
  return {
    title,
    intro,
    name,
    checklist,
    contacts: contacts ?? [],
    sections: sectionsOf(markdown, markdownLine),
  };
}

/** A page's text as a public locale shows it (Serbian Latin transliterated; dates and numbers kept). */
export function pageForLocale(page: PageContent, locale: Locale): PageContent {
  if (locale !== 'sr-Latn') return page;
  const tr = (text: string) => contentTextFor(locale, text);
  return {
    title: tr(page.title),
    intro: tr(page.intro),
    name: page.name === undefined ? undefined : tr(page.name),
    sections: page.sections.map((s) => ({ id: s.id, heading: tr(s.heading), body: tr(s.body) })),
    checklist: page.checklist && {
      heading: tr(page.checklist.heading),
      note: tr(page.checklist.note),
      items: page.checklist.items.map(tr),
    },
    contacts: page.contacts.map((c) => ({
      label: tr(c.label),
      phone: c.phone,
      source: c.source === undefined ? undefined : tr(c.source),
      lastVerified: c.lastVerified,
    })),
  };
}

/** One page translation as the repository's file gives it. */
export interface PageFileTranslation {
  locale: ContentLocale;
  title: string;
  /** The database text: front matter without title and status, then the Markdown. */
  body: string;
  status: ContentStatus;
  page: PageContent;
}

export interface PageFile {
  id: string;
  translations: PageFileTranslation[];
}

/** Parses one file (`<page-id>.<locale>.md`); throws a one-line reason for the problem list. */
export function parsePageFile(name: string, text: string): { id: string } & PageFileTranslation {
  const match = FILE_RE.exec(name);
  if (!match) throw new Error('the file name must be <page-id>.<locale>.md');
  const [, id = '', locale = ''] = match;
  if (!isContentPageId(id))
    throw new Error(`"${id}" is not a page of the public app (CONTENT_PAGES in core)`);
  if (locale === 'sr-Latn')
    throw new Error('Serbian Latin is derived from sr-Cyrl: write the sr-Cyrl file only');
  if (!isContentLocale(locale)) throw new Error(`the locale must be one of ${CONTENT_LOCALES.join(', ')}`);
  const { meta, markdown, markdownLine } = splitFront(text);
  const parsed = PageFileMeta.safeParse(meta);
  if (!parsed.success) throw new PageTextError(metaIssues(parsed.error, meta));
  sectionsOf(markdown, markdownLine); // the file's own line numbers in a problem
  const { title, status = 'draft', ...rest } = parsed.data;
  if (!isContentStatus(status)) throw new Error('status must be draft, reviewed or published');
  const body = pageText(rest, markdown);
  return { id, locale, title, status, body, page: parsePageText(title, body) };
}

/** The database text of a page: its front matter (without title and status) and its Markdown. */
export function pageText(meta: z.infer<typeof PageMeta>, markdown: string): string {
  const clean = Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
  return `---\n${stringifyYaml(clean, { lineWidth: 0 })}---\n${markdown.trim()}\n`;
}

/**
 * Reads every page in `<dir>/pages/`: the pages whose files are all correct (and whose locales have the same
 * sections), and the problems of the others (a page with one bad file is left out entirely).
 */
export async function readPageFiles(
  dir: string,
): Promise<{ pages: PageFile[]; problems: ContentFileProblem[]; files: number }> {
  const pagesDir = join(dir, 'pages');
  const { items, problems, files } = await readContentFolder(pagesDir, (name, text) => {
    const { id, ...translation } = parsePageFile(name, text);
    return { item: id, translation };
  });
  const pages: PageFile[] = [];
  for (const [id, translations] of items) {
    const shapes = new Set(translations.map((t) => t.page.sections.map((s) => s.id).join(',')));
    if (shapes.size > 1) {
      problems.push({
        file: join(pagesDir, `${id}.*.md`),
        message: `the locales of one page have different sections (${[...shapes].join(' | ')})`,
      });
      continue;
    }
    pages.push({
      id,
      translations: translations.sort(
        (a, b) => CONTENT_LOCALES.indexOf(a.locale) - CONTENT_LOCALES.indexOf(b.locale),
      ),
    });
  }
  return { pages: pages.sort((a, b) => a.id.localeCompare(b.id)), problems, files };
}
