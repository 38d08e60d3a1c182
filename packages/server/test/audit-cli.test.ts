import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.js';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Database } from '../src/db/schema.js';
import { recordAuditEvent } from '../src/features/audit/audit-log.js';
import { parseCheckpoint } from '../src/features/audit/checkpoint.js';
import { TEST_MASTER_KEY } from './support/app.js';
import { dropAuditGuards } from './support/audit-guards.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './support/databases.js';

function cli(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env };
  return {
    run: (...args: string[]) => run(['node', 'putokaz', 'audit', ...args], io),
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describeEachDatabase('putokaz audit', (dialect) => {
  let t: TestDatabase;
  let handle: DatabaseHandle;
  let db: Kysely<Database>;
  let env: Record<string, string>;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    env = { ...t.env, PUTOKAZ_MASTER_KEY: TEST_MASTER_KEY };
    handle = openDatabase(t.config);
    db = handle.db;
    await migrateToLatest(db, dialect);
    // these tests edit and delete events as an intruder with the owner's rights would: triggers dropped first
    await dropAuditGuards(db, dialect);
    for (let n = 1; n <= 20; n++) {
      await recordAuditEvent(db, dialect, {
        actor: { id: `staff-${n % 4}`, role: 'caseworker' },
        action: n % 5 ? 'read' : 'update',
        resourceType: 'person',
        resourceId: `person-${n}`,
        fields: ['phone'],
        requestId: `req-${n}`,
      });
    }
  });
  afterEach(async () => {
    await handle.close();
    await t.cleanup();
  });

  const idOf = async (seq: number) =>
    (await db.selectFrom('audit_events').select('id').where('seq', '=', seq).executeTakeFirstOrThrow()).id;

  it('verifies an intact chain (exit 0) and names the first tampered event (exit 1)', async () => {
    const ok = cli(env);
    expect(await ok.run('verify')).toBe(0);
    expect(ok.out()).toMatch(/^audit chain verified: 20 events, head [0-9a-f]{64} \(\d+\.\d\d s\)\n$/);
    expect(ok.err()).toBe('');

    await db.updateTable('audit_events').set({ action: 'read' }).where('seq', '=', 15).execute();
    await db.updateTable('audit_events').set({ resource_id: 'person-1' }).where('seq', '=', 17).execute();
    const broken = cli(env);
    expect(await broken.run('verify')).toBe(1);
    expect(broken.out()).toBe('');
    expect(broken.err()).toBe(
      `putokaz: audit chain broken at event 15 (id ${await idOf(15)}): hash mismatch, the event was changed after it was written\n`,
    );
  });

  it('names a deleted event', async () => {
    await db.deleteFrom('audit_events').where('seq', '=', 9).execute();
    const broken = cli(env);
    expect(await broken.run('verify')).toBe(1);
    expect(broken.err()).toBe(
      `putokaz: audit chain broken at event 10 (id ${await idOf(10)}): gap in seq, event 9 is missing\n`,
    );
  });

  it('prints a signed checkpoint and detects truncation against it', async () => {
    const made = cli(env);
    expect(await made.run('checkpoint')).toBe(0);
    const checkpoint = parseCheckpoint(made.out());
    expect(checkpoint).toMatchObject({
      version: 1,
      count: 20,
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const file = join(t.dataDir, 'checkpoint.json');
    writeFileSync(file, made.out());

    const before = cli(env);
    expect(await before.run('verify', '--checkpoint', file)).toBe(0);
    expect(before.out()).toContain(
      `audit chain verified: 20 events, head ${checkpoint.headHash}; consistent with the checkpoint of ${checkpoint.createdAt} (20 events)`,
    );

    await db.deleteFrom('audit_events').where('seq', '>', 16).execute();
    const plain = cli(env);
    expect(await plain.run('verify')).toBe(0);
    const truncated = cli(env);
    expect(await truncated.run('verify', '--checkpoint', file)).toBe(1);
    expect(truncated.err()).toBe(
      `putokaz: audit log truncated: it has 16 events, the checkpoint of ${checkpoint.createdAt} counted 20 (events 17 to 20 are missing)\n`,
    );
  });

  it('refuses a forged or unreadable checkpoint file', async () => {
    const made = cli(env);
    expect(await made.run('checkpoint')).toBe(0);
    const forged = { ...(JSON.parse(made.out()) as Record<string, unknown>), count: 3 };
    const file = join(t.dataDir, 'forged.json');
    writeFileSync(file, JSON.stringify(forged));
    const bad = cli(env);
    expect(await bad.run('verify', '--checkpoint', file)).toBe(1);
    expect(bad.err()).toMatch(/^putokaz: bad checkpoint signature: /);

    writeFileSync(file, 'garbage');
    const garbage = cli(env);
    expect(await garbage.run('verify', '--checkpoint', file)).toBe(1);
    expect(garbage.err()).toBe(
      `putokaz: ${file}: the checkpoint is not JSON (expected the output of putokaz audit checkpoint)\n`,
    );

    const missing = cli(env);
    expect(await missing.run('verify', '--checkpoint', join(t.dataDir, 'nope.json'))).toBe(1);
    expect(missing.err()).toMatch(/^putokaz: cannot read the checkpoint file .*nope\.json \(ENOENT\)\n$/);
  });

  it('refuses to sign a broken chain', async () => {
    await db
      .updateTable('audit_events')
      .set({ fields: JSON.stringify([]) })
      .where('seq', '=', 4)
      .execute();
    const refused = cli(env);
    expect(await refused.run('checkpoint')).toBe(1);
    expect(refused.out()).toBe('');
    expect(refused.err()).toMatch(
      /^putokaz: no checkpoint made: audit chain broken at event 4 \(id [0-9a-f-]{36}\): hash mismatch/,
    );
  });

  it('documents the commands in --help', async () => {
    const help = cli(env);
    expect(await help.run('--help')).toBe(0);
    expect(help.out()).toContain('verify [options]');
    expect(help.out()).toContain('checkpoint');
  });
});
