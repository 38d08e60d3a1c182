import type {
  ContactChannel,
  ContactDirection,
  ContactOutcome,
  ContactTopic,
  ContactUrgency,
} from '@putokaz/core';
import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { AccessContext } from '../../access/access-context.js';
import { inScope } from '../../access/record-scope.js';
import type { Database } from '../../db/schema.js';
import type { TimelineSource } from '../cases/timeline.js';
import { afterCursor } from '../cases/timeline-cursor.js';
import { CONTACT_SCOPE, decodeCursor, encodeCursor } from './contact-store.js';

/**
 * One contact on a person's timeline: its non-sensitive facts only (the same shape as the `contact` entries of
 * `GET /persons/:id/timeline`). The caller's name and phone number and the summary stay on the contact page,
 * so a timeline read decrypts nothing from contacts.
 */
export interface ContactTimelineEntry {
  kind: 'contact';
  id: string;
  /** When the contact happened: the timeline's sort key. */
  at: string;
  contact: {
    id: string;
    /** K-2026-0042 */
    code: string;
    direction: ContactDirection;
    channel: ContactChannel;
    topic: ContactTopic;
    urgency: ContactUrgency;
    outcome: ContactOutcome | null;
    caseId: string | null;
  };
}

/** The person's contacts within the user's contact.read scope, newest first, after a position, at most `limit`. */
async function contactRows(
  db: Kysely<Database>,
  access: AccessContext,
  personId: string,
  limit: number,
  after?: RawBuilder<SqlBool>,
): Promise<ContactTimelineEntry[]> {
  if (!access.can('contact.read')) return [];
  let query = db
    .selectFrom('contacts')
    .select(['id', 'code', 'occurred_at', 'direction', 'channel', 'topic', 'urgency', 'outcome', 'case_id'])
    .where('person_id', '=', personId)
    .where(inScope(access, 'contact.read', CONTACT_SCOPE));
  if (after) query = query.where(after);
  const rows = await query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    kind: 'contact' as const,
    id: r.id,
    at: r.occurred_at,
    contact: {
      id: r.id,
      code: r.code,
      direction: r.direction,
      channel: r.channel,
      topic: r.topic,
      urgency: r.urgency,
      outcome: r.outcome,
      caseId: r.case_id,
    },
  }));
}

/**
 * A person's contacts for a timeline, newest first, a page at a time: the contacts linked to the person that
 * the user may see (`contact.read` scope; a user without `contact.read` gets none). `cursor` is the previous
 * page's `nextCursor` (opaque); `limit` is clamped to 1–100. Reads no encrypted field, so it needs no key; the
 * caller audits the read as part of its own (the person timeline is one audited read of the person).
 */
export async function listContactsForPerson(
  db: Kysely<Database>,
  access: AccessContext,
  personId: string,
  cursor?: string | null,
  limit = 20,
): Promise<{ items: ContactTimelineEntry[]; nextCursor: string | null }> {
  const size = Math.max(1, Math.min(100, Math.trunc(limit)));
  const position = cursor ? decodeCursor(cursor) : undefined;
  const after = position
    ? afterCursor(
        'contact',
        { at: position.occurredAt, kind: 'contact', id: position.id },
        'occurred_at',
        'id',
      )
    : undefined;
  const rows = await contactRows(db, access, personId, size + 1, after);
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? encodeCursor(last.at, last.id) : null };
}

/**
 * The contacts source of the person timeline (`GET /api/v1/persons/:id/timeline`, the cases feature): pass it
 * in `timelineSources` when registering the case routes. Pages after the timeline's shared cursor.
 */
export const contactTimelineSource: TimelineSource = {
  kind: 'contact',
  entries: ({ db, access, personId, cursor, limit }) =>
    contactRows(
      db,
      access,
      personId,
      limit,
      cursor ? afterCursor('contact', cursor, 'contacts.occurred_at', 'contacts.id') : undefined,
    ),
};
