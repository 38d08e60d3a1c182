import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES, cyrillicToLatin, type Role } from '@putokaz/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.js';
import { parseContentFile, readAlertFiles } from '../src/features/content/content-files.js';
import { createTestApp, TEST_MASTER_KEY, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

const REPOSITORY_CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));

interface Translation {
  locale: string;
  title: string;
  body: string;
  status: string;
  version: number;
  published: { title: string; body: string } | null;
  editedSinceImport: boolean;
  statusChangedBy: { id: string; displayName: string | null } | null;
}

describeEachDatabase('scam alerts', (dialect) => {
  let t: TestApp;
  const sessions = new Map<Role, SignedIn>();
  const staffIds = new Map<Role, string>();
  const dirs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const role of ROLES) {
      const staff = await createStaff(t, role);
      staffIds.set(role, staff.id);
      sessions.set(role, await signIn(t, staff));
    }
  });
  afterAll(async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    await t.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    role: Role = 'admin',
  ) =>
    t.app.inject({
      method,
      url,
      headers: authHeaders(sessions.get(role) as SignedIn),
      ...(payload ? { payload } : {}),
    });
  const publicList = async (locale: string) => {
    const res = await t.app.inject({ url: `/api/v1/public/alerts?locale=${locale}` });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const publicText = async (locale: string) => (await publicList(locale)).body;
  const createAlert = async (slug: string, date = '2026-11-01') => {
    const res = await call('POST', '/api/v1/content/alerts', { slug, date });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; slug: string };
  };
  const save = (id: string, locale: string, version: number, title: string, body: string) =>
    call('PATCH', `/api/v1/content/alerts/${id}/translations/${locale}`, { version, title, body });
  const setStatus = (id: string, locale: string, version: number, status: string) =>
    call('POST', `/api/v1/content/alerts/${id}/translations/${locale}/status`, { version, status });

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

  describe('permissions', () => {
    it('lets only administrators use the console API, anonymous callers get 401', async () => {
      const anonymous = await t.app.inject({ url: '/api/v1/content/alerts' });
      expect(anonymous.statusCode).toBe(401);
      for (const role of ROLES) {
        const list = await call('GET', '/api/v1/content/alerts', undefined, role);
        const create = await call(
          'POST',
          '/api/v1/content/alerts',
          { slug: `perm-${role}`, date: '2026-01-02' },
          role,
        );
        if (role === 'admin') {
          expect(list.statusCode, role).toBe(200);
          expect(create.statusCode, role).toBe(201);
        } else {
          expect(list.statusCode, role).toBe(403);
          expect(create.statusCode, role).toBe(403);
        }
      }
      const slugs = (await call('GET', '/api/v1/content/alerts'))
        .json()
        .items.map((a: { slug: string }) => a.slug);
      expect(slugs.filter((s: string) => s.startsWith('perm-'))).toEqual(['perm-admin']);
    });

    it('serves the public list to anyone, cacheable briefly and without cookies', async () => {
      const res = await publicList('en');
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      expect(res.headers['set-cookie']).toBeUndefined();
      const bad = await t.app.inject({ url: '/api/v1/public/alerts?locale=de' });
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['cache-control']).toBe('no-store');
    });
  });

  describe('editorial workflow', () => {
    it('never shows a draft or reviewed text publicly; publishing needs a review', async () => {
      const alert = await createAlert('workflow-alert', '2026-11-15');
      let res = await save(alert.id, 'en', 0, 'Canary title DRAFT-ONE', 'First **draft** CANARY-DRAFT-ONE');
      expect(res.statusCode, res.body).toBe(200);
      let tr = res.json() as Translation;
      expect(tr).toMatchObject({ status: 'draft', version: 1, published: null });
      expect(await publicText('en')).not.toContain('CANARY-DRAFT-ONE');

      // A draft cannot be published without review.
      res = await setStatus(alert.id, 'en', 1, 'published');
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('content.notReviewed');
      expect(await publicText('en')).not.toContain('CANARY-DRAFT-ONE');

      res = await setStatus(alert.id, 'en', 1, 'reviewed');
      expect(res.statusCode, res.body).toBe(200);
      tr = res.json();
      expect(tr).toMatchObject({ status: 'reviewed', version: 2 });
      expect(tr.statusChangedBy?.id).toBe(staffIds.get('admin'));
      expect(await publicText('en')).not.toContain('CANARY-DRAFT-ONE');

      res = await setStatus(alert.id, 'en', 2, 'published');
      expect(res.statusCode, res.body).toBe(200);
      const published = (await publicList('en'))
        .json()
        .items.find((a: { slug: string }) => a.slug === 'workflow-alert');
      expect(published).toMatchObject({ title: 'Canary title DRAFT-ONE', date: '2026-11-15' });
      expect(published.body).toContain('CANARY-DRAFT-ONE');

      // A stale version is refused and changes nothing.
      res = await save(alert.id, 'en', 2, 'Stale', 'STALE-CANARY');
      expect(res.statusCode).toBe(409);
      expect(res.json().error.details).toEqual({ expectedVersion: 2, currentVersion: 3 });

      // An edit is a draft again: the published version stays public, the new text does not appear.
      res = await save(alert.id, 'en', 3, 'Canary title SECOND', 'Second text CANARY-DRAFT-TWO');
      tr = res.json();
      expect(tr).toMatchObject({ status: 'draft', version: 4 });
      expect(tr.published?.body).toContain('CANARY-DRAFT-ONE');
      let text = await publicText('en');
      expect(text).toContain('CANARY-DRAFT-ONE');
      expect(text).not.toContain('CANARY-DRAFT-TWO');
      await setStatus(alert.id, 'en', 4, 'reviewed');
      text = await publicText('en');
      expect(text).not.toContain('CANARY-DRAFT-TWO');
      await setStatus(alert.id, 'en', 5, 'published');
      text = await publicText('en');
      expect(text).toContain('CANARY-DRAFT-TWO');
      expect(text).not.toContain('CANARY-DRAFT-ONE');

      // A draft in another locale is not shown in it (nor in any other).
      await save(alert.id, 'uk', 0, 'Чернетка', 'UK-DRAFT-CANARY');
      for (const locale of ['sr-Latn', 'sr-Cyrl', 'en', 'uk']) {
        expect(await publicText(locale)).not.toContain('UK-DRAFT-CANARY');
      }
      expect(
        (await publicList('uk')).json().items.some((a: { slug: string }) => a.slug === 'workflow-alert'),
      ).toBe(false);

      // Invalid transitions.
      res = await setStatus(alert.id, 'en', 6, 'reviewed');
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('content.invalidStatusChange');

      // Back to draft from published withdraws it.
      res = await setStatus(alert.id, 'en', 6, 'draft');
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as Translation).published).toBeNull();
      expect(await publicText('en')).not.toContain('CANARY-DRAFT-TWO');

      // The history keeps every step.
      const history = await call('GET', `/api/v1/content/alerts/${alert.id}/history`);
      const actions = history
        .json()
        .items.map((h: { action: string; locale: string | null; status: string | null }) =>
          [h.action, h.locale, h.status].join(':'),
        );
      expect(actions).toEqual(
        expect.arrayContaining([
          'create::',
          'create:en:draft',
          'status:en:reviewed',
          'status:en:published',
          'edit:en:draft',
          'create:uk:draft',
          'status:en:draft',
        ]),
      );
      expect(history.json().items).toHaveLength(9);
    });

    it('property: whatever editors do, the public list shows only the last published text', async () => {
      type Command =
        { kind: 'save' } | { kind: 'status'; to: 'draft' | 'reviewed' | 'published' } | { kind: 'unpublish' };
      const command = fc.oneof(
        fc.constant<Command>({ kind: 'save' }),
        fc
          .constantFrom<'draft' | 'reviewed' | 'published'>('draft', 'reviewed', 'published')
          .map((to): Command => ({ kind: 'status', to })),
        fc.constant<Command>({ kind: 'unpublish' }),
      );
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
          run += 1;
          const slug = `property-${run}`;
          const alert = await createAlert(slug, '2026-10-10');
          const model = {
            status: undefined as 'draft' | 'reviewed' | 'published' | undefined,
            version: 0,
            text: '',
            published: null as string | null,
          };
          const seen: string[] = [];
          for (const [index, c] of commands.entries()) {
            if (c.kind === 'save') {
              const text = `PROPERTY-${run}-${index}`;
              const res = await save(alert.id, 'en', model.version, text, text);
              expect(res.statusCode, res.body).toBe(200);
              model.version = res.json().version;
              model.status = 'draft';
              model.text = text;
              seen.push(text);
            } else if (c.kind === 'status') {
              const res = await setStatus(alert.id, 'en', model.version, c.to);
              const allowed =
                (model.status === 'draft' && c.to === 'reviewed') ||
                (model.status === 'reviewed' && (c.to === 'published' || c.to === 'draft')) ||
                (model.status === 'published' && c.to === 'draft');
              expect(res.statusCode, res.body).toBe(model.status === undefined ? 404 : allowed ? 200 : 409);
              if (allowed) {
                model.version = res.json().version;
                if (c.to === 'published') model.published = model.text;
                if (model.status === 'published' && c.to === 'draft') model.published = null;
                model.status = c.to;
              }
            } else {
              const res = await call('POST', `/api/v1/content/alerts/${alert.id}/translations/en/unpublish`, {
                version: model.version,
              });
              expect(res.statusCode, res.body).toBe(
                model.status === undefined ? 404 : model.published ? 200 : 409,
              );
              if (res.statusCode === 200) {
                model.version = res.json().version;
                model.published = null;
                if (model.status === 'published') model.status = 'draft';
              }
            }
            const items = (await publicList('en')).json().items as {
              slug: string;
              title: string;
              body: string;
            }[];
            const mine = items.find((item) => item.slug === slug);
            if (model.published === null) expect(mine).toBeUndefined();
            else expect(mine).toMatchObject({ title: model.published, body: model.published });
            const text = JSON.stringify(items);
            for (const other of seen) if (other !== model.published) expect(text).not.toContain(`"${other}"`);
          }
          await call('DELETE', `/api/v1/content/alerts/${alert.id}`);
        }),
        { numRuns: 15 },
      );
    });

    it('shows Serbian Latin transliterated from the published Cyrillic text', async () => {
      const alert = await createAlert('serbian-alert', '2026-11-16');
      await save(alert.id, 'sr-Cyrl', 0, 'Лажни послови у Њемачкој', 'Не плаћајте **ништа** унапред.');
      await setStatus(alert.id, 'sr-Cyrl', 1, 'reviewed');
      await setStatus(alert.id, 'sr-Cyrl', 2, 'published');
      const latin = (await publicList('sr-Latn'))
        .json()
        .items.find((a: { slug: string }) => a.slug === 'serbian-alert');
      expect(latin).toMatchObject({
        title: cyrillicToLatin('Лажни послови у Њемачкој'),
        body: 'Ne plaćajte **ništa** unapred.',
      });
      const cyrillic = (await publicList('sr-Cyrl'))
        .json()
        .items.find((a: { slug: string }) => a.slug === 'serbian-alert');
      expect(cyrillic.title).toBe('Лажни послови у Њемачкој');
    });

    it('unpublishes, deletes (keeping the history), refuses a taken slug and bad input, and audits', async () => {
      const alert = await createAlert('delete-me', '2026-11-17');
      expect(
        (await call('POST', '/api/v1/content/alerts', { slug: 'delete-me', date: '2026-11-17' })).json().error
          .code,
      ).toBe('content.slugTaken');
      expect(
        (await call('POST', '/api/v1/content/alerts', { slug: 'Bad Slug', date: '2026-02-30' })).statusCode,
      ).toBe(400);
      await save(alert.id, 'en', 0, 'To delete', 'DELETE-CANARY');
      await setStatus(alert.id, 'en', 1, 'reviewed');
      await setStatus(alert.id, 'en', 2, 'published');
      expect(await publicText('en')).toContain('DELETE-CANARY');

      let res = await call('POST', `/api/v1/content/alerts/${alert.id}/translations/en/unpublish`, {
        version: 3,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'draft', published: null });
      expect(await publicText('en')).not.toContain('DELETE-CANARY');
      res = await call('POST', `/api/v1/content/alerts/${alert.id}/translations/en/unpublish`, {
        version: 4,
      });
      expect(res.json().error.code).toBe('content.notPublished');

      await setStatus(alert.id, 'en', 4, 'reviewed');
      await setStatus(alert.id, 'en', 5, 'published');
      expect(await publicText('en')).toContain('DELETE-CANARY');
      res = await call('DELETE', `/api/v1/content/alerts/${alert.id}`);
      expect(res.statusCode).toBe(204);
      expect(await publicText('en')).not.toContain('DELETE-CANARY');
      expect((await call('GET', `/api/v1/content/alerts/${alert.id}`)).statusCode).toBe(404);
      expect((await call('DELETE', `/api/v1/content/alerts/${alert.id}`)).statusCode).toBe(404);
      const history = await call('GET', `/api/v1/content/alerts/${alert.id}/history`);
      expect(history.json().items[0].action).toBe('delete');

      const events = await t.database.db
        .selectFrom('audit_events')
        .selectAll()
        .where('resource_type', '=', 'contentAlert')
        .where('resource_id', '=', alert.id)
        .orderBy('seq')
        .execute();
      expect(events.map((e) => e.action)).toEqual([
        'create',
        'create',
        'update',
        'update',
        'update',
        'update',
        'update',
        'delete',
      ]);
      expect(events.every((e) => e.actor_id === staffIds.get('admin'))).toBe(true);
      // The audit trail names fields, never the texts.
      expect(JSON.stringify(events)).not.toContain('DELETE-CANARY');
    });

    it('edits the date with the version', async () => {
      const alert = await createAlert('dated-alert', '2026-03-01');
      let res = await call('PATCH', `/api/v1/content/alerts/${alert.id}`, { version: 1, date: '2026-03-05' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ date: '2026-03-05', version: 2 });
      res = await call('PATCH', `/api/v1/content/alerts/${alert.id}`, { version: 1, date: '2026-03-07' });
      expect(res.statusCode).toBe(409);
    });
  });

  describe('import of the repository files', () => {
    it('reads the repository content: every alert in sr-Cyrl, en and uk with one date', async () => {
      const { alerts, problems } = await readAlertFiles(REPOSITORY_CONTENT);
      expect(problems).toEqual([]);
      expect(alerts.length).toBeGreaterThanOrEqual(3);
      for (const alert of alerts) {
        expect(
          alert.translations.map((tr) => tr.locale),
          alert.slug,
        ).toEqual(['sr-Cyrl', 'en', 'uk']);
      }
    });

    it('imports idempotently, updates unedited texts and never overwrites a console edit', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'putokaz-content-'));
      dirs.push(dir);
      cpSync(REPOSITORY_CONTENT, dir, { recursive: true });

      let res = await cli(['import', dir]);
      expect(res.code, res.err).toBe(0);
      expect(res.out).toMatch(/translations: 15 added, 0 updated, 0 unchanged, 0 skipped/);
      res = await cli(['import', dir]);
      expect(res.code, res.err).toBe(0);
      expect(res.out).toMatch(/translations: 0 added, 0 updated, 15 unchanged, 0 skipped/);

      const en = (await publicList('en')).json().items.map((a: { slug: string }) => a.slug);
      expect(en).toEqual(
        expect.arrayContaining(['fake-warehouse-jobs-germany', 'slovakia-farm-work-paid-at-end']),
      );
      // The Ukrainian Slovakia text is a draft in the repository: not public.
      const uk = (await publicList('uk')).json().items.map((a: { slug: string }) => a.slug);
      expect(uk).toContain('fake-warehouse-jobs-germany');
      expect(uk).not.toContain('slovakia-farm-work-paid-at-end');
      // Newest first.
      const dates = (await publicList('en')).json().items.map((a: { date: string }) => a.date);
      expect([...dates].sort().reverse()).toEqual(dates);

      // An admin edits the English Germany text in the console.
      const list = (await call('GET', '/api/v1/content/alerts?limit=100')).json().items;
      const germany = list.find((a: { slug: string }) => a.slug === 'fake-warehouse-jobs-germany');
      const version = germany.translations.en.version;
      const edited = await save(germany.id, 'en', version, 'Edited in the console', 'CONSOLE-EDIT');
      expect(edited.json()).toMatchObject({ editedSinceImport: true });

      // The repository changes the English and the Ukrainian Germany files, and adds an alert.
      const enFile = join(dir, 'alerts/fake-warehouse-jobs-germany.en.md');
      writeFileSync(
        enFile,
        readFileSync(enFile, 'utf8').replace('Several Facebook groups', 'Many Facebook groups'),
      );
      const ukFile = join(dir, 'alerts/fake-warehouse-jobs-germany.uk.md');
      writeFileSync(ukFile, readFileSync(ukFile, 'utf8').replace('У кількох групах', 'У багатьох групах'));
      // The repository moves the Telegram alert's date (in every locale): nobody changed it in the console.
      for (const locale of ['sr-Cyrl', 'en', 'uk']) {
        const file = join(dir, `alerts/telegram-coordinator-passport-copies.${locale}.md`);
        writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2026-09-25', 'date: 2026-09-26'));
      }
      writeFileSync(
        join(dir, 'alerts/new-alert.en.md'),
        '---\ntitle: A new alert\ndate: 2026-11-27\nstatus: reviewed\n---\nNEW-ALERT-CANARY\n',
      );
      res = await cli(['import', dir]);
      expect(res.code, res.err).toBe(0);
      expect(res.out).toMatch(/translations: 1 added, 1 updated, 13 unchanged, 1 skipped/);
      expect(res.out).toContain(
        'skipped fake-warehouse-jobs-germany en: edited in the console since the last import',
      );

      const telegram = (await publicList('en'))
        .json()
        .items.find((a: { slug: string }) => a.slug === 'telegram-coordinator-passport-copies');
      expect(telegram.date).toBe('2026-09-26');
      const after = (await call('GET', `/api/v1/content/alerts/${germany.id}`)).json();
      expect(after.translations.en.body).toBe('CONSOLE-EDIT');
      expect(after.translations.uk.body).toContain('У багатьох групах');
      expect(after.translations.uk.editedSinceImport).toBe(false);
      // The reviewed new alert is not public.
      expect(await publicText('en')).not.toContain('NEW-ALERT-CANARY');

      // A deleted alert does not come back.
      await call('DELETE', `/api/v1/content/alerts/${germany.id}`);
      res = await cli(['import', dir]);
      expect(res.out).toContain(
        'skipped fake-warehouse-jobs-germany uk: the alert was deleted in the console',
      );
      expect((await publicList('en')).json().items.map((a: { slug: string }) => a.slug)).not.toContain(
        'fake-warehouse-jobs-germany',
      );
    });

    it('reports bad files and imports the others (exit code 2)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'putokaz-content-'));
      dirs.push(dir);
      cpSync(REPOSITORY_CONTENT, dir, { recursive: true });
      writeFileSync(join(dir, 'alerts/broken.en.md'), 'no front matter\n');
      writeFileSync(join(dir, 'alerts/latin.sr-Latn.md'), '---\ntitle: x\ndate: 2026-01-01\n---\nx\n');
      const res = await cli(['import', dir]);
      expect(res.code).toBe(2);
      expect(res.err).toContain('broken.en.md: the file must start with a front matter block');
      expect(res.err).toContain('latin.sr-Latn.md: Serbian Latin is derived from sr-Cyrl');
      const missing = await cli(['import', join(dir, 'nowhere')]);
      expect(missing.code).toBe(1);
    });
  });
});

describe('content files', () => {
  it('checks the front matter', () => {
    const ok = parseContentFile(
      'a-b.en.md',
      '---\ntitle: "Quoted: title"\ndate: "2026-01-02"\n---\n\nBody\n',
    );
    expect(ok).toMatchObject({
      slug: 'a-b',
      locale: 'en',
      title: 'Quoted: title',
      date: '2026-01-02',
      status: 'draft',
      body: 'Body',
    });
    expect(() => parseContentFile('a.en.md', '---\ntitle: x\ndate: 2026-13-01\n---\nb')).toThrow(/date/);
    expect(() =>
      parseContentFile('a.en.md', '---\ntitle: x\ndate: 2026-01-01\nstatus: live\n---\nb'),
    ).toThrow(/status/);
    expect(() => parseContentFile('a.en.md', '---\ntitle: x\ndate: 2026-01-01\nauthor: y\n---\nb')).toThrow(
      /unknown/,
    );
    expect(() => parseContentFile('a.de.md', '---\ntitle: x\ndate: 2026-01-01\n---\nb')).toThrow(/locale/);
    expect(() => parseContentFile('a.en.md', '---\ntitle: x\ndate: 2026-01-01\n---\n  \n')).toThrow(/body/);
    expect(() => parseContentFile('a.en.md', '---\ntitle: [x\n---\nb')).toThrow(/YAML/);
  });
});
