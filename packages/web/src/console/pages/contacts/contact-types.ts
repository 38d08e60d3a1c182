import {
  CONTACT_CALLER_KINDS,
  CONTACT_CHANNELS,
  CONTACT_DIRECTIONS,
  CONTACT_OUTCOMES,
  CONTACT_TOPICS,
  CONTACT_URGENCIES,
  type ContactCallerKind,
  type ContactChannel,
  type ContactDirection,
  type ContactField,
  type ContactOutcome,
  type ContactTopic,
  type ContactUrgency,
  type MessageKey,
  type Translator,
} from '@putokaz/core';

/** One contact as `GET /api/v1/contacts/:id` answers it. */
export interface Contact {
  id: string;
  code: string;
  occurredAt: string;
  direction: ContactDirection;
  channel: ContactChannel;
  caller: { kind: ContactCallerKind; name: string | null; phone: string | null };
  language: string | null;
  topic: ContactTopic;
  urgency: ContactUrgency;
  summary: string | null;
  outcome: ContactOutcome | null;
  durationMinutes: number | null;
  handledBy: { id: string; displayName: string | null };
  person: { id: string; code: string | null } | null;
  caseId: string | null;
  caseCode: string | null;
  helpRequestId: string | null;
  team: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ContactChange {
  version: number;
  action: 'create' | 'update';
  changedAt: string;
  changedBy: { id: string; displayName: string | null };
  fields: ContactField[];
}

/** The details of a 409 answer to a stale change. */
export interface ConflictDetails {
  expectedVersion: number;
  currentVersion: number;
  changedFields: ContactField[];
  changes: ContactChange[];
}

export type MatchReason = 'phone' | 'name';

export interface Matches {
  contacts: {
    id: string;
    code: string;
    occurredAt: string;
    topic: ContactTopic;
    urgency: ContactUrgency;
    outcome: ContactOutcome | null;
    callerName: string | null;
    callerPhone: string | null;
    personId: string | null;
    caseId: string | null;
    score: number;
    matchedBy: MatchReason[];
  }[];
  persons: {
    id: string;
    code: string;
    givenName: string | null;
    familyName: string | null;
    score: number;
    matchedBy: MatchReason[];
  }[];
  cases: { id: string; code: string; title: string | null; score: number; matchedBy: MatchReason[] }[];
}

/** The vocabularies and the catalog key of each value (`contacts.<vocabulary>.<value>`). */
export const VOCABULARIES = {
  direction: CONTACT_DIRECTIONS,
  channel: CONTACT_CHANNELS,
  callerKind: CONTACT_CALLER_KINDS,
  topic: CONTACT_TOPICS,
  urgency: CONTACT_URGENCIES,
  outcome: CONTACT_OUTCOMES,
} as const;
export type Vocabulary = keyof typeof VOCABULARIES;

export function valueLabel(translator: Translator, vocabulary: Vocabulary, value: string): string {
  const key = `contacts.${vocabulary}.${value}`;
  return translator.has(key) ? translator.format(key) : value;
}

/** The label of a contact field in the history and in conflict messages. */
export function fieldLabel(translator: Translator, field: string): string {
  const key = `console.contacts.field.${field}`;
  return translator.has(key) ? translator.format(key) : field;
}

/** A language code as the console language names it (`sr` → "Serbian" / "srpski"). */
export function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The list of field names in the console language ("urgency, summary"). */
export function fieldList(translator: Translator, fields: readonly string[]): string {
  const labels = fields.map((f) => fieldLabel(translator, f).toLocaleLowerCase(translator.locale));
  try {
    return new Intl.ListFormat(translator.locale, { type: 'conjunction' }).format(labels);
  } catch {
    return labels.join(', ');
  }
}

/** `2026-03-01T10:00:00.000Z` → the value of a `datetime-local` input in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (browser time zone) → an ISO instant, or undefined. */
export function fromLocalInput(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  const date = new Date(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    Number(match[4]),
    Number(match[5]),
  );
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export const contactPath = (id: string) => `/console/contacts/${encodeURIComponent(id)}`;

export const URGENCY_CLASS: Readonly<Record<ContactUrgency, string>> = {
  low: 'urgency urgency--low',
  normal: 'urgency urgency--normal',
  high: 'urgency urgency--high',
  immediateDanger: 'urgency urgency--danger',
};

export type LabelKey = MessageKey;
