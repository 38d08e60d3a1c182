/**
 * Help requests that could not be sent yet (no connection), kept on the device in localStorage until they are
 * sent, deleted by the person, or deleted by the quick exit. Nothing else of the help form is ever stored on
 * the device: there are no drafts; the form's text lives in memory only.
 */
import { isLocale } from '@putokaz/core';
import type { HelpRequestDraft } from './send';

/** The one device-local key of the outbox (the quick exit removes it). */
export const OUTBOX_STORAGE_KEY = 'putokaz.help.outbox';
/** At most this many requests wait on the device. */
export const OUTBOX_MAX = 10;

export interface OutboxItem {
  /** A random id, only to tell the items apart on this device. */
  readonly id: string;
  /** When the person pressed Send (ISO). */
  readonly createdAt: string;
  readonly draft: HelpRequestDraft;
}

function isItem(value: unknown): value is OutboxItem {
  const item = value as Partial<OutboxItem> | null;
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.id === 'string' &&
    typeof item.createdAt === 'string' &&
    typeof item.draft === 'object' &&
    item.draft !== null &&
    isLocale(item.draft.lang)
  );
}

/** The requests waiting on this device, oldest first; an empty list where storage is blocked or damaged. */
export function readOutbox(): OutboxItem[] {
  try {
    const raw = localStorage.getItem(OUTBOX_STORAGE_KEY);
    if (!raw) return [];
    const parsed = JSON.parse(raw) as unknown;
    return Array.isArray(parsed) ? parsed.filter(isItem) : [];
  } catch {
    return [];
  }
}

function writeOutbox(items: readonly OutboxItem[]): boolean {
  try {
    if (items.length === 0) localStorage.removeItem(OUTBOX_STORAGE_KEY);
    else localStorage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(items));
    return true;
  } catch {
    return false;
  }
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keeps a request on the device; returns it, or undefined when the device does not allow storing it. */
export function addToOutbox(draft: HelpRequestDraft): OutboxItem | undefined {
  const items = readOutbox();
  const item: OutboxItem = { id: randomId(), createdAt: new Date().toISOString(), draft };
  const next = [...items, item].slice(-OUTBOX_MAX);
  return writeOutbox(next) ? item : undefined;
}

export function removeFromOutbox(id: string): void {
  writeOutbox(readOutbox().filter((item) => item.id !== id));
}

/** Deletes every waiting request (the quick exit calls this first). */
export function clearOutbox(): void {
  try {
    localStorage.removeItem(OUTBOX_STORAGE_KEY);
  } catch {
    // Storage blocked: then nothing was stored either.
  }
}
