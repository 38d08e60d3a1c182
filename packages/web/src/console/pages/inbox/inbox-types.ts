import type { HelpContactWay, HelpRequestStatus, Locale, MessageKey } from '@putokaz/core';
import { LOCALE_AUTONYMS } from '../../../shared/locale';

/** A help request as the inbox list shows it (`GET /api/v1/help-requests`): nothing decrypted. */
export interface HelpRequestSummary {
  id: string;
  code: string;
  status: HelpRequestStatus;
  lang: Locale;
  contactWay: HelpContactWay | null;
  hasOffer: boolean;
  createdAt: string;
  handledAt: string | null;
  version: number;
}

/** One help request, decrypted (`GET /api/v1/help-requests/:id`, an audited read). */
export interface HelpRequest extends HelpRequestSummary {
  narrative: string;
  contactInfo: { way: HelpContactWay; value: string; safeTime: string | null } | null;
  offer: { text: string; indicatorIds: string[] } | null;
  /** `displayName` is null when the user no longer exists. */
  handledBy: { id: string; displayName: string | null } | null;
  handledNote: string | null;
  updatedAt: string;
}

export interface HelpRequestPage {
  items: HelpRequestSummary[];
  nextCursor: string | null;
}

export const WAY_KEYS: Readonly<Record<HelpContactWay, MessageKey>> = {
  phone: 'help.contact.way.phone',
  sms: 'help.contact.way.sms',
  email: 'help.contact.way.email',
  viber: 'help.contact.way.viber',
  whatsapp: 'help.contact.way.whatsapp',
  signal: 'help.contact.way.signal',
  telegram: 'help.contact.way.telegram',
};

export const STATUS_KEYS: Readonly<Record<HelpRequestStatus, MessageKey>> = {
  open: 'console.inbox.status.open',
  handled: 'console.inbox.status.handled',
};

/** The language a request was written in, by its own name (the form's language). */
export function languageOf(locale: Locale): string {
  return LOCALE_AUTONYMS[locale];
}

export const INBOX_RECORD_PATH = (id: string) => `/console/inbox/${encodeURIComponent(id)}`;
