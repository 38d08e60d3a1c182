import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

describe('putokaz CLI', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const dataDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'putokaz-cli-'));
    dirs.push(d);
    return d;
  };

  it('migrates and reports status', async () => {
    const names = Object.keys(MIGRATIONS);
    const env = { PUTOKAZ_DATA_DIR: dataDir() };
    const status = io(env);
    expect(await run(['node', 'putokaz', 'migrate', '--status'], status.value)).toBe(0);
    expect(status.out()).toContain(names.map((n) => `pending  ${n}`).join('\n'));
    const migrate = io(env);
    expect(await run(['node', 'putokaz', 'migrate'], migrate.value)).toBe(0);
    expect(migrate.out()).toContain(`applied ${names.length} migration(s): ${names.join(', ')}`);
    const again = io(env);
    expect(await run(['node', 'putokaz', 'migrate'], again.value)).toBe(0);
    expect(again.out()).toBe('database is up to date\n');
  });

  it('issues a setup link while no staff account exists', async () => {
    const cli = io({ PUTOKAZ_DATA_DIR: dataDir(), PUTOKAZ_PUBLIC_URL: 'https://putokaz.example.org' });
    expect(await run(['node', 'putokaz', 'setup-link'], cli.value)).toBe(0);
    expect(cli.out()).toMatch(
      /^https:\/\/putokaz\.example\.org\/console\/setup\?token=[A-Za-z0-9_-]{43}\nvalid until /,
    );
  });

  it('prints one clear line and exits 1 on bad configuration', async () => {
    const cli = io({ PUTOKAZ_DATA_DIR: dataDir(), DATABASE_URL: 'mysql://x/y' });
    expect(await run(['node', 'putokaz', 'migrate'], cli.value)).toBe(1);
    expect(cli.err()).toMatch(/^putokaz: DATABASE_URL must start with postgres:\/\/.*\n$/);
  });

  it('exits non-zero on an unknown command', async () => {
    const cli = io({});
    expect(await run(['node', 'putokaz', 'frobnicate'], cli.value)).not.toBe(0);
    expect(cli.err()).toContain("unknown command 'frobnicate'");
  });
});

describe('putokaz users', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('creates, lists and disables staff accounts, writing the TOTP secret with mode 0600', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'putokaz-users-'));
    dirs.push(dataDir);
    const env = { PUTOKAZ_DATA_DIR: dataDir, PUTOKAZ_MASTER_KEY: Buffer.alloc(32, 5).toString('base64') };
    const passwordFile = join(dataDir, 'pw.txt');
    writeFileSync(passwordFile, 'vedro-nebo-iznad-fruske-gore\n');
    const secretFile = join(dataDir, 'totp.txt');
    const create = io(env);
    const args = [
      'users',
      'create',
      '--email',
      'Hotline.One@Example.org',
      '--role',
      'hotline',
      '--team',
      'beograd',
    ];
    expect(
      await run(
        ['node', 'putokaz', ...args, '--password-file', passwordFile, '--totp-secret-file', secretFile],
        create.value,
      ),
    ).toBe(0);
    expect(create.out()).toContain('created hotline.one@example.org (hotline)');
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(secretFile, 'utf8')).toMatch(/^[A-Z2-7]{16,}\n$/);

    const again = io(env);
    const secondFile = join(dataDir, 'totp2.txt');
    expect(
      await run(
        ['node', 'putokaz', ...args, '--password-file', passwordFile, '--totp-secret-file', secondFile],
        again.value,
      ),
    ).toBe(1);
    expect(again.err()).toMatch(/exists already/);
    expect(existsSync(secondFile)).toBe(false);

    const weak = io(env);
    writeFileSync(passwordFile, 'password123');
    const weakArgs = [
      'users',
      'create',
      '--email',
      'x@example.org',
      '--role',
      'analyst',
      '--password-file',
      passwordFile,
      '--totp-secret-file',
      join(dataDir, 't3'),
    ];
    expect(await run(['node', 'putokaz', ...weakArgs], weak.value)).toBe(1);
    expect(weak.err()).toMatch(/password is not acceptable/);

    const list = io(env);
    expect(await run(['node', 'putokaz', 'users', 'list'], list.value)).toBe(0);
    expect(list.out()).toMatch(/^hotline\.one@example\.org\thotline\tbeograd\tactive\t2fa\tnever\n$/);

    const disable = io(env);
    expect(
      await run(['node', 'putokaz', 'users', 'disable', '--email', 'hotline.one@example.org'], disable.value),
    ).toBe(0);
    const after = io(env);
    await run(['node', 'putokaz', 'users', 'list'], after.value);
    expect(after.out()).toContain('\tdisabled\t');
  });
});
