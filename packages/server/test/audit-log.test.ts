import { createHash, createSecretKey, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Database } from '../src/db/schema.js';
import {
  AuditChainError,
  auditQueryHash,
  createCheckpoint,
  InvalidAuditEventError,
  recordAuditEvent,
  verifyAuditChain,
  type AuditEventInput,
} from '../src/features/audit/audit-log.js';
import {
  checkpointSignatureValid,
  CheckpointFormatError,
  formatCheckpoint,
  parseCheckpoint,
  signCheckpoint,
} from '../src/features/audit/checkpoint.js';
import { auditEventHash, canonicalJson, GENESIS_HASH } from '../src/features/audit/encoding.js';
import { fromJson } from '../src/db/dialect.js';
import { memorySecrets } from './support/app.js';
import { dropAuditGuards } from './support/audit-guards.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './support/databases.js';

const KEY = createSecretKey(Buffer.alloc(32, 9));
const PINNED_HASH = 'b4540ae9116931f9b970a057bf4f29b9fec52432d460d82c83fb7aee0d42e338';

/** A synthetic event: staff member `n % 3` reads case `n`. */
function event(n: number, overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  return {
    actor: { id: `staff-${n % 3}`, role: 'caseworker' },
    action: 'read',
    resourceType: 'case',
    resourceId: `case-${n}`,
    fields: ['status', 'summary'],
    requestId: `req-${n}`,
    // Keys deliberately unsorted: jsonb reorders them, the hash must not care.
    details: { reason: 'followUp', attempt: n, urgent: n % 2 === 0, note_ref: null },
    ...overrides,
  };
}

async function append(db: Kysely<Database>, dialect: DatabaseHandle['dialect'], count: number) {
  for (let n = 1; n <= count; n++) await recordAuditEvent(db, dialect, event(n));
}

/** Recomputes every prev_hash and hash after a direct edit, as an attacker with write access would. */
async function rewriteChain(db: Kysely<Database>): Promise<void> {
  const rows = await db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    const hash = auditEventHash({
      seq: Number(row.seq),
      id: row.id,
      occurredAt: row.occurred_at,
      actorId: row.actor_id,
      actorRole: row.actor_role,
      action: row.action,
      resourceType: row.resource_type,
      resourceId: row.resource_id,
      fields: fromJson(row.fields),
      requestId: row.request_id,
      outcome: row.outcome,
      details: fromJson(row.details),
      prevHash,
    });
    await db
      .updateTable('audit_events')
      .set({ prev_hash: prevHash, hash })
      .where('seq', '=', Number(row.seq))
      .execute();
    prevHash = hash;
  }
}

async function idOf(db: Kysely<Database>, seq: number): Promise<string> {
  const row = await db
    .selectFrom('audit_events')
    .select('id')
    .where('seq', '=', seq)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('audit encoding', () => {
  it('hashes an event exactly as docs/security.md describes, to a pinned value', () => {
    const event = {
      seq: 1,
      id: '00000000-0000-4000-8000-000000000001',
      occurredAt: '2025-01-02T03:04:05.678Z',
      actorId: 'staff-1',
      actorRole: 'caseworker',
      action: 'read',
      resourceType: 'case',
      resourceId: 'case-1',
      fields: ['status'],
      requestId: null,
      outcome: 'success',
      details: { b: 1, a: 'x' },
      prevHash: GENESIS_HASH,
    };
    // An independent implementation of the documented encoding.
    const lp = (s: string) => {
      const bytes = Buffer.from(s, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      return Buffer.concat([length, bytes]);
    };
    const opt = (s: string | null) =>
      s === null ? Buffer.from([0]) : Buffer.concat([Buffer.from([1]), lp(s)]);
    const expected = createHash('sha256')
      .update(
        Buffer.concat([
          lp('putokaz-audit-event/v1'),
          lp('1'),
          lp(event.id),
          lp(event.occurredAt),
          opt('staff-1'),
          opt('caseworker'),
          lp('read'),
          lp('case'),
          opt('case-1'),
          lp('["status"]'),
          opt(null),
          lp('success'),
          lp('{"a":"x","b":1}'),
          lp(GENESIS_HASH),
        ]),
      )
      .digest('hex');
    expect(auditEventHash(event)).toBe(expected);
    expect(auditEventHash(event)).toBe(PINNED_HASH);
  });

  it('distinguishes null from an empty or shifted value', () => {
    const base = {
      seq: 1,
      id: 'e',
      occurredAt: '2025-01-01T00:00:00.000Z',
      actorId: null as string | null,
      actorRole: null as string | null,
      action: 'read',
      resourceType: 'case',
      resourceId: null as string | null,
      fields: [],
      requestId: null as string | null,
      outcome: 'success',
      details: {},
      prevHash: GENESIS_HASH,
    };
    const hashes = new Set([
      auditEventHash(base),
      auditEventHash({ ...base, actorId: '' }),
      auditEventHash({ ...base, actorRole: 'x' }),
      auditEventHash({ ...base, actorId: 'x' }),
      auditEventHash({ ...base, resourceType: 'cas', resourceId: 'e' }),
    ]);
    expect(hashes.size).toBe(5);
  });

  it('writes canonical JSON with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x"y'], c: { z: 0, y: -1.5 } })).toBe(
      '{"a":[true,null,"x\\"y"],"b":1,"c":{"y":-1.5,"z":0}}',
    );
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });
});

describe('audit checkpoints (format)', () => {
  const checkpoint = signCheckpoint(KEY, {
    count: 12,
    headHash: 'a'.repeat(64),
    createdAt: '2025-03-01T10:00:00.000Z',
  });

  it('round-trips through its file format and checks its signature', () => {
    const parsed = parseCheckpoint(formatCheckpoint(checkpoint));
    expect(parsed).toEqual(checkpoint);
    expect(checkpointSignatureValid(KEY, parsed)).toBe(true);
    expect(checkpointSignatureValid(createSecretKey(Buffer.alloc(32, 1)), parsed)).toBe(false);
    expect(checkpointSignatureValid(KEY, { ...parsed, count: 11 })).toBe(false);
    expect(checkpointSignatureValid(KEY, { ...parsed, createdAt: '2025-03-01T10:00:00.001Z' })).toBe(false);
  });

  it('refuses malformed checkpoint files with a clear message', () => {
    const good = JSON.parse(formatCheckpoint(checkpoint)) as Record<string, unknown>;
    const cases: [string, RegExp][] = [
      ['not json', /not JSON/],
      ['[1]', /JSON object/],
      [JSON.stringify({ ...good, version: 2 }), /unsupported checkpoint version 2/],
      [JSON.stringify({ ...good, count: -1 }), /count/],
      [JSON.stringify({ ...good, count: '12' }), /count/],
      [JSON.stringify({ ...good, headHash: 'xyz' }), /headHash/],
      [JSON.stringify({ ...good, createdAt: 'yesterday' }), /createdAt/],
      [JSON.stringify({ ...good, signature: undefined }), /signature/],
      [JSON.stringify({ ...good, extra: 1 }), /unknown fields: extra/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseCheckpoint(text), text).toThrow(CheckpointFormatError);
      expect(() => parseCheckpoint(text), text).toThrow(message);
    }
  });
});

describe('audit query hash', () => {
  it('is keyed, normalized, and never the text', async () => {
    const { keyring } = await memorySecrets();
    const hash = auditQueryHash(keyring, '  Ana   Petrović ');
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(auditQueryHash(keyring, 'ana petrović')).toBe(hash);
    expect(auditQueryHash(keyring, 'ana petrovic')).not.toBe(hash);
    expect(auditQueryHash(keyring, '   ')).toBeNull();
    expect(auditQueryHash(keyring, 'broken \uD800 surrogate')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describeEachDatabase('audit trail', (dialect) => {
  let t: TestDatabase;
  let handle: DatabaseHandle;
  let db: Kysely<Database>;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    handle = openDatabase(t.config);
    db = handle.db;
    await migrateToLatest(db, dialect);
  });
  afterEach(async () => {
    await handle.close();
    await t.cleanup();
  });

  it('the database refuses to change, delete or truncate an event (append-only triggers)', async () => {
    await append(db, dialect, 3);
    await expect(
      db.updateTable('audit_events').set({ action: 'read' }).where('seq', '=', 2).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').where('seq', '=', 3).execute()).rejects.toThrow(/append-only/);
    if (dialect === 'postgres')
      await expect(sql`truncate audit_events`.execute(db)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 3 });
    // appending goes on
    await append(db, dialect, 1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 4 });
  });

  it('appends events with seq 1, 2, 3… linked by their hashes, and verifies them', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 0, headHash: GENESIS_HASH });
    const first = await recordAuditEvent(db, dialect, event(1));
    const second = await recordAuditEvent(db, dialect, event(2, { outcome: 'denied', actor: null }));
    expect(first.seq).toBe(1);
    expect(second.seq).toBe(2);
    const rows = await db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]?.prev_hash).toBe(first.hash);
    expect(rows[1]).toMatchObject({ actor_id: null, actor_role: null, outcome: 'denied', hash: second.hash });
    expect(fromJson(rows[0]?.fields)).toEqual(['status', 'summary']);
    expect(rows[0]?.occurred_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    await append(db, dialect, 8);
    expect(await verifyAuditChain(db, { batchSize: 3 })).toEqual({
      ok: true,
      count: 10,
      headHash: (
        await db.selectFrom('audit_events').select('hash').where('seq', '=', 10).executeTakeFirstOrThrow()
      ).hash,
    });
  });

  it('stores field names as a sorted set and uses the given clock', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    const at = new Date('2025-05-06T07:08:09.010Z');
    const recorded = await recordAuditEvent(
      db,
      dialect,
      event(1, { fields: ['phone', 'address', 'phone'] }),
      () => at,
    );
    expect(recorded.occurredAt).toBe('2025-05-06T07:08:09.010Z');
    const row = await db.selectFrom('audit_events').selectAll().executeTakeFirstOrThrow();
    expect(fromJson(row.fields)).toEqual(['address', 'phone']);
    expect(row.occurred_at).toBe('2025-05-06T07:08:09.010Z');
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  const edits: [string, Partial<Record<keyof Database['audit_events'], unknown>>][] = [
    ['action', { action: 'update' }],
    ['fields', { fields: JSON.stringify(['status']) }],
    ['details', { details: JSON.stringify({ reason: 'other', attempt: 5, urgent: false, note_ref: null }) }],
    ['actor', { actor_id: 'staff-9' }],
    ['actor role', { actor_role: 'admin' }],
    ['time', { occurred_at: '2020-01-01T00:00:00.000Z' }],
    ['resource id', { resource_id: 'case-999' }],
    ['outcome', { outcome: 'failure' }],
    ['stored hash', { hash: 'f'.repeat(64) }],
  ];
  for (const [what, set] of edits) {
    it(`names the edited event when its ${what} is changed in the database`, async () => {
      await dropAuditGuards(db, dialect); // an intruder with the owner's rights
      await append(db, dialect, 10);
      await db
        .updateTable('audit_events')
        .set(set as never)
        .where('seq', '=', 5)
        .execute();
      const result = await verifyAuditChain(db);
      expect(result).toMatchObject({ ok: false, count: 4, reason: 'hashMismatch', brokenAt: { seq: 5 } });
      expect(result.ok ? '' : result.message).toBe(
        `audit chain broken at event 5 (id ${await idOf(db, 5)}): hash mismatch, the event was changed after it was written`,
      );
    });
  }

  it('names the event whose prev_hash was changed', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    await append(db, dialect, 6);
    await db
      .updateTable('audit_events')
      .set({ prev_hash: 'e'.repeat(64) })
      .where('seq', '=', 4)
      .execute();
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      reason: 'prevHashMismatch',
      brokenAt: { seq: 4 },
      message: expect.stringContaining('wrong prev_hash'),
    });
  });

  it('names the event after a hash rewritten to match an edit (the next link breaks)', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    await append(db, dialect, 6);
    await db.updateTable('audit_events').set({ action: 'delete' }).where('seq', '=', 3).execute();
    const row = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    const hash = auditEventHash({
      seq: 3,
      id: row.id,
      occurredAt: row.occurred_at,
      actorId: row.actor_id,
      actorRole: row.actor_role,
      action: row.action,
      resourceType: row.resource_type,
      resourceId: row.resource_id,
      fields: fromJson(row.fields),
      requestId: row.request_id,
      outcome: row.outcome,
      details: fromJson(row.details),
      prevHash: row.prev_hash,
    });
    await db.updateTable('audit_events').set({ hash }).where('seq', '=', 3).execute();
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      reason: 'prevHashMismatch',
      brokenAt: { seq: 4 },
    });
  });

  it('reports a deleted event as a gap at the event after it', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    await append(db, dialect, 10);
    await db.deleteFrom('audit_events').where('seq', '=', 6).execute();
    const result = await verifyAuditChain(db, { batchSize: 4 });
    expect(result).toMatchObject({ ok: false, count: 5, reason: 'seqGap', brokenAt: { seq: 7 } });
    expect(result.ok ? '' : result.message).toBe(
      `audit chain broken at event 7 (id ${await idOf(db, 7)}): gap in seq, event 6 is missing`,
    );
    await db.deleteFrom('audit_events').where('seq', '<=', 2).execute();
    expect(await verifyAuditChain(db)).toMatchObject({
      reason: 'seqGap',
      brokenAt: { seq: 3 },
      message: expect.stringContaining('events 1 to 2 are missing'),
    });
  });

  it('misses a deleted tail without a checkpoint and catches it with one', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    await append(db, dialect, 10);
    const checkpoint = await createCheckpoint(db, KEY);
    expect(checkpoint).toMatchObject({ version: 1, count: 10 });
    expect(await verifyAuditChain(db, { checkpoint, checkpointKey: KEY })).toMatchObject({
      ok: true,
      count: 10,
    });
    await db.deleteFrom('audit_events').where('seq', '>', 7).execute();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 7 });
    const result = await verifyAuditChain(db, { checkpoint, checkpointKey: KEY });
    expect(result).toMatchObject({ ok: false, count: 7, reason: 'checkpointTruncated' });
    expect(result.ok ? '' : result.message).toBe(
      `audit log truncated: it has 7 events, the checkpoint of ${checkpoint.createdAt} counted 10 (events 8 to 10 are missing)`,
    );
  });

  it('accepts events appended after the checkpoint', async () => {
    await append(db, dialect, 4);
    const checkpoint = await createCheckpoint(db, KEY);
    await append(db, dialect, 3);
    expect(await verifyAuditChain(db, { checkpoint, checkpointKey: KEY })).toMatchObject({
      ok: true,
      count: 7,
    });
  });

  it('catches a consistently rewritten chain with a checkpoint', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    await append(db, dialect, 10);
    const checkpoint = await createCheckpoint(db, KEY);
    await db.updateTable('audit_events').set({ actor_id: 'staff-2' }).where('seq', '=', 4).execute();
    await rewriteChain(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 10 });
    const result = await verifyAuditChain(db, { checkpoint, checkpointKey: KEY });
    expect(result).toMatchObject({ ok: false, reason: 'checkpointRewritten', brokenAt: { seq: 10 } });
    expect(result.ok ? '' : result.message).toMatch(/^audit log rewritten: event 10 \(id [0-9a-f-]{36}\)/);
  });

  it('catches a truncated tail replaced by new events', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    await append(db, dialect, 6);
    const checkpoint = await createCheckpoint(db, KEY);
    await db.deleteFrom('audit_events').where('seq', '>', 4).execute();
    await append(db, dialect, 5);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 9 });
    expect(await verifyAuditChain(db, { checkpoint, checkpointKey: KEY })).toMatchObject({
      ok: false,
      reason: 'checkpointRewritten',
      brokenAt: { seq: 6 },
    });
  });

  it('refuses a checkpoint with a bad signature', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    await append(db, dialect, 5);
    const checkpoint = await createCheckpoint(db, KEY);
    // Someone truncates the log and "fixes" the checkpoint to match: the signature no longer fits.
    await db.deleteFrom('audit_events').where('seq', '>', 3).execute();
    const head = await db
      .selectFrom('audit_events')
      .select('hash')
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    const forged = { ...checkpoint, count: 3, headHash: head.hash };
    const result = await verifyAuditChain(db, { checkpoint: forged, checkpointKey: KEY });
    expect(result).toMatchObject({ ok: false, reason: 'checkpointSignature' });
    expect(result.ok ? '' : result.message).toMatch(/^bad checkpoint signature/);
    const otherKey = createSecretKey(Buffer.alloc(32, 3));
    expect(await verifyAuditChain(db, { checkpoint, checkpointKey: otherKey })).toMatchObject({
      reason: 'checkpointSignature',
    });
  });

  it('never signs a broken chain', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    await append(db, dialect, 3);
    await db.updateTable('audit_events').set({ action: 'export' }).where('seq', '=', 2).execute();
    await expect(createCheckpoint(db, KEY)).rejects.toThrow(AuditChainError);
    await expect(createCheckpoint(db, KEY)).rejects.toThrow(/event 2 .*hash mismatch/);
  });

  it('reports an event whose JSON columns cannot be read', async () => {
    await dropAuditGuards(db, dialect); // an intruder with the owner's rights
    if (dialect !== 'sqlite') return; // jsonb refuses invalid JSON on PostgreSQL
    await append(db, dialect, 3);
    await db.updateTable('audit_events').set({ details: '{not json' }).where('seq', '=', 2).execute();
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      reason: 'unreadable',
      brokenAt: { seq: 2 },
    });
  });

  it("commits and rolls back with the caller's transaction", async () => {
    await append(db, dialect, 3);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('staff_users')
          .values({
            id: randomUUID(),
            email: 'rollback@example.org',
            display_name: 'Synthetic',
            role: 'caseworker',
            team: null,
            status: 'active',
            password_hash: 'x',
            totp_secret: null,
            totp_last_step: null,
            totp_enrolled_at: null,
            password_changed_at: null,
            last_sign_in_at: null,
            created_at: new Date().toISOString(),
            updated_at: new Date().toISOString(),
            version: 1,
          })
          .execute();
        await recordAuditEvent(trx, dialect, event(4, { action: 'create', resourceType: 'staffUser' }));
        await recordAuditEvent(
          trx,
          dialect,
          event(5, { action: 'permissionChange', resourceType: 'staffUser' }),
        );
        throw new Error('synthetic failure after the audit events');
      }),
    ).rejects.toThrow('synthetic failure');
    expect(await db.selectFrom('staff_users').selectAll().execute()).toHaveLength(0);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 3 });
    // The next event continues the chain where the committed events end.
    expect((await recordAuditEvent(db, dialect, event(6))).seq).toBe(4);

    const committed = await db.transaction().execute(async (trx) => {
      const a = await recordAuditEvent(trx, dialect, event(7));
      const b = await recordAuditEvent(trx, dialect, event(8));
      return [a.seq, b.seq];
    });
    expect(committed).toEqual([5, 6]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 6 });
  });

  it('keeps one chain when many appends run at once in one process', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, n) => recordAuditEvent(db, dialect, event(n))));
    const seqs = (await db.selectFrom('audit_events').select('seq').orderBy('seq').execute()).map((r) =>
      Number(r.seq),
    );
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 40 });
  });

  it('refuses sensitive values and free text, and writes nothing then', async () => {
    await append(db, dialect, 1);
    const narrative = 'Synthetic narrative: '.padEnd(250, 'x');
    const refused: [Partial<AuditEventInput>, RegExp][] = [
      [{ details: { reason: narrative } }, /longer than 200 characters/],
      [{ details: { email: 'ana@example.org' } }, /sensitive field/],
      [{ details: { q: 'Ana Petrović' } }, /sensitive field/],
      [{ details: { name: 'Ana' } }, /sensitive field/],
      [{ details: { reason: 'line one\nline two' } }, /control characters/],
      [{ details: { 'not an identifier': 'x' } }, /details key/],
      [{ details: { nested: { a: 1 } as never } }, /string, number, boolean or null/],
      [{ details: { n: Number.POSITIVE_INFINITY } }, /not finite/],
      [{ fields: ['Ana Petrović'] }, /field name/],
      [{ action: 'Read Case' as never }, /action/],
      [{ resourceType: 'case; drop table' }, /resourceType/],
      [{ resourceId: 'case-1\r\nforged line' }, /resourceId/],
      [{ resourceId: 'x'.repeat(201) }, /resourceId/],
      [{ actor: { id: 'staff-1', role: 'case worker' } }, /actor.role/],
      [{ outcome: 'maybe' as never }, /outcome/],
    ];
    for (const [overrides, message] of refused) {
      const attempt = recordAuditEvent(db, dialect, event(2, overrides));
      await expect(attempt, message.source).rejects.toThrow(InvalidAuditEventError);
      await expect(recordAuditEvent(db, dialect, event(2, overrides))).rejects.toThrow(message);
    }
    const rows = await db.selectFrom('audit_events').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('Petrović');
    // Accepted: a field name that is sensitive (the name, not the value), a keyed query hash, a new action.
    await recordAuditEvent(db, dialect, {
      actor: { id: 'staff-1', role: 'caseworker' },
      action: 'search',
      resourceType: 'person',
      fields: ['name', 'phone'],
      details: { queryHash: 'ab'.repeat(16), results: 3 },
    });
    await recordAuditEvent(db, dialect, {
      actor: null,
      action: 'breakGlass' as never,
      resourceType: 'case',
      resourceId: 'GET /api/v1/cases/:id',
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 3 });
  });
});
