/**
 * Why a page text cannot be saved, in the editor's language: the problems have stable codes (core's
 * `PAGE_TEXT_PROBLEMS`), each with the catalog key `errors.content.page.<code>` in every language; the API
 * answers one `invalidPage` detail per problem in the request's language, and the import keeps the English.
 */
import { PAGE_TEXT_PROBLEMS, createTranslator, type Locale } from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageTextError, parsePageText } from '../src/features/content/page-files.js';
import { PageStore } from '../src/features/content/page-store.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

const GOOD = '---\nintro: An introduction\n---\n## First {#first}\n\nText.\n';
/** An unknown field in the front matter and, on line 6 of the text, a heading without its id. */
const BAD = '---\nintro: An introduction\nfooter: x\n---\n\n## Second\n\nText.\n';

const issuesOf = (body: string) => {
  try {
    parsePageText('Title', body);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(PageTextError);
    return (error as PageTextError).issues;
  }
};

describe('page text problems', () => {
  it('have stable codes with their values, line numbers counted in the whole text', () => {
    expect(issuesOf(GOOD)).toEqual([]);
    expect(issuesOf('no front matter')).toEqual([{ code: 'frontMatterMissing' }]);
    expect(issuesOf('---\nintro: [unclosed\n---\n## A {#a}\n')).toEqual([
      { code: 'frontMatterYaml', values: { line: expect.any(Number) } },
    ]);
    expect(issuesOf(BAD)).toEqual([{ code: 'unknownFields', values: { fields: 'footer' } }]);
    expect(issuesOf(BAD.replace('footer: x\n', ''))).toEqual([
      { code: 'sectionHeading', values: { line: 5 } },
    ]);
    expect(
      issuesOf(
        '---\nintro: I\ncontacts:\n  - label: L\n    phone: "1"\n    lastVerified: 28.11.2026\n---\n## A {#a}\n',
      ),
    ).toEqual([{ code: 'fieldDate', values: { field: 'contacts › 1 › lastVerified' } }]);
    expect(issuesOf('---\nname: N\n---\n## A {#a}\n')).toEqual([
      { code: 'fieldMissing', values: { field: 'intro' } },
    ]);
    expect(issuesOf('---\nintro: I\n---\n## A {#a}\n## B {#a}\n')).toEqual([
      { code: 'sectionIdTwice', values: { line: 5, id: 'a' } },
    ]);
  });

  it('have a message in every language, with the same values', () => {
    for (const code of PAGE_TEXT_PROBLEMS) {
      const key = `errors.content.page.${code}`;
      for (const locale of ['en', 'sr-Cyrl', 'sr-Latn', 'uk'] as const) {
        expect(CATALOGS[locale][key], `${locale} ${key}`).toBeTruthy();
      }
      if (code !== 'unknownFields') expect(CATALOGS.uk[key]).not.toBe(CATALOGS.en[key]);
    }
    // The import's report is the English text.
    expect(() => parsePageText('Title', BAD)).toThrow('The front matter has unknown field(s) footer.');
  });
});

describeEachDatabase('page text problems through the API', (dialect) => {
  let t: TestApp;
  let admin: SignedIn;
  let pageId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await signIn(t, await createStaff(t, 'admin'));
    const store = new PageStore(t.database.db, t.database.dialect);
    await store.importPage({
      id: 'rights',
      translations: [
        {
          locale: 'en',
          title: 'Rights',
          body: GOOD,
          status: 'published',
          page: parsePageText('Rights', GOOD),
        },
      ],
    });
    pageId = (await store.list())[0]!.id;
  });
  afterAll(async () => t.close());

  it('answers each problem of a refused text in the language of the request', async () => {
    const body = BAD.replace('footer: x\n', 'footer: x\nname: ""\n');
    const expected = (locale: Locale) => {
      const t = createTranslator(locale, CATALOGS[locale]);
      return [
        t.format('errors.content.page.unknownFields', { fields: 'footer' }),
        t.format('errors.content.page.fieldEmpty', { field: 'name' }),
      ];
    };
    for (const locale of ['uk', 'sr-Cyrl', 'en'] as const) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/content/pages/${pageId}/translations/en`,
        headers: { ...authHeaders(admin), 'accept-language': locale },
        payload: { version: 1, title: 'Rights', body },
      });
      expect(res.statusCode).toBe(400);
      const details = res.json().error.details as { path: string; code: string; message: string }[];
      expect(details.map((d) => [d.path, d.code])).toEqual([
        ['body', 'invalidPage'],
        ['body', 'invalidPage'],
      ]);
      expect(new Set(details.map((d) => d.message))).toEqual(new Set(expected(locale)));
    }
    expect(expected('uk')[1]).toBe('Поле «name» порожнє.');
    expect(expected('sr-Cyrl')[1]).toBe('Поље „name“ је празно.');
  });
});
