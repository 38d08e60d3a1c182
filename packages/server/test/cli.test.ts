import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.js';

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
    const env = { PUTOKAZ_DATA_DIR: dataDir() };
    const status = io(env);
    expect(await run(['node', 'putokaz', 'migrate', '--status'], status.value)).toBe(0);
    expect(status.out()).toContain('pending  0001-foundation\npending  0002-staff-security');
    const migrate = io(env);
    expect(await run(['node', 'putokaz', 'migrate'], migrate.value)).toBe(0);
    expect(migrate.out()).toContain('applied 2 migration(s): 0001-foundation, 0002-staff-security');
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
