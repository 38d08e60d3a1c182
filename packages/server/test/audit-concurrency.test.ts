import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.js';
import { fromJson } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Database } from '../src/db/schema.js';
import { verifyAuditChain } from '../src/features/audit/audit-log.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './support/databases.js';
import { spawnNode } from './support/process.js';

const WRITER = fileURLToPath(new URL('./support/audit-writer.mjs', import.meta.url));
const BUILT = fileURLToPath(new URL('../dist/features/audit/audit-log.js', import.meta.url));
const PER_PROCESS = 150;

describeEachDatabase('audit trail with two server processes', (dialect) => {
  let t: TestDatabase;
  let handle: DatabaseHandle;
  let db: Kysely<Database>;
  beforeEach(async () => {
    if (!existsSync(BUILT))
      throw new Error(`${BUILT} is missing: run npx tsc -b packages/server first (npm test does).`);
    t = await createTestDatabase(dialect);
    handle = openDatabase(t.config);
    db = handle.db;
    await migrateToLatest(db, dialect);
  });
  afterEach(async () => {
    await handle.close();
    await t.cleanup();
  });

  it(`keeps one gapless chain when two processes append ${PER_PROCESS} events each at once`, async () => {
    const startAt = String(Date.now() + 2500);
    const writers = ['a', 'b'].map((label) =>
      spawnNode(WRITER, [], {
        AUDIT_WRITER_DATABASE: JSON.stringify(t.config),
        AUDIT_WRITER_LABEL: label,
        AUDIT_WRITER_COUNT: String(PER_PROCESS),
        AUDIT_WRITER_START_AT: startAt,
        // A short pause after each append, as between requests: without it one SQLite process can hold the
        // write lock back to back while the other waits in its busy handler, and the runs barely interleave.
        AUDIT_WRITER_PAUSE_MS: '2',
        AUDIT_WRITER_PARALLEL: '2',
      }),
    );
    const codes = await Promise.all(writers.map((w) => w.exited));
    for (const w of writers) expect(w.stderr()).toBe('');
    expect(codes).toEqual([0, 0]);

    const rows = await db.selectFrom('audit_events').select(['seq', 'details']).orderBy('seq').execute();
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 2 * PER_PROCESS }, (_, i) => i + 1));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 2 * PER_PROCESS });

    // Each writer's events are all there, and the two really wrote at the same time: at least one writer's run
    // of events was interrupted by the other's (a, b, a or more switches in seq order).
    const writerOf = rows.map((r) => fromJson<{ writer: string }>(r.details).writer);
    expect(writerOf.filter((w) => w === 'a')).toHaveLength(PER_PROCESS);
    expect(writerOf.filter((w) => w === 'b')).toHaveLength(PER_PROCESS);
    const switches = writerOf.filter((w, i) => i > 0 && w !== writerOf[i - 1]).length;
    expect(switches).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
