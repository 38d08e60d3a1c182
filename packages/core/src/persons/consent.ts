/**
 * Consent of a person, per purpose, as a list of events (given or withdrawn, on a date, in some way, recorded by
 * someone). The current state is a pure function of the events: for each purpose (and, for sharing, each named
 * partner) the latest event wins. Later features ask `hasConsent(state, purpose)` before they act.
 */
import { foldText } from '../text/fold.js';

export const CONSENT_PURPOSES = [
  'keepData',
  'contactByPhone',
  'shareWithPartner',
  'anonymizedStatistics',
  'testimonyInReport',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_ACTIONS = ['given', 'withdrawn'] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

export const CONSENT_METHODS = ['verbal', 'written', 'electronic'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** One recorded consent event. */
export interface ConsentEvent {
  readonly id: string;
  readonly purpose: ConsentPurpose;
  readonly action: ConsentAction;
  /** The day the person gave or withdrew consent (YYYY-MM-DD). */
  readonly date: string;
  readonly method: ConsentMethod;
  /** The partner organisation, for `shareWithPartner` only. */
  readonly partner?: string | null | undefined;
  /** When the event was recorded (ISO instant): orders two events of the same day. */
  readonly recordedAt: string;
}

/** The current answer for one purpose (or one partner): never asked, given or withdrawn. */
export interface ConsentStatus {
  readonly state: 'given' | 'withdrawn' | 'none';
  /** The event that decided it (the latest), or null when there is none. */
  readonly since: string | null;
  readonly method: ConsentMethod | null;
  readonly eventId: string | null;
}

export interface PartnerConsent extends ConsentStatus {
  readonly partner: string;
}

export interface ConsentState {
  /** Every purpose but sharing, which depends on the partner. */
  readonly purposes: Readonly<Record<Exclude<ConsentPurpose, 'shareWithPartner'>, ConsentStatus>>;
  /** Sharing, per named partner (partners compared without case, diacritics or extra spaces), by name. */
  readonly partners: PartnerConsent[];
}

const NONE: ConsentStatus = { state: 'none', since: null, method: null, eventId: null };

/** The key two spellings of one partner name share ("Atina", " ATINA ", "Атина"). */
export function partnerKey(partner: string): string {
  return foldText(partner).replace(/\s+/g, ' ').trim();
}

/** Total order of events: by day, then by recording time, then by id (so the result never depends on input order). */
export function compareConsentEvents(a: ConsentEvent, b: ConsentEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function statusOf(event: ConsentEvent): ConsentStatus {
  return { state: event.action, since: event.date, method: event.method, eventId: event.id };
}

/** The current consent state from all events of one person, in any order. */
export function consentState(events: readonly ConsentEvent[]): ConsentState {
  const sorted = [...events].sort(compareConsentEvents);
  const purposes: Record<Exclude<ConsentPurpose, 'shareWithPartner'>, ConsentStatus> = {
    keepData: NONE,
    contactByPhone: NONE,
    anonymizedStatistics: NONE,
    testimonyInReport: NONE,
  };
  const partners = new Map<string, PartnerConsent>();
  for (const event of sorted) {
    if (event.purpose === 'shareWithPartner') {
      const name = (event.partner ?? '').trim();
      const key = partnerKey(name);
      if (!key) continue;
      partners.set(key, { ...statusOf(event), partner: name });
    } else {
      purposes[event.purpose] = statusOf(event);
    }
  }
  return {
    purposes,
    partners: [...partners.values()].sort((a, b) =>
      partnerKey(a.partner).localeCompare(partnerKey(b.partner)),
    ),
  };
}

/**
 * True when consent for the purpose is given now. For `shareWithPartner` it is about the named partner; without
 * a partner name the answer is false (consent to share is never general).
 */
export function hasConsent(state: ConsentState, purpose: ConsentPurpose, partner?: string): boolean {
  if (purpose === 'shareWithPartner') {
    if (!partner) return false;
    const key = partnerKey(partner);
    return state.partners.some((p) => partnerKey(p.partner) === key && p.state === 'given');
  }
  return state.purposes[purpose].state === 'given';
}

/** True when the person withdrew consent to keep their data (the list and search mark such persons). */
export function keepDataWithdrawn(state: ConsentState): boolean {
  return state.purposes.keepData.state === 'withdrawn';
}

export function isConsentPurpose(value: unknown): value is ConsentPurpose {
  return typeof value === 'string' && (CONSENT_PURPOSES as readonly string[]).includes(value);
}
