import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listeningUrl, MAIN, spawnNode, waitFor } from './support/process.js';
import { createTestDatabase, POSTGRES_URL, type TestDatabase } from './support/databases.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'putokaz-start-'));
  dirs.push(dir);
  return dir;
}

beforeAll(() => assertBuilt());
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A start-up failure: one line on stderr naming the variable, exit code 1, no stack trace. */
async function expectStartupFailure(env: Record<string, string>, variable: string, fix: RegExp) {
  const run = spawnNode(MAIN, [], env);
  const code = await run.exited;
  expect(code).toBe(1);
  const lines = run.stderr().trim().split('\n');
  expect(lines, run.stderr()).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^putokaz: .*${variable}`));
  expect(lines[0]).toMatch(fix);
  expect(run.stderr()).not.toMatch(/\n\s+at /);
  return lines[0] as string;
}

describe('start-up failures', () => {
  it('names DATABASE_URL when it is not a URL', async () => {
    await expectStartupFailure(
      { PUTOKAZ_DATA_DIR: tempDir(), DATABASE_URL: 'not a url', PORT: '0' },
      'DATABASE_URL',
      /postgres:\/\//,
    );
  });

  it('names DATABASE_URL when it is not PostgreSQL', async () => {
    await expectStartupFailure(
      { PUTOKAZ_DATA_DIR: tempDir(), DATABASE_URL: 'mysql://db/x', PORT: '0' },
      'DATABASE_URL',
      /unset it/i,
    );
  });

  it('names DATABASE_URL when PostgreSQL cannot be reached, without printing the password', async () => {
    const line = await expectStartupFailure(
      {
        PUTOKAZ_DATA_DIR: tempDir(),
        DATABASE_URL: 'postgres://app:s3cret-pw@127.0.0.1:1/putokaz',
        PORT: '0',
      },
      'DATABASE_URL',
      /Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/putokaz/,
    );
    expect(line).not.toContain('s3cret-pw');
  });

  it('names PORT when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expectStartupFailure(
        { PUTOKAZ_DATA_DIR: tempDir(), PORT: String(port) },
        'PORT',
        /already in use.*free port/,
      );
    } finally {
      blocker.close();
    }
  });

  it('names PORT when it is not a number', async () => {
    await expectStartupFailure({ PUTOKAZ_DATA_DIR: tempDir(), PORT: 'eighty' }, 'PORT', /whole number/);
  });

  it('names PUTOKAZ_DATA_DIR when the directory cannot be written', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a directory');
    await expectStartupFailure(
      { PUTOKAZ_DATA_DIR: join(file, 'data'), PORT: '0' },
      'PUTOKAZ_DATA_DIR',
      /writable directory/,
    );
  });
});

const targets: ('sqlite' | 'postgres')[] = POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];

describe.each(targets)('a real start on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
  });
  afterAll(async () => db.cleanup());

  // Four server processes one after the other (about 5 s alone; the time limit leaves room for a busy machine,
  // where test files run two at a time).
  it('migrates, serves /healthz, prints a setup link once, and shuts down gracefully on SIGTERM', async () => {
    const run = spawnNode(MAIN, [], { ...db.env, PORT: '0' });
    await waitFor(() => listeningUrl(run.stdout()) !== undefined, 60_000, 'the server to listen');
    const url = listeningUrl(run.stdout()) as string;

    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: dialect, version: expect.any(String) });

    const link = /(http:\/\/\S+\/console\/setup\?token=[A-Za-z0-9_-]{43})/.exec(run.stdout())?.[1];
    expect(link).toBeDefined();
    const linkFile = join(db.dataDir, 'setup-link.txt');
    expect(readFileSync(linkFile, 'utf8')).toContain(link);
    expect(statSync(linkFile).mode & 0o777).toBe(0o600);
    // The token never reaches a structured log line.
    const token = new URL(link as string).searchParams.get('token') as string;
    const logLines = run
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(logLines.join('\n')).not.toContain(token);

    const verify = await fetch(`${url}/api/v1/setup/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(await verify.json()).toMatchObject({ valid: true });

    // A request in flight when the signal arrives still gets its answer.
    const inFlight = fetch(`${url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        displayName: 'Ana',
        email: 'ana@example.org',
        password: 'dugacka-lozinka-za-test',
      }),
    });
    await new Promise((r) => setTimeout(r, 30));
    run.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(201);
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('shutting down');
    if (dialect === 'sqlite') {
      // A cleanly closed SQLite database checkpoints and removes its write-ahead log.
      expect(existsSync(join(db.dataDir, 'putokaz.sqlite-wal'))).toBe(false);
    }

    // A master key was generated on the first start, with mode 0600 and a loud warning.
    const keyFile = join(db.dataDir, 'master.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(run.stdout()).toMatch(/SECURITY WARNING: .*master key/i);

    // With the wrong key, or without the key file, the server refuses to start with unreadable data.
    const wrongKey = spawnNode(MAIN, [], {
      ...db.env,
      PORT: '0',
      PUTOKAZ_MASTER_KEY: Buffer.alloc(32, 3).toString('base64'),
    });
    expect(await wrongKey.exited).toBe(1);
    expect(wrongKey.stderr().trim().split('\n')).toHaveLength(1);
    expect(wrongKey.stderr()).toMatch(/^putokaz: .*PUTOKAZ_MASTER_KEY/);
    const keyText = readFileSync(keyFile, 'utf8');
    rmSync(keyFile);
    const noKey = spawnNode(MAIN, [], { ...db.env, PORT: '0' });
    expect(await noKey.exited).toBe(1);
    expect(noKey.stderr()).toMatch(/^putokaz: .*(PUTOKAZ_MASTER_KEY|master key)/);
    expect(existsSync(keyFile)).toBe(false);
    writeFileSync(keyFile, keyText, { mode: 0o600 });

    // The next start finds the administrator: no new link, and the old link file is gone.
    const second = spawnNode(MAIN, [], { ...db.env, PORT: '0' });
    await waitFor(() => listeningUrl(second.stdout()) !== undefined, 60_000, 'the second start');
    expect(second.stdout()).not.toContain('/console/setup?token=');
    expect(existsSync(linkFile)).toBe(false);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 120_000);
});
