import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built server entry: `npm test` builds before it runs the suites. */
export const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
export const CLI = fileURLToPath(new URL('../../bin/putokaz.js', import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first (npm test does).`);
}

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts a Node script with a clean environment plus `env`; no inherited DATABASE_URL or PORT. */
export function spawnNode(script: string, args: string[], env: Record<string, string>): Spawned {
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    LOG_LEVEL: 'info',
  };
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits until `predicate` holds, polling; fails after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The URL the server says it listens on (from its JSON log line). */
export function listeningUrl(stdout: string): string | undefined {
  return /"msg":"listening on (http:\/\/[^"]+)"/.exec(stdout)?.[1];
}
