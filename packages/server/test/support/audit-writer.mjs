// Appends audit events from a separate Node process, for the concurrency test (audit-concurrency.test.ts).
// Uses the BUILT server (packages/server/dist): build with `npx tsc -b packages/server` first.
//
// Environment: AUDIT_WRITER_DATABASE (JSON DatabaseConfig), AUDIT_WRITER_LABEL, AUDIT_WRITER_COUNT (default 150),
// AUDIT_WRITER_PARALLEL (appends in flight at once in this process, default 4), AUDIT_WRITER_START_AT (epoch ms
// to wait for, so that both processes start writing at the same moment), AUDIT_WRITER_PAUSE_MS (pause after each
// append, like the gaps between requests; default 0).
import { openDatabase } from '../../dist/db/connection.js';
import { recordAuditEvent } from '../../dist/features/audit/audit-log.js';

const config = JSON.parse(process.env.AUDIT_WRITER_DATABASE ?? '{}');
const label = process.env.AUDIT_WRITER_LABEL ?? 'writer';
const count = Number(process.env.AUDIT_WRITER_COUNT ?? 150);
const parallel = Number(process.env.AUDIT_WRITER_PARALLEL ?? 4);
const startAt = Number(process.env.AUDIT_WRITER_START_AT ?? 0);
const pauseMs = Number(process.env.AUDIT_WRITER_PAUSE_MS ?? 0);

const handle = openDatabase(config);
try {
  await handle.ping();
  const wait = startAt - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      await recordAuditEvent(handle.db, handle.dialect, {
        actor: { id: `staff-${label}`, role: 'caseworker' },
        action: 'read',
        resourceType: 'case',
        resourceId: `case-${label}-${n}`,
        fields: ['status', 'summary'],
        requestId: `req-${label}-${n}`,
        details: { writer: label, n },
      });
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  process.stdout.write(`${JSON.stringify({ label, written: count })}\n`);
} finally {
  await handle.close();
}
