import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  consentState,
  hasConsent,
  keepDataWithdrawn,
  type ConsentEvent,
  type ConsentPurpose,
} from '../src/persons/consent.js';
import { ageBand, birthYear, isCalendarDate, normalizeDocumentNumber } from '../src/persons/person-fields.js';

const PARTNERS = ['Atina', 'ASTRA', 'Centar za socijalni rad'];

const eventArb: fc.Arbitrary<ConsentEvent> = fc
  .record({
    id: fc.uuid(),
    purpose: fc.constantFrom(...CONSENT_PURPOSES),
    action: fc.constantFrom('given' as const, 'withdrawn' as const),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    method: fc.constantFrom(...CONSENT_METHODS),
    partner: fc.constantFrom(...PARTNERS),
    second: fc.integer({ min: 0, max: 59 }),
  })
  .map((r) => ({
    id: r.id,
    purpose: r.purpose,
    action: r.action,
    date: `2026-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
    method: r.method,
    partner: r.purpose === 'shareWithPartner' ? r.partner : null,
    recordedAt: `2026-11-01T10:00:${String(r.second).padStart(2, '0')}.000Z`,
  }));

const eventsArb = fc.array(eventArb, { maxLength: 30 }).map((events) => {
  // Ids are unique, as the database makes them.
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
});

/** The reference answer: the latest event (by day, recording time, id) of the purpose (and partner). */
function latest(events: readonly ConsentEvent[], purpose: ConsentPurpose, partner?: string) {
  const relevant = events.filter(
    (e) =>
      e.purpose === purpose &&
      (purpose !== 'shareWithPartner' || e.partner?.toLowerCase() === partner?.toLowerCase()),
  );
  let best: ConsentEvent | undefined;
  for (const e of relevant) {
    if (
      !best ||
      e.date > best.date ||
      (e.date === best.date &&
        (e.recordedAt > best.recordedAt || (e.recordedAt === best.recordedAt && e.id > best.id)))
    )
      best = e;
  }
  return best;
}

describe('consent state', () => {
  it('is "none" for every purpose without events, and hasConsent is false', () => {
    const state = consentState([]);
    for (const purpose of CONSENT_PURPOSES) expect(hasConsent(state, purpose, 'Atina')).toBe(false);
    expect(state.purposes.keepData.state).toBe('none');
    expect(state.partners).toEqual([]);
    expect(keepDataWithdrawn(state)).toBe(false);
  });

  it('does not depend on the order the events arrive in', () => {
    fc.assert(
      fc.property(eventsArb, fc.infiniteStream(fc.nat()), (events, stream) => {
        const shuffled = [...events];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (stream.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as ConsentEvent, shuffled[i] as ConsentEvent];
        }
        expect(consentState(shuffled)).toEqual(consentState(events));
      }),
    );
  });

  it('follows the latest event of each purpose and partner', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const state = consentState(events);
        for (const purpose of CONSENT_PURPOSES) {
          if (purpose === 'shareWithPartner') {
            for (const partner of PARTNERS) {
              expect(hasConsent(state, purpose, partner)).toBe(
                latest(events, purpose, partner)?.action === 'given',
              );
              // Partner names match without case.
              expect(hasConsent(state, purpose, partner.toUpperCase())).toBe(
                hasConsent(state, purpose, partner),
              );
            }
            expect(hasConsent(state, purpose)).toBe(false);
          } else {
            const last = latest(events, purpose);
            expect(hasConsent(state, purpose)).toBe(last?.action === 'given');
            expect(state.purposes[purpose].eventId).toBe(last?.id ?? null);
          }
        }
      }),
    );
  });

  it('an event for one purpose never changes another purpose', () => {
    fc.assert(
      fc.property(eventsArb, eventArb, (events, extra) => {
        if (events.some((e) => e.id === extra.id)) return;
        const before = consentState(events);
        const after = consentState([...events, extra]);
        for (const purpose of CONSENT_PURPOSES) {
          if (purpose === extra.purpose || purpose === 'shareWithPartner') continue;
          expect(after.purposes[purpose as Exclude<ConsentPurpose, 'shareWithPartner'>]).toEqual(
            before.purposes[purpose as Exclude<ConsentPurpose, 'shareWithPartner'>],
          );
        }
      }),
    );
  });

  it('a withdrawal after consent ends it, and consent given again restores it', () => {
    const base = { method: 'verbal' as const, recordedAt: '2026-11-01T10:00:00.000Z' };
    const events: ConsentEvent[] = [
      { ...base, id: 'a', purpose: 'keepData', action: 'given', date: '2026-01-10' },
      { ...base, id: 'b', purpose: 'keepData', action: 'withdrawn', date: '2026-03-01' },
    ];
    expect(keepDataWithdrawn(consentState(events))).toBe(true);
    expect(hasConsent(consentState(events), 'keepData')).toBe(false);
    const again = [
      ...events,
      { ...base, id: 'c', purpose: 'keepData' as const, action: 'given' as const, date: '2026-04-01' },
    ];
    expect(hasConsent(consentState(again), 'keepData')).toBe(true);
    // A same-day event recorded later wins.
    const sameDay = [
      { ...base, id: 'z', purpose: 'contactByPhone' as const, action: 'given' as const, date: '2026-05-05' },
      {
        ...base,
        id: 'a',
        purpose: 'contactByPhone' as const,
        action: 'withdrawn' as const,
        date: '2026-05-05',
        recordedAt: '2026-11-01T11:00:00.000Z',
      },
    ];
    expect(hasConsent(consentState(sameDay), 'contactByPhone')).toBe(false);
  });
});

describe('person fields', () => {
  it('reads a birth year from either form and bands ages for statistics', () => {
    expect(birthYear({ date: '1990-04-02' })).toBe(1990);
    expect(birthYear({ year: 2001 })).toBe(2001);
    expect(ageBand(2010, 2026)).toBe('14-17');
    expect(ageBand(2008, 2026)).toBe('18-24');
    expect(ageBand(1950, 2026)).toBe('65+');
    expect(ageBand(2030, 2026)).toBeNull();
  });
  it('checks calendar days and normalizes document numbers', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(normalizeDocumentNumber(' ab 12-34 ')).toBe('AB1234');
    expect(normalizeDocumentNumber('a-1')).toBeUndefined();
  });
});
