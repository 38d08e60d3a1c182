import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({}, '/srv/putokaz');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      dataDir: '/srv/putokaz/data',
      database: { dialect: 'sqlite', path: '/srv/putokaz/data/putokaz.sqlite' },
      logLevel: 'info',
      exitUrl: 'https://www.wikipedia.org/',
    });
  });

  it('switches to PostgreSQL with a postgres:// DATABASE_URL and nothing else', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db.internal:5432/putokaz' });
    expect(config.database).toEqual({ dialect: 'postgres', url: 'postgres://app@db.internal:5432/putokaz' });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/x' }).database.dialect).toBe('postgres');
  });

  it.each([
    [{ PORT: '99999' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ DATABASE_URL: 'sqlite:///tmp/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: '::' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PUTOKAZ_PUBLIC_URL: 'https://example.org/app' }, 'PUTOKAZ_PUBLIC_URL'],
    [{ PUTOKAZ_EXIT_URL: 'javascript:alert(1)' }, 'PUTOKAZ_EXIT_URL'],
  ])('rejects %j naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(variable);
    expect((error as ConfigError).message).not.toContain('\n');
  });
});

describe('PUTOKAZ_TRUST_PROXY', () => {
  it('is off by default and accepts addresses or a hop count', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ PUTOKAZ_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ PUTOKAZ_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toBe(
      '127.0.0.1,10.0.0.0/8',
    );
    expect(() => loadConfig({ PUTOKAZ_TRUST_PROXY: 'everyone' })).toThrow(/PUTOKAZ_TRUST_PROXY/);
  });
});
