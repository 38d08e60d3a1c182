import { accessSync, constants, mkdirSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/**
 * Start-up configuration, read once from the environment. Every problem becomes a ConfigError whose message is
 * one line naming the variable and the fix; the entry point prints it and exits with code 1.
 */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Public origin for links the server prints (setup link); defaults to http://HOST:PORT. */
  publicUrl: string | undefined;
  /** Where the quick-exit control of the public app sends people. */
  exitUrl: string;
  organisation: { name: string; hotlinePhone: string; email: string; address: string };
  /** Static files of the web app; defaults to packages/web/dist next to this package. */
  webDir: string;
  sessions: { idleMinutes: number; absoluteHours: number };
  /** Which proxies may set X-Forwarded-For (Fastify's trustProxy): false, a hop count, or addresses. */
  trustProxy: boolean | number | string;
  /**
   * A preview server for editors: the public pages also show contacts without a source or verification date,
   * marked. Off (production) unless PUTOKAZ_CONTENT_PREVIEW=1.
   */
  contentPreview?: boolean;
}

export type DatabaseConfig =
  { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string; schema?: string | undefined };

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Every variable the server reads, with its default and meaning (the README table is generated from this). */
export const CONFIG_VARIABLES = [
  ['HOST', '127.0.0.1', 'Address to listen on.'],
  ['PORT', '8080', 'Port to listen on (0 picks a free port).'],
  [
    'PUTOKAZ_DATA_DIR',
    './data',
    'Directory for the SQLite database, the generated master key file and setup links.',
  ],
  [
    'DATABASE_URL',
    '(unset: SQLite in the data directory)',
    'postgres://user:password@host:5432/db switches to PostgreSQL.',
  ],
  ['LOG_LEVEL', 'info', 'fatal, error, warn, info, debug, trace or silent.'],
  [
    'PUTOKAZ_PUBLIC_URL',
    'http://HOST:PORT',
    'Origin used in links the server prints, e.g. https://putokaz.example.org.',
  ],
  ['PUTOKAZ_EXIT_URL', 'https://www.wikipedia.org/', 'Neutral page the quick-exit control opens.'],
  ['PUTOKAZ_ORG_NAME', 'Putokaz', 'Organisation name shown in the apps.'],
  ['PUTOKAZ_HOTLINE_PHONE', '0800 000 000', 'SOS hotline number shown on every page.'],
  ['PUTOKAZ_ORG_EMAIL', '(empty)', 'Organisation contact e-mail.'],
  ['PUTOKAZ_ORG_ADDRESS', '(empty)', 'Organisation postal address.'],
  ['PUTOKAZ_WEB_DIR', 'packages/web/dist', 'Built web app to serve.'],
  ['PUTOKAZ_SESSION_IDLE_MINUTES', '15', 'Staff sessions end after this many minutes without activity.'],
  [
    'PUTOKAZ_SESSION_ABSOLUTE_HOURS',
    '12',
    'Staff sessions end this many hours after sign-in, active or not.',
  ],
  [
    'PUTOKAZ_CONTENT_PREVIEW',
    '(unset: production)',
    '1 on a preview server only: the public pages also show contacts without a source or verification date, marked as not verified.',
  ],
  [
    'PUTOKAZ_HELP_POW_BITS',
    '14',
    'Proof-of-work difficulty of the public help form, in leading zero bits (0–28; 14 is about a second on a phone).',
  ],
] as const;

function positiveNumber(env: Env, name: string, fallback: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) {
    throw new ConfigError(name, `${name} must be a number above 0 and at most ${max} (got "${raw}").`);
  }
  return value;
}

type Env = Readonly<Record<string, string | undefined>>;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8080;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError(
      'PORT',
      `PORT must be a whole number from 0 to 65535 (got "${raw}"). Set PORT=8080 or another free port.`,
    );
  }
  return Number(raw);
}

function parseDatabase(raw: string | undefined, dataDir: string): DatabaseConfig {
  if (raw === undefined || raw.trim() === '')
    return { dialect: 'sqlite', path: resolve(dataDir, 'putokaz.sqlite') };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL',
      'DATABASE_URL is not a valid URL. Use postgres://user:password@host:5432/database, or unset it to use SQLite.',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      'DATABASE_URL',
      `DATABASE_URL must start with postgres:// (got "${url.protocol}//"). Unset it to use the embedded SQLite database.`,
    );
  }
  if (!url.hostname) {
    throw new ConfigError(
      'DATABASE_URL',
      'DATABASE_URL has no host. Use postgres://user:password@host:5432/database.',
    );
  }
  return { dialect: 'postgres', url: raw };
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (!raw) return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[0-9a-fA-F:.,/\s]+$/.test(raw)) return raw.replace(/\s+/g, '');
  throw new ConfigError(
    'PUTOKAZ_TRUST_PROXY',
    'PUTOKAZ_TRUST_PROXY must be the proxy address(es), comma-separated (e.g. 127.0.0.1), or a number of hops.',
  );
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Makes sure the data directory exists and is writable; throws a ConfigError naming PUTOKAZ_DATA_DIR. */
export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    accessSync(dataDir, constants.W_OK | constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(
      'PUTOKAZ_DATA_DIR',
      `PUTOKAZ_DATA_DIR "${dataDir}" is not a writable directory (${code}). Create it and give the server's user write access, or point PUTOKAZ_DATA_DIR elsewhere.`,
    );
  }
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const host = env.HOST?.trim() || '127.0.0.1';
  const port = parsePort(env.PORT?.trim());
  const rawDataDir = env.PUTOKAZ_DATA_DIR?.trim() || './data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(cwd, rawDataDir);
  const database = parseDatabase(env.DATABASE_URL, dataDir);
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      'LOG_LEVEL',
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}").`,
    );
  }
  const publicUrl = env.PUTOKAZ_PUBLIC_URL?.trim() || undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+$/.test(publicUrl.replace(/\/$/, ''))) {
    throw new ConfigError(
      'PUTOKAZ_PUBLIC_URL',
      'PUTOKAZ_PUBLIC_URL must be an origin like https://putokaz.example.org (no path).',
    );
  }
  const exitUrl = env.PUTOKAZ_EXIT_URL?.trim() || 'https://www.wikipedia.org/';
  if (!/^https?:\/\//.test(exitUrl)) {
    throw new ConfigError(
      'PUTOKAZ_EXIT_URL',
      'PUTOKAZ_EXIT_URL must be an http(s) URL of a neutral website.',
    );
  }
  const webDir = env.PUTOKAZ_WEB_DIR?.trim()
    ? resolve(cwd, env.PUTOKAZ_WEB_DIR.trim())
    : resolve(new URL('../../web/dist', import.meta.url).pathname);
  return {
    host,
    port,
    dataDir,
    database,
    logLevel,
    publicUrl: publicUrl?.replace(/\/$/, ''),
    exitUrl,
    organisation: {
      name: env.PUTOKAZ_ORG_NAME?.trim() || 'Putokaz',
      hotlinePhone: env.PUTOKAZ_HOTLINE_PHONE?.trim() || '0800 000 000',
      email: env.PUTOKAZ_ORG_EMAIL?.trim() || '',
      address: env.PUTOKAZ_ORG_ADDRESS?.trim() || '',
    },
    webDir,
    trustProxy: parseTrustProxy(env.PUTOKAZ_TRUST_PROXY?.trim()),
    contentPreview: ['1', 'true', 'yes'].includes(env.PUTOKAZ_CONTENT_PREVIEW?.trim().toLowerCase() ?? ''),
    sessions: {
      idleMinutes: positiveNumber(env, 'PUTOKAZ_SESSION_IDLE_MINUTES', 15, 24 * 60),
      absoluteHours: positiveNumber(env, 'PUTOKAZ_SESSION_ABSOLUTE_HOURS', 12, 24 * 7),
    },
  };
}
