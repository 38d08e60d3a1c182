import { afterEach, beforeEach, expect, it } from 'vitest';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CONTENT_SECURITY_POLICY } from '../src/http/security-headers.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';

describeEachDatabase('HTTP conventions', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('answers /healthz with the database and version', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: dialect,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sends the security headers and a request id on every answer', async () => {
    for (const url of ['/healthz', '/api/v1/openapi.json', '/api/v1/nothing-here', '/no-such-page']) {
      const res = await t.app.inject(url);
      expect(res.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('answers unknown API paths with the error shape in the requested language', async () => {
    const expected = {
      'sr-Latn': 'Nije pronađeno.',
      'sr-Cyrl': 'Није пронађено.',
      en: 'Not found.',
      uk: 'Не знайдено.',
    };
    for (const [lang, message] of Object.entries(expected)) {
      const res = await t.app.inject({ url: '/api/v1/nothing', headers: { 'accept-language': lang } });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'notFound', message } });
    }
    // Default is sr-Latn; regional tags and quality values are understood.
    expect((await t.app.inject('/api/v1/nothing')).json().error.message).toBe('Nije pronađeno.');
    const ranked = await t.app.inject({
      url: '/api/v1/nothing',
      headers: { 'accept-language': 'de-DE, uk-UA;q=0.9, en;q=0.8' },
    });
    expect(ranked.json().error.message).toBe('Не знайдено.');
    const query = await t.app.inject({
      url: '/api/v1/nothing?lang=sr-Cyrl',
      headers: { 'accept-language': 'en' },
    });
    expect(query.json().error.message).toBe('Није пронађено.');
  });

  it('rejects unknown fields, wrong types and missing fields with localized details', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { 'accept-language': 'en' },
      payload: { token: 'x', email: 'not-an-email', password: 5, isAdmin: true },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation');
    expect(error.message).toBe('Some of the data you sent is not valid.');
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: 'isAdmin', code: 'unknownField', message: 'This field is not allowed.' },
        { path: 'displayName', code: 'required', message: 'This field is required.' },
        { path: 'email', code: 'invalidEmail', message: 'Enter a valid e-mail address.' },
        { path: 'password', code: 'invalidType', message: 'This value has the wrong type.' },
      ]),
    );
    expect(JSON.stringify(error)).not.toContain('not-an-email');
  });

  it('maps unreadable bodies to clear errors', async () => {
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/verify',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"token": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toEqual({ code: 'badRequest', message: 'The request could not be read.' });

    const media = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/verify',
      headers: { 'content-type': 'text/csv', 'accept-language': 'en' },
      payload: 'a,b',
    });
    expect(media.statusCode).toBe(415);
    expect(media.json().error.code).toBe('unsupportedMediaType');

    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/verify',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ token: 'x'.repeat(1024 * 1024 + 10) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payloadTooLarge');
  });

  it('refuses state-changing requests from a foreign origin', async () => {
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/verify',
      headers: { origin: 'https://evil.example', 'accept-language': 'en' },
      payload: { token: 'x' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error).toEqual({
      code: 'forbidden',
      message: 'You do not have permission to do this.',
    });
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/verify',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { token: 'x' },
    });
    expect(crossSite.statusCode).toBe(403);
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/verify',
      headers: { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' },
      payload: { token: 'x' },
    });
    expect(own.statusCode).toBe(200);
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const res = await t.app.inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/api/v1/setup', '/api/v1/setup/verify']),
    );
    const body = doc.paths['/api/v1/setup'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['token', 'displayName', 'email', 'password']));
    expect(body.additionalProperties).toBe(false);
    expect(doc.paths['/api/v1/setup'].post.responses['409']).toBeDefined();
  });
});

describeEachDatabase('logs', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('never contain a field marked sensitive, a client address or a query string', async () => {
    t = await createTestApp(dialect, {
      configure: (app) => {
        // A careless handler that logs its whole body: the redaction list still applies.
        app
          .withTypeProvider<ZodTypeProvider>()
          .post(
            '/api/v1/test/echo',
            { config: { permission: 'public' }, schema: { body: z.record(z.string(), z.unknown()) } },
            async (request) => {
              request.log.info({ body: request.body }, 'echo');
              return { ok: true };
            },
          );
      },
    });
    const canary = 'CANARY-7f3a9';
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo?q=CANARY-QUERY',
      remoteAddress: '203.0.113.77',
      headers: { 'user-agent': 'CANARY-AGENT', cookie: `sid=${canary}-cookie` },
      payload: {
        password: `${canary}-password`,
        nested: { familyName: `${canary}-name`, phones: [`${canary}-phone`], text: `${canary}-text` },
        visible: 'plain-value',
      },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: {
        token: `${canary}-token`,
        displayName: `${canary}-dn`,
        email: 'c@example.org',
        password: `${canary}-pw`,
      },
    });
    const log = t.logs.text;
    expect(log).toContain('"msg":"echo"');
    expect(log).toContain('plain-value');
    expect(log).toContain('[redacted]');
    for (const secret of [canary, 'CANARY-QUERY', 'CANARY-AGENT', '203.0.113.77', 'c@example.org']) {
      expect(log).not.toContain(secret);
    }
  });
});
