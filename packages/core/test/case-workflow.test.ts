import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_STATUSES,
  CASE_TRANSITIONS,
  CLOSE_REASONS,
  canTransition,
  caseCode,
  entityMatchScore,
  entityTokens,
  isPartialDate,
  periodInOrder,
  planCloseDecision,
  planStatusChange,
  type CaseStatus,
} from '../src/index.js';

describe('case status workflow', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = CASE_STATUSES.flatMap((from) =>
      CASE_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'open→assistance',
        'open→closed',
        'assistance→followUp',
        'assistance→closed',
        'followUp→assistance',
        'followUp→closed',
        'closed→open',
      ].sort(),
    );
  });

  it('refuses a change to the same status and any transition not in the table', () => {
    expect(
      planStatusChange({ from: 'open', to: 'open', canApproveClose: true, closeRequested: false }),
    ).toEqual({ outcome: 'refused', problem: 'sameStatus' });
    expect(
      planStatusChange({ from: 'open', to: 'followUp', canApproveClose: true, closeRequested: false }),
    ).toEqual({ outcome: 'refused', problem: 'notAllowed' });
    expect(
      planStatusChange({ from: 'closed', to: 'assistance', canApproveClose: true, closeRequested: false }),
    ).toEqual({ outcome: 'refused', problem: 'notAllowed' });
  });

  it('closes at once for an approver, and only with a reason', () => {
    expect(
      planStatusChange({ from: 'assistance', to: 'closed', canApproveClose: true, closeRequested: false }),
    ).toEqual({ outcome: 'refused', problem: 'reasonRequired' });
    expect(
      planStatusChange({
        from: 'assistance',
        to: 'closed',
        reason: 'assistanceCompleted',
        canApproveClose: true,
        closeRequested: true,
      }),
    ).toEqual({ outcome: 'change', to: 'closed', reason: 'assistanceCompleted' });
  });

  it('turns closing into a request for a user who may not approve it, once', () => {
    const ask = (closeRequested: boolean) =>
      planStatusChange({
        from: 'followUp',
        to: 'closed',
        reason: 'lostContact',
        canApproveClose: false,
        closeRequested,
      });
    expect(ask(false)).toEqual({ outcome: 'closeRequested', reason: 'lostContact' });
    expect(ask(true)).toEqual({ outcome: 'refused', problem: 'closeAlreadyRequested' });
  });

  it('refuses a reason on anything but closing, and reopens without one', () => {
    expect(
      planStatusChange({
        from: 'open',
        to: 'assistance',
        reason: 'other',
        canApproveClose: true,
        closeRequested: false,
      }),
    ).toEqual({ outcome: 'refused', problem: 'reasonNotAllowed' });
    expect(
      planStatusChange({ from: 'closed', to: 'open', canApproveClose: false, closeRequested: false }),
    ).toEqual({ outcome: 'change', to: 'open', reason: null });
  });

  it('decides a pending close request: confirm closes with its reason, reject clears it', () => {
    expect(planCloseDecision({ status: 'assistance', requestedReason: 'duplicate', approve: true })).toEqual({
      outcome: 'close',
      reason: 'duplicate',
    });
    expect(planCloseDecision({ status: 'assistance', requestedReason: 'duplicate', approve: false })).toEqual(
      { outcome: 'rejected' },
    );
    expect(planCloseDecision({ status: 'open', requestedReason: null, approve: true })).toEqual({
      outcome: 'refused',
      problem: 'noCloseRequest',
    });
    expect(planCloseDecision({ status: 'closed', requestedReason: 'other', approve: true })).toEqual({
      outcome: 'refused',
      problem: 'noCloseRequest',
    });
  });

  it('never lands outside the transition table, whoever asks (property)', () => {
    const status = fc.constantFrom(...CASE_STATUSES);
    const reason = fc.option(fc.constantFrom(...CLOSE_REASONS), { nil: null });
    fc.assert(
      fc.property(status, status, reason, fc.boolean(), fc.boolean(), (from, to, r, approve, pending) => {
        const plan = planStatusChange({
          from,
          to,
          reason: r,
          canApproveClose: approve,
          closeRequested: pending,
        });
        if (plan.outcome === 'change') {
          expect(CASE_TRANSITIONS[from]).toContain(plan.to);
          expect(plan.reason === null).toBe(plan.to !== 'closed');
          if (plan.to === 'closed') expect(approve).toBe(true);
        }
        if (plan.outcome === 'closeRequested') {
          expect(approve).toBe(false);
          expect(canTransition(from, 'closed' as CaseStatus)).toBe(true);
        }
      }),
    );
  });
});

describe('case vocabulary helpers', () => {
  it('formats reference codes', () => {
    expect(caseCode(2026, 42)).toBe('C-2026-0042');
    expect(caseCode(2026, 12345)).toBe('C-2026-12345');
  });

  it('accepts periods with year, month or day precision, in order', () => {
    for (const ok of ['2025', '2025-03', '2024-02-29']) expect(isPartialDate(ok), ok).toBe(true);
    for (const bad of ['2025-13', '2025-02-29', '25-03', '2025/03', ''])
      expect(isPartialDate(bad), bad).toBe(false);
    expect(periodInOrder('2025-03', '2025-03-14')).toBe(true);
    expect(periodInOrder('2025', '2025-01')).toBe(true);
    expect(periodInOrder('2025-04', '2025-03')).toBe(false);
    expect(periodInOrder(null, '2025-03')).toBe(true);
  });

  it('folds entity names across scripts and drops legal forms', () => {
    expect(entityTokens('Bau-Gruppe Šmit GmbH')).toEqual(entityTokens('bau grupe smit'));
    expect(entityTokens('Градња Плус д.о.о.')).toEqual(entityTokens('Gradnja Plus DOO'));
    expect(entityMatchScore('Šmit', 'Bau-Gruppe Šmit GmbH')).toBe(1);
    expect(entityMatchScore('Smit Gradnja', 'Bau-Gruppe Šmit GmbH')).toBe(0.5);
    expect(entityMatchScore('Petković', 'Petrović transport')).toBe(0);
  });
});
