/**
 * Reads the repository's content files: `content/alerts/<slug>.<locale>.md`, one file per alert and locale
 * (`sr-Cyrl`, `en`, `uk`; Serbian Latin is derived from the Cyrillic text, so there is no `sr-Latn` file). Each
 * file has a YAML front matter and a Markdown body:
 *
 * ```
 * ---
 * title: Fake warehouse jobs in Germany advertised in Facebook groups
 * date: 2026-10-14        # the alert's date; the same in every locale of the alert
 * status: published       # draft | reviewed | published (default draft)
 * ---
 * Markdown body…
 * ```
 *
 * See docs/content.md.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ALERT_LIMITS,
  CONTENT_LOCALES,
  isContentLocale,
  isContentSlug,
  isContentStatus,
  type ContentLocale,
  type ContentStatus,
} from '@putokaz/core';
import { parse as parseYaml } from 'yaml';
import type { AlertFile } from './alert-store.js';

/** A problem with one file; the file is left out of the import. */
export interface ContentFileProblem {
  file: string;
  message: string;
}

const FILE_RE = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z]{4})?)\.md$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

interface ParsedFile {
  slug: string;
  locale: ContentLocale;
  date: string;
  title: string;
  body: string;
  status: ContentStatus;
}

/** Splits a file into its front matter (YAML) and body; throws a message for the problem list. */
export function parseContentFile(name: string, text: string): ParsedFile {
  const match = FILE_RE.exec(name);
  if (!match) throw new Error('the file name must be <slug>.<locale>.md');
  const [, slug = '', locale = ''] = match;
  if (!isContentSlug(slug))
    throw new Error(`"${slug}" is not a slug (lower-case letters, digits and hyphens)`);
  if (locale === 'sr-Latn')
    throw new Error('Serbian Latin is derived from sr-Cyrl: write the sr-Cyrl file only');
  if (!isContentLocale(locale)) throw new Error(`the locale must be one of ${CONTENT_LOCALES.join(', ')}`);
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
  if (!front) throw new Error('the file must start with a front matter block between --- lines');
  let meta: unknown;
  try {
    meta = parseYaml(front[1] ?? '', { schema: 'core' }) as unknown;
  } catch (error) {
    throw new Error(`the front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    throw new Error('the front matter must be a mapping (title, date, status)');
  }
  const fields = meta as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((k) => !['title', 'date', 'status'].includes(k));
  if (unknown.length) throw new Error(`unknown front matter field(s): ${unknown.join(', ')}`);
  const title = typeof fields.title === 'string' ? fields.title.trim() : '';
  if (!title) throw new Error('title is missing');
  if (title.length > ALERT_LIMITS.title)
    throw new Error(`title is longer than ${ALERT_LIMITS.title} characters`);
  const date = typeof fields.date === 'string' ? fields.date.trim() : '';
  if (!isIsoDate(date)) throw new Error('date must be a date written YYYY-MM-DD (in quotes or not)');
  const status = fields.status === undefined ? 'draft' : fields.status;
  if (!isContentStatus(status)) throw new Error('status must be draft, reviewed or published');
  const body = normalized.slice(front[0].length).trim();
  if (!body) throw new Error('the body (the Markdown text after the front matter) is empty');
  if (body.length > ALERT_LIMITS.body)
    throw new Error(`the body is longer than ${ALERT_LIMITS.body} characters`);
  return { slug, locale, date, title, body, status };
}

/**
 * Reads and parses every `<item>.<locale>.md` file in `folder`, grouped by item: the translations of each
 * item whose files all parsed, and a problem for each file that did not (the import then leaves its whole
 * item out, so its locales stay consistent). `parse` throws a one-line reason for a bad file.
 */
export async function readContentFolder<T>(
  folder: string,
  parse: (name: string, text: string) => { item: string; translation: T },
): Promise<{ items: Map<string, T[]>; problems: ContentFileProblem[]; files: number }> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort();
  } catch (error) {
    throw new Error(`cannot read ${folder} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const problems: ContentFileProblem[] = [];
  const items = new Map<string, T[]>();
  const bad = new Set<string>();
  for (const name of names) {
    const file = join(folder, name);
    try {
      const bytes = await readFile(file);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new Error('not valid UTF-8 text');
      }
      const { item, translation } = parse(name, text);
      items.set(item, [...(items.get(item) ?? []), translation]);
    } catch (error) {
      problems.push({ file, message: (error as Error).message });
      const item = FILE_RE.exec(name)?.[1];
      if (item) bad.add(item);
    }
  }
  for (const item of bad) items.delete(item);
  return { items, problems, files: names.length };
}

/**
 * Reads every alert in `<dir>/alerts/`: the alerts whose files are all correct, and the problems of the
 * others (an alert with one bad file is left out entirely, so its locales stay consistent).
 */
export async function readAlertFiles(
  dir: string,
): Promise<{ alerts: AlertFile[]; problems: ContentFileProblem[]; files: number }> {
  const alertsDir = join(dir, 'alerts');
  const { items, problems, files } = await readContentFolder(alertsDir, (name, text) => {
    const parsed = parseContentFile(name, text);
    return { item: parsed.slug, translation: parsed };
  });
  const alerts: AlertFile[] = [];
  for (const [slug, parsed] of items) {
    const dates = new Set(parsed.map((p) => p.date));
    if (dates.size > 1) {
      problems.push({
        file: join(alertsDir, `${slug}.*.md`),
        message: `the locales of one alert have different dates (${[...dates].join(', ')})`,
      });
      continue;
    }
    alerts.push({
      slug,
      date: parsed[0]?.date ?? '',
      translations: parsed
        .map(({ locale, title, body, status }) => ({ locale, title, body, status }))
        .sort((a, b) => CONTENT_LOCALES.indexOf(a.locale) - CONTENT_LOCALES.indexOf(b.locale)),
    });
  }
  return { alerts: alerts.sort((a, b) => a.slug.localeCompare(b.slug)), problems, files };
}
