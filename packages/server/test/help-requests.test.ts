import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { solveProofOfWork } from '@putokaz/core';
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialectName } from '../src/db/dialect.js';
import { ProofOfWork } from '../src/features/help-requests/proof-of-work.js';
import { helpRequestRoutes, type HelpRequestRoutesOptions } from '../src/features/help-requests/routes.js';
import { helpRequestSettingsFromEnv } from '../src/features/help-requests/settings.js';
import { getHelpRequest, markHandled } from '../src/features/help-requests/store.js';
import { ConfigError } from '../src/config.js';
import { registerErrorHandling } from '../src/http/error-handler.js';
import { localePlugin } from '../src/http/locale.js';
import { FixedWindowRateLimiter } from '../src/http/rate-limit.js';
import { ConflictError } from '../src/db/versioned.js';
import { createTestApp, type TestApp } from './support/app.js';
import { describeEachDatabase } from './support/databases.js';
import { authHeaders, createStaff, signIn, type SignedIn } from './support/staff.js';

// Tests use an easy proof of work (the default is 14 bits); the app reads it at build time.
const BITS = 8;
process.env.PUTOKAZ_HELP_POW_BITS = String(BITS);

const SUBMIT = '/api/v1/public/help-requests';
const CHALLENGE = '/api/v1/public/help-requests/challenge';
const CODE_RE = /^H-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/;
// Synthetic story and contact (invented).
const STORY =
  'Kanarinka-Story: poslodavac u Nemačkoj mi je uzeo pasoš i ne isplaćuje platu već dva meseca. Živimo devetoro u jednoj sobi.';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** A challenge from the server, solved the way the browser does it. */
async function solved(inject: Inject, headers: Record<string, string> = {}, remoteAddress?: string) {
  const res = await inject({ url: CHALLENGE, headers, ...(remoteAddress ? { remoteAddress } : {}) });
  expect(res.statusCode).toBe(200);
  const { challenge, bits } = res.json() as { challenge: string; bits: number };
  const { nonce } = await solveProofOfWork(challenge, bits, sha256);
  return { challenge, nonce };
}

let addresses = 0;
/** Each call comes from another documentation address unless the test names one (the rate limit is per address). */
const nextAddress = () => `192.0.2.${(addresses++ % 250) + 1}`;

async function send(
  inject: Inject,
  body: Record<string, unknown>,
  options: { headers?: Record<string, string>; remoteAddress?: string; proof?: unknown } = {},
) {
  const remoteAddress = options.remoteAddress ?? nextAddress();
  const proofOfWork =
    options.proof === undefined ? await solved(inject, options.headers, remoteAddress) : options.proof;
  return inject({
    method: 'POST',
    url: SUBMIT,
    headers: options.headers ?? {},
    remoteAddress,
    payload: { ...body, ...(proofOfWork === null ? {} : { proofOfWork }) },
  });
}

/** The help-request routes alone on the test database, with a clock, limits and difficulty chosen by the test. */
async function routesApp(t: TestApp, options: Partial<HelpRequestRoutesOptions>): Promise<FastifyInstance> {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(localePlugin);
  registerErrorHandling(app);
  await app.register(helpRequestRoutes, {
    prefix: '/api/v1',
    db: t.database.db,
    dialect: t.database.dialect,
    keyring: t.secrets.keyring,
    powBits: BITS,
    ...options,
  });
  await app.ready();
  return app;
}

async function count(t: TestApp): Promise<number> {
  const row = await t.database.db
    .selectFrom('help_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachDatabase('help requests', (dialect: DialectName) => {
  let t: TestApp;
  let inject: Inject;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    inject = (options) => t.app.inject(options);
  });
  afterEach(async () => t.close());

  it('stores a request encrypted, answers a reference code, and the inbox reads and handles it', async () => {
    const challenge = await inject({ url: CHALLENGE });
    expect(challenge.headers['cache-control']).toBe('no-store');
    expect(challenge.json()).toMatchObject({ bits: BITS, challenge: expect.stringMatching(/^v1\./) });

    const res = await send(inject, {
      narrative: STORY,
      lang: 'sr-Latn',
      contactInfo: { way: 'viber', value: '+381 64 555 0142', safeTime: 'radnim danima posle 18h' },
      offer: { text: 'Posao u Nemačkoj, pasoš ostavljate kod nas.', indicatorIds: ['documents-retained'] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const { code } = res.json() as { code: string };
    expect(code).toMatch(CODE_RE);

    const [row] = await t.database.db.selectFrom('help_requests').selectAll().execute();
    expect(row).toMatchObject({ code, status: 'open', lang: 'sr-Latn', contact_way: 'viber', version: 1 });
    for (const column of ['narrative', 'contact_info', 'offer'] as const) {
      expect(row?.[column]).toMatch(/^v1\.dk_/);
    }
    expect(JSON.stringify(row)).not.toContain('Kanarinka');
    // The person's request is audited as a create without an actor, naming fields only.
    const created = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_type', '=', 'helpRequest')
      .execute();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: 'create', actor_id: null, resource_id: row?.id });

    const hotline = await signIn(t, await createStaff(t, 'hotline'));
    const list = await inject({ url: '/api/v1/help-requests', headers: authHeaders(hotline) });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({
      items: [
        {
          id: row?.id,
          code,
          status: 'open',
          lang: 'sr-Latn',
          contactWay: 'viber',
          hasOffer: true,
          createdAt: row?.created_at,
          handledAt: null,
          version: 1,
        },
      ],
      nextCursor: null,
    });
    expect(list.body).not.toContain('Kanarinka');

    const byCode = await inject({
      url: `/api/v1/help-requests?code=${encodeURIComponent(code.toLowerCase().replace(/-/g, ' '))}`,
      headers: authHeaders(hotline),
    });
    expect(byCode.json().items.map((i: { code: string }) => i.code)).toEqual([code]);

    const one = await inject({ url: `/api/v1/help-requests/${row?.id}`, headers: authHeaders(hotline) });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      code,
      narrative: STORY,
      contactInfo: { way: 'viber', value: '+381645550142', safeTime: 'radnim danima posle 18h' },
      offer: { text: 'Posao u Nemačkoj, pasoš ostavljate kod nas.', indicatorIds: ['documents-retained'] },
      handledBy: null,
      handledNote: null,
    });

    const handled = await inject({
      method: 'POST',
      url: `/api/v1/help-requests/${row?.id}/handle`,
      headers: authHeaders(hotline),
      payload: { version: 1, note: 'Kanarinka-Note: pozvana, bezbedna, upućena savetnici.' },
    });
    expect(handled.statusCode).toBe(200);
    expect(handled.json()).toMatchObject({ id: row?.id, status: 'handled', version: 2 });
    const after = await inject({ url: `/api/v1/help-requests/${row?.id}`, headers: authHeaders(hotline) });
    expect(after.json()).toMatchObject({
      status: 'handled',
      handledNote: 'Kanarinka-Note: pozvana, bezbedna, upućena savetnici.',
      handledBy: { id: expect.any(String), displayName: expect.stringContaining('hotline') },
    });
    const stored = await t.database.db.selectFrom('help_requests').selectAll().executeTakeFirstOrThrow();
    expect(stored.handled_note).toMatch(/^v1\./);

    const open = await inject({ url: '/api/v1/help-requests?status=open', headers: authHeaders(hotline) });
    expect(open.json().items).toEqual([]);
    const done = await inject({ url: '/api/v1/help-requests?status=handled', headers: authHeaders(hotline) });
    expect(done.json().items).toHaveLength(1);

    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'fields'])
      .where('resource_type', '=', 'helpRequest')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'create',
      'list',
      'list',
      'read',
      'update',
      'read',
      'list',
      'list',
    ]);
    expect(JSON.stringify(events)).not.toContain('Kanarinka');

    // A handler who no longer exists (the row removed by an operator) has no name: the console says "a former
    // staff member". Simulated with an id no account has.
    const goneId = '00000000-0000-4000-8000-00000000dead';
    await t.database.db.updateTable('help_requests').set({ handled_by: goneId }).execute();
    const orphan = await inject({ url: `/api/v1/help-requests/${row?.id}`, headers: authHeaders(hotline) });
    expect(orphan.statusCode, orphan.body).toBe(200);
    expect(orphan.json().handledBy).toEqual({ id: goneId, displayName: null });
  });

  it('takes an anonymous request, and an offer sent for a second look without a message', async () => {
    const telegram = await send(inject, {
      narrative: 'Pišite mi na Telegram.',
      lang: 'sr-Cyrl',
      contactInfo: { way: 'telegram', value: '@sigurna_osoba' },
    });
    expect(telegram.statusCode).toBe(201);
    const byName = await t.database.db.selectFrom('help_requests').select('id').executeTakeFirstOrThrow();
    expect((await getHelpRequest(t.database.db, t.secrets.keyring, byName.id))?.contactInfo).toEqual({
      way: 'telegram',
      value: '@sigurna_osoba',
      safeTime: null,
    });
    await t.database.db.deleteFrom('help_requests').execute();
    const anonymous = await send(inject, { narrative: 'Treba mi savet.', lang: 'en' });
    expect(anonymous.statusCode).toBe(201);
    const offerOnly = await send(inject, {
      lang: 'uk',
      offer: { text: 'Робота в Польщі, оплата за оформлення 300 €.', indicatorIds: [] },
    });
    expect(offerOnly.statusCode).toBe(201);
    const rows = await t.database.db.selectFrom('help_requests').selectAll().orderBy('created_at').execute();
    expect(rows.map((r) => [r.contact_way, r.contact_info])).toEqual([
      [null, null],
      [null, null],
    ]);
    const view = await getHelpRequest(t.database.db, t.secrets.keyring, rows[1]?.id as string);
    expect(view).toMatchObject({ narrative: '', contactInfo: null, offer: { indicatorIds: [] }, lang: 'uk' });
    expect(anonymous.json().code).not.toBe(offerOnly.json().code);
  });

  it('refuses bad input with localized field errors and stores nothing', async () => {
    const cases: [Record<string, unknown>, { path: string; code: string }][] = [
      [{ lang: 'en' }, { path: 'narrative', code: 'required' }],
      [
        { narrative: '   ', lang: 'en' },
        { path: 'narrative', code: 'required' },
      ],
      [
        { narrative: 'x'.repeat(5_001), lang: 'en' },
        { path: 'narrative', code: 'tooLong' },
      ],
      [
        { narrative: 'Help', lang: 'de' },
        { path: 'lang', code: 'invalidValue' },
      ],
      [{ narrative: 'Help' }, { path: 'lang', code: 'invalidValue' }],
      [
        { narrative: 'Help', lang: 'en', ip: '1.2.3.4' },
        { path: 'ip', code: 'unknownField' },
      ],
      [
        { narrative: 'Help', lang: 'en', contactInfo: { way: 'phone', value: 'call me maybe' } },
        { path: 'contactInfo.value', code: 'invalidPhone' },
      ],
      [
        { narrative: 'Help', lang: 'en', contactInfo: { way: 'email', value: 'not-an-address' } },
        { path: 'contactInfo.value', code: 'invalidEmail' },
      ],
      [
        { narrative: 'Help', lang: 'en', contactInfo: { way: 'pigeon', value: 'x' } },
        { path: 'contactInfo.way', code: 'invalidValue' },
      ],
      [
        { narrative: 'Help', lang: 'en', contactInfo: { way: 'sms', value: '' } },
        { path: 'contactInfo.value', code: 'required' },
      ],
      [
        {
          narrative: 'Help',
          lang: 'en',
          contactInfo: { way: 'sms', value: '0605550100', safeTime: 'y'.repeat(201) },
        },
        { path: 'contactInfo.safeTime', code: 'tooLong' },
      ],
      [
        { lang: 'en', offer: { text: 'Offer', indicatorIds: ['no-such-indicator'] } },
        { path: 'offer.indicatorIds.0', code: 'invalidValue' },
      ],
      [
        { narrative: 'Help', lang: 'en', website: 'x'.repeat(501) },
        { path: 'website', code: 'tooLong' },
      ],
    ];
    for (const [body, problem] of cases) {
      const res = await send(inject, body, { headers: { 'accept-language': 'en' } });
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('validation');
      expect(error.details, JSON.stringify(body).slice(0, 80)).toContainEqual(
        expect.objectContaining({ ...problem, message: expect.any(String) }),
      );
      expect(res.body).not.toContain('call me maybe');
    }
    // The form's language wins for the messages.
    const messages = new Set<string>();
    for (const lang of ['en', 'sr-Latn', 'sr-Cyrl', 'uk']) {
      const res = await send(
        inject,
        { narrative: 'x'.repeat(5_001), lang },
        { headers: { 'accept-language': 'en' } },
      );
      const detail = res.json().error.details[0];
      expect(detail.message).toMatch(/5[\s.,\u00a0\u202f]?000/);
      messages.add(detail.message);
    }
    expect(messages.size).toBe(4);
    // A body that is not JSON at all.
    const garbage = await inject({
      method: 'POST',
      url: SUBMIT,
      headers: { 'content-type': 'application/json' },
      payload: '{"narrative":',
    });
    expect(garbage.statusCode).toBe(400);
    expect(await count(t)).toBe(0);
  });

  it('answers a filled honeypot like a real request, and keeps nothing', async () => {
    const real = await send(inject, { narrative: 'Help me, please.', lang: 'en' });
    const proof = await solved(inject);
    const trap = await send(
      inject,
      { narrative: 'Buy cheap watches', lang: 'en', website: 'https://spam.example' },
      { proof },
    );
    expect(trap.statusCode).toBe(real.statusCode);
    expect(Object.keys(trap.json())).toEqual(Object.keys(real.json()));
    expect(trap.json().code).toMatch(CODE_RE);
    expect(trap.headers['content-type']).toBe(real.headers['content-type']);
    expect(await count(t)).toBe(1);
    const codes = (await t.database.db.selectFrom('help_requests').select('code').execute()).map(
      (r) => r.code,
    );
    expect(codes).toEqual([real.json().code]);
    // The challenge it used is spent all the same.
    const again = await send(inject, { narrative: 'Buy cheap watches', lang: 'en' }, { proof });
    expect(again.json().error.code).toBe('helpRequest.challengeUsed');
    expect(t.logs.text).not.toContain('Buy cheap watches');
  });

  it('demands the proof of work: missing, wrong, forged, expired and reused proofs are refused', async () => {
    const body = { narrative: 'Help me, please.', lang: 'en' };
    const headers = { 'accept-language': 'en' };

    const missing = await send(inject, body, { headers, proof: null });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'proofOfWork', code: 'required' }),
    );

    const { challenge, nonce } = await solved(inject);
    // A nonce without the work (find one that really fails).
    let wrong = 0;
    while (
      createHash('sha256')
        .update(challenge + String(wrong))
        .digest()[0] === 0
    )
      wrong += 1;
    const lazy = await send(inject, body, { headers, proof: { challenge, nonce: String(wrong) } });
    expect(lazy.statusCode).toBe(400);
    expect(lazy.json().error).toMatchObject({
      code: 'helpRequest.workInsufficient',
      message: 'The form could not be verified. Reload the page and send again.',
    });

    // A forged challenge: lower difficulty, or another signature.
    const parts = challenge.split('.');
    const easier = [...parts.slice(0, 3), '0', parts[4]].join('.');
    const forged = await send(inject, body, { headers, proof: { challenge: easier, nonce: '1' } });
    expect(forged.json().error.code).toBe('helpRequest.challengeInvalid');
    const resigned = [...parts.slice(0, 4), 'A'.repeat(43)].join('.');
    expect(
      (await send(inject, body, { headers, proof: { challenge: resigned, nonce } })).json().error.code,
    ).toBe('helpRequest.challengeInvalid');
    expect(
      (await send(inject, body, { headers, proof: { challenge: 'garbage', nonce: '1' } })).json().error.code,
    ).toBe('helpRequest.challengeInvalid');
    expect(
      (await send(inject, body, { headers, proof: { challenge, nonce: 'not digits' } })).json().error.code,
    ).toBe('helpRequest.challengeInvalid');

    // The genuine proof works once; the same proof again is refused.
    const ok = await send(inject, body, { headers, proof: { challenge, nonce } });
    expect(ok.statusCode).toBe(201);
    const reused = await send(inject, body, { headers, proof: { challenge, nonce } });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error).toMatchObject({
      code: 'helpRequest.challengeUsed',
      message: 'This form was already sent once. Send again to make a new request.',
    });
    expect(await count(t)).toBe(1);

    // Two requests racing with one proof: exactly one is stored.
    const race = await solved(inject);
    const results = await Promise.all([1, 2, 3].map(() => send(inject, body, { proof: race })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400, 400]);
    expect(await count(t)).toBe(2);

    // Expired: the clock moves past the challenge's lifetime.
    let now = Date.now();
    const app = await routesApp(t, { clock: () => new Date(now), powTtlMs: 60_000 });
    try {
      const local: Inject = (options) => app.inject(options);
      const proof = await solved(local);
      now += 61_000;
      const expired = await send(local, { ...body, lang: 'sr-Latn' }, { proof });
      expect(expired.statusCode).toBe(400);
      expect(expired.json().error).toMatchObject({
        code: 'helpRequest.challengeExpired',
        message: 'Obrazac je bio predugo otvoren. Pošalji opet: trajaće nekoliko sekundi.',
      });
    } finally {
      await app.close();
    }
    // A challenge issued at a lower difficulty than the server now asks is refused too.
    const harder = await routesApp(t, { powBits: BITS + 4 });
    try {
      const easy = await solved(inject);
      const refused = await send((o) => harder.inject(o), body, { proof: easy });
      expect(refused.json().error.code).toBe('helpRequest.challengeExpired');
    } finally {
      await harder.close();
    }
    expect(await count(t)).toBe(2);
  });

  it('forgets spent challenges once they have expired', async () => {
    let now = Date.now();
    const app = await routesApp(t, { clock: () => new Date(now), powTtlMs: 60_000 });
    try {
      const local: Inject = (options) => app.inject(options);
      expect((await send(local, { narrative: 'One', lang: 'en' })).statusCode).toBe(201);
      expect(
        await t.database.db.selectFrom('help_request_spent_challenges').selectAll().execute(),
      ).toHaveLength(1);
      now += 120_000;
      expect((await send(local, { narrative: 'Two', lang: 'en' })).statusCode).toBe(201);
      expect(
        await t.database.db.selectFrom('help_request_spent_challenges').selectAll().execute(),
      ).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('limits requests and challenges per address, keeping only keyed hashes', async () => {
    const submitLimit = new FixedWindowRateLimiter({ max: 2, windowMs: 60_000 });
    const challengeLimit = new FixedWindowRateLimiter({ max: 4, windowMs: 60_000 });
    const app = await routesApp(t, { submitLimit, challengeLimit });
    try {
      const local: Inject = (options) => app.inject(options);
      const from = '203.0.113.50';
      for (let i = 0; i < 2; i++) {
        expect(
          (await send(local, { narrative: `Help ${i}`, lang: 'en' }, { remoteAddress: from })).statusCode,
        ).toBe(201);
      }
      const limited = await send(
        local,
        { narrative: 'Help 3', lang: 'en' },
        { remoteAddress: from, headers: { 'accept-language': 'en' } },
      );
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('rateLimited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // Challenges have their own, separate limit (3 used so far from this address).
      expect((await local({ url: CHALLENGE, remoteAddress: from })).statusCode).toBe(200);
      expect((await local({ url: CHALLENGE, remoteAddress: from })).statusCode).toBe(429);
      // Another address is not affected.
      expect(
        (await send(local, { narrative: 'Other', lang: 'en' }, { remoteAddress: '198.51.100.9' })).statusCode,
      ).toBe(201);
      const held = JSON.stringify([submitLimit.snapshot(), challengeLimit.snapshot()]);
      expect(held).not.toContain(from);
      expect(held).not.toContain('198.51.100.9');
      expect(submitLimit.snapshot().map((w) => w.key)).toContain(
        t.secrets.keyring.blindIndex('ratelimit', from),
      );
      expect(await count(t)).toBe(3);
    } finally {
      await app.close();
    }
  });

  it('lets hotline, case workers and supervisors use the inbox, and nobody else', async () => {
    expect((await send(inject, { narrative: 'Help', lang: 'en' })).statusCode).toBe(201);
    const id = (await t.database.db.selectFrom('help_requests').select('id').executeTakeFirstOrThrow()).id;
    const sessions: Record<string, SignedIn> = {};
    for (const role of ['hotline', 'caseworker', 'supervisor', 'analyst', 'admin'] as const) {
      sessions[role] = await signIn(
        t,
        await createStaff(t, role, { team: role === 'hotline' ? 'nis' : 'beograd' }),
      );
    }
    for (const [role, session] of Object.entries(sessions)) {
      const allowed = ['hotline', 'caseworker', 'supervisor'].includes(role);
      const list = await inject({ url: '/api/v1/help-requests', headers: authHeaders(session) });
      const one = await inject({ url: `/api/v1/help-requests/${id}`, headers: authHeaders(session) });
      expect(list.statusCode, `${role} list`).toBe(allowed ? 200 : 403);
      expect(one.statusCode, `${role} read`).toBe(allowed ? 200 : 403);
      if (!allowed) {
        const handle = await inject({
          method: 'POST',
          url: `/api/v1/help-requests/${id}/handle`,
          headers: authHeaders(session),
          payload: { version: 1, note: '' },
        });
        expect(handle.statusCode, `${role} handle`).toBe(403);
      }
    }
    // Without a session, or without the CSRF token on a change.
    expect((await inject({ url: '/api/v1/help-requests' })).statusCode).toBe(401);
    expect((await inject({ url: `/api/v1/help-requests/${id}` })).statusCode).toBe(401);
    const noCsrf = await inject({
      method: 'POST',
      url: `/api/v1/help-requests/${id}/handle`,
      headers: { cookie: (sessions.hotline as SignedIn).cookie },
      payload: { version: 1, note: '' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const handled = await inject({
      method: 'POST',
      url: `/api/v1/help-requests/${id}/handle`,
      headers: authHeaders(sessions.caseworker as SignedIn),
      payload: { version: 1, note: '' },
    });
    expect(handled.statusCode).toBe(200);
    const row = await t.database.db.selectFrom('help_requests').selectAll().executeTakeFirstOrThrow();
    expect(row.handled_note).toBeNull();
    // Denials are audited.
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select('resource_id')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.resource_id)).toContain('GET /api/v1/help-requests');
  });

  it('refuses a stale or repeated handling with 409, and answers a missing request with 404', async () => {
    expect((await send(inject, { narrative: 'Help', lang: 'en' })).statusCode).toBe(201);
    const id = (await t.database.db.selectFrom('help_requests').select('id').executeTakeFirstOrThrow()).id;
    const first = await signIn(t, await createStaff(t, 'hotline'));
    const second = await signIn(t, await createStaff(t, 'supervisor'));
    const handle = (session: SignedIn, version: number, note = 'done', target = id) =>
      inject({
        method: 'POST',
        url: `/api/v1/help-requests/${target}/handle`,
        headers: { ...authHeaders(session), 'accept-language': 'en' },
        payload: { version, note },
      });
    expect((await handle(first, 1)).statusCode).toBe(200);
    const stale = await handle(second, 1, 'I called her too');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'conflict',
      details: { expectedVersion: 1, currentVersion: 2 },
    });
    const again = await handle(second, 2);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'helpRequest.alreadyHandled',
      message: 'This help request is already marked handled.',
    });
    expect((await handle(first, 1, 'x', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await handle(first, 1, 'x'.repeat(2_001))).statusCode).toBe(400);
    expect(
      (
        await inject({
          url: '/api/v1/help-requests/00000000-0000-4000-8000-000000000000',
          headers: authHeaders(first),
        })
      ).statusCode,
    ).toBe(404);
    const view = await getHelpRequest(t.database.db, t.secrets.keyring, id);
    expect(view).toMatchObject({ status: 'handled', version: 2, handledNote: 'done' });
  });

  it('pages the inbox newest first with an opaque cursor', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await send(inject, { narrative: `Request ${i}`, lang: 'en' });
      codes.push(res.json().code);
    }
    const session = await signIn(t, await createStaff(t, 'caseworker'));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/help-requests?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await inject({ url, headers: authHeaders(session) })).json() as {
        items: { code: string }[];
        nextCursor: string | null;
      };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...codes].reverse());
    for (const bad of ['!!', Buffer.from('nonsense').toString('base64url')]) {
      const res = await inject({ url: `/api/v1/help-requests?cursor=${bad}`, headers: authHeaders(session) });
      expect(res.statusCode).toBe(400);
    }
    const badCode = await inject({
      url: '/api/v1/help-requests?code=H-0000-0000',
      headers: authHeaders(session),
    });
    expect(badCode.statusCode).toBe(400);
  });

  it('markHandled joins the caller transaction, so a failing caller leaves the request open', async () => {
    expect((await send(inject, { narrative: 'Help', lang: 'en' })).statusCode).toBe(201);
    const id = (await t.database.db.selectFrom('help_requests').select('id').executeTakeFirstOrThrow()).id;
    const staff = await createStaff(t, 'hotline');
    const input = {
      id,
      version: 1,
      note: 'Became a contact',
      actor: { id: staff.id, role: 'hotline' },
      requestId: null,
    };
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await markHandled(trx, t.database.dialect, t.secrets.keyring, input);
        throw new Error('the contact could not be created');
      }),
    ).rejects.toThrow('the contact could not be created');
    expect((await getHelpRequest(t.database.db, t.secrets.keyring, id))?.status).toBe('open');
    await t.database.db.transaction().execute(async (trx) => {
      await markHandled(trx, t.database.dialect, t.secrets.keyring, {
        ...input,
        details: { contactId: 'c-1' },
      });
    });
    expect((await getHelpRequest(t.database.db, t.secrets.keyring, id))?.status).toBe('handled');
    await expect(
      markHandled(t.database.db, t.database.dialect, t.secrets.keyring, input),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describeEachDatabase('help requests: the canary test', (dialect: DialectName) => {
  let t: TestApp;
  beforeEach(async () => {
    // Behind one trusted proxy: the client address comes from X-Forwarded-For.
    t = await createTestApp(dialect, { env: { PUTOKAZ_TRUST_PROXY: '1' } });
  });
  afterEach(async () => t.close());

  it('keeps no address, user agent or story in any log line or stored byte', async () => {
    const PROXY_IP = '203.0.113.187';
    const CLIENT_IP = '198.51.100.213';
    const CLIENT_IPV6 = '2001:db8::c0ff:ee42';
    const AGENT = 'CanaryAgent/7.1 (Linux; Android 9; Kanarinac-Phone)';
    const CONTACT = '+381 63 555 0187';
    const headers = {
      'user-agent': AGENT,
      'x-forwarded-for': CLIENT_IP,
      'accept-language': 'sr-Latn',
      'sec-ch-ua-platform': '"Kanarinac-Platform"',
    };
    const inject: Inject = (options) => t.app.inject(options);
    // A successful request, a refused one (validation), a refused proof, and the honeypot, all from the canary.
    const ok = await send(
      inject,
      {
        narrative: STORY,
        lang: 'sr-Latn',
        contactInfo: { way: 'phone', value: CONTACT, safeTime: 'posle 20h' },
      },
      { headers, remoteAddress: PROXY_IP },
    );
    expect(ok.statusCode).toBe(201);
    const ipv6 = await send(
      inject,
      { narrative: STORY, lang: 'en' },
      { headers: { ...headers, 'x-forwarded-for': CLIENT_IPV6 }, remoteAddress: PROXY_IP },
    );
    expect(ipv6.statusCode).toBe(201);
    const invalid = await send(
      inject,
      { narrative: STORY, lang: 'xx' },
      { headers, remoteAddress: PROXY_IP },
    );
    expect(invalid.statusCode).toBe(400);
    const badProof = await send(
      inject,
      { narrative: STORY, lang: 'en' },
      { headers, remoteAddress: PROXY_IP, proof: { challenge: 'v1.x', nonce: '1' } },
    );
    expect(badProof.statusCode).toBe(400);
    const trap = await send(
      inject,
      { narrative: STORY, lang: 'en', website: 'x' },
      { headers, remoteAddress: PROXY_IP },
    );
    expect(trap.statusCode).toBe(201);

    // The inbox reads it back (so the story does exist, encrypted).
    const session = await signIn(t, await createStaff(t, 'hotline'));
    const list = await t.app.inject({ url: '/api/v1/help-requests', headers: authHeaders(session) });
    const id = list.json().items.find((i: { code: string }) => i.code === ok.json().code).id;
    const read = await t.app.inject({ url: `/api/v1/help-requests/${id}`, headers: authHeaders(session) });
    expect(read.json().narrative).toBe(STORY);
    expect(read.json().contactInfo.value).toBe('+381635550187');

    const needles = [
      PROXY_IP,
      CLIENT_IP,
      CLIENT_IPV6,
      'c0ff:ee42',
      AGENT,
      'CanaryAgent',
      'Kanarinac',
      'Kanarinka-Story',
      'pasoš',
      '555 0187',
      '635550187',
      'posle 20h',
    ];
    // Every log line (the app logs at trace level in tests, so every request line is there).
    expect(t.logs.lines.length).toBeGreaterThan(10);
    expect(t.logs.text).toContain('/api/v1/public/help-requests');
    for (const needle of needles) expect(t.logs.text.includes(needle), `${needle} in the log`).toBe(false);

    if (dialect === 'sqlite') {
      await t.database.close();
      const dir = t.testDatabase.dataDir;
      const files = readdirSync(dir).filter((f) => f.startsWith('putokaz.sqlite'));
      expect(files).toContain('putokaz.sqlite');
      for (const file of files) {
        const bytes = readFileSync(join(dir, file));
        for (const needle of needles) {
          expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle} in ${file}`).toBe(false);
          expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${needle} (UTF-16) in ${file}`).toBe(false);
        }
      }
      t.database = (await import('../src/db/connection.js')).openDatabase(t.testDatabase.config);
    } else {
      const tables = await sql<{
        table_name: string;
      }>`select table_name from information_schema.tables where table_schema = current_schema()`.execute(
        t.database.db,
      );
      expect(tables.rows.map((r) => r.table_name)).toContain('help_requests');
      for (const { table_name } of tables.rows) {
        const rows = await sql<{
          row: string;
        }>`select t::text as row from ${sql.table(table_name)} t`.execute(t.database.db);
        const text = rows.rows.map((r) => r.row).join('\n');
        for (const needle of needles) expect(text.includes(needle), `${needle} in ${table_name}`).toBe(false);
      }
    }
  });
});

describe('help request settings', () => {
  it('reads the proof-of-work difficulty from the environment, refusing bad values', () => {
    expect(helpRequestSettingsFromEnv({})).toEqual({ powBits: 14 });
    expect(helpRequestSettingsFromEnv({ PUTOKAZ_HELP_POW_BITS: '12' })).toEqual({ powBits: 12 });
    for (const bad of ['-1', '29', 'many', '1.5']) {
      expect(() => helpRequestSettingsFromEnv({ PUTOKAZ_HELP_POW_BITS: bad })).toThrow(ConfigError);
    }
  });

  it('signs challenges with a key of its own: another keyring refuses them', async () => {
    const { memorySecrets } = await import('./support/app.js');
    const a = new ProofOfWork((await memorySecrets()).keyring, { bits: 4, ttlMs: 60_000 });
    const { challenge } = a.issue();
    const { nonce } = await solveProofOfWork(challenge, 4, sha256);
    expect(a.check(challenge, nonce)).toMatchObject({ ok: true });
    const { Keyring } = await import('../src/security/keyring.js');
    const { MemoryDataKeyStore } = await import('./security/helpers.js');
    const other = await Keyring.open(Buffer.alloc(32, 3), new MemoryDataKeyStore());
    expect(new ProofOfWork(other, { bits: 4, ttlMs: 60_000 }).check(challenge, nonce)).toEqual({
      ok: false,
      reason: 'challengeInvalid',
    });
  });
});
