/**
 * The status workflow of a case, as pure functions: which changes are allowed, and what closing means for
 * someone who may not approve a closure.
 *
 *     open ──► assistance ──► followUp
 *      │           │  ▲           │
 *      │           │  └───────────┘   (follow-up finds new needs: back to assistance)
 *      ▼           ▼              ▼
 *    closed ◄──────┴──────────────┘   (always with a reason from CLOSE_REASONS)
 *      │
 *      └──► open                       (reopened: the reason is cleared, the history keeps it)
 *
 * Closing is a decision a supervisor owns (`case.close.approve`). A user who holds it closes at once. A user
 * who may change the case (`case.write`) but not approve a closure asks for it: the case keeps its status and
 * carries a pending close request (reason, who, when) until a supervisor confirms it (the case closes with
 * that reason) or rejects it (the request is cleared). While a request is pending, another one is refused;
 * any other status change clears it.
 */

export const CASE_STATUSES = ['open', 'assistance', 'followUp', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CLOSE_REASONS = [
  'assistanceCompleted',
  'personDeclined',
  'lostContact',
  'referredElsewhere',
  'notTrafficking',
  'duplicate',
  'other',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The statuses each status may change to. */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  open: ['assistance', 'closed'],
  assistance: ['followUp', 'closed'],
  followUp: ['assistance', 'closed'],
  closed: ['open'],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

export type StatusProblem =
  | 'sameStatus'
  | 'notAllowed'
  | 'reasonRequired'
  | 'reasonNotAllowed'
  | 'closeAlreadyRequested'
  | 'noCloseRequest';

export type StatusPlan =
  /** Apply the change now; `clearsCloseRequest` when a pending request is dropped with it. */
  | { readonly outcome: 'change'; readonly to: CaseStatus; readonly reason: CloseReason | null }
  /** Record a close request with this reason; the status stays. */
  | { readonly outcome: 'closeRequested'; readonly reason: CloseReason }
  | { readonly outcome: 'refused'; readonly problem: StatusProblem };

export interface StatusChangeInput {
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  /** Required when closing; refused otherwise. */
  readonly reason?: CloseReason | null | undefined;
  /** The user holds `case.close.approve` for this case. */
  readonly canApproveClose: boolean;
  /** A close request is pending on the case. */
  readonly closeRequested: boolean;
}

/** What a requested status change does, or why it is refused. */
export function planStatusChange(input: StatusChangeInput): StatusPlan {
  const { from, to, canApproveClose, closeRequested } = input;
  const reason = input.reason ?? null;
  if (from === to) return { outcome: 'refused', problem: 'sameStatus' };
  if (!canTransition(from, to)) return { outcome: 'refused', problem: 'notAllowed' };
  if (to !== 'closed') {
    if (reason !== null) return { outcome: 'refused', problem: 'reasonNotAllowed' };
    return { outcome: 'change', to, reason: null };
  }
  if (reason === null) return { outcome: 'refused', problem: 'reasonRequired' };
  if (canApproveClose) return { outcome: 'change', to: 'closed', reason };
  if (closeRequested) return { outcome: 'refused', problem: 'closeAlreadyRequested' };
  return { outcome: 'closeRequested', reason };
}

export type CloseDecisionPlan =
  | { readonly outcome: 'close'; readonly reason: CloseReason }
  | { readonly outcome: 'rejected' }
  | { readonly outcome: 'refused'; readonly problem: StatusProblem };

/** A supervisor's decision on a pending close request. */
export function planCloseDecision(input: {
  readonly status: CaseStatus;
  readonly requestedReason: CloseReason | null;
  readonly approve: boolean;
}): CloseDecisionPlan {
  if (input.requestedReason === null || input.status === 'closed')
    return { outcome: 'refused', problem: 'noCloseRequest' };
  if (!input.approve) return { outcome: 'rejected' };
  return { outcome: 'close', reason: input.requestedReason };
}

/** The statuses a user may pick next in the console (closing included when it is only a request). */
export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return CASE_TRANSITIONS[from];
}
