import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contactHash, hashPrefix, matchSuffixes, normalizeContact } from '@putokaz/core/offer-check/contacts';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.js';
import { ENCRYPTED_COLUMNS } from '../src/features/keys/encrypted-fields.js';
import { createTestApp, TEST_MASTER_KEY, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';

// Synthetic contacts only: invented numbers in the +381 60 555 01xx range and example.com domains.
const REPORTED_PHONE = '+381 60 555 0123';

describeEachDatabase('reported contacts', (dialect) => {
  let t: TestApp;
  const dirs: string[] = [];
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  const cli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      env: { ...t.testDatabase.env, PUTOKAZ_MASTER_KEY: TEST_MASTER_KEY },
    };
    const code = await run(['node', 'putokaz', 'reported-contacts', ...args], io);
    return { code, out: out.join(''), err: err.join('') };
  };

  const lookup = (prefix: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/public/reported-contacts/${prefix}` });

  /** What the public app does: normalize and hash on the device, send the prefix, match the suffixes locally. */
  const isReported = async (kind: 'phone' | 'email' | 'domain', asWritten: string) => {
    const normalized = normalizeContact(kind, asWritten);
    if (!normalized) throw new Error(`cannot normalize ${asWritten}`);
    const hash = await contactHash(kind, normalized);
    const res = await lookup(hashPrefix(hash));
    expect(res.statusCode).toBe(200);
    const body = res.json() as { prefix: string; suffixes: string[] };
    expect(body.prefix).toBe(hashPrefix(hash));
    return { reported: matchSuffixes(hash, body.suffixes), body, hash, raw: res.body };
  };

  const auditEvents = () =>
    t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_type', '=', 'reportedContact')
      .orderBy('seq')
      .execute();

  it('a contact added at the console is found by the public app, however it is written', async () => {
    const added = await cli([
      'add',
      '--kind',
      'phone',
      '--value',
      REPORTED_PHONE,
      '--note',
      'Ad on a social network',
    ]);
    expect(added.code, added.err).toBe(0);
    expect(added.out).toBe('added: phone +381605550123\n');

    const found = await isReported('phone', '060/555-0123');
    expect(found.reported).toBe(true);
    expect(found.body.suffixes).toContain(found.hash.slice(5));
    expect((await isReported('phone', '+381605550123')).reported).toBe(true);
    expect((await isReported('phone', '00381 60 555 0123')).reported).toBe(true);
    expect((await isReported('phone', '060 555 0124')).reported).toBe(false);
    expect((await isReported('phone', '+381 60 555 0199')).reported).toBe(false);

    await cli(['add', '--kind', 'email', '--value', 'Posao.Nemacka@Example.com']);
    await cli(['add', '--kind', 'domain', '--value', 'https://jobs.example.com/apply?id=1']);
    expect((await isReported('email', 'posao.nemacka@example.com')).reported).toBe(true);
    expect((await isReported('domain', 'www.example.com')).reported).toBe(true);
    expect((await isReported('domain', 'example.org')).reported).toBe(false);
    // A reported domain does not make every e-mail address at it reported.
    expect((await isReported('domain', 'example.com')).reported).toBe(true);
    expect((await isReported('email', 'info@example.com')).reported).toBe(false);
  });

  it('answers only suffixes under the prefix, never a full hash, and refuses a bad prefix', async () => {
    for (let i = 10; i < 40; i++) {
      const res = await cli(['add', '--kind', 'phone', '--value', `+381 60 555 01${i}`]);
      expect(res.code, res.err).toBe(0);
    }
    const stored = (await t.database.db.selectFrom('reported_contacts').select('hash').execute()).map(
      (r) => r.hash,
    );
    expect(stored).toHaveLength(30);
    for (const hash of stored) {
      const res = await lookup(hash.slice(0, 5));
      expect(res.statusCode).toBe(200);
      const body = res.json() as { prefix: string; suffixes: string[] };
      for (const suffix of body.suffixes) expect(suffix).toMatch(/^[0-9a-f]{59}$/);
      expect(body.suffixes).toEqual([...body.suffixes].sort());
      expect(body.suffixes).toContain(hash.slice(5));
      // Only hashes under this prefix, and none of them in full.
      const under = stored.filter((h) => h.startsWith(body.prefix)).map((h) => h.slice(5));
      expect(body.suffixes).toEqual(under.sort());
      for (const full of stored) expect(res.body).not.toContain(full);
    }
    // The prefixes asked are not in the log (the path carries them), though the log records other requests.
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/offer-check',
      payload: { answers: { passport: 'i-keep-it' } },
    });
    expect(t.logs.text).toContain('"url":"/api/v1/public/offer-check"');
    expect(t.logs.text).not.toContain('reported-contacts/');
    const empty = stored.some((h) => h.startsWith('00000')) ? 'fffff' : '00000';
    expect((await lookup(empty)).json()).toEqual({ prefix: empty, suffixes: [] });

    for (const bad of ['ABCDE', 'abcd', 'abcdef', 'ghijk', '12%20a', stored[0] as string]) {
      const res = await lookup(bad);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.code).toBe('validation');
    }
  });

  it('adds idempotently, updates a note, refuses what it cannot normalize, removes, and audits each change', async () => {
    expect((await cli(['add', '--kind', 'phone', '--value', '060/555-0123'])).code).toBe(0);
    const again = await cli(['add', '--kind', 'phone', '--value', '+381 60 555 0123']);
    expect(again.code).toBe(0);
    expect(again.out).toBe('already listed; nothing changed: phone +381605550123\n');
    const noted = await cli(['add', '--kind', 'phone', '--value', '0605550123', '--note', 'Seen twice']);
    expect(noted.out).toBe('already listed; note updated: phone +381605550123\n');
    const rows = await t.database.db.selectFrom('reported_contacts').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'phone', added_by: null, version: 2 });
    expect(rows[0]?.value).toMatch(/^v1\./);
    expect(rows[0]?.note).toMatch(/^v1\./);

    for (const [kind, value] of [
      ['phone', '12'],
      ['phone', 'call me'],
      ['email', 'not-an-address'],
      ['domain', 'localhost'],
    ]) {
      const res = await cli(['add', '--kind', kind as string, '--value', value as string]);
      expect(res.code, `${kind} ${value}`).toBe(1);
      expect(res.err).toMatch(new RegExp(`^putokaz: not a valid ${kind}`));
    }
    const badKind = await cli(['add', '--kind', 'fax', '--value', '0605550123']);
    expect(badKind.code).toBe(1);
    expect(badKind.err).toBe('putokaz: --kind must be one of phone, email, domain\n');

    const list = await cli(['list']);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^phone\t\+381605550123\t\d{4}-\d\d-\d\dT[^\t]+\tSeen twice\n$/);

    const removed = await cli(['remove', '--kind', 'phone', '--value', '+381 (60) 555-0123']);
    expect(removed.code, removed.err).toBe(0);
    expect(removed.out).toBe('removed: phone +381605550123\n');
    expect((await isReported('phone', '060/555-0123')).reported).toBe(false);
    const missing = await cli(['remove', '--kind', 'phone', '--value', '060/555-0123']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/not in the list; nothing removed/);

    const events = await auditEvents();
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'list', 'delete']);
    for (const e of events) {
      expect(e.actor_id).toBeNull();
      const details = typeof e.details === 'string' ? JSON.parse(e.details) : e.details;
      expect(details.via).toBe('cli');
    }
    // The audit trail names the entry by a keyed hash, the same one for add and remove: never the number.
    expect(events[0]?.resource_id).toMatch(/^[0-9a-f]{32}$/);
    expect(events[3]?.resource_id).toBe(events[0]?.resource_id);
    const trail = JSON.stringify(events);
    expect(trail).not.toContain('605550123');
    expect(trail).not.toContain(rows[0]?.hash);
  });

  it('imports a CSV file, reporting bad lines and adding the rest (exit code 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'putokaz-contacts-'));
    dirs.push(dir);
    const file = join(dir, 'contacts.csv');
    writeFileSync(
      file,
      [
        'kind,value,note',
        'phone,+381 60 555 0140,"From a leaflet, 2026"',
        'email,hr@example.com,',
        'fax,011 555 0100,unknown kind',
        'phone,not a number,',
        '',
        'domain,"https://offers.example.com/de",',
        'phone,060 555 0140,duplicate written differently',
        'phone,,empty value',
        'email,a@example.com,note,extra field',
      ].join('\r\n'),
    );
    const res = await cli(['import', file]);
    expect(res.code).toBe(2);
    expect(res.out).toBe(
      `imported ${file}: 3 added, 1 note(s) updated, 0 already listed, 4 line(s) with errors\n`,
    );
    expect(res.err.trim().split('\n')).toEqual([
      `${file}: line 4: kind must be one of phone, email, domain`,
      expect.stringMatching(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 5: not a valid phone`),
      ),
      `${file}: line 9: the value is empty`,
      `${file}: line 10: expected at most 3 fields`,
    ]);
    expect((await isReported('phone', '0605550140')).reported).toBe(true);
    expect((await isReported('email', 'HR@example.com')).reported).toBe(true);
    expect((await isReported('domain', 'example.com')).reported).toBe(true);
    const list = await cli(['list']);
    expect(list.out).toContain('duplicate written differently');
    expect((await auditEvents()).filter((e) => e.action === 'create')).toHaveLength(3);

    writeFileSync(file, 'value,kind\n+381605550141,phone\n');
    const wrongHeader = await cli(['import', file]);
    expect(wrongHeader.code).toBe(1);
    expect(wrongHeader.err).toMatch(/the first line must be the header kind,value,note/);
    writeFileSync(file, Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0xff, 0x0a]));
    expect((await cli(['import', file])).err).toMatch(/not valid UTF-8/);
  });

  it('stores the value and note encrypted, in columns that key rotation knows', async () => {
    await cli(['add', '--kind', 'phone', '--value', REPORTED_PHONE, '--note', 'Synthetic note']);
    const row = await t.database.db.selectFrom('reported_contacts').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('605550123');
    expect(JSON.stringify(row)).not.toContain('Synthetic');
    const listed = new Set(ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`));
    expect(listed).toContain('reported_contacts.value');
    expect(listed).toContain('reported_contacts.note');

    const env = { ...t.testDatabase.env, PUTOKAZ_MASTER_KEY: TEST_MASTER_KEY };
    const rotate = await run(['node', 'putokaz', 'keys', 'rotate'], {
      out: () => undefined,
      err: () => undefined,
      env,
    });
    expect(rotate).toBe(0);
    const rotated = await t.database.db.selectFrom('reported_contacts').selectAll().executeTakeFirstOrThrow();
    expect(rotated.value).not.toBe(row.value);
    expect((await cli(['list'])).out).toMatch(/^phone\t\+381605550123\t.*\tSynthetic note\n$/);
    expect((await isReported('phone', '060 555 0123')).reported).toBe(true);
  });

  it('limits lookups per address', async () => {
    for (let i = 0; i < 60; i++) expect((await lookup('abcde')).statusCode).toBe(200);
    const limited = await lookup('abcde');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.json().error.code).toBe('rateLimited');
  });
});
