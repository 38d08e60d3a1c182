import {
  currencyDecimals,
  type CaseEntity,
  type CaseKind,
  type CasePersonRole,
  type CasePlace,
  type CaseStatus,
  type CloseReason,
  type ExploitationForm,
  type InstitutionKind,
  type MessageKey,
  type RecruitmentChannel,
  type Sector,
  type ServiceProvider,
  type ServiceType,
  type Translator,
} from '@putokaz/core';

/** A case as `GET /api/v1/cases/:id` returns it. */
export interface CaseRecord {
  id: string;
  code: string;
  kind: CaseKind;
  status: CaseStatus;
  closeReason: CloseReason | null;
  closedAt: string | null;
  /** `requestedByName` is null when the requester no longer exists (a former staff member). */
  closeRequest: {
    reason: CloseReason;
    requestedBy: string;
    requestedByName: string | null;
    requestedAt: string;
  } | null;
  forms: ExploitationForm[];
  sector: Sector | null;
  places: CasePlace[];
  periodFrom: string | null;
  periodTo: string | null;
  recruitmentChannel: RecruitmentChannel | null;
  indicators: string[];
  entities: CaseEntity[];
  narrative: string | null;
  assignedTo: string | null;
  /** Null when not assigned or the user no longer exists. */
  assignedToName: string | null;
  team: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  persons: {
    personId: string;
    code: string;
    givenName: string | null;
    familyName: string | null;
    role: CasePersonRole;
    addedAt: string;
  }[];
}

export interface CaseListItem {
  id: string;
  code: string;
  kind: CaseKind;
  status: CaseStatus;
  forms: ExploitationForm[];
  countries: string[];
  closeRequested: boolean;
  personCount: number;
  updatedAt: string;
}

export interface CaseChange {
  id: string;
  version: number;
  kind:
    | 'create'
    | 'update'
    | 'status'
    | 'closeRequest'
    | 'closeRejected'
    | 'personAdded'
    | 'personRole'
    | 'personRemoved';
  fields: string[];
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  reason: string | null;
  personCode: string | null;
  role: CasePersonRole | null;
  actorId: string;
  /** Null when the user no longer exists (a former staff member). */
  actorName: string | null;
  occurredAt: string;
}

export interface ServiceRecord {
  id: string;
  personId: string;
  personCode: string;
  caseId: string | null;
  caseCode: string | null;
  type: ServiceType;
  institutionKind: InstitutionKind | null;
  deliveredOn: string;
  quantity: number;
  cost: { amountMinor: number; currency: string } | null;
  provider: ServiceProvider;
  partnerName: string | null;
  project: string | null;
  note: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A catalog key built from a vocabulary value (`cases.status.open`). */
export const vocab = (t: Translator['t'], list: string, value: string): string =>
  t(`cases.${list}.${value}` as MessageKey);

/** Money from integer minor units, in the console language (`12,50 €`, `RSD 4.500,00`). */
export function formatMoney(locale: string, amountMinor: number, currency: string): string {
  const decimals = currencyDecimals(currency);
  const value = amountMinor / 10 ** decimals;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value);
  } catch {
    return `${value.toFixed(decimals)} ${currency}`;
  }
}

/**
 * An amount typed by a person (`1250`, `12.50`, `12,5`, `1 250,00`) in integer minor units of the currency;
 * undefined when it is not an amount with at most the currency's decimals.
 */
export function parseAmount(text: string, currency: string): number | undefined {
  const compact = text.replace(/[\s\u00a0'’]/g, '');
  const match = /^(\d{1,12})(?:[.,](\d+))?$/.exec(compact);
  if (!match) return undefined;
  const decimals = currencyDecimals(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return undefined;
  return Number(match[1]) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
}

/** The name of a person on a case, or their reference code alone when the name is not visible. */
export function personLabel(person: {
  code: string;
  givenName: string | null;
  familyName: string | null;
}): string {
  const name = [person.givenName, person.familyName].filter(Boolean).join(' ');
  return name ? `${name} (${person.code})` : person.code;
}
