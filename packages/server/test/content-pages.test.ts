import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_SLOTS, ROLES, cyrillicToLatin, type Role } from '@putokaz/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.js';
import { parsePageFile, parsePageText, readPageFiles } from '../src/features/content/page-files.js';
import { createPublicPageRenderer } from '../src/features/content/public-pages.js';
import { createTestApp, TEST_MASTER_KEY, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

const REPOSITORY_CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));

/** A stand-in for the built web app: the page shells the build writes, with the markers and the hotline. */
function fakeWebDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'putokaz-web-'));
  const shell = (lang: string) =>
    `<!doctype html><html lang="${lang}"><head><title>BUILT TITLE</title>` +
    `<meta name="description" content="BUILT DESCRIPTION"/><meta name="putokaz-hotline" content="0800 123 456"/>` +
    `</head><body><main><article><div>${PAGE_SLOTS.head[0]}<h1>BUILT-HEAD</h1>${PAGE_SLOTS.head[1]}</div>` +
    `<nav>BUILT-NAV</nav><div>${PAGE_SLOTS.body[0]}<p>BUILT-BODY</p>${PAGE_SLOTS.body[1]}</div></article></main></body></html>`;
  writeFileSync(join(dir, 'index.html'), shell('sr-Latn'));
  for (const [prefix, lang] of [
    ['', 'sr-Latn'],
    ['en/', 'en'],
    ['uk/', 'uk'],
    ['sr-Cyrl/', 'sr-Cyrl'],
  ] as const) {
    for (const path of ['before-you-go/germany', 'rights', 'safety']) {
      mkdirSync(join(dir, prefix, path), { recursive: true });
      writeFileSync(join(dir, prefix, path, 'index.html'), shell(lang));
    }
  }
  return dir;
}

interface Translation {
  locale: string;
  title: string;
  body: string;
  status: string;
  version: number;
  published: { title: string; body: string } | null;
  editedSinceImport: boolean;
}

const UNVERIFIED_BODY = `---
intro: Intro CANARY-INTRO
contacts:
  - label: Checked line
    phone: "192"
    source: Ministry of the Interior
    lastVerified: 2026-11-28
  - label: Unchecked line
    phone: "0800 999 999"
---
## Safe section {#safe}

Text with <script>alert(1)</script> and [a bad link](javascript:alert(1)) CANARY-SECTION.
`;

describeEachDatabase('informational pages', (dialect) => {
  let t: TestApp;
  let webDir: string;
  const sessions = new Map<Role, SignedIn>();
  const dirs: string[] = [];

  beforeAll(async () => {
    webDir = fakeWebDir();
    dirs.push(webDir);
    t = await createTestApp(dialect, { env: { PUTOKAZ_WEB_DIR: webDir } });
    for (const role of ROLES) sessions.set(role, await signIn(t, await createStaff(t, role)));
  });
  afterAll(async () => {
    await t.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, role: Role = 'admin') =>
    t.app.inject({
      method,
      url,
      headers: authHeaders(sessions.get(role) as SignedIn),
      ...(payload ? { payload } : {}),
    });
  const cli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      env: { ...t.testDatabase.env, PUTOKAZ_MASTER_KEY: TEST_MASTER_KEY },
    };
    const code = await run(['node', 'putokaz', 'content', ...args], io);
    return { code, out: out.join(''), err: err.join('') };
  };
  const publicPage = async (path: string) => {
    const res = await t.app.inject({ url: path });
    expect(res.statusCode, path).toBe(200);
    // The same headers as every page: the Content-Security-Policy, revalidated on every visit.
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['set-cookie']).toBeUndefined();
    return res.body;
  };
  const pageId = async (slug: string): Promise<string> => {
    const items = (await call('GET', '/api/v1/content/pages')).json().items as { id: string; slug: string }[];
    const found = items.find((p) => p.slug === slug);
    if (!found) throw new Error(`no page ${slug}`);
    return found.id;
  };
  const translation = async (id: string, locale: string): Promise<Translation> =>
    (await call('GET', `/api/v1/content/pages/${id}`)).json().translations[locale];

  it('serves the built page while the database knows no page', async () => {
    const html = await publicPage('/en/before-you-go/germany');
    expect(html).toContain('BUILT-HEAD');
    expect(html).toContain('BUILT-BODY');
  });

  it('imports the repository pages idempotently and never overwrites a console edit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'putokaz-content-'));
    dirs.push(dir);
    cpSync(REPOSITORY_CONTENT, dir, { recursive: true });
    let res = await cli(['import', dir]);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/pages: 33 file\(s\), 11 page\(s\); translations: 33 added, 0 updated/);
    res = await cli(['import', dir]);
    expect(res.out).toMatch(/pages: .*translations: 0 added, 0 updated, 33 unchanged, 0 skipped/);

    // The public page now comes from the database: the published text, the built navigation kept.
    const html = await publicPage('/en/before-you-go/germany');
    expect(html).not.toContain('BUILT-HEAD');
    expect(html).toContain('BUILT-NAV');
    expect(html).toContain('<h1 id="page-title">Working in Germany</h1>');
    expect(html).toContain('<title>Working in Germany');
    expect(html).toContain('href="tel:0800123456"');
    // Serbian Latin from the Cyrillic text.
    const latin = await publicPage('/before-you-go/germany');
    const cyrillic = await publicPage('/sr-Cyrl/before-you-go/germany');
    const title = /<h1 id="page-title">([^<]*)<\/h1>/.exec(cyrillic)?.[1] ?? '';
    expect(latin).toContain(`<h1 id="page-title">${cyrillicToLatin(title)}</h1>`);

    // An admin edits the English rights page; the repository then changes it and the Ukrainian one.
    const rights = await pageId('rights');
    const en = await translation(rights, 'en');
    const edited = await call('PATCH', `/api/v1/content/pages/${rights}/translations/en`, {
      version: en.version,
      title: en.title,
      body: en.body.replace('## ', 'CONSOLE-EDIT\n\n## ').replace(/^---\n/, '---\n'),
    });
    // Text before the first section is refused with the reason.
    expect(edited.statusCode).toBe(400);
    expect(edited.json().error.details[0]).toMatchObject({ path: 'body', code: 'invalidPage' });
    const ok = await call('PATCH', `/api/v1/content/pages/${rights}/translations/en`, {
      version: en.version,
      title: en.title,
      body: `${en.body}\nCONSOLE-EDIT\n`,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ editedSinceImport: true, status: 'draft' });
    for (const locale of ['en', 'uk']) {
      const file = join(dir, `pages/rights.${locale}.md`);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nFILE-CHANGE-${locale}\n`);
    }
    res = await cli(['import', dir]);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/pages: .*translations: 0 added, 1 updated, 31 unchanged, 1 skipped/);
    expect(res.out).toContain('skipped page rights en: edited in the console since the last import');
    expect((await translation(rights, 'en')).body).toContain('CONSOLE-EDIT');
    expect((await translation(rights, 'uk')).body).toContain('FILE-CHANGE-uk');
    expect(await publicPage('/uk/rights')).toContain('FILE-CHANGE-uk');
    // The English edit is a draft: the public keeps the earlier published version.
    expect(await publicPage('/en/rights')).not.toContain('CONSOLE-EDIT');

    const history = (await call('GET', `/api/v1/content/pages/${rights}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['import', 'edit']),
    );
  });

  it('moves a page through draft, reviewed and published; only the published text is public', async () => {
    const safety = await pageId('safety');
    let tr = await translation(safety, 'en');
    const base = `${tr.body}\nCANARY-WORKFLOW\n`;
    let res = await call('PATCH', `/api/v1/content/pages/${safety}/translations/en`, {
      version: tr.version,
      title: 'Safety CANARY-TITLE',
      body: base,
    });
    expect(res.statusCode, res.body).toBe(200);
    tr = res.json();
    expect(await publicPage('/en/safety')).not.toContain('CANARY-WORKFLOW');

    // Stale version: 409.
    res = await call('POST', `/api/v1/content/pages/${safety}/translations/en/status`, {
      version: tr.version - 1,
      status: 'reviewed',
    });
    expect(res.statusCode).toBe(409);
    res = await call('POST', `/api/v1/content/pages/${safety}/translations/en/status`, {
      version: tr.version,
      status: 'published',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('content.notReviewed');
    res = await call('POST', `/api/v1/content/pages/${safety}/translations/en/status`, {
      version: tr.version,
      status: 'reviewed',
    });
    tr = res.json();
    expect(await publicPage('/en/safety')).not.toContain('CANARY-WORKFLOW');
    res = await call('POST', `/api/v1/content/pages/${safety}/translations/en/status`, {
      version: tr.version,
      status: 'published',
    });
    expect(res.statusCode, res.body).toBe(200);
    tr = res.json();
    const html = await publicPage('/en/safety');
    expect(html).toContain('CANARY-WORKFLOW');
    expect(html).toContain('<title>Safety CANARY-TITLE');

    // Withdrawn: the page says it is not published in this language (never the draft).
    res = await call('POST', `/api/v1/content/pages/${safety}/translations/en/unpublish`, {
      version: tr.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const withdrawn = await publicPage('/en/safety');
    expect(withdrawn).not.toContain('CANARY-WORKFLOW');
    expect(withdrawn).toContain('This page is being updated');

    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['resource_type', 'action'])
      .where('resource_type', '=', 'contentPage')
      .where('resource_id', '=', safety)
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(5);
  });

  it('renders Markdown safely and hides unverified contacts unless on a preview server', async () => {
    const rights = await pageId('rights');
    const tr = await translation(rights, 'uk');
    let res = await call('PATCH', `/api/v1/content/pages/${rights}/translations/uk`, {
      version: tr.version,
      title: 'Права',
      body: UNVERIFIED_BODY,
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const status of ['reviewed', 'published']) {
      res = await call('POST', `/api/v1/content/pages/${rights}/translations/uk/status`, {
        version: res.json().version,
        status,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const html = await publicPage('/uk/rights');
    expect(html).toContain('CANARY-SECTION');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Checked line');
    expect(html).not.toContain('Unchecked line');

    const preview = createPublicPageRenderer({
      db: t.database.db,
      dialect: t.database.dialect,
      webDir,
      showUnverified: true,
    });
    const shown = (await preview('/uk/rights')) ?? '';
    expect(shown).toContain('Unchecked line');
    expect(await preview('/uk/check')).toBeUndefined();
  });

  it('lets only administrators manage pages; anonymous callers get 401', async () => {
    const id = await pageId('refugees');
    expect((await t.app.inject({ url: '/api/v1/content/pages' })).statusCode).toBe(401);
    const en = await translation(id, 'en');
    for (const role of ROLES) {
      const list = await call('GET', '/api/v1/content/pages', undefined, role);
      const save = await call(
        'PATCH',
        `/api/v1/content/pages/${id}/translations/en`,
        { version: en.version, title: en.title, body: `${en.body}\nBY-${role}\n` },
        role,
      );
      if (role === 'admin') {
        expect(list.statusCode, role).toBe(200);
        expect(save.statusCode, role).toBe(200);
      } else {
        expect(list.statusCode, role).toBe(403);
        expect(save.statusCode, role).toBe(403);
      }
    }
    expect((await translation(id, 'en')).body).toContain('BY-admin');
    // Unknown fields are refused.
    const extra = await call('PATCH', `/api/v1/content/pages/${id}/translations/en`, {
      version: 1,
      title: 'x',
      body: 'x',
      extra: true,
    });
    expect(extra.statusCode).toBe(400);
  });
});

describe('page files', () => {
  it('reads every repository page in sr-Cyrl, en and uk, all published with verified contacts', async () => {
    const { pages, problems } = await readPageFiles(REPOSITORY_CONTENT);
    expect(problems).toEqual([]);
    expect(pages).toHaveLength(11);
    for (const page of pages) {
      expect(
        page.translations.map((tr) => tr.locale),
        page.id,
      ).toEqual(['sr-Cyrl', 'en', 'uk']);
      for (const tr of page.translations) {
        expect(tr.status, page.id).toBe('published');
        for (const contact of tr.page.contacts) {
          expect(contact.source, `${page.id} ${tr.locale}`).toBeTruthy();
          expect(contact.lastVerified, `${page.id} ${tr.locale}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
  });

  it('checks names, the front matter and the sections', () => {
    const good = '---\ntitle: T\nintro: I\n---\n## A {#a}\n\nText\n';
    expect(parsePageFile('rights.en.md', good)).toMatchObject({
      id: 'rights',
      locale: 'en',
      status: 'draft',
    });
    const problem = (name: string, text: string) => {
      try {
        parsePageFile(name, text);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(problem('nowhere.en.md', good)).toContain('is not a page');
    expect(problem('rights.sr-Latn.md', good)).toContain('derived from sr-Cyrl');
    expect(problem('rights.de.md', good)).toContain('the locale must be');
    expect(problem('rights.en.md', 'no front matter')).toContain('front matter');
    expect(problem('rights.en.md', '---\ntitle: T\nintro: I\nextra: 1\n---\n## A {#a}\n')).toContain(
      'unknown field(s) extra',
    );
    expect(problem('rights.en.md', '---\nintro: I\n---\n## A {#a}\n')).toContain('title');
    expect(problem('rights.en.md', '---\ntitle: T\nintro: I\n---\n## A\n')).toContain('{#id}');
    expect(problem('rights.en.md', '---\ntitle: T\nintro: I\n---\n## A {#a}\n## B {#a}\n')).toContain(
      'used twice',
    );
    expect(problem('rights.en.md', '---\ntitle: T\nintro: I\n---\nLoose text\n## A {#a}\n')).toContain(
      'before the first',
    );
    expect(
      problem(
        'rights.en.md',
        '---\ntitle: T\nintro: I\ncontacts:\n  - label: L\n    phone: "1"\n    lastVerified: 28.11.2026\n---\n## A {#a}\n',
      ),
    ).toContain('YYYY-MM-DD');
    expect(problem('rights.en.md', '---\ntitle: T\nintro: I\nstatus: live\n---\n## A {#a}\n')).toContain(
      'status',
    );
  });

  it('keeps the database text parseable with the same rules', () => {
    const parsed = parsePageFile('rights.en.md', '---\ntitle: T\nintro: I\n---\n## A {#a}\n\nText\n');
    expect(parsePageText(parsed.title, parsed.body)).toEqual(parsed.page);
  });

  it('keeps the shared parts of the guides the same in every country of a language', async () => {
    const { pages } = await readPageFiles(REPOSITORY_CONTENT);
    const guides = pages.filter((p) => p.id.startsWith('before-you-go-'));
    expect(guides).toHaveLength(7);
    for (const locale of ['sr-Cyrl', 'en', 'uk']) {
      const shared = (id: string) =>
        guides.map((g) => {
          const tr = g.translations.find((x) => x.locale === locale);
          return JSON.stringify(tr?.page.sections.find((s) => s.id === id));
        });
      for (const id of ['contract', 'fees', 'warning-signs'])
        expect(new Set(shared(id)).size, `${locale} ${id}`).toBe(1);
    }
  });
});
