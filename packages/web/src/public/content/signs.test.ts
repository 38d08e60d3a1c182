import { INDICATOR_IDS } from '@putokaz/core';
import { describe, expect, it } from 'vitest';
import { SIGN_STAGE_IDS, SIGN_STAGES } from './signs.ts';

describe('early signs stages', () => {
  it('has the three stages in order: the offer, the journey, at work', () => {
    expect(SIGN_STAGES.map((stage) => stage.id)).toEqual([...SIGN_STAGE_IDS]);
  });

  it('names only indicators that exist in the catalogue', () => {
    const known = new Set<string>(INDICATOR_IDS);
    const unknown = SIGN_STAGES.flatMap((stage) => stage.indicators).filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });

  it('puts every catalogue indicator in exactly one stage', () => {
    const listed = SIGN_STAGES.flatMap((stage) => stage.indicators);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...INDICATOR_IDS].sort());
  });

  it('gives every stage at least one sign', () => {
    for (const stage of SIGN_STAGES) expect(stage.indicators.length).toBeGreaterThan(0);
  });
});
