import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import type { OfferCheckIo } from '../src/features/offer-check/cli.js';

const RISKY_SR =
  'Hitno! Posao u Nemačkoj na gradilištu, 3000 evra mesečno. Pasoš ostavljate kod nas zbog dozvole, ' +
  'radna dozvola se pravi po dolasku. Javite se Marku na Viber 065 555 0123.';
const HONEST_EN =
  'Cleaner (office buildings) – Beo Clean Team d.o.o., Belgrade. Monday–Friday 7–15h, RSD 70,000 net, ' +
  'registered from day one, paid leave. Apply by phone 011 555 0450 or at Nemanjina 4.';
const RISKY_UK =
  'Робота в Польщі на складі, 1 500 € на руки. Оплата за оформлення документів – 300 €, переказ на картку ' +
  'менеджера Дмитра. Після оплати надсилаємо запрошення.';

/** Rated low by the rules, raised to medium by the second opinion (see WORDED_LIKE_RISKY in the API test). */
const WORDED_LIKE_RISKY =
  'Agro Sezona d.o.o. — seasonal work in Italy, picking grapes. Transport and accommodation organised by us, earnings depend on you. Write for details.';

describe('putokaz check-offer', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'putokaz-offer-cli-'));
    dirs.push(d);
    return d;
  };

  /** Runs the CLI with `stdin` as standard input, on a configuration whose database must never be opened. */
  const cli = async (args: string[], stdin: string | Uint8Array = '') => {
    const out: string[] = [];
    const err: string[] = [];
    const dataDir = tempDir();
    const io: OfferCheckIo = {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      // An unreachable PostgreSQL server: opening the database would fail the command.
      env: { PUTOKAZ_DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' },
      readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
    };
    const code = await run(['node', 'putokaz', 'check-offer', ...args], io);
    expect(readdirSync(dataDir)).toEqual([]);
    return { code, out: out.join(''), err: err.join('') };
  };

  it('prints a readable report in Serbian Latin by default, with the risk and the quoted evidence', async () => {
    const res = await cli([], RISKY_SR);
    expect(res.code, res.err).toBe(0);
    expect(res.err).toBe('');
    expect(res.out).toMatch(/^Rizik: .+ \(high\)\nBodovi: 100\/100\n/);
    expect(res.out).toContain('"Pasoš ostavljate"');
    expect(res.out).toContain('"065 555 0123"');
    expect(res.out).toMatch(/\nPitanja koja treba postaviti:\n {2}- /);
    expect(res.out).toMatch(/\nŠta treba proveriti:\n {2}- /);
    expect(res.out).toMatch(/\nKatalog pokazatelja: \S+\n$/);
  });

  it('writes the report in the language asked for, reading a file', async () => {
    const file = join(tempDir(), 'offer.txt');
    writeFileSync(file, RISKY_UK);
    const uk = await cli(['--lang', 'uk', file]);
    expect(uk.code, uk.err).toBe(0);
    expect(uk.out).toMatch(/^Ризик: .+ \(high\)\nБали: \d+\/100\n/);
    expect(uk.out).toContain('Тривожні ознаки');
    const en = await cli(['--lang', 'en', '-'], HONEST_EN);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Risk: No warning signs found \(low\)\nScore: 0\/100\n/);
    expect(en.out).toContain('No warning signs were found in what was entered.');
    const cyrillic = await cli(['--lang', 'sr-Cyrl'], RISKY_SR);
    expect(cyrillic.out).toMatch(/^Ризик: /);
    const bad = await cli(['--lang', 'de'], RISKY_SR);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^putokaz: --lang must be one of sr-Latn, sr-Cyrl, en, uk\n$/);
  });

  it('prints the second opinion when it raised the result, with its words and model version', async () => {
    const res = await cli(['--lang', 'en'], WORDED_LIKE_RISKY);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/^Risk: Warning signs \(medium\)\nScore: 30\/100\n/);
    expect(res.out).toContain('No warning signs were found in what was entered.');
    expect(res.out).toMatch(/\nWorded like risky offers \(probability 0\.\d+\):\n {3}\S/);
    expect(res.out).toMatch(/\n {3}In the text: "[^"]+"/);
    expect(res.out).toMatch(/\nsimilarity model: \S+\n$/);
    const jsonl = await cli(['--jsonl'], JSON.stringify({ id: 'a', text: WORDED_LIKE_RISKY }) + '\n');
    expect(JSON.parse(jsonl.out)).toEqual({ id: 'a', risk: 'medium', score: 30, indicators: [] });
  });

  it('prints the whole result as JSON with --json', async () => {
    const res = await cli(['--json', '--lang', 'en'], RISKY_SR);
    expect(res.code).toBe(0);
    const result = JSON.parse(res.out);
    expect(result.risk).toBe('high');
    expect(result.locale).toBe('en');
    expect(result.findings.map((f: { id: string }) => f.id)).toContain('documents-retained');
    const span = result.findings[0].evidence[0];
    expect(RISKY_SR.slice(span.start, span.end)).toBe(span.quote);
  });

  it('refuses an input it cannot check with one line on stderr and exit code 1', async () => {
    const cases: [string | Uint8Array, RegExp][] = [
      [new Uint8Array([0x50, 0x6f, 0xc3, 0x28, 0x0a]), /not valid UTF-8 text \(invalidUtf8\)/],
      ['  \n\t ', /the text is missing or empty \(emptyText\)/],
      ['a'.repeat(20_001), /the text has 20001 characters; at most 20000 are accepted \(tooLong\)/],
    ];
    for (const [input, message] of cases) {
      const res = await cli([], input);
      expect(res.code).toBe(1);
      expect(res.out).toBe('');
      expect(res.err).toMatch(message);
      expect(res.err.trim().split('\n')).toHaveLength(1);
    }
    const exact = await cli(['--json'], `${'a'.repeat(19_999)} `);
    expect(exact.code).toBe(0);
  });

  it('--jsonl: one line per input, in order, with an error for each bad one and exit code 2', async () => {
    const encoder = new TextEncoder();
    const line = (value: unknown) => encoder.encode(`${JSON.stringify(value)}\n`);
    const input = Buffer.concat([
      line({ id: 'ad-1', text: RISKY_SR }),
      encoder.encode('{"id": "ad-2", "text": \n'),
      line({ id: 'ad-3', text: '   ' }),
      line({ id: 'ad-4', text: 'x'.repeat(20_001) }),
      encoder.encode('{"id":"ad-5","text":"Posao '),
      new Uint8Array([0xff, 0xfe]),
      encoder.encode('"}\n'),
      encoder.encode('\n'),
      line({ id: 7, text: HONEST_EN, lang: 'en' }),
      line({ text: RISKY_SR }),
      line({ id: 'ad-9', text: RISKY_UK, lang: 'uk' }),
      line({ id: 'ad-10', text: RISKY_SR, lang: 'de' }),
      encoder.encode('[1,2]'),
    ]);
    const res = await cli(['--jsonl'], input);
    expect(res.code).toBe(2);
    expect(res.err).toBe('');
    const lines = res.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(10);
    expect(lines[0]).toEqual({
      id: 'ad-1',
      risk: 'high',
      score: 100,
      indicators: expect.arrayContaining(['documents-retained', 'permit-after-arrival']),
    });
    expect(Object.keys(lines[0])).toEqual(['id', 'risk', 'score', 'indicators']);
    expect(lines[1]).toEqual({
      id: null,
      line: 2,
      error: { code: 'invalidJson', message: expect.any(String) },
    });
    expect(lines[2]).toMatchObject({ id: 'ad-3', line: 3, error: { code: 'emptyText' } });
    expect(lines[3]).toMatchObject({ id: 'ad-4', line: 4, error: { code: 'tooLong' } });
    expect(lines[4]).toMatchObject({ id: null, line: 5, error: { code: 'invalidUtf8' } });
    // Line 6 is blank: not an input.
    expect(lines[5]).toEqual({ id: 7, risk: 'low', score: 0, indicators: [] });
    expect(lines[6]).toMatchObject({ id: null, line: 8, error: { code: 'missingId' } });
    expect(lines[7]).toMatchObject({ id: 'ad-9', risk: 'high' });
    expect(lines[8]).toMatchObject({ id: 'ad-10', line: 10, error: { code: 'invalidLang' } });
    expect(lines[9]).toMatchObject({ id: null, line: 11, error: { code: 'invalidJson' } });
    // No error line repeats the text it was given.
    expect(res.out).not.toContain('xxxxxxxxxx');
  });

  it('--jsonl exits 0 when every line was checked, and reads a file', async () => {
    const file = join(tempDir(), 'ads.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'a', text: HONEST_EN })}\r\n${JSON.stringify({ id: 'b', text: RISKY_UK })}\r\n`,
    );
    const res = await cli(['--jsonl', file]);
    expect(res.code, res.out).toBe(0);
    expect(
      res.out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a', 'b']);
    const missing = await cli(['--jsonl', join(tempDir(), 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^putokaz: cannot read .*nope\.jsonl \(ENOENT\)\n$/);
    expect(existsSync(file)).toBe(true);
  });
});
